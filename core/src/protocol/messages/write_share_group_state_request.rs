//! `WriteShareGroupStateRequest`, the request of API key 85 (WriteShareGroupState).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `WriteShareGroupStateRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `WriteShareGroupStateRequest` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WriteShareGroupStateRequest {
    /// The group identifier.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The data for the topics.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<WriteStateData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WriteShareGroupStateRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.group_id, true)?;
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WriteShareGroupStateRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_string(buf, true)?;
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WriteShareGroupStateRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.group_id = g.string();
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `WriteStateData` struct of `WriteShareGroupStateRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WriteStateData {
    /// The topic identifier.
    ///
    /// Spec: versions 0+.
    pub topic_id: crate::protocol::Uuid,
    /// The data for the partitions.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WriteStateData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WriteStateData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WriteStateData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `PartitionData` struct of `WriteShareGroupStateRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition: i32,
    /// The state epoch of the share-partition.
    ///
    /// Spec: versions 0+.
    pub state_epoch: i32,
    /// The leader epoch of the share-partition.
    ///
    /// Spec: versions 0+.
    pub leader_epoch: i32,
    /// The share-partition start offset, or -1 if the start offset is not being written.
    ///
    /// Spec: versions 0+.
    pub start_offset: i64,
    /// The number of offsets greater than or equal to share-partition start offset for which delivery has been completed.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub delivery_complete_count: i32,
    /// The state batches for the share-partition.
    ///
    /// Spec: versions 0+.
    pub state_batches: Vec<StateBatch>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for PartitionData {
    fn default() -> Self {
        Self {
            partition: 0,
            state_epoch: 0,
            leader_epoch: 0,
            start_offset: 0,
            delivery_complete_count: -1,
            state_batches: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition);
        p::write_i32(buf, self.state_epoch);
        p::write_i32(buf, self.leader_epoch);
        p::write_i64(buf, self.start_offset);
        if version >= 1 {
            p::write_i32(buf, self.delivery_complete_count);
        }
        p::write_array(buf, &self.state_batches, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition = p::read_i32(buf)?;
        this.state_epoch = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        this.start_offset = p::read_i64(buf)?;
        if version >= 1 {
            this.delivery_complete_count = p::read_i32(buf)?;
        }
        this.state_batches = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.partition = g.i32();
        this.state_epoch = g.i32();
        this.leader_epoch = g.i32();
        this.start_offset = g.i64();
        if version >= 1 {
            this.delivery_complete_count = g.i32();
        }
        this.state_batches = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `StateBatch` struct of `WriteShareGroupStateRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateBatch {
    /// The first offset of this state batch.
    ///
    /// Spec: versions 0+.
    pub first_offset: i64,
    /// The last offset of this state batch.
    ///
    /// Spec: versions 0+.
    pub last_offset: i64,
    /// The delivery state - 0:Available,2:Acked,4:Archived.
    ///
    /// Spec: versions 0+.
    pub delivery_state: i8,
    /// The delivery count.
    ///
    /// Spec: versions 0+.
    pub delivery_count: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for StateBatch {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i64(buf, self.first_offset);
        p::write_i64(buf, self.last_offset);
        p::write_i8(buf, self.delivery_state);
        p::write_i16(buf, self.delivery_count);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for StateBatch {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.first_offset = p::read_i64(buf)?;
        this.last_offset = p::read_i64(buf)?;
        this.delivery_state = p::read_i8(buf)?;
        this.delivery_count = p::read_i16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for StateBatch {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.first_offset = g.i64();
        this.last_offset = g.i64();
        this.delivery_state = g.i8();
        this.delivery_count = g.i16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for WriteShareGroupStateRequest {
    const NAME: &'static str = "WriteShareGroupStateRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for WriteShareGroupStateRequest {
    const API_KEY: i16 = 85;
    type Response = super::write_share_group_state_response::WriteShareGroupStateResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
