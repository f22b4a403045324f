//! `OffsetDeleteRequest`, the request of API key 47 (OffsetDelete).
//!
//! Version 0; no flexible versions.
//!
//! Generated from `OffsetDeleteRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `OffsetDeleteRequest` message.
///
/// Version 0; no flexible versions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetDeleteRequest {
    /// The unique group identifier.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The topics to delete offsets for.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<OffsetDeleteRequestTopic>,
}

impl Encodable for OffsetDeleteRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.group_id, false)?;
        p::write_array(buf, &self.topics, version, false)?;
        Ok(())
    }
}

impl Decodable for OffsetDeleteRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_string(buf, false)?;
        this.topics = p::read_array(buf, version, false)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetDeleteRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.group_id = g.string();
        this.topics = g.vec(|g| Random::random(g, version));
        this
    }
}

/// The `OffsetDeleteRequestTopic` struct of `OffsetDeleteRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetDeleteRequestTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// Each partition to delete offsets for.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<OffsetDeleteRequestPartition>,
}

impl Encodable for OffsetDeleteRequestTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, false)?;
        p::write_array(buf, &self.partitions, version, false)?;
        Ok(())
    }
}

impl Decodable for OffsetDeleteRequestTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, false)?;
        this.partitions = p::read_array(buf, version, false)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetDeleteRequestTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        this
    }
}

/// The `OffsetDeleteRequestPartition` struct of `OffsetDeleteRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetDeleteRequestPartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
}

impl Encodable for OffsetDeleteRequestPartition {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        Ok(())
    }
}

impl Decodable for OffsetDeleteRequestPartition {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetDeleteRequestPartition {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this
    }
}

impl Message for OffsetDeleteRequest {
    const NAME: &'static str = "OffsetDeleteRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}

impl ApiRequest for OffsetDeleteRequest {
    const API_KEY: i16 = 47;
    type Response = super::offset_delete_response::OffsetDeleteResponse;
    fn request_header_version(_version: i16) -> i16 {
        1
    }
}
