//! `SaslHandshakeResponse`, the response of API key 17 (SaslHandshake).
//!
//! Versions 0-1; no flexible versions.
//!
//! Generated from `SaslHandshakeResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `SaslHandshakeResponse` message.
///
/// Versions 0-1; no flexible versions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SaslHandshakeResponse {
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The mechanisms enabled in the server.
    ///
    /// Spec: versions 0+.
    pub mechanisms: Vec<String>,
}

impl Encodable for SaslHandshakeResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        p::write_array(buf, &self.mechanisms, version, false)?;
        Ok(())
    }
}

impl Decodable for SaslHandshakeResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.mechanisms = p::read_array(buf, version, false)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SaslHandshakeResponse {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.error_code = g.i16();
        this.mechanisms = g.vec(|g| g.string());
        this
    }
}

impl Message for SaslHandshakeResponse {
    const NAME: &'static str = "SaslHandshakeResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}

impl ApiResponse for SaslHandshakeResponse {
    const API_KEY: i16 = 17;
    fn response_header_version(_version: i16) -> i16 {
        0
    }
}
