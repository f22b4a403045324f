//! `OffsetDeleteResponse`, the response of API key 47 (OffsetDelete).
//!
//! Version 0; no flexible versions.
//!
//! Generated from `OffsetDeleteResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `OffsetDeleteResponse` message.
///
/// Version 0; no flexible versions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetDeleteResponse {
    /// The top-level error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+, ignorable.
    pub throttle_time_ms: i32,
    /// The responses for each topic.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<OffsetDeleteResponseTopic>,
}

impl Encodable for OffsetDeleteResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.topics, version, false)?;
        Ok(())
    }
}

impl Decodable for OffsetDeleteResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.throttle_time_ms = p::read_i32(buf)?;
        this.topics = p::read_array(buf, version, false)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetDeleteResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.error_code = g.i16();
        this.throttle_time_ms = g.i32();
        this.topics = g.vec(|g| Random::random(g, version));
        this
    }
}

/// The `OffsetDeleteResponseTopic` struct of `OffsetDeleteResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetDeleteResponseTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The responses for each partition in the topic.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<OffsetDeleteResponsePartition>,
}

impl Encodable for OffsetDeleteResponseTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, false)?;
        p::write_array(buf, &self.partitions, version, false)?;
        Ok(())
    }
}

impl Decodable for OffsetDeleteResponseTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, false)?;
        this.partitions = p::read_array(buf, version, false)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetDeleteResponseTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        this
    }
}

/// The `OffsetDeleteResponsePartition` struct of `OffsetDeleteResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetDeleteResponsePartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
}

impl Encodable for OffsetDeleteResponsePartition {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_i16(buf, self.error_code);
        Ok(())
    }
}

impl Decodable for OffsetDeleteResponsePartition {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetDeleteResponsePartition {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.error_code = g.i16();
        this
    }
}

impl Message for OffsetDeleteResponse {
    const NAME: &'static str = "OffsetDeleteResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}

impl ApiResponse for OffsetDeleteResponse {
    const API_KEY: i16 = 47;
    fn response_header_version(_version: i16) -> i16 {
        0
    }
}
