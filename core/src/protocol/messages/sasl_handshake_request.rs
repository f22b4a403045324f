//! `SaslHandshakeRequest`, the request of API key 17 (SaslHandshake).
//!
//! Versions 0-1; no flexible versions.
//!
//! Generated from `SaslHandshakeRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `SaslHandshakeRequest` message.
///
/// Versions 0-1; no flexible versions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SaslHandshakeRequest {
    /// The SASL mechanism chosen by the client.
    ///
    /// Spec: versions 0+.
    pub mechanism: String,
}

impl Encodable for SaslHandshakeRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.mechanism, false)?;
        Ok(())
    }
}

impl Decodable for SaslHandshakeRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.mechanism = p::read_string(buf, false)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SaslHandshakeRequest {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.mechanism = g.string();
        this
    }
}

impl Message for SaslHandshakeRequest {
    const NAME: &'static str = "SaslHandshakeRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}

impl ApiRequest for SaslHandshakeRequest {
    const API_KEY: i16 = 17;
    type Response = super::sasl_handshake_response::SaslHandshakeResponse;
    fn request_header_version(_version: i16) -> i16 {
        1
    }
}
