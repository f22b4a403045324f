//! `OffsetFetchResponse`, the response of API key 9 (OffsetFetch).
//!
//! Versions 1-10; flexible (compact) encoding from version 6.
//!
//! Generated from `OffsetFetchResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `OffsetFetchResponse` message.
///
/// Versions 1-10; flexible (compact) encoding from version 6.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetFetchResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 3+, ignorable.
    pub throttle_time_ms: i32,
    /// The responses per topic.
    ///
    /// Spec: versions 0-7.
    pub topics: Vec<OffsetFetchResponseTopic>,
    /// The top-level error code, or 0 if there was no error.
    ///
    /// Spec: versions 2-7, default "0", ignorable.
    pub error_code: i16,
    /// The responses per group id.
    ///
    /// Spec: versions 8+.
    pub groups: Vec<OffsetFetchResponseGroup>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for OffsetFetchResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 3 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        if version <= 7 {
            p::write_array(buf, &self.topics, version, flex)?;
        } else if !self.topics.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchResponse",
                "Topics",
                version,
            ));
        }
        if (2..=7).contains(&version) {
            p::write_i16(buf, self.error_code);
        }
        if version >= 8 {
            p::write_array(buf, &self.groups, version, flex)?;
        } else if !self.groups.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchResponse",
                "Groups",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 3 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        if version <= 7 {
            this.topics = p::read_array(buf, version, flex)?;
        }
        if (2..=7).contains(&version) {
            this.error_code = p::read_i16(buf)?;
        }
        if version >= 8 {
            this.groups = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 3 {
            this.throttle_time_ms = g.i32();
        }
        if version <= 7 {
            this.topics = g.vec(|g| Random::random(g, version));
        }
        if (2..=7).contains(&version) {
            this.error_code = g.i16();
        }
        if version >= 8 {
            this.groups = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetFetchResponseTopic` struct of `OffsetFetchResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetFetchResponseTopic {
    /// The topic name.
    ///
    /// Spec: versions 0-7.
    pub name: String,
    /// The responses per partition.
    ///
    /// Spec: versions 0-7.
    pub partitions: Vec<OffsetFetchResponsePartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for OffsetFetchResponseTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        if version <= 7 {
            p::write_string(buf, &self.name, flex)?;
        } else if !self.name.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchResponseTopic",
                "Name",
                version,
            ));
        }
        if version <= 7 {
            p::write_array(buf, &self.partitions, version, flex)?;
        } else if !self.partitions.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchResponseTopic",
                "Partitions",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchResponseTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        if version <= 7 {
            this.name = p::read_string(buf, flex)?;
        }
        if version <= 7 {
            this.partitions = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchResponseTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version <= 7 {
            this.name = g.string();
        }
        if version <= 7 {
            this.partitions = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetFetchResponsePartition` struct of `OffsetFetchResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetFetchResponsePartition {
    /// The partition index.
    ///
    /// Spec: versions 0-7.
    pub partition_index: i32,
    /// The committed message offset.
    ///
    /// Spec: versions 0-7.
    pub committed_offset: i64,
    /// The leader epoch.
    ///
    /// Spec: versions 5-7, default "-1", ignorable.
    pub committed_leader_epoch: i32,
    /// The partition metadata.
    ///
    /// Spec: versions 0-7, nullable 0-7.
    pub metadata: Option<String>,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0-7.
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for OffsetFetchResponsePartition {
    fn default() -> Self {
        Self {
            partition_index: 0,
            committed_offset: 0,
            committed_leader_epoch: -1,
            metadata: Some(String::new()),
            error_code: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for OffsetFetchResponsePartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        if version <= 7 {
            p::write_i32(buf, self.partition_index);
        } else if self.partition_index != 0 {
            return Err(p::field_not_supported(
                "OffsetFetchResponsePartition",
                "PartitionIndex",
                version,
            ));
        }
        if version <= 7 {
            p::write_i64(buf, self.committed_offset);
        } else if self.committed_offset != 0 {
            return Err(p::field_not_supported(
                "OffsetFetchResponsePartition",
                "CommittedOffset",
                version,
            ));
        }
        if (5..=7).contains(&version) {
            p::write_i32(buf, self.committed_leader_epoch);
        }
        if version <= 7 {
            p::write_nullable_string(buf, self.metadata.as_deref(), flex)?;
        } else if self.metadata.as_deref() != Some("") {
            return Err(p::field_not_supported(
                "OffsetFetchResponsePartition",
                "Metadata",
                version,
            ));
        }
        if version <= 7 {
            p::write_i16(buf, self.error_code);
        } else if self.error_code != 0 {
            return Err(p::field_not_supported(
                "OffsetFetchResponsePartition",
                "ErrorCode",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchResponsePartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        if version <= 7 {
            this.partition_index = p::read_i32(buf)?;
        }
        if version <= 7 {
            this.committed_offset = p::read_i64(buf)?;
        }
        if (5..=7).contains(&version) {
            this.committed_leader_epoch = p::read_i32(buf)?;
        }
        if version <= 7 {
            this.metadata = p::read_nullable_string(buf, flex)?;
        }
        if version <= 7 {
            this.error_code = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchResponsePartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version <= 7 {
            this.partition_index = g.i32();
        }
        if version <= 7 {
            this.committed_offset = g.i64();
        }
        if (5..=7).contains(&version) {
            this.committed_leader_epoch = g.i32();
        }
        if version <= 7 {
            this.metadata = g.maybe(|g| g.string());
        }
        if version <= 7 {
            this.error_code = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetFetchResponseGroup` struct of `OffsetFetchResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetFetchResponseGroup {
    /// The group ID.
    ///
    /// Spec: versions 8+.
    pub group_id: String,
    /// The responses per topic.
    ///
    /// Spec: versions 8+.
    pub topics: Vec<OffsetFetchResponseTopics>,
    /// The group-level error code, or 0 if there was no error.
    ///
    /// Spec: versions 8+, default "0".
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for OffsetFetchResponseGroup {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        if version >= 8 {
            p::write_string(buf, &self.group_id, flex)?;
        } else if !self.group_id.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchResponseGroup",
                "GroupId",
                version,
            ));
        }
        if version >= 8 {
            p::write_array(buf, &self.topics, version, flex)?;
        } else if !self.topics.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchResponseGroup",
                "Topics",
                version,
            ));
        }
        if version >= 8 {
            p::write_i16(buf, self.error_code);
        } else if self.error_code != 0 {
            return Err(p::field_not_supported(
                "OffsetFetchResponseGroup",
                "ErrorCode",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchResponseGroup {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 8 {
            this.group_id = p::read_string(buf, flex)?;
        }
        if version >= 8 {
            this.topics = p::read_array(buf, version, flex)?;
        }
        if version >= 8 {
            this.error_code = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchResponseGroup {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 8 {
            this.group_id = g.string();
        }
        if version >= 8 {
            this.topics = g.vec(|g| Random::random(g, version));
        }
        if version >= 8 {
            this.error_code = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetFetchResponseTopics` struct of `OffsetFetchResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetFetchResponseTopics {
    /// The topic name.
    ///
    /// Spec: versions 8-9, ignorable.
    pub name: String,
    /// The topic ID.
    ///
    /// Spec: versions 10+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The responses per partition.
    ///
    /// Spec: versions 8+.
    pub partitions: Vec<OffsetFetchResponsePartitions>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for OffsetFetchResponseTopics {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        if (8..=9).contains(&version) {
            p::write_string(buf, &self.name, flex)?;
        }
        if version >= 10 {
            p::write_uuid(buf, &self.topic_id);
        }
        if version >= 8 {
            p::write_array(buf, &self.partitions, version, flex)?;
        } else if !self.partitions.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchResponseTopics",
                "Partitions",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchResponseTopics {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        if (8..=9).contains(&version) {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 10 {
            this.topic_id = p::read_uuid(buf)?;
        }
        if version >= 8 {
            this.partitions = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchResponseTopics {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if (8..=9).contains(&version) {
            this.name = g.string();
        }
        if version >= 10 {
            this.topic_id = g.uuid();
        }
        if version >= 8 {
            this.partitions = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetFetchResponsePartitions` struct of `OffsetFetchResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetFetchResponsePartitions {
    /// The partition index.
    ///
    /// Spec: versions 8+.
    pub partition_index: i32,
    /// The committed message offset.
    ///
    /// Spec: versions 8+.
    pub committed_offset: i64,
    /// The leader epoch.
    ///
    /// Spec: versions 8+, default "-1", ignorable.
    pub committed_leader_epoch: i32,
    /// The partition metadata.
    ///
    /// Spec: versions 8+, nullable 8+.
    pub metadata: Option<String>,
    /// The partition-level error code, or 0 if there was no error.
    ///
    /// Spec: versions 8+.
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for OffsetFetchResponsePartitions {
    fn default() -> Self {
        Self {
            partition_index: 0,
            committed_offset: 0,
            committed_leader_epoch: -1,
            metadata: Some(String::new()),
            error_code: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for OffsetFetchResponsePartitions {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        if version >= 8 {
            p::write_i32(buf, self.partition_index);
        } else if self.partition_index != 0 {
            return Err(p::field_not_supported(
                "OffsetFetchResponsePartitions",
                "PartitionIndex",
                version,
            ));
        }
        if version >= 8 {
            p::write_i64(buf, self.committed_offset);
        } else if self.committed_offset != 0 {
            return Err(p::field_not_supported(
                "OffsetFetchResponsePartitions",
                "CommittedOffset",
                version,
            ));
        }
        if version >= 8 {
            p::write_i32(buf, self.committed_leader_epoch);
        }
        if version >= 8 {
            p::write_nullable_string(buf, self.metadata.as_deref(), flex)?;
        } else if self.metadata.as_deref() != Some("") {
            return Err(p::field_not_supported(
                "OffsetFetchResponsePartitions",
                "Metadata",
                version,
            ));
        }
        if version >= 8 {
            p::write_i16(buf, self.error_code);
        } else if self.error_code != 0 {
            return Err(p::field_not_supported(
                "OffsetFetchResponsePartitions",
                "ErrorCode",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchResponsePartitions {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 8 {
            this.partition_index = p::read_i32(buf)?;
        }
        if version >= 8 {
            this.committed_offset = p::read_i64(buf)?;
        }
        if version >= 8 {
            this.committed_leader_epoch = p::read_i32(buf)?;
        }
        if version >= 8 {
            this.metadata = p::read_nullable_string(buf, flex)?;
        }
        if version >= 8 {
            this.error_code = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchResponsePartitions {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 8 {
            this.partition_index = g.i32();
        }
        if version >= 8 {
            this.committed_offset = g.i64();
        }
        if version >= 8 {
            this.committed_leader_epoch = g.i32();
        }
        if version >= 8 {
            this.metadata = g.maybe(|g| g.string());
        }
        if version >= 8 {
            this.error_code = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for OffsetFetchResponse {
    const NAME: &'static str = "OffsetFetchResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 10;
    const FLEXIBLE_MIN_VERSION: i16 = 6;
}

impl ApiResponse for OffsetFetchResponse {
    const API_KEY: i16 = 9;
    fn response_header_version(version: i16) -> i16 {
        if version >= 6 {
            1
        } else {
            0
        }
    }
}
