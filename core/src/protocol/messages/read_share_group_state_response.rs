//! `ReadShareGroupStateResponse`, the response of API key 84 (ReadShareGroupState).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `ReadShareGroupStateResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ReadShareGroupStateResponse` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadShareGroupStateResponse {
    /// The read results.
    ///
    /// Spec: versions 0+.
    pub results: Vec<ReadStateResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ReadShareGroupStateResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.results, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ReadShareGroupStateResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.results = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReadShareGroupStateResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.results = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `ReadStateResult` struct of `ReadShareGroupStateResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadStateResult {
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

impl Encodable for ReadStateResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ReadStateResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReadStateResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `PartitionResult` struct of `ReadShareGroupStateResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
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
    /// The share-partition start offset, which can be -1 if it is not yet initialized.
    ///
    /// Spec: versions 0+.
    pub start_offset: i64,
    /// The state batches for this share-partition.
    ///
    /// Spec: versions 0+.
    pub state_batches: Vec<StateBatch>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition);
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        p::write_i32(buf, self.state_epoch);
        p::write_i64(buf, self.start_offset);
        p::write_array(buf, &self.state_batches, version, true)?;
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
        this.start_offset = p::read_i64(buf)?;
        this.state_batches = p::read_array(buf, version, true)?;
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
        this.start_offset = g.i64();
        this.state_batches = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `StateBatch` struct of `ReadShareGroupStateResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateBatch {
    /// The first offset of this state batch.
    ///
    /// Spec: versions 0+.
    pub first_offset: i64,
    /// The last offset of this state batch.
    ///
    /// Spec: versions 0+.
    pub last_offset: i64,
    /// The delivery state - 0:Available,2:Acked,4:Archived.
    ///
    /// Spec: versions 0+.
    pub delivery_state: i8,
    /// The delivery count.
    ///
    /// Spec: versions 0+.
    pub delivery_count: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for StateBatch {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i64(buf, self.first_offset);
        p::write_i64(buf, self.last_offset);
        p::write_i8(buf, self.delivery_state);
        p::write_i16(buf, self.delivery_count);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for StateBatch {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.first_offset = p::read_i64(buf)?;
        this.last_offset = p::read_i64(buf)?;
        this.delivery_state = p::read_i8(buf)?;
        this.delivery_count = p::read_i16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for StateBatch {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.first_offset = g.i64();
        this.last_offset = g.i64();
        this.delivery_state = g.i8();
        this.delivery_count = g.i16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ReadShareGroupStateResponse {
    const NAME: &'static str = "ReadShareGroupStateResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for ReadShareGroupStateResponse {
    const API_KEY: i16 = 84;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
