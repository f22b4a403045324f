//! `WriteTxnMarkersResponse`, the response of API key 27 (WriteTxnMarkers).
//!
//! Versions 1-2; flexible (compact) encoding from version 1.
//!
//! Generated from `WriteTxnMarkersResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `WriteTxnMarkersResponse` message.
///
/// Versions 1-2; flexible (compact) encoding from version 1.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WriteTxnMarkersResponse {
    /// The results for writing makers.
    ///
    /// Spec: versions 0+.
    pub markers: Vec<WritableTxnMarkerResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WriteTxnMarkersResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.markers, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WriteTxnMarkersResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.markers = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WriteTxnMarkersResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.markers = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `WritableTxnMarkerResult` struct of `WriteTxnMarkersResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WritableTxnMarkerResult {
    /// The current producer ID in use by the transactional ID.
    ///
    /// Spec: versions 0+.
    pub producer_id: i64,
    /// The results by topic.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<WritableTxnMarkerTopicResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WritableTxnMarkerResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i64(buf, self.producer_id);
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WritableTxnMarkerResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.producer_id = p::read_i64(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WritableTxnMarkerResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.producer_id = g.i64();
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `WritableTxnMarkerTopicResult` struct of `WriteTxnMarkersResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WritableTxnMarkerTopicResult {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The results by partition.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<WritableTxnMarkerPartitionResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WritableTxnMarkerTopicResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WritableTxnMarkerTopicResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WritableTxnMarkerTopicResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `WritableTxnMarkerPartitionResult` struct of `WriteTxnMarkersResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WritableTxnMarkerPartitionResult {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WritableTxnMarkerPartitionResult {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_i16(buf, self.error_code);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WritableTxnMarkerPartitionResult {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WritableTxnMarkerPartitionResult {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.error_code = g.i16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for WriteTxnMarkersResponse {
    const NAME: &'static str = "WriteTxnMarkersResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 1;
}

impl ApiResponse for WriteTxnMarkersResponse {
    const API_KEY: i16 = 27;
    fn response_header_version(version: i16) -> i16 {
        if version >= 1 {
            1
        } else {
            0
        }
    }
}
