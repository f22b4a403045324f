//! `FetchSnapshotResponse`, the response of API key 59 (FetchSnapshot).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `FetchSnapshotResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `FetchSnapshotResponse` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FetchSnapshotResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+, ignorable.
    pub throttle_time_ms: i32,
    /// The top level response error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The topics to fetch.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicSnapshot>,
    /// Endpoints for all current-leaders enumerated in PartitionSnapshot.
    ///
    /// Spec: versions 1+, tagged (tag 0).
    pub node_endpoints: Vec<NodeEndpoint>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for FetchSnapshotResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_array(buf, &self.topics, version, true)?;
        let write_node_endpoints = version >= 1 && !self.node_endpoints.is_empty();
        if version < 1 && !self.node_endpoints.is_empty() {
            return Err(p::field_not_supported(
                "FetchSnapshotResponse",
                "NodeEndpoints",
                version,
            ));
        }
        let mut tagged = p::TaggedFieldWriter::start(
            buf,
            usize::from(write_node_endpoints),
            &self.unknown_tagged_fields,
        )?;
        if write_node_endpoints {
            tagged.field(buf, 0, |buf| {
                p::write_array(buf, &self.node_endpoints, version, true)?;
                Ok(())
            })?;
        }
        tagged.finish(buf)?;
        Ok(())
    }
}

impl Decodable for FetchSnapshotResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        for _ in 0..p::read_tagged_header(buf)? {
            let (tag, mut data) = p::read_tagged_field(buf)?;
            match tag {
                0 if version >= 1 => {
                    this.node_endpoints = p::read_array(&mut data, version, true)?;
                    p::expect_empty(&data, "FetchSnapshotResponse.NodeEndpoints")?;
                }
                _ => this.unknown_tagged_fields.push(tag, data),
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FetchSnapshotResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.topics = g.vec(|g| Random::random(g, version));
        if version >= 1 {
            this.node_endpoints = g.vec(|g| Random::random(g, version));
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicSnapshot` struct of `FetchSnapshotResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicSnapshot {
    /// The name of the topic to fetch.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The partitions to fetch.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionSnapshot>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicSnapshot {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicSnapshot {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicSnapshot {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `PartitionSnapshot` struct of `FetchSnapshotResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionSnapshot {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub index: i32,
    /// The error code, or 0 if there was no fetch error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The snapshot endOffset and epoch fetched.
    ///
    /// Spec: versions 0+.
    pub snapshot_id: SnapshotId,
    /// The leader of the partition at the time of the snapshot.
    ///
    /// Spec: versions 0+, tagged (tag 0).
    pub current_leader: LeaderIdAndEpoch,
    /// The total size of the snapshot.
    ///
    /// Spec: versions 0+.
    pub size: i64,
    /// The starting byte position within the snapshot included in the Bytes field.
    ///
    /// Spec: versions 0+.
    pub position: i64,
    /// Snapshot data in records format which may not be aligned on an offset boundary.
    ///
    /// Spec: versions 0+.
    pub unaligned_records: Option<Bytes>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionSnapshot {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.index);
        p::write_i16(buf, self.error_code);
        self.snapshot_id.encode(buf, version)?;
        p::write_i64(buf, self.size);
        p::write_i64(buf, self.position);
        p::write_records(
            buf,
            Some(p::require(
                self.unaligned_records.as_ref(),
                "PartitionSnapshot",
                "UnalignedRecords",
                version,
            )?),
            true,
        )?;
        let write_current_leader = self.current_leader != LeaderIdAndEpoch::default();
        let mut tagged = p::TaggedFieldWriter::start(
            buf,
            usize::from(write_current_leader),
            &self.unknown_tagged_fields,
        )?;
        if write_current_leader {
            tagged.field(buf, 0, |buf| {
                self.current_leader.encode(buf, version)?;
                Ok(())
            })?;
        }
        tagged.finish(buf)?;
        Ok(())
    }
}

impl Decodable for PartitionSnapshot {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.snapshot_id = Decodable::decode(buf, version)?;
        this.size = p::read_i64(buf)?;
        this.position = p::read_i64(buf)?;
        this.unaligned_records = Some(p::read_bytes(buf, true)?);
        for _ in 0..p::read_tagged_header(buf)? {
            let (tag, mut data) = p::read_tagged_field(buf)?;
            match tag {
                0 => {
                    this.current_leader = Decodable::decode(&mut data, version)?;
                    p::expect_empty(&data, "PartitionSnapshot.CurrentLeader")?;
                }
                _ => this.unknown_tagged_fields.push(tag, data),
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionSnapshot {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.index = g.i32();
        this.error_code = g.i16();
        this.snapshot_id = Random::random(g, version);
        this.current_leader = Random::random(g, version);
        this.size = g.i64();
        this.position = g.i64();
        this.unaligned_records = Some(g.bytes());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `SnapshotId` struct of `FetchSnapshotResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SnapshotId {
    /// The snapshot end offset.
    ///
    /// Spec: versions 0+.
    pub end_offset: i64,
    /// The snapshot epoch.
    ///
    /// Spec: versions 0+.
    pub epoch: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for SnapshotId {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i64(buf, self.end_offset);
        p::write_i32(buf, self.epoch);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for SnapshotId {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.end_offset = p::read_i64(buf)?;
        this.epoch = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SnapshotId {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.end_offset = g.i64();
        this.epoch = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `LeaderIdAndEpoch` struct of `FetchSnapshotResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeaderIdAndEpoch {
    /// The ID of the current leader or -1 if the leader is unknown.
    ///
    /// Spec: versions 0+.
    pub leader_id: i32,
    /// The latest known leader epoch.
    ///
    /// Spec: versions 0+.
    pub leader_epoch: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for LeaderIdAndEpoch {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.leader_id);
        p::write_i32(buf, self.leader_epoch);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for LeaderIdAndEpoch {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.leader_id = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for LeaderIdAndEpoch {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.leader_id = g.i32();
        this.leader_epoch = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `NodeEndpoint` struct of `FetchSnapshotResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeEndpoint {
    /// The ID of the associated node.
    ///
    /// Spec: versions 1+.
    pub node_id: i32,
    /// The node's hostname.
    ///
    /// Spec: versions 1+.
    pub host: String,
    /// The node's port.
    ///
    /// Spec: versions 1+.
    pub port: u16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for NodeEndpoint {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        if version >= 1 {
            p::write_i32(buf, self.node_id);
        } else if self.node_id != 0 {
            return Err(p::field_not_supported("NodeEndpoint", "NodeId", version));
        }
        if version >= 1 {
            p::write_string(buf, &self.host, true)?;
        } else if !self.host.is_empty() {
            return Err(p::field_not_supported("NodeEndpoint", "Host", version));
        }
        if version >= 1 {
            p::write_u16(buf, self.port);
        } else if self.port != 0 {
            return Err(p::field_not_supported("NodeEndpoint", "Port", version));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for NodeEndpoint {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        if version >= 1 {
            this.node_id = p::read_i32(buf)?;
        }
        if version >= 1 {
            this.host = p::read_string(buf, true)?;
        }
        if version >= 1 {
            this.port = p::read_u16(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for NodeEndpoint {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        if version >= 1 {
            this.node_id = g.i32();
        }
        if version >= 1 {
            this.host = g.string();
        }
        if version >= 1 {
            this.port = g.u16();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for FetchSnapshotResponse {
    const NAME: &'static str = "FetchSnapshotResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for FetchSnapshotResponse {
    const API_KEY: i16 = 59;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
