//! `FetchResponse`, the response of API key 1 (Fetch).
//!
//! Versions 4-18; flexible (compact) encoding from version 12.
//!
//! Generated from `FetchResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `FetchResponse` message.
///
/// Versions 4-18; flexible (compact) encoding from version 12.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FetchResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// The top level response error code.
    ///
    /// Spec: versions 7+, ignorable.
    pub error_code: i16,
    /// The fetch session ID, or 0 if this is not part of a fetch session.
    ///
    /// Spec: versions 7+, default "0".
    pub session_id: i32,
    /// The response topics.
    ///
    /// Spec: versions 0+.
    pub responses: Vec<FetchableTopicResponse>,
    /// Endpoints for all current-leaders enumerated in PartitionData, with errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH.
    ///
    /// Spec: versions 16+, tagged (tag 0).
    pub node_endpoints: Vec<NodeEndpoint>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for FetchResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        if version >= 7 {
            p::write_i16(buf, self.error_code);
        }
        if version >= 7 {
            p::write_i32(buf, self.session_id);
        } else if self.session_id != 0 {
            return Err(p::field_not_supported(
                "FetchResponse",
                "SessionId",
                version,
            ));
        }
        p::write_array(buf, &self.responses, version, flex)?;
        if flex {
            let write_node_endpoints = version >= 16 && !self.node_endpoints.is_empty();
            if version < 16 && !self.node_endpoints.is_empty() {
                return Err(p::field_not_supported(
                    "FetchResponse",
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
        }
        Ok(())
    }
}

impl Decodable for FetchResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        if version >= 7 {
            this.error_code = p::read_i16(buf)?;
        }
        if version >= 7 {
            this.session_id = p::read_i32(buf)?;
        }
        this.responses = p::read_array(buf, version, flex)?;
        if flex {
            for _ in 0..p::read_tagged_header(buf)? {
                let (tag, mut data) = p::read_tagged_field(buf)?;
                match tag {
                    0 if version >= 16 => {
                        this.node_endpoints = p::read_array(&mut data, version, true)?;
                        p::expect_empty(&data, "FetchResponse.NodeEndpoints")?;
                    }
                    _ => this.unknown_tagged_fields.push(tag, data),
                }
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FetchResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        if version >= 7 {
            this.error_code = g.i16();
        }
        if version >= 7 {
            this.session_id = g.i32();
        }
        this.responses = g.vec(|g| Random::random(g, version));
        if version >= 16 {
            this.node_endpoints = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `FetchableTopicResponse` struct of `FetchResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FetchableTopicResponse {
    /// The topic name.
    ///
    /// Spec: versions 0-12, ignorable.
    pub topic: String,
    /// The unique topic ID.
    ///
    /// Spec: versions 13+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The topic partitions.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for FetchableTopicResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        if version <= 12 {
            p::write_string(buf, &self.topic, flex)?;
        }
        if version >= 13 {
            p::write_uuid(buf, &self.topic_id);
        }
        p::write_array(buf, &self.partitions, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for FetchableTopicResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        if version <= 12 {
            this.topic = p::read_string(buf, flex)?;
        }
        if version >= 13 {
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
impl Random for FetchableTopicResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        if version <= 12 {
            this.topic = g.string();
        }
        if version >= 13 {
            this.topic_id = g.uuid();
        }
        this.partitions = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `PartitionData` struct of `FetchResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The error code, or 0 if there was no fetch error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The current high water mark.
    ///
    /// Spec: versions 0+.
    pub high_watermark: i64,
    /// The last stable offset (or LSO) of the partition. This is the last offset such that the state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED).
    ///
    /// Spec: versions 4+, default "-1", ignorable.
    pub last_stable_offset: i64,
    /// The current log start offset.
    ///
    /// Spec: versions 5+, default "-1", ignorable.
    pub log_start_offset: i64,
    /// In case divergence is detected based on the `LastFetchedEpoch` and `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that subsequent records are known to diverge.
    ///
    /// Spec: versions 12+, tagged (tag 0).
    pub diverging_epoch: EpochEndOffset,
    /// The current leader of the partition.
    ///
    /// Spec: versions 12+, tagged (tag 1).
    pub current_leader: LeaderIdAndEpoch,
    /// In the case of fetching an offset less than the LogStartOffset, this is the end offset and epoch that should be used in the FetchSnapshot request.
    ///
    /// Spec: versions 12+, tagged (tag 2).
    pub snapshot_id: SnapshotId,
    /// The aborted transactions.
    ///
    /// Spec: versions 4+, nullable 4+, ignorable.
    pub aborted_transactions: Option<Vec<AbortedTransaction>>,
    /// The preferred read replica for the consumer to use on its next fetch request.
    ///
    /// Spec: versions 11+, default "-1".
    pub preferred_read_replica: i32,
    /// The record data.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub records: Option<Bytes>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for PartitionData {
    fn default() -> Self {
        Self {
            partition_index: 0,
            error_code: 0,
            high_watermark: 0,
            last_stable_offset: -1,
            log_start_offset: -1,
            diverging_epoch: EpochEndOffset::default(),
            current_leader: LeaderIdAndEpoch::default(),
            snapshot_id: SnapshotId::default(),
            aborted_transactions: Some(Vec::new()),
            preferred_read_replica: -1,
            records: None,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        p::write_i32(buf, self.partition_index);
        p::write_i16(buf, self.error_code);
        p::write_i64(buf, self.high_watermark);
        p::write_i64(buf, self.last_stable_offset);
        if version >= 5 {
            p::write_i64(buf, self.log_start_offset);
        }
        p::write_nullable_array(buf, self.aborted_transactions.as_deref(), version, flex)?;
        if version >= 11 {
            p::write_i32(buf, self.preferred_read_replica);
        } else if self.preferred_read_replica != -1 {
            return Err(p::field_not_supported(
                "PartitionData",
                "PreferredReadReplica",
                version,
            ));
        }
        p::write_records(buf, self.records.as_ref(), flex)?;
        if flex {
            let write_diverging_epoch =
                version >= 12 && self.diverging_epoch != EpochEndOffset::default();
            if version < 12 && self.diverging_epoch != EpochEndOffset::default() {
                return Err(p::field_not_supported(
                    "PartitionData",
                    "DivergingEpoch",
                    version,
                ));
            }
            let write_current_leader =
                version >= 12 && self.current_leader != LeaderIdAndEpoch::default();
            if version < 12 && self.current_leader != LeaderIdAndEpoch::default() {
                return Err(p::field_not_supported(
                    "PartitionData",
                    "CurrentLeader",
                    version,
                ));
            }
            let write_snapshot_id = version >= 12 && self.snapshot_id != SnapshotId::default();
            if version < 12 && self.snapshot_id != SnapshotId::default() {
                return Err(p::field_not_supported(
                    "PartitionData",
                    "SnapshotId",
                    version,
                ));
            }
            let mut tagged = p::TaggedFieldWriter::start(
                buf,
                usize::from(write_diverging_epoch)
                    + usize::from(write_current_leader)
                    + usize::from(write_snapshot_id),
                &self.unknown_tagged_fields,
            )?;
            if write_diverging_epoch {
                tagged.field(buf, 0, |buf| {
                    self.diverging_epoch.encode(buf, version)?;
                    Ok(())
                })?;
            }
            if write_current_leader {
                tagged.field(buf, 1, |buf| {
                    self.current_leader.encode(buf, version)?;
                    Ok(())
                })?;
            }
            if write_snapshot_id {
                tagged.field(buf, 2, |buf| {
                    self.snapshot_id.encode(buf, version)?;
                    Ok(())
                })?;
            }
            tagged.finish(buf)?;
        }
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.high_watermark = p::read_i64(buf)?;
        this.last_stable_offset = p::read_i64(buf)?;
        if version >= 5 {
            this.log_start_offset = p::read_i64(buf)?;
        }
        this.aborted_transactions = p::read_nullable_array(buf, version, flex)?;
        if version >= 11 {
            this.preferred_read_replica = p::read_i32(buf)?;
        }
        this.records = p::read_records(buf, flex)?;
        if flex {
            for _ in 0..p::read_tagged_header(buf)? {
                let (tag, mut data) = p::read_tagged_field(buf)?;
                match tag {
                    0 if version >= 12 => {
                        this.diverging_epoch = Decodable::decode(&mut data, version)?;
                        p::expect_empty(&data, "PartitionData.DivergingEpoch")?;
                    }
                    1 if version >= 12 => {
                        this.current_leader = Decodable::decode(&mut data, version)?;
                        p::expect_empty(&data, "PartitionData.CurrentLeader")?;
                    }
                    2 if version >= 12 => {
                        this.snapshot_id = Decodable::decode(&mut data, version)?;
                        p::expect_empty(&data, "PartitionData.SnapshotId")?;
                    }
                    _ => this.unknown_tagged_fields.push(tag, data),
                }
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.error_code = g.i16();
        this.high_watermark = g.i64();
        this.last_stable_offset = g.i64();
        if version >= 5 {
            this.log_start_offset = g.i64();
        }
        if version >= 12 {
            this.diverging_epoch = Random::random(g, version);
        }
        if version >= 12 {
            this.current_leader = Random::random(g, version);
        }
        if version >= 12 {
            this.snapshot_id = Random::random(g, version);
        }
        this.aborted_transactions = g.maybe(|g| g.vec(|g| Random::random(g, version)));
        if version >= 11 {
            this.preferred_read_replica = g.i32();
        }
        this.records = g.maybe(|g| g.bytes());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `EpochEndOffset` struct of `FetchResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct EpochEndOffset {
    /// The largest epoch.
    ///
    /// Spec: versions 12+, default "-1".
    pub epoch: i32,
    /// The end offset of the epoch.
    ///
    /// Spec: versions 12+, default "-1".
    pub end_offset: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for EpochEndOffset {
    fn default() -> Self {
        Self {
            epoch: -1,
            end_offset: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for EpochEndOffset {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        if version >= 12 {
            p::write_i32(buf, self.epoch);
        } else if self.epoch != -1 {
            return Err(p::field_not_supported("EpochEndOffset", "Epoch", version));
        }
        if version >= 12 {
            p::write_i64(buf, self.end_offset);
        } else if self.end_offset != -1 {
            return Err(p::field_not_supported(
                "EpochEndOffset",
                "EndOffset",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for EpochEndOffset {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 12 {
            this.epoch = p::read_i32(buf)?;
        }
        if version >= 12 {
            this.end_offset = p::read_i64(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for EpochEndOffset {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 12 {
            this.epoch = g.i32();
        }
        if version >= 12 {
            this.end_offset = g.i64();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `LeaderIdAndEpoch` struct of `FetchResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct LeaderIdAndEpoch {
    /// The ID of the current leader or -1 if the leader is unknown.
    ///
    /// Spec: versions 12+, default "-1".
    pub leader_id: i32,
    /// The latest known leader epoch.
    ///
    /// Spec: versions 12+, default "-1".
    pub leader_epoch: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for LeaderIdAndEpoch {
    fn default() -> Self {
        Self {
            leader_id: -1,
            leader_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for LeaderIdAndEpoch {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        if version >= 12 {
            p::write_i32(buf, self.leader_id);
        } else if self.leader_id != -1 {
            return Err(p::field_not_supported(
                "LeaderIdAndEpoch",
                "LeaderId",
                version,
            ));
        }
        if version >= 12 {
            p::write_i32(buf, self.leader_epoch);
        } else if self.leader_epoch != -1 {
            return Err(p::field_not_supported(
                "LeaderIdAndEpoch",
                "LeaderEpoch",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for LeaderIdAndEpoch {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 12 {
            this.leader_id = p::read_i32(buf)?;
        }
        if version >= 12 {
            this.leader_epoch = p::read_i32(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for LeaderIdAndEpoch {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 12 {
            this.leader_id = g.i32();
        }
        if version >= 12 {
            this.leader_epoch = g.i32();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `SnapshotId` struct of `FetchResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct SnapshotId {
    /// The end offset of the epoch.
    ///
    /// Spec: versions 0+, default "-1".
    pub end_offset: i64,
    /// The largest epoch.
    ///
    /// Spec: versions 0+, default "-1".
    pub epoch: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for SnapshotId {
    fn default() -> Self {
        Self {
            end_offset: -1,
            epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for SnapshotId {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        p::write_i64(buf, self.end_offset);
        p::write_i32(buf, self.epoch);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for SnapshotId {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        this.end_offset = p::read_i64(buf)?;
        this.epoch = p::read_i32(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SnapshotId {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        this.end_offset = g.i64();
        this.epoch = g.i32();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AbortedTransaction` struct of `FetchResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AbortedTransaction {
    /// The producer id associated with the aborted transaction.
    ///
    /// Spec: versions 4+.
    pub producer_id: i64,
    /// The first offset in the aborted transaction.
    ///
    /// Spec: versions 4+.
    pub first_offset: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AbortedTransaction {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        p::write_i64(buf, self.producer_id);
        p::write_i64(buf, self.first_offset);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AbortedTransaction {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        this.producer_id = p::read_i64(buf)?;
        this.first_offset = p::read_i64(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AbortedTransaction {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        this.producer_id = g.i64();
        this.first_offset = g.i64();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `NodeEndpoint` struct of `FetchResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeEndpoint {
    /// The ID of the associated node.
    ///
    /// Spec: versions 16+.
    pub node_id: i32,
    /// The node's hostname.
    ///
    /// Spec: versions 16+.
    pub host: String,
    /// The node's port.
    ///
    /// Spec: versions 16+.
    pub port: i32,
    /// The rack of the node, or null if it has not been assigned to a rack.
    ///
    /// Spec: versions 16+, nullable 16+, default "null".
    pub rack: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for NodeEndpoint {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        if version >= 16 {
            p::write_i32(buf, self.node_id);
        } else if self.node_id != 0 {
            return Err(p::field_not_supported("NodeEndpoint", "NodeId", version));
        }
        if version >= 16 {
            p::write_string(buf, &self.host, flex)?;
        } else if !self.host.is_empty() {
            return Err(p::field_not_supported("NodeEndpoint", "Host", version));
        }
        if version >= 16 {
            p::write_i32(buf, self.port);
        } else if self.port != 0 {
            return Err(p::field_not_supported("NodeEndpoint", "Port", version));
        }
        if version >= 16 {
            p::write_nullable_string(buf, self.rack.as_deref(), flex)?;
        } else if self.rack.is_some() {
            return Err(p::field_not_supported("NodeEndpoint", "Rack", version));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for NodeEndpoint {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 16 {
            this.node_id = p::read_i32(buf)?;
        }
        if version >= 16 {
            this.host = p::read_string(buf, flex)?;
        }
        if version >= 16 {
            this.port = p::read_i32(buf)?;
        }
        if version >= 16 {
            this.rack = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for NodeEndpoint {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 16 {
            this.node_id = g.i32();
        }
        if version >= 16 {
            this.host = g.string();
        }
        if version >= 16 {
            this.port = g.i32();
        }
        if version >= 16 {
            this.rack = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for FetchResponse {
    const NAME: &'static str = "FetchResponse";
    const MIN_VERSION: i16 = 4;
    const MAX_VERSION: i16 = 18;
    const FLEXIBLE_MIN_VERSION: i16 = 12;
}

impl ApiResponse for FetchResponse {
    const API_KEY: i16 = 1;
    fn response_header_version(version: i16) -> i16 {
        if version >= 12 {
            1
        } else {
            0
        }
    }
}
