//! `FetchRequest`, the request of API key 1 (Fetch).
//!
//! Versions 4-18; flexible (compact) encoding from version 12.
//!
//! Generated from `FetchRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `FetchRequest` message.
///
/// Versions 4-18; flexible (compact) encoding from version 12.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchRequest {
    /// The clusterId if known. This is used to validate metadata fetches prior to broker registration.
    ///
    /// Spec: versions 12+, nullable 12+, tagged (tag 0), default "null", ignorable.
    pub cluster_id: Option<String>,
    /// The broker ID of the follower, of -1 if this request is from a consumer.
    ///
    /// Spec: versions 0-14, default "-1".
    pub replica_id: i32,
    /// The state of the replica in the follower.
    ///
    /// Spec: versions 15+, tagged (tag 1).
    pub replica_state: ReplicaState,
    /// The maximum time in milliseconds to wait for the response.
    ///
    /// Spec: versions 0+.
    pub max_wait_ms: i32,
    /// The minimum bytes to accumulate in the response.
    ///
    /// Spec: versions 0+.
    pub min_bytes: i32,
    /// The maximum bytes to fetch.  See KIP-74 for cases where this limit may not be honored.
    ///
    /// Spec: versions 3+, default "0x7fffffff", ignorable.
    pub max_bytes: i32,
    /// This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records.
    ///
    /// Spec: versions 4+, default "0", ignorable.
    pub isolation_level: i8,
    /// The fetch session ID.
    ///
    /// Spec: versions 7+, default "0", ignorable.
    pub session_id: i32,
    /// The fetch session epoch, which is used for ordering requests in a session.
    ///
    /// Spec: versions 7+, default "-1", ignorable.
    pub session_epoch: i32,
    /// The topics to fetch.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<FetchTopic>,
    /// In an incremental fetch request, the partitions to remove.
    ///
    /// Spec: versions 7+.
    pub forgotten_topics_data: Vec<ForgottenTopic>,
    /// Rack ID of the consumer making this request.
    ///
    /// Spec: versions 11+, default "", ignorable.
    pub rack_id: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for FetchRequest {
    fn default() -> Self {
        Self {
            cluster_id: None,
            replica_id: -1,
            replica_state: ReplicaState::default(),
            max_wait_ms: 0,
            min_bytes: 0,
            max_bytes: 2147483647,
            isolation_level: 0,
            session_id: 0,
            session_epoch: -1,
            topics: Vec::new(),
            forgotten_topics_data: Vec::new(),
            rack_id: String::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for FetchRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version <= 14 {
            p::write_i32(buf, self.replica_id);
        } else if self.replica_id != -1 {
            return Err(p::field_not_supported("FetchRequest", "ReplicaId", version));
        }
        p::write_i32(buf, self.max_wait_ms);
        p::write_i32(buf, self.min_bytes);
        p::write_i32(buf, self.max_bytes);
        p::write_i8(buf, self.isolation_level);
        if version >= 7 {
            p::write_i32(buf, self.session_id);
        }
        if version >= 7 {
            p::write_i32(buf, self.session_epoch);
        }
        p::write_array(buf, &self.topics, version, flex)?;
        if version >= 7 {
            p::write_array(buf, &self.forgotten_topics_data, version, flex)?;
        } else if !self.forgotten_topics_data.is_empty() {
            return Err(p::field_not_supported(
                "FetchRequest",
                "ForgottenTopicsData",
                version,
            ));
        }
        if version >= 11 {
            p::write_string(buf, &self.rack_id, flex)?;
        }
        if flex {
            let write_cluster_id = version >= 12 && self.cluster_id.is_some();
            let write_replica_state =
                version >= 15 && self.replica_state != ReplicaState::default();
            if version < 15 && self.replica_state != ReplicaState::default() {
                return Err(p::field_not_supported(
                    "FetchRequest",
                    "ReplicaState",
                    version,
                ));
            }
            let mut tagged = p::TaggedFieldWriter::start(
                buf,
                usize::from(write_cluster_id) + usize::from(write_replica_state),
                &self.unknown_tagged_fields,
            )?;
            if write_cluster_id {
                tagged.field(buf, 0, |buf| {
                    p::write_nullable_string(buf, self.cluster_id.as_deref(), true)?;
                    Ok(())
                })?;
            }
            if write_replica_state {
                tagged.field(buf, 1, |buf| {
                    self.replica_state.encode(buf, version)?;
                    Ok(())
                })?;
            }
            tagged.finish(buf)?;
        }
        Ok(())
    }
}

impl Decodable for FetchRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version <= 14 {
            this.replica_id = p::read_i32(buf)?;
        }
        this.max_wait_ms = p::read_i32(buf)?;
        this.min_bytes = p::read_i32(buf)?;
        this.max_bytes = p::read_i32(buf)?;
        this.isolation_level = p::read_i8(buf)?;
        if version >= 7 {
            this.session_id = p::read_i32(buf)?;
        }
        if version >= 7 {
            this.session_epoch = p::read_i32(buf)?;
        }
        this.topics = p::read_array(buf, version, flex)?;
        if version >= 7 {
            this.forgotten_topics_data = p::read_array(buf, version, flex)?;
        }
        if version >= 11 {
            this.rack_id = p::read_string(buf, flex)?;
        }
        if flex {
            for _ in 0..p::read_tagged_header(buf)? {
                let (tag, mut data) = p::read_tagged_field(buf)?;
                match tag {
                    0 if version >= 12 => {
                        this.cluster_id = p::read_nullable_string(&mut data, true)?;
                        p::expect_empty(&data, "FetchRequest.ClusterId")?;
                    }
                    1 if version >= 15 => {
                        this.replica_state = Decodable::decode(&mut data, version)?;
                        p::expect_empty(&data, "FetchRequest.ReplicaState")?;
                    }
                    _ => this.unknown_tagged_fields.push(tag, data),
                }
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FetchRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 12 {
            this.cluster_id = g.maybe(|g| g.string());
        }
        if version <= 14 {
            this.replica_id = g.i32();
        }
        if version >= 15 {
            this.replica_state = Random::random(g, version);
        }
        this.max_wait_ms = g.i32();
        this.min_bytes = g.i32();
        this.max_bytes = g.i32();
        this.isolation_level = g.i8();
        if version >= 7 {
            this.session_id = g.i32();
        }
        if version >= 7 {
            this.session_epoch = g.i32();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        if version >= 7 {
            this.forgotten_topics_data = g.vec(|g| Random::random(g, version));
        }
        if version >= 11 {
            this.rack_id = g.string();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `ReplicaState` struct of `FetchRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicaState {
    /// The replica ID of the follower, or -1 if this request is from a consumer.
    ///
    /// Spec: versions 15+, default "-1".
    pub replica_id: i32,
    /// The epoch of this follower, or -1 if not available.
    ///
    /// Spec: versions 15+, default "-1".
    pub replica_epoch: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ReplicaState {
    fn default() -> Self {
        Self {
            replica_id: -1,
            replica_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ReplicaState {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        if version >= 15 {
            p::write_i32(buf, self.replica_id);
        } else if self.replica_id != -1 {
            return Err(p::field_not_supported("ReplicaState", "ReplicaId", version));
        }
        if version >= 15 {
            p::write_i64(buf, self.replica_epoch);
        } else if self.replica_epoch != -1 {
            return Err(p::field_not_supported(
                "ReplicaState",
                "ReplicaEpoch",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ReplicaState {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 15 {
            this.replica_id = p::read_i32(buf)?;
        }
        if version >= 15 {
            this.replica_epoch = p::read_i64(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReplicaState {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        if version >= 15 {
            this.replica_id = g.i32();
        }
        if version >= 15 {
            this.replica_epoch = g.i64();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `FetchTopic` struct of `FetchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FetchTopic {
    /// The name of the topic to fetch.
    ///
    /// Spec: versions 0-12, ignorable.
    pub topic: String,
    /// The unique topic ID.
    ///
    /// Spec: versions 13+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The partitions to fetch.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<FetchPartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for FetchTopic {
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

impl Decodable for FetchTopic {
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
impl Random for FetchTopic {
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

/// The `FetchPartition` struct of `FetchRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchPartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition: i32,
    /// The current leader epoch of the partition.
    ///
    /// Spec: versions 9+, default "-1", ignorable.
    pub current_leader_epoch: i32,
    /// The message offset.
    ///
    /// Spec: versions 0+.
    pub fetch_offset: i64,
    /// The epoch of the last fetched record or -1 if there is none.
    ///
    /// Spec: versions 12+, default "-1".
    pub last_fetched_epoch: i32,
    /// The earliest available offset of the follower replica.  The field is only used when the request is sent by the follower.
    ///
    /// Spec: versions 5+, default "-1", ignorable.
    pub log_start_offset: i64,
    /// The maximum bytes to fetch from this partition.  See KIP-74 for cases where this limit may not be honored.
    ///
    /// Spec: versions 0+.
    pub partition_max_bytes: i32,
    /// The directory id of the follower fetching.
    ///
    /// Spec: versions 17+, tagged (tag 0), ignorable.
    pub replica_directory_id: crate::protocol::Uuid,
    /// The high-watermark known by the replica. -1 if the high-watermark is not known and 9223372036854775807 if the feature is not supported.
    ///
    /// Spec: versions 18+, tagged (tag 1), default "9223372036854775807", ignorable.
    pub high_watermark: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for FetchPartition {
    fn default() -> Self {
        Self {
            partition: 0,
            current_leader_epoch: -1,
            fetch_offset: 0,
            last_fetched_epoch: -1,
            log_start_offset: -1,
            partition_max_bytes: 0,
            replica_directory_id: crate::protocol::Uuid::ZERO,
            high_watermark: 9223372036854775807,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for FetchPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        p::write_i32(buf, self.partition);
        if version >= 9 {
            p::write_i32(buf, self.current_leader_epoch);
        }
        p::write_i64(buf, self.fetch_offset);
        if version >= 12 {
            p::write_i32(buf, self.last_fetched_epoch);
        } else if self.last_fetched_epoch != -1 {
            return Err(p::field_not_supported(
                "FetchPartition",
                "LastFetchedEpoch",
                version,
            ));
        }
        if version >= 5 {
            p::write_i64(buf, self.log_start_offset);
        }
        p::write_i32(buf, self.partition_max_bytes);
        if flex {
            let write_replica_directory_id = version >= 17 && !self.replica_directory_id.is_zero();
            let write_high_watermark = version >= 18 && self.high_watermark != 9223372036854775807;
            let mut tagged = p::TaggedFieldWriter::start(
                buf,
                usize::from(write_replica_directory_id) + usize::from(write_high_watermark),
                &self.unknown_tagged_fields,
            )?;
            if write_replica_directory_id {
                tagged.field(buf, 0, |buf| {
                    p::write_uuid(buf, &self.replica_directory_id);
                    Ok(())
                })?;
            }
            if write_high_watermark {
                tagged.field(buf, 1, |buf| {
                    p::write_i64(buf, self.high_watermark);
                    Ok(())
                })?;
            }
            tagged.finish(buf)?;
        }
        Ok(())
    }
}

impl Decodable for FetchPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        this.partition = p::read_i32(buf)?;
        if version >= 9 {
            this.current_leader_epoch = p::read_i32(buf)?;
        }
        this.fetch_offset = p::read_i64(buf)?;
        if version >= 12 {
            this.last_fetched_epoch = p::read_i32(buf)?;
        }
        if version >= 5 {
            this.log_start_offset = p::read_i64(buf)?;
        }
        this.partition_max_bytes = p::read_i32(buf)?;
        if flex {
            for _ in 0..p::read_tagged_header(buf)? {
                let (tag, mut data) = p::read_tagged_field(buf)?;
                match tag {
                    0 if version >= 17 => {
                        this.replica_directory_id = p::read_uuid(&mut data)?;
                        p::expect_empty(&data, "FetchPartition.ReplicaDirectoryId")?;
                    }
                    1 if version >= 18 => {
                        this.high_watermark = p::read_i64(&mut data)?;
                        p::expect_empty(&data, "FetchPartition.HighWatermark")?;
                    }
                    _ => this.unknown_tagged_fields.push(tag, data),
                }
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FetchPartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        this.partition = g.i32();
        if version >= 9 {
            this.current_leader_epoch = g.i32();
        }
        this.fetch_offset = g.i64();
        if version >= 12 {
            this.last_fetched_epoch = g.i32();
        }
        if version >= 5 {
            this.log_start_offset = g.i64();
        }
        this.partition_max_bytes = g.i32();
        if version >= 17 {
            this.replica_directory_id = g.uuid();
        }
        if version >= 18 {
            this.high_watermark = g.i64();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `ForgottenTopic` struct of `FetchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForgottenTopic {
    /// The topic name.
    ///
    /// Spec: versions 7-12, ignorable.
    pub topic: String,
    /// The unique topic ID.
    ///
    /// Spec: versions 13+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The partitions indexes to forget.
    ///
    /// Spec: versions 7+.
    pub partitions: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ForgottenTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 12;
        if (7..=12).contains(&version) {
            p::write_string(buf, &self.topic, flex)?;
        }
        if version >= 13 {
            p::write_uuid(buf, &self.topic_id);
        }
        if version >= 7 {
            p::write_array(buf, &self.partitions, version, flex)?;
        } else if !self.partitions.is_empty() {
            return Err(p::field_not_supported(
                "ForgottenTopic",
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

impl Decodable for ForgottenTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 12;
        let mut this = Self::default();
        if (7..=12).contains(&version) {
            this.topic = p::read_string(buf, flex)?;
        }
        if version >= 13 {
            this.topic_id = p::read_uuid(buf)?;
        }
        if version >= 7 {
            this.partitions = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ForgottenTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 12;
        let mut this = Self::default();
        if (7..=12).contains(&version) {
            this.topic = g.string();
        }
        if version >= 13 {
            this.topic_id = g.uuid();
        }
        if version >= 7 {
            this.partitions = g.vec(|g| g.i32());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for FetchRequest {
    const NAME: &'static str = "FetchRequest";
    const MIN_VERSION: i16 = 4;
    const MAX_VERSION: i16 = 18;
    const FLEXIBLE_MIN_VERSION: i16 = 12;
}

impl ApiRequest for FetchRequest {
    const API_KEY: i16 = 1;
    type Response = super::fetch_response::FetchResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 12 {
            2
        } else {
            1
        }
    }
}
