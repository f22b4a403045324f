//! `RequestHeader`.
//!
//! Versions 1-2; flexible (compact) encoding from version 2.
//!
//! Generated from `RequestHeader.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `RequestHeader` message.
///
/// Versions 1-2; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestHeader {
    /// The API key of this request.
    ///
    /// Spec: versions 0+.
    pub request_api_key: i16,
    /// The API version of this request.
    ///
    /// Spec: versions 0+.
    pub request_api_version: i16,
    /// The correlation ID of this request.
    ///
    /// Spec: versions 0+.
    pub correlation_id: i32,
    /// The client ID string.
    ///
    /// Spec: versions 1+, nullable 1+.
    pub client_id: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for RequestHeader {
    fn default() -> Self {
        Self {
            request_api_key: 0,
            request_api_version: 0,
            correlation_id: 0,
            client_id: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for RequestHeader {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.request_api_key);
        p::write_i16(buf, self.request_api_version);
        p::write_i32(buf, self.correlation_id);
        p::write_nullable_string(buf, self.client_id.as_deref(), false)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for RequestHeader {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.request_api_key = p::read_i16(buf)?;
        this.request_api_version = p::read_i16(buf)?;
        this.correlation_id = p::read_i32(buf)?;
        this.client_id = p::read_nullable_string(buf, false)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for RequestHeader {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.request_api_key = g.i16();
        this.request_api_version = g.i16();
        this.correlation_id = g.i32();
        this.client_id = g.maybe(|g| g.string());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for RequestHeader {
    const NAME: &'static str = "RequestHeader";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}
