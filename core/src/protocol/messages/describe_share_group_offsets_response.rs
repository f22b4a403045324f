//! `DescribeShareGroupOffsetsResponse`, the response of API key 90 (DescribeShareGroupOffsets).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeShareGroupOffsetsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeShareGroupOffsetsResponse` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeShareGroupOffsetsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The results for each group.
    ///
    /// Spec: versions 0+.
    pub groups: Vec<DescribeShareGroupOffsetsResponseGroup>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeShareGroupOffsetsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.groups, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeShareGroupOffsetsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.groups = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeShareGroupOffsetsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.groups = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribeShareGroupOffsetsResponseGroup` struct of `DescribeShareGroupOffsetsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeShareGroupOffsetsResponseGroup {
    /// The group identifier.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The results for each topic.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<DescribeShareGroupOffsetsResponseTopic>,
    /// The group-level error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The group-level error message, or null if there was no error.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub error_message: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeShareGroupOffsetsResponseGroup {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.group_id, true)?;
        p::write_array(buf, &self.topics, version, true)?;
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeShareGroupOffsetsResponseGroup {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.group_id = p::read_string(buf, true)?;
        this.topics = p::read_array(buf, version, true)?;
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeShareGroupOffsetsResponseGroup {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.group_id = g.string();
        this.topics = g.vec(|g| Random::random(g, version));
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribeShareGroupOffsetsResponseTopic` struct of `DescribeShareGroupOffsetsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeShareGroupOffsetsResponseTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub topic_name: String,
    /// The unique topic ID.
    ///
    /// Spec: versions 0+.
    pub topic_id: crate::protocol::Uuid,
    /// `Partitions`.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<DescribeShareGroupOffsetsResponsePartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeShareGroupOffsetsResponseTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.topic_name, true)?;
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeShareGroupOffsetsResponseTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_name = p::read_string(buf, true)?;
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeShareGroupOffsetsResponseTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_name = g.string();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribeShareGroupOffsetsResponsePartition` struct of `DescribeShareGroupOffsetsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeShareGroupOffsetsResponsePartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The share-partition start offset.
    ///
    /// Spec: versions 0+.
    pub start_offset: i64,
    /// The leader epoch of the partition.
    ///
    /// Spec: versions 0+.
    pub leader_epoch: i32,
    /// The share-partition lag.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub lag: i64,
    /// The partition-level error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The partition-level error message, or null if there was no error.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub error_message: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeShareGroupOffsetsResponsePartition {
    fn default() -> Self {
        Self {
            partition_index: 0,
            start_offset: 0,
            leader_epoch: 0,
            lag: -1,
            error_code: 0,
            error_message: None,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeShareGroupOffsetsResponsePartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_i64(buf, self.start_offset);
        p::write_i32(buf, self.leader_epoch);
        if version >= 1 {
            p::write_i64(buf, self.lag);
        }
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeShareGroupOffsetsResponsePartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.start_offset = p::read_i64(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        if version >= 1 {
            this.lag = p::read_i64(buf)?;
        }
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeShareGroupOffsetsResponsePartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.start_offset = g.i64();
        this.leader_epoch = g.i32();
        if version >= 1 {
            this.lag = g.i64();
        }
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeShareGroupOffsetsResponse {
    const NAME: &'static str = "DescribeShareGroupOffsetsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for DescribeShareGroupOffsetsResponse {
    const API_KEY: i16 = 90;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
