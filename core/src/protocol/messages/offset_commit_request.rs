//! `OffsetCommitRequest`, the request of API key 8 (OffsetCommit).
//!
//! Versions 2-10; flexible (compact) encoding from version 8.
//!
//! Generated from `OffsetCommitRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `OffsetCommitRequest` message.
///
/// Versions 2-10; flexible (compact) encoding from version 8.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetCommitRequest {
    /// The unique group identifier.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The generation of the group if using the classic group protocol or the member epoch if using the consumer protocol.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub generation_id_or_member_epoch: i32,
    /// The member ID assigned by the group coordinator.
    ///
    /// Spec: versions 1+, ignorable.
    pub member_id: String,
    /// The unique identifier of the consumer instance provided by end user.
    ///
    /// Spec: versions 7+, nullable 7+, default "null".
    pub group_instance_id: Option<String>,
    /// The time period in ms to retain the offset.
    ///
    /// Spec: versions 2-4, default "-1", ignorable.
    pub retention_time_ms: i64,
    /// The topics to commit offsets for.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<OffsetCommitRequestTopic>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for OffsetCommitRequest {
    fn default() -> Self {
        Self {
            group_id: String::new(),
            generation_id_or_member_epoch: -1,
            member_id: String::new(),
            group_instance_id: None,
            retention_time_ms: -1,
            topics: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for OffsetCommitRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 8;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.group_id, flex)?;
        p::write_i32(buf, self.generation_id_or_member_epoch);
        p::write_string(buf, &self.member_id, flex)?;
        if version >= 7 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        } else if self.group_instance_id.is_some() {
            return Err(p::field_not_supported(
                "OffsetCommitRequest",
                "GroupInstanceId",
                version,
            ));
        }
        if version <= 4 {
            p::write_i64(buf, self.retention_time_ms);
        }
        p::write_array(buf, &self.topics, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetCommitRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 8;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_string(buf, flex)?;
        this.generation_id_or_member_epoch = p::read_i32(buf)?;
        this.member_id = p::read_string(buf, flex)?;
        if version >= 7 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        if version <= 4 {
            this.retention_time_ms = p::read_i64(buf)?;
        }
        this.topics = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetCommitRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 8;
        let mut this = Self::default();
        this.group_id = g.string();
        this.generation_id_or_member_epoch = g.i32();
        this.member_id = g.string();
        if version >= 7 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        if version <= 4 {
            this.retention_time_ms = g.i64();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetCommitRequestTopic` struct of `OffsetCommitRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetCommitRequestTopic {
    /// The topic name.
    ///
    /// Spec: versions 0-9, ignorable.
    pub name: String,
    /// The topic ID.
    ///
    /// Spec: versions 10+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// Each partition to commit offsets for.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<OffsetCommitRequestPartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for OffsetCommitRequestTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 8;
        if version <= 9 {
            p::write_string(buf, &self.name, flex)?;
        }
        if version >= 10 {
            p::write_uuid(buf, &self.topic_id);
        }
        p::write_array(buf, &self.partitions, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetCommitRequestTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 8;
        let mut this = Self::default();
        if version <= 9 {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 10 {
            this.topic_id = p::read_uuid(buf)?;
        }
        this.partitions = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetCommitRequestTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 8;
        let mut this = Self::default();
        if version <= 9 {
            this.name = g.string();
        }
        if version >= 10 {
            this.topic_id = g.uuid();
        }
        this.partitions = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetCommitRequestPartition` struct of `OffsetCommitRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetCommitRequestPartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The message offset to be committed.
    ///
    /// Spec: versions 0+.
    pub committed_offset: i64,
    /// The leader epoch of this partition.
    ///
    /// Spec: versions 6+, default "-1", ignorable.
    pub committed_leader_epoch: i32,
    /// Any associated metadata the client wants to keep.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub committed_metadata: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for OffsetCommitRequestPartition {
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

impl Encodable for OffsetCommitRequestPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 8;
        p::write_i32(buf, self.partition_index);
        p::write_i64(buf, self.committed_offset);
        if version >= 6 {
            p::write_i32(buf, self.committed_leader_epoch);
        }
        p::write_nullable_string(buf, self.committed_metadata.as_deref(), flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetCommitRequestPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 8;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.committed_offset = p::read_i64(buf)?;
        if version >= 6 {
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
impl Random for OffsetCommitRequestPartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 8;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.committed_offset = g.i64();
        if version >= 6 {
            this.committed_leader_epoch = g.i32();
        }
        this.committed_metadata = g.maybe(|g| g.string());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for OffsetCommitRequest {
    const NAME: &'static str = "OffsetCommitRequest";
    const MIN_VERSION: i16 = 2;
    const MAX_VERSION: i16 = 10;
    const FLEXIBLE_MIN_VERSION: i16 = 8;
}

impl ApiRequest for OffsetCommitRequest {
    const API_KEY: i16 = 8;
    type Response = super::offset_commit_response::OffsetCommitResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 8 {
            2
        } else {
            1
        }
    }
}
