//! `EnvelopeRequest`, the request of API key 58 (Envelope).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `EnvelopeRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `EnvelopeRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct EnvelopeRequest {
    /// The embedded request header and data.
    ///
    /// Spec: versions 0+.
    pub request_data: Bytes,
    /// Value of the initial client principal when the request is redirected by a broker.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub request_principal: Option<Bytes>,
    /// The original client's address in bytes.
    ///
    /// Spec: versions 0+.
    pub client_host_address: Bytes,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for EnvelopeRequest {
    fn default() -> Self {
        Self {
            request_data: Bytes::new(),
            request_principal: Some(Bytes::new()),
            client_host_address: Bytes::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for EnvelopeRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_bytes(buf, &self.request_data, true)?;
        p::write_nullable_bytes(buf, self.request_principal.as_ref(), true)?;
        p::write_bytes(buf, &self.client_host_address, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for EnvelopeRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.request_data = p::read_bytes(buf, true)?;
        this.request_principal = p::read_nullable_bytes(buf, true)?;
        this.client_host_address = p::read_bytes(buf, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for EnvelopeRequest {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.request_data = g.bytes();
        this.request_principal = g.maybe(|g| g.bytes());
        this.client_host_address = g.bytes();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for EnvelopeRequest {
    const NAME: &'static str = "EnvelopeRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for EnvelopeRequest {
    const API_KEY: i16 = 58;
    type Response = super::envelope_response::EnvelopeResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
