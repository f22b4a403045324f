//! `DescribeTopicPartitionsResponse`, the response of API key 75 (DescribeTopicPartitions).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeTopicPartitionsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeTopicPartitionsResponse` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeTopicPartitionsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+, ignorable.
    pub throttle_time_ms: i32,
    /// Each topic in the response.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<DescribeTopicPartitionsResponseTopic>,
    /// The next topic and partition index to fetch details for.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub next_cursor: Option<Cursor>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeTopicPartitionsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.topics, version, true)?;
        p::write_nullable_struct(buf, self.next_cursor.as_ref(), version)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeTopicPartitionsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        this.next_cursor = p::read_nullable_struct(buf, version)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeTopicPartitionsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.topics = g.vec(|g| Random::random(g, version));
        this.next_cursor = g.maybe(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribeTopicPartitionsResponseTopic` struct of `DescribeTopicPartitionsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTopicPartitionsResponseTopic {
    /// The topic error, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The topic name.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub name: Option<String>,
    /// The topic id.
    ///
    /// Spec: versions 0+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// True if the topic is internal.
    ///
    /// Spec: versions 0+, default "false", ignorable.
    pub is_internal: bool,
    /// Each partition in the topic.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<DescribeTopicPartitionsResponsePartition>,
    /// 32-bit bitfield to represent authorized operations for this topic.
    ///
    /// Spec: versions 0+, default "-2147483648".
    pub topic_authorized_operations: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeTopicPartitionsResponseTopic {
    fn default() -> Self {
        Self {
            error_code: 0,
            name: Some(String::new()),
            topic_id: crate::protocol::Uuid::ZERO,
            is_internal: false,
            partitions: Vec::new(),
            topic_authorized_operations: -2147483648,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeTopicPartitionsResponseTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.name.as_deref(), true)?;
        p::write_uuid(buf, &self.topic_id);
        p::write_bool(buf, self.is_internal);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_i32(buf, self.topic_authorized_operations);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeTopicPartitionsResponseTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.name = p::read_nullable_string(buf, true)?;
        this.topic_id = p::read_uuid(buf)?;
        this.is_internal = p::read_bool(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.topic_authorized_operations = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeTopicPartitionsResponseTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.error_code = g.i16();
        this.name = g.maybe(|g| g.string());
        this.topic_id = g.uuid();
        this.is_internal = g.bool();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.topic_authorized_operations = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribeTopicPartitionsResponsePartition` struct of `DescribeTopicPartitionsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTopicPartitionsResponsePartition {
    /// The partition error, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The ID of the leader broker.
    ///
    /// Spec: versions 0+.
    pub leader_id: i32,
    /// The leader epoch of this partition.
    ///
    /// Spec: versions 0+, default "-1", ignorable.
    pub leader_epoch: i32,
    /// The set of all nodes that host this partition.
    ///
    /// Spec: versions 0+.
    pub replica_nodes: Vec<i32>,
    /// The set of nodes that are in sync with the leader for this partition.
    ///
    /// Spec: versions 0+.
    pub isr_nodes: Vec<i32>,
    /// The new eligible leader replicas otherwise.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub eligible_leader_replicas: Option<Vec<i32>>,
    /// The last known ELR.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub last_known_elr: Option<Vec<i32>>,
    /// The set of offline replicas of this partition.
    ///
    /// Spec: versions 0+, ignorable.
    pub offline_replicas: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeTopicPartitionsResponsePartition {
    fn default() -> Self {
        Self {
            error_code: 0,
            partition_index: 0,
            leader_id: 0,
            leader_epoch: -1,
            replica_nodes: Vec::new(),
            isr_nodes: Vec::new(),
            eligible_leader_replicas: None,
            last_known_elr: None,
            offline_replicas: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeTopicPartitionsResponsePartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i16(buf, self.error_code);
        p::write_i32(buf, self.partition_index);
        p::write_i32(buf, self.leader_id);
        p::write_i32(buf, self.leader_epoch);
        p::write_array(buf, &self.replica_nodes, version, true)?;
        p::write_array(buf, &self.isr_nodes, version, true)?;
        p::write_nullable_array(buf, self.eligible_leader_replicas.as_deref(), version, true)?;
        p::write_nullable_array(buf, self.last_known_elr.as_deref(), version, true)?;
        p::write_array(buf, &self.offline_replicas, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeTopicPartitionsResponsePartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.partition_index = p::read_i32(buf)?;
        this.leader_id = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        this.replica_nodes = p::read_array(buf, version, true)?;
        this.isr_nodes = p::read_array(buf, version, true)?;
        this.eligible_leader_replicas = p::read_nullable_array(buf, version, true)?;
        this.last_known_elr = p::read_nullable_array(buf, version, true)?;
        this.offline_replicas = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeTopicPartitionsResponsePartition {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.error_code = g.i16();
        this.partition_index = g.i32();
        this.leader_id = g.i32();
        this.leader_epoch = g.i32();
        this.replica_nodes = g.vec(|g| g.i32());
        this.isr_nodes = g.vec(|g| g.i32());
        this.eligible_leader_replicas = g.maybe(|g| g.vec(|g| g.i32()));
        this.last_known_elr = g.maybe(|g| g.vec(|g| g.i32()));
        this.offline_replicas = g.vec(|g| g.i32());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Cursor` struct of `DescribeTopicPartitionsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cursor {
    /// The name for the first topic to process.
    ///
    /// Spec: versions 0+.
    pub topic_name: String,
    /// The partition index to start with.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Cursor {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.topic_name, true)?;
        p::write_i32(buf, self.partition_index);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Cursor {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_name = p::read_string(buf, true)?;
        this.partition_index = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Cursor {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.topic_name = g.string();
        this.partition_index = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeTopicPartitionsResponse {
    const NAME: &'static str = "DescribeTopicPartitionsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for DescribeTopicPartitionsResponse {
    const API_KEY: i16 = 75;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
