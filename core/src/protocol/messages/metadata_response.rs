//! `MetadataResponse`, the response of API key 3 (Metadata).
//!
//! Versions 0-13; flexible (compact) encoding from version 9.
//!
//! Generated from `MetadataResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `MetadataResponse` message.
///
/// Versions 0-13; flexible (compact) encoding from version 9.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 3+, ignorable.
    pub throttle_time_ms: i32,
    /// A list of brokers present in the cluster.
    ///
    /// Spec: versions 0+.
    pub brokers: Vec<MetadataResponseBroker>,
    /// The cluster ID that responding broker belongs to.
    ///
    /// Spec: versions 2+, nullable 2+, default "null", ignorable.
    pub cluster_id: Option<String>,
    /// The ID of the controller broker.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub controller_id: i32,
    /// Each topic in the response.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<MetadataResponseTopic>,
    /// 32-bit bitfield to represent authorized operations for this cluster.
    ///
    /// Spec: versions 8-10, default "-2147483648".
    pub cluster_authorized_operations: i32,
    /// The top-level error code, or 0 if there was no error.
    ///
    /// Spec: versions 13+, ignorable.
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for MetadataResponse {
    fn default() -> Self {
        Self {
            throttle_time_ms: 0,
            brokers: Vec::new(),
            cluster_id: None,
            controller_id: -1,
            topics: Vec::new(),
            cluster_authorized_operations: -2147483648,
            error_code: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for MetadataResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 3 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        p::write_array(buf, &self.brokers, version, flex)?;
        if version >= 2 {
            p::write_nullable_string(buf, self.cluster_id.as_deref(), flex)?;
        }
        if version >= 1 {
            p::write_i32(buf, self.controller_id);
        }
        p::write_array(buf, &self.topics, version, flex)?;
        if (8..=10).contains(&version) {
            p::write_i32(buf, self.cluster_authorized_operations);
        } else if self.cluster_authorized_operations != -2147483648 {
            return Err(p::field_not_supported(
                "MetadataResponse",
                "ClusterAuthorizedOperations",
                version,
            ));
        }
        if version >= 13 {
            p::write_i16(buf, self.error_code);
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for MetadataResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 3 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        this.brokers = p::read_array(buf, version, flex)?;
        if version >= 2 {
            this.cluster_id = p::read_nullable_string(buf, flex)?;
        }
        if version >= 1 {
            this.controller_id = p::read_i32(buf)?;
        }
        this.topics = p::read_array(buf, version, flex)?;
        if (8..=10).contains(&version) {
            this.cluster_authorized_operations = p::read_i32(buf)?;
        }
        if version >= 13 {
            this.error_code = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for MetadataResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 3 {
            this.throttle_time_ms = g.i32();
        }
        this.brokers = g.vec(|g| Random::random(g, version));
        if version >= 2 {
            this.cluster_id = g.maybe(|g| g.string());
        }
        if version >= 1 {
            this.controller_id = g.i32();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        if (8..=10).contains(&version) {
            this.cluster_authorized_operations = g.i32();
        }
        if version >= 13 {
            this.error_code = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `MetadataResponseBroker` struct of `MetadataResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetadataResponseBroker {
    /// The broker ID.
    ///
    /// Spec: versions 0+.
    pub node_id: i32,
    /// The broker hostname.
    ///
    /// Spec: versions 0+.
    pub host: String,
    /// The broker port.
    ///
    /// Spec: versions 0+.
    pub port: i32,
    /// The rack of the broker, or null if it has not been assigned to a rack.
    ///
    /// Spec: versions 1+, nullable 1+, default "null", ignorable.
    pub rack: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for MetadataResponseBroker {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::write_i32(buf, self.node_id);
        p::write_string(buf, &self.host, flex)?;
        p::write_i32(buf, self.port);
        if version >= 1 {
            p::write_nullable_string(buf, self.rack.as_deref(), flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for MetadataResponseBroker {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        this.node_id = p::read_i32(buf)?;
        this.host = p::read_string(buf, flex)?;
        this.port = p::read_i32(buf)?;
        if version >= 1 {
            this.rack = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for MetadataResponseBroker {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        this.node_id = g.i32();
        this.host = g.string();
        this.port = g.i32();
        if version >= 1 {
            this.rack = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `MetadataResponseTopic` struct of `MetadataResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataResponseTopic {
    /// The topic error, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The topic name. Null for non-existing topics queried by ID. This is never null when ErrorCode is zero. One of Name and TopicId is always populated.
    ///
    /// Spec: versions 0+, nullable 12+.
    pub name: Option<String>,
    /// The topic id. Zero for non-existing topics queried by name. This is never zero when ErrorCode is zero. One of Name and TopicId is always populated.
    ///
    /// Spec: versions 10+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// True if the topic is internal.
    ///
    /// Spec: versions 1+, default "false", ignorable.
    pub is_internal: bool,
    /// Each partition in the topic.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<MetadataResponsePartition>,
    /// 32-bit bitfield to represent authorized operations for this topic.
    ///
    /// Spec: versions 8+, default "-2147483648".
    pub topic_authorized_operations: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for MetadataResponseTopic {
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

impl Encodable for MetadataResponseTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::write_i16(buf, self.error_code);
        if version >= 12 {
            p::write_nullable_string(buf, self.name.as_deref(), flex)?;
        } else {
            p::write_string(
                buf,
                p::require(
                    self.name.as_deref(),
                    "MetadataResponseTopic",
                    "Name",
                    version,
                )?,
                flex,
            )?;
        }
        if version >= 10 {
            p::write_uuid(buf, &self.topic_id);
        }
        if version >= 1 {
            p::write_bool(buf, self.is_internal);
        }
        p::write_array(buf, &self.partitions, version, flex)?;
        if version >= 8 {
            p::write_i32(buf, self.topic_authorized_operations);
        } else if self.topic_authorized_operations != -2147483648 {
            return Err(p::field_not_supported(
                "MetadataResponseTopic",
                "TopicAuthorizedOperations",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for MetadataResponseTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.name = if version >= 12 {
            p::read_nullable_string(buf, flex)?
        } else {
            Some(p::read_string(buf, flex)?)
        };
        if version >= 10 {
            this.topic_id = p::read_uuid(buf)?;
        }
        if version >= 1 {
            this.is_internal = p::read_bool(buf)?;
        }
        this.partitions = p::read_array(buf, version, flex)?;
        if version >= 8 {
            this.topic_authorized_operations = p::read_i32(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for MetadataResponseTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.name = if version >= 12 {
            g.maybe(|g| g.string())
        } else {
            Some(g.string())
        };
        if version >= 10 {
            this.topic_id = g.uuid();
        }
        if version >= 1 {
            this.is_internal = g.bool();
        }
        this.partitions = g.vec(|g| Random::random(g, version));
        if version >= 8 {
            this.topic_authorized_operations = g.i32();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `MetadataResponsePartition` struct of `MetadataResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataResponsePartition {
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
    /// Spec: versions 7+, default "-1", ignorable.
    pub leader_epoch: i32,
    /// The set of all nodes that host this partition.
    ///
    /// Spec: versions 0+.
    pub replica_nodes: Vec<i32>,
    /// The set of nodes that are in sync with the leader for this partition.
    ///
    /// Spec: versions 0+.
    pub isr_nodes: Vec<i32>,
    /// The set of offline replicas of this partition.
    ///
    /// Spec: versions 5+, ignorable.
    pub offline_replicas: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for MetadataResponsePartition {
    fn default() -> Self {
        Self {
            error_code: 0,
            partition_index: 0,
            leader_id: 0,
            leader_epoch: -1,
            replica_nodes: Vec::new(),
            isr_nodes: Vec::new(),
            offline_replicas: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for MetadataResponsePartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::write_i16(buf, self.error_code);
        p::write_i32(buf, self.partition_index);
        p::write_i32(buf, self.leader_id);
        if version >= 7 {
            p::write_i32(buf, self.leader_epoch);
        }
        p::write_array(buf, &self.replica_nodes, version, flex)?;
        p::write_array(buf, &self.isr_nodes, version, flex)?;
        if version >= 5 {
            p::write_array(buf, &self.offline_replicas, version, flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for MetadataResponsePartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.partition_index = p::read_i32(buf)?;
        this.leader_id = p::read_i32(buf)?;
        if version >= 7 {
            this.leader_epoch = p::read_i32(buf)?;
        }
        this.replica_nodes = p::read_array(buf, version, flex)?;
        this.isr_nodes = p::read_array(buf, version, flex)?;
        if version >= 5 {
            this.offline_replicas = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for MetadataResponsePartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.partition_index = g.i32();
        this.leader_id = g.i32();
        if version >= 7 {
            this.leader_epoch = g.i32();
        }
        this.replica_nodes = g.vec(|g| g.i32());
        this.isr_nodes = g.vec(|g| g.i32());
        if version >= 5 {
            this.offline_replicas = g.vec(|g| g.i32());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for MetadataResponse {
    const NAME: &'static str = "MetadataResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 13;
    const FLEXIBLE_MIN_VERSION: i16 = 9;
}

impl ApiResponse for MetadataResponse {
    const API_KEY: i16 = 3;
    fn response_header_version(version: i16) -> i16 {
        if version >= 9 {
            1
        } else {
            0
        }
    }
}
