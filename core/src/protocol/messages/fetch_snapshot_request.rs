//! `FetchSnapshotRequest`, the request of API key 59 (FetchSnapshot).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `FetchSnapshotRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `FetchSnapshotRequest` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchSnapshotRequest {
    /// The clusterId if known, this is used to validate metadata fetches prior to broker registration.
    ///
    /// Spec: versions 0+, nullable 0+, tagged (tag 0), default "null".
    pub cluster_id: Option<String>,
    /// The broker ID of the follower.
    ///
    /// Spec: versions 0+, default "-1".
    pub replica_id: i32,
    /// The maximum bytes to fetch from all of the snapshots.
    ///
    /// Spec: versions 0+, default "0x7fffffff".
    pub max_bytes: i32,
    /// The topics to fetch.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicSnapshot>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for FetchSnapshotRequest {
    fn default() -> Self {
        Self {
            cluster_id: None,
            replica_id: -1,
            max_bytes: 2147483647,
            topics: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for FetchSnapshotRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.replica_id);
        p::write_i32(buf, self.max_bytes);
        p::write_array(buf, &self.topics, version, true)?;
        let write_cluster_id = self.cluster_id.is_some();
        let mut tagged = p::TaggedFieldWriter::start(
            buf,
            usize::from(write_cluster_id),
            &self.unknown_tagged_fields,
        )?;
        if write_cluster_id {
            tagged.field(buf, 0, |buf| {
                p::write_nullable_string(buf, self.cluster_id.as_deref(), true)?;
                Ok(())
            })?;
        }
        tagged.finish(buf)?;
        Ok(())
    }
}

impl Decodable for FetchSnapshotRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.replica_id = p::read_i32(buf)?;
        this.max_bytes = p::read_i32(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        for _ in 0..p::read_tagged_header(buf)? {
            let (tag, mut data) = p::read_tagged_field(buf)?;
            match tag {
                0 => {
                    this.cluster_id = p::read_nullable_string(&mut data, true)?;
                    p::expect_empty(&data, "FetchSnapshotRequest.ClusterId")?;
                }
                _ => this.unknown_tagged_fields.push(tag, data),
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FetchSnapshotRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.cluster_id = g.maybe(|g| g.string());
        this.replica_id = g.i32();
        this.max_bytes = g.i32();
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicSnapshot` struct of `FetchSnapshotRequest`.
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

/// The `PartitionSnapshot` struct of `FetchSnapshotRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionSnapshot {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition: i32,
    /// The current leader epoch of the partition, -1 for unknown leader epoch.
    ///
    /// Spec: versions 0+.
    pub current_leader_epoch: i32,
    /// The snapshot endOffset and epoch to fetch.
    ///
    /// Spec: versions 0+.
    pub snapshot_id: SnapshotId,
    /// The byte position within the snapshot to start fetching from.
    ///
    /// Spec: versions 0+.
    pub position: i64,
    /// The directory id of the follower fetching.
    ///
    /// Spec: versions 1+, tagged (tag 0), ignorable.
    pub replica_directory_id: crate::protocol::Uuid,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionSnapshot {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition);
        p::write_i32(buf, self.current_leader_epoch);
        self.snapshot_id.encode(buf, version)?;
        p::write_i64(buf, self.position);
        let write_replica_directory_id = version >= 1 && !self.replica_directory_id.is_zero();
        let mut tagged = p::TaggedFieldWriter::start(
            buf,
            usize::from(write_replica_directory_id),
            &self.unknown_tagged_fields,
        )?;
        if write_replica_directory_id {
            tagged.field(buf, 0, |buf| {
                p::write_uuid(buf, &self.replica_directory_id);
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
        this.partition = p::read_i32(buf)?;
        this.current_leader_epoch = p::read_i32(buf)?;
        this.snapshot_id = Decodable::decode(buf, version)?;
        this.position = p::read_i64(buf)?;
        for _ in 0..p::read_tagged_header(buf)? {
            let (tag, mut data) = p::read_tagged_field(buf)?;
            match tag {
                0 if version >= 1 => {
                    this.replica_directory_id = p::read_uuid(&mut data)?;
                    p::expect_empty(&data, "PartitionSnapshot.ReplicaDirectoryId")?;
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
        this.partition = g.i32();
        this.current_leader_epoch = g.i32();
        this.snapshot_id = Random::random(g, version);
        this.position = g.i64();
        if version >= 1 {
            this.replica_directory_id = g.uuid();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `SnapshotId` struct of `FetchSnapshotRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SnapshotId {
    /// The end offset of the snapshot.
    ///
    /// Spec: versions 0+.
    pub end_offset: i64,
    /// The epoch of the snapshot.
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

impl Message for FetchSnapshotRequest {
    const NAME: &'static str = "FetchSnapshotRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for FetchSnapshotRequest {
    const API_KEY: i16 = 59;
    type Response = super::fetch_snapshot_response::FetchSnapshotResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
