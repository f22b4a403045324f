//! `TxnOffsetCommitRequest`, the request of API key 28 (TxnOffsetCommit).
//!
//! Versions 0-5; flexible (compact) encoding from version 3.
//!
//! Generated from `TxnOffsetCommitRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `TxnOffsetCommitRequest` message.
///
/// Versions 0-5; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq)]
pub struct TxnOffsetCommitRequest {
    /// The ID of the transaction.
    ///
    /// Spec: versions 0+.
    pub transactional_id: String,
    /// The ID of the group.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The current producer ID in use by the transactional ID.
    ///
    /// Spec: versions 0+.
    pub producer_id: i64,
    /// The current epoch associated with the producer ID.
    ///
    /// Spec: versions 0+.
    pub producer_epoch: i16,
    /// The generation of the consumer.
    ///
    /// Spec: versions 3+, default "-1".
    pub generation_id: i32,
    /// The member ID assigned by the group coordinator.
    ///
    /// Spec: versions 3+, default "".
    pub member_id: String,
    /// The unique identifier of the consumer instance provided by end user.
    ///
    /// Spec: versions 3+, nullable 3+, default "null".
    pub group_instance_id: Option<String>,
    /// Each topic that we want to commit offsets for.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TxnOffsetCommitRequestTopic>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for TxnOffsetCommitRequest {
    fn default() -> Self {
        Self {
            transactional_id: String::new(),
            group_id: String::new(),
            producer_id: 0,
            producer_epoch: 0,
            generation_id: -1,
            member_id: String::new(),
            group_instance_id: None,
            topics: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for TxnOffsetCommitRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.transactional_id, flex)?;
        p::write_string(buf, &self.group_id, flex)?;
        p::write_i64(buf, self.producer_id);
        p::write_i16(buf, self.producer_epoch);
        if version >= 3 {
            p::write_i32(buf, self.generation_id);
        } else if self.generation_id != -1 {
            return Err(p::field_not_supported(
                "TxnOffsetCommitRequest",
                "GenerationId",
                version,
            ));
        }
        if version >= 3 {
            p::write_string(buf, &self.member_id, flex)?;
        } else if !self.member_id.is_empty() {
            return Err(p::field_not_supported(
                "TxnOffsetCommitRequest",
                "MemberId",
                version,
            ));
        }
        if version >= 3 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        } else if self.group_instance_id.is_some() {
            return Err(p::field_not_supported(
                "TxnOffsetCommitRequest",
                "GroupInstanceId",
                version,
            ));
        }
        p::write_array(buf, &self.topics, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for TxnOffsetCommitRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.transactional_id = p::read_string(buf, flex)?;
        this.group_id = p::read_string(buf, flex)?;
        this.producer_id = p::read_i64(buf)?;
        this.producer_epoch = p::read_i16(buf)?;
        if version >= 3 {
            this.generation_id = p::read_i32(buf)?;
        }
        if version >= 3 {
            this.member_id = p::read_string(buf, flex)?;
        }
        if version >= 3 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        this.topics = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TxnOffsetCommitRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.transactional_id = g.string();
        this.group_id = g.string();
        this.producer_id = g.i64();
        this.producer_epoch = g.i16();
        if version >= 3 {
            this.generation_id = g.i32();
        }
        if version >= 3 {
            this.member_id = g.string();
        }
        if version >= 3 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        this.topics = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `TxnOffsetCommitRequestTopic` struct of `TxnOffsetCommitRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TxnOffsetCommitRequestTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The partitions inside the topic that we want to commit offsets for.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<TxnOffsetCommitRequestPartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TxnOffsetCommitRequestTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::write_string(buf, &self.name, flex)?;
        p::write_array(buf, &self.partitions, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for TxnOffsetCommitRequestTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.partitions = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TxnOffsetCommitRequestTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `TxnOffsetCommitRequestPartition` struct of `TxnOffsetCommitRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct TxnOffsetCommitRequestPartition {
    /// The index of the partition within the topic.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The message offset to be committed.
    ///
    /// Spec: versions 0+.
    pub committed_offset: i64,
    /// The leader epoch of the last consumed record.
    ///
    /// Spec: versions 2+, default "-1", ignorable.
    pub committed_leader_epoch: i32,
    /// Any associated metadata the client wants to keep.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub committed_metadata: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for TxnOffsetCommitRequestPartition {
    fn default() -> Self {
        Self {
            partition_index: 0,
            committed_offset: 0,
            committed_leader_epoch: -1,
            committed_metadata: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for TxnOffsetCommitRequestPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::write_i32(buf, self.partition_index);
        p::write_i64(buf, self.committed_offset);
        if version >= 2 {
            p::write_i32(buf, self.committed_leader_epoch);
        }
        p::write_nullable_string(buf, self.committed_metadata.as_deref(), flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for TxnOffsetCommitRequestPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.committed_offset = p::read_i64(buf)?;
        if version >= 2 {
            this.committed_leader_epoch = p::read_i32(buf)?;
        }
        this.committed_metadata = p::read_nullable_string(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TxnOffsetCommitRequestPartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.committed_offset = g.i64();
        if version >= 2 {
            this.committed_leader_epoch = g.i32();
        }
        this.committed_metadata = g.maybe(|g| g.string());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for TxnOffsetCommitRequest {
    const NAME: &'static str = "TxnOffsetCommitRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiRequest for TxnOffsetCommitRequest {
    const API_KEY: i16 = 28;
    type Response = super::txn_offset_commit_response::TxnOffsetCommitResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 3 {
            2
        } else {
            1
        }
    }
}
