//! `AssignReplicasToDirsResponse`, the response of API key 73 (AssignReplicasToDirs).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `AssignReplicasToDirsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `AssignReplicasToDirsResponse` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssignReplicasToDirsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The top level response error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The list of directories and their assigned partitions.
    ///
    /// Spec: versions 0+.
    pub directories: Vec<DirectoryData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AssignReplicasToDirsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_array(buf, &self.directories, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AssignReplicasToDirsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.directories = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AssignReplicasToDirsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.directories = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DirectoryData` struct of `AssignReplicasToDirsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryData {
    /// The ID of the directory.
    ///
    /// Spec: versions 0+.
    pub id: crate::protocol::Uuid,
    /// The list of topics and their assigned partitions.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DirectoryData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.id);
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DirectoryData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.id = p::read_uuid(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DirectoryData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.id = g.uuid();
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicData` struct of `AssignReplicasToDirsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicData {
    /// The ID of the assigned topic.
    ///
    /// Spec: versions 0+.
    pub topic_id: crate::protocol::Uuid,
    /// The list of assigned partitions.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `PartitionData` struct of `AssignReplicasToDirsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The partition level error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_i16(buf, self.error_code);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.error_code = g.i16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for AssignReplicasToDirsResponse {
    const NAME: &'static str = "AssignReplicasToDirsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for AssignReplicasToDirsResponse {
    const API_KEY: i16 = 73;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
