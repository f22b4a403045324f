//! `DescribeQuorumResponse`, the response of API key 55 (DescribeQuorum).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeQuorumResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeQuorumResponse` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeQuorumResponse {
    /// The top level error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The error message, or null if there was no error.
    ///
    /// Spec: versions 2+, nullable 2+, ignorable.
    pub error_message: Option<String>,
    /// The response from the describe quorum API.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicData>,
    /// The nodes in the quorum.
    ///
    /// Spec: versions 2+.
    pub nodes: Vec<Node>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeQuorumResponse {
    fn default() -> Self {
        Self {
            error_code: 0,
            error_message: Some(String::new()),
            topics: Vec::new(),
            nodes: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeQuorumResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        if version >= 2 {
            p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        }
        p::write_array(buf, &self.topics, version, true)?;
        if version >= 2 {
            p::write_array(buf, &self.nodes, version, true)?;
        } else if !self.nodes.is_empty() {
            return Err(p::field_not_supported(
                "DescribeQuorumResponse",
                "Nodes",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeQuorumResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        if version >= 2 {
            this.error_message = p::read_nullable_string(buf, true)?;
        }
        this.topics = p::read_array(buf, version, true)?;
        if version >= 2 {
            this.nodes = p::read_array(buf, version, true)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeQuorumResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.error_code = g.i16();
        if version >= 2 {
            this.error_message = g.maybe(|g| g.string());
        }
        this.topics = g.vec(|g| Random::random(g, version));
        if version >= 2 {
            this.nodes = g.vec(|g| Random::random(g, version));
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicData` struct of `DescribeQuorumResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicData {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub topic_name: String,
    /// The partition data.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.topic_name, true)?;
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_name = p::read_string(buf, true)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `PartitionData` struct of `DescribeQuorumResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The partition error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The error message, or null if there was no error.
    ///
    /// Spec: versions 2+, nullable 2+, ignorable.
    pub error_message: Option<String>,
    /// The ID of the current leader or -1 if the leader is unknown.
    ///
    /// Spec: versions 0+.
    pub leader_id: i32,
    /// The latest known leader epoch.
    ///
    /// Spec: versions 0+.
    pub leader_epoch: i32,
    /// The high water mark.
    ///
    /// Spec: versions 0+.
    pub high_watermark: i64,
    /// The current voters of the partition.
    ///
    /// Spec: versions 0+.
    pub current_voters: Vec<ReplicaState>,
    /// The observers of the partition.
    ///
    /// Spec: versions 0+.
    pub observers: Vec<ReplicaState>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for PartitionData {
    fn default() -> Self {
        Self {
            partition_index: 0,
            error_code: 0,
            error_message: Some(String::new()),
            leader_id: 0,
            leader_epoch: 0,
            high_watermark: 0,
            current_voters: Vec::new(),
            observers: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_i16(buf, self.error_code);
        if version >= 2 {
            p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        }
        p::write_i32(buf, self.leader_id);
        p::write_i32(buf, self.leader_epoch);
        p::write_i64(buf, self.high_watermark);
        p::write_array(buf, &self.current_voters, version, true)?;
        p::write_array(buf, &self.observers, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        if version >= 2 {
            this.error_message = p::read_nullable_string(buf, true)?;
        }
        this.leader_id = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        this.high_watermark = p::read_i64(buf)?;
        this.current_voters = p::read_array(buf, version, true)?;
        this.observers = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.error_code = g.i16();
        if version >= 2 {
            this.error_message = g.maybe(|g| g.string());
        }
        this.leader_id = g.i32();
        this.leader_epoch = g.i32();
        this.high_watermark = g.i64();
        this.current_voters = g.vec(|g| Random::random(g, version));
        this.observers = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Node` struct of `DescribeQuorumResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Node {
    /// The ID of the associated node.
    ///
    /// Spec: versions 2+.
    pub node_id: i32,
    /// The listeners of this controller.
    ///
    /// Spec: versions 2+.
    pub listeners: Vec<Listener>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Node {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        if version >= 2 {
            p::write_i32(buf, self.node_id);
        } else if self.node_id != 0 {
            return Err(p::field_not_supported("Node", "NodeId", version));
        }
        if version >= 2 {
            p::write_array(buf, &self.listeners, version, true)?;
        } else if !self.listeners.is_empty() {
            return Err(p::field_not_supported("Node", "Listeners", version));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Node {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        if version >= 2 {
            this.node_id = p::read_i32(buf)?;
        }
        if version >= 2 {
            this.listeners = p::read_array(buf, version, true)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Node {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        if version >= 2 {
            this.node_id = g.i32();
        }
        if version >= 2 {
            this.listeners = g.vec(|g| Random::random(g, version));
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Listener` struct of `DescribeQuorumResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listener {
    /// The name of the endpoint.
    ///
    /// Spec: versions 2+.
    pub name: String,
    /// The hostname.
    ///
    /// Spec: versions 2+.
    pub host: String,
    /// The port.
    ///
    /// Spec: versions 2+.
    pub port: u16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Listener {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        if version >= 2 {
            p::write_string(buf, &self.name, true)?;
        } else if !self.name.is_empty() {
            return Err(p::field_not_supported("Listener", "Name", version));
        }
        if version >= 2 {
            p::write_string(buf, &self.host, true)?;
        } else if !self.host.is_empty() {
            return Err(p::field_not_supported("Listener", "Host", version));
        }
        if version >= 2 {
            p::write_u16(buf, self.port);
        } else if self.port != 0 {
            return Err(p::field_not_supported("Listener", "Port", version));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Listener {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        if version >= 2 {
            this.name = p::read_string(buf, true)?;
        }
        if version >= 2 {
            this.host = p::read_string(buf, true)?;
        }
        if version >= 2 {
            this.port = p::read_u16(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Listener {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        if version >= 2 {
            this.name = g.string();
        }
        if version >= 2 {
            this.host = g.string();
        }
        if version >= 2 {
            this.port = g.u16();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `ReplicaState` struct of `DescribeQuorumResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaState {
    /// The ID of the replica.
    ///
    /// Spec: versions 0+.
    pub replica_id: i32,
    /// The replica directory ID of the replica.
    ///
    /// Spec: versions 2+.
    pub replica_directory_id: crate::protocol::Uuid,
    /// The last known log end offset of the follower or -1 if it is unknown.
    ///
    /// Spec: versions 0+.
    pub log_end_offset: i64,
    /// The last known leader wall clock time time when a follower fetched from the leader. This is reported as -1 both for the current leader or if it is unknown for a voter.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub last_fetch_timestamp: i64,
    /// The leader wall clock append time of the offset for which the follower made the most recent fetch request. This is reported as the current time for the leader and -1 if unknown for a voter.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub last_caught_up_timestamp: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ReplicaState {
    fn default() -> Self {
        Self {
            replica_id: 0,
            replica_directory_id: crate::protocol::Uuid::ZERO,
            log_end_offset: 0,
            last_fetch_timestamp: -1,
            last_caught_up_timestamp: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ReplicaState {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.replica_id);
        if version >= 2 {
            p::write_uuid(buf, &self.replica_directory_id);
        } else if !self.replica_directory_id.is_zero() {
            return Err(p::field_not_supported(
                "ReplicaState",
                "ReplicaDirectoryId",
                version,
            ));
        }
        p::write_i64(buf, self.log_end_offset);
        if version >= 1 {
            p::write_i64(buf, self.last_fetch_timestamp);
        }
        if version >= 1 {
            p::write_i64(buf, self.last_caught_up_timestamp);
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ReplicaState {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.replica_id = p::read_i32(buf)?;
        if version >= 2 {
            this.replica_directory_id = p::read_uuid(buf)?;
        }
        this.log_end_offset = p::read_i64(buf)?;
        if version >= 1 {
            this.last_fetch_timestamp = p::read_i64(buf)?;
        }
        if version >= 1 {
            this.last_caught_up_timestamp = p::read_i64(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReplicaState {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.replica_id = g.i32();
        if version >= 2 {
            this.replica_directory_id = g.uuid();
        }
        this.log_end_offset = g.i64();
        if version >= 1 {
            this.last_fetch_timestamp = g.i64();
        }
        if version >= 1 {
            this.last_caught_up_timestamp = g.i64();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeQuorumResponse {
    const NAME: &'static str = "DescribeQuorumResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for DescribeQuorumResponse {
    const API_KEY: i16 = 55;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
