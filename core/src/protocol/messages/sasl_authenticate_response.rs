//! `SaslAuthenticateResponse`, the response of API key 36 (SaslAuthenticate).
//!
//! Versions 0-2; flexible (compact) encoding from version 2.
//!
//! Generated from `SaslAuthenticateResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `SaslAuthenticateResponse` message.
///
/// Versions 0-2; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq)]
pub struct SaslAuthenticateResponse {
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The error message, or null if there was no error.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub error_message: Option<String>,
    /// The SASL authentication bytes from the server, as defined by the SASL mechanism.
    ///
    /// Spec: versions 0+.
    pub auth_bytes: Bytes,
    /// Number of milliseconds after which only re-authentication over the existing connection to create a new session can occur.
    ///
    /// Spec: versions 1+, default "0", ignorable.
    pub session_lifetime_ms: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for SaslAuthenticateResponse {
    fn default() -> Self {
        Self {
            error_code: 0,
            error_message: Some(String::new()),
            auth_bytes: Bytes::new(),
            session_lifetime_ms: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for SaslAuthenticateResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        p::write_bytes(buf, &self.auth_bytes, flex)?;
        if version >= 1 {
            p::write_i64(buf, self.session_lifetime_ms);
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for SaslAuthenticateResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, flex)?;
        this.auth_bytes = p::read_bytes(buf, flex)?;
        if version >= 1 {
            this.session_lifetime_ms = p::read_i64(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SaslAuthenticateResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.auth_bytes = g.bytes();
        if version >= 1 {
            this.session_lifetime_ms = g.i64();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for SaslAuthenticateResponse {
    const NAME: &'static str = "SaslAuthenticateResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiResponse for SaslAuthenticateResponse {
    const API_KEY: i16 = 36;
    fn response_header_version(version: i16) -> i16 {
        if version >= 2 {
            1
        } else {
            0
        }
    }
}
