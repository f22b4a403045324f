//! `ShareFetchRequest`, the request of API key 78 (ShareFetch).
//!
//! Versions 1-2; flexible (compact) encoding from version 0.
//!
//! Generated from `ShareFetchRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ShareFetchRequest` message.
///
/// Versions 1-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareFetchRequest {
    /// The group identifier.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub group_id: Option<String>,
    /// The member ID.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub member_id: Option<String>,
    /// The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    ///
    /// Spec: versions 0+.
    pub share_session_epoch: i32,
    /// The maximum time in milliseconds to wait for the response.
    ///
    /// Spec: versions 0+.
    pub max_wait_ms: i32,
    /// The minimum bytes to accumulate in the response.
    ///
    /// Spec: versions 0+.
    pub min_bytes: i32,
    /// The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored.
    ///
    /// Spec: versions 0+, default "0x7fffffff".
    pub max_bytes: i32,
    /// The maximum number of records to fetch. This limit can be exceeded for alignment of batch boundaries.
    ///
    /// Spec: versions 1+.
    pub max_records: i32,
    /// The optimal number of records for batches of acquired records and acknowledgements.
    ///
    /// Spec: versions 1+.
    pub batch_size: i32,
    /// The acquire mode to control the fetch behavior - 0:batch-optimized,1:record-limit.
    ///
    /// Spec: versions 2+, default "0", ignorable.
    pub share_acquire_mode: i8,
    /// Whether Renew type acknowledgements present in AcknowledgementBatches.
    ///
    /// Spec: versions 2+, default "false".
    pub is_renew_ack: bool,
    /// The topics to fetch.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<FetchTopic>,
    /// The partitions to remove from this share session.
    ///
    /// Spec: versions 0+.
    pub forgotten_topics_data: Vec<ForgottenTopic>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ShareFetchRequest {
    fn default() -> Self {
        Self {
            group_id: None,
            member_id: Some(String::new()),
            share_session_epoch: 0,
            max_wait_ms: 0,
            min_bytes: 0,
            max_bytes: 2147483647,
            max_records: 0,
            batch_size: 0,
            share_acquire_mode: 0,
            is_renew_ack: false,
            topics: Vec::new(),
            forgotten_topics_data: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ShareFetchRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.group_id.as_deref(), true)?;
        p::write_nullable_string(buf, self.member_id.as_deref(), true)?;
        p::write_i32(buf, self.share_session_epoch);
        p::write_i32(buf, self.max_wait_ms);
        p::write_i32(buf, self.min_bytes);
        p::write_i32(buf, self.max_bytes);
        p::write_i32(buf, self.max_records);
        p::write_i32(buf, self.batch_size);
        if version >= 2 {
            p::write_i8(buf, self.share_acquire_mode);
        }
        if version >= 2 {
            p::write_bool(buf, self.is_renew_ack);
        } else if self.is_renew_ack {
            return Err(p::field_not_supported(
                "ShareFetchRequest",
                "IsRenewAck",
                version,
            ));
        }
        p::write_array(buf, &self.topics, version, true)?;
        p::write_array(buf, &self.forgotten_topics_data, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ShareFetchRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_nullable_string(buf, true)?;
        this.member_id = p::read_nullable_string(buf, true)?;
        this.share_session_epoch = p::read_i32(buf)?;
        this.max_wait_ms = p::read_i32(buf)?;
        this.min_bytes = p::read_i32(buf)?;
        this.max_bytes = p::read_i32(buf)?;
        this.max_records = p::read_i32(buf)?;
        this.batch_size = p::read_i32(buf)?;
        if version >= 2 {
            this.share_acquire_mode = p::read_i8(buf)?;
        }
        if version >= 2 {
            this.is_renew_ack = p::read_bool(buf)?;
        }
        this.topics = p::read_array(buf, version, true)?;
        this.forgotten_topics_data = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ShareFetchRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.group_id = g.maybe(|g| g.string());
        this.member_id = g.maybe(|g| g.string());
        this.share_session_epoch = g.i32();
        this.max_wait_ms = g.i32();
        this.min_bytes = g.i32();
        this.max_bytes = g.i32();
        this.max_records = g.i32();
        this.batch_size = g.i32();
        if version >= 2 {
            this.share_acquire_mode = g.i8();
        }
        if version >= 2 {
            this.is_renew_ack = g.bool();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        this.forgotten_topics_data = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `FetchTopic` struct of `ShareFetchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FetchTopic {
    /// The unique topic ID.
    ///
    /// Spec: versions 0+.
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
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for FetchTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FetchTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `FetchPartition` struct of `ShareFetchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FetchPartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The maximum bytes to fetch from this partition. 0 when only acknowledgement with no fetching is required. See KIP-74 for cases where this limit may not be honored.
    ///
    /// Spec: versions 0.
    pub partition_max_bytes: i32,
    /// Record batches to acknowledge.
    ///
    /// Spec: versions 0+.
    pub acknowledgement_batches: Vec<AcknowledgementBatch>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for FetchPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        if self.partition_max_bytes != 0 {
            return Err(p::field_not_supported(
                "FetchPartition",
                "PartitionMaxBytes",
                version,
            ));
        }
        p::write_array(buf, &self.acknowledgement_batches, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for FetchPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.acknowledgement_batches = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FetchPartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.acknowledgement_batches = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `AcknowledgementBatch` struct of `ShareFetchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcknowledgementBatch {
    /// First offset of batch of records to acknowledge.
    ///
    /// Spec: versions 0+.
    pub first_offset: i64,
    /// Last offset (inclusive) of batch of records to acknowledge.
    ///
    /// Spec: versions 0+.
    pub last_offset: i64,
    /// Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject,4:Renew.
    ///
    /// Spec: versions 0+.
    pub acknowledge_types: Vec<i8>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AcknowledgementBatch {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i64(buf, self.first_offset);
        p::write_i64(buf, self.last_offset);
        p::write_array(buf, &self.acknowledge_types, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AcknowledgementBatch {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.first_offset = p::read_i64(buf)?;
        this.last_offset = p::read_i64(buf)?;
        this.acknowledge_types = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AcknowledgementBatch {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.first_offset = g.i64();
        this.last_offset = g.i64();
        this.acknowledge_types = g.vec(|g| g.i8());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `ForgottenTopic` struct of `ShareFetchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ForgottenTopic {
    /// The unique topic ID.
    ///
    /// Spec: versions 0+.
    pub topic_id: crate::protocol::Uuid,
    /// The partitions indexes to forget.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ForgottenTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ForgottenTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ForgottenTopic {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| g.i32());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ShareFetchRequest {
    const NAME: &'static str = "ShareFetchRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for ShareFetchRequest {
    const API_KEY: i16 = 78;
    type Response = super::share_fetch_response::ShareFetchResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
