//! `AllocateProducerIdsRequest`, the request of API key 67 (AllocateProducerIds).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `AllocateProducerIdsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `AllocateProducerIdsRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct AllocateProducerIdsRequest {
    /// The ID of the requesting broker.
    ///
    /// Spec: versions 0+.
    pub broker_id: i32,
    /// The epoch of the requesting broker.
    ///
    /// Spec: versions 0+, default "-1".
    pub broker_epoch: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for AllocateProducerIdsRequest {
    fn default() -> Self {
        Self {
            broker_id: 0,
            broker_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for AllocateProducerIdsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.broker_id);
        p::write_i64(buf, self.broker_epoch);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AllocateProducerIdsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.broker_id = p::read_i32(buf)?;
        this.broker_epoch = p::read_i64(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AllocateProducerIdsRequest {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.broker_id = g.i32();
        this.broker_epoch = g.i64();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for AllocateProducerIdsRequest {
    const NAME: &'static str = "AllocateProducerIdsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for AllocateProducerIdsRequest {
    const API_KEY: i16 = 67;
    type Response = super::allocate_producer_ids_response::AllocateProducerIdsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
