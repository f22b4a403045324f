//! `ReadShareGroupStateSummaryResponse`, the response of API key 87 (ReadShareGroupStateSummary).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `ReadShareGroupStateSummaryResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ReadShareGroupStateSummaryResponse` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadShareGroupStateSummaryResponse {
    /// The read results.
    ///
    /// Spec: versions 0+.
    pub results: Vec<ReadStateSummaryResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ReadShareGroupStateSummaryResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.results, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ReadShareGroupStateSummaryResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.results = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReadShareGroupStateSummaryResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.results = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `ReadStateSummaryResult` struct of `ReadShareGroupStateSummaryResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadStateSummaryResult {
    /// The topic identifier.
    ///
    /// Spec: versions 0+.
    pub topic_id: crate::protocol::Uuid,
    /// The results for the partitions.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ReadStateSummaryResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ReadStateSummaryResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReadStateSummaryResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `PartitionResult` struct of `ReadShareGroupStateSummaryResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionResult {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The error message, or null if there was no error.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub error_message: Option<String>,
    /// The state epoch of the share-partition.
    ///
    /// Spec: versions 0+.
    pub state_epoch: i32,
    /// The leader epoch of the share-partition.
    ///
    /// Spec: versions 0+.
    pub leader_epoch: i32,
    /// The share-partition start offset.
    ///
    /// Spec: versions 0+.
    pub start_offset: i64,
    /// The number of offsets greater than or equal to share-partition start offset for which delivery has been completed.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub delivery_complete_count: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for PartitionResult {
    fn default() -> Self {
        Self {
            partition: 0,
            error_code: 0,
            error_message: None,
            state_epoch: 0,
            leader_epoch: 0,
            start_offset: 0,
            delivery_complete_count: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for PartitionResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition);
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        p::write_i32(buf, self.state_epoch);
        p::write_i32(buf, self.leader_epoch);
        p::write_i64(buf, self.start_offset);
        if version >= 1 {
            p::write_i32(buf, self.delivery_complete_count);
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PartitionResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        this.state_epoch = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        this.start_offset = p::read_i64(buf)?;
        if version >= 1 {
            this.delivery_complete_count = p::read_i32(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.partition = g.i32();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.state_epoch = g.i32();
        this.leader_epoch = g.i32();
        this.start_offset = g.i64();
        if version >= 1 {
            this.delivery_complete_count = g.i32();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ReadShareGroupStateSummaryResponse {
    const NAME: &'static str = "ReadShareGroupStateSummaryResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for ReadShareGroupStateSummaryResponse {
    const API_KEY: i16 = 87;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
