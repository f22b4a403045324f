//! `AssignReplicasToDirsRequest`, the request of API key 73 (AssignReplicasToDirs).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `AssignReplicasToDirsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `AssignReplicasToDirsRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct AssignReplicasToDirsRequest {
    /// The ID of the requesting broker.
    ///
    /// Spec: versions 0+.
    pub broker_id: i32,
    /// The epoch of the requesting broker.
    ///
    /// Spec: versions 0+, default "-1".
    pub broker_epoch: i64,
    /// The directories to which replicas should be assigned.
    ///
    /// Spec: versions 0+.
    pub directories: Vec<DirectoryData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for AssignReplicasToDirsRequest {
    fn default() -> Self {
        Self {
            broker_id: 0,
            broker_epoch: -1,
            directories: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for AssignReplicasToDirsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.broker_id);
        p::write_i64(buf, self.broker_epoch);
        p::write_array(buf, &self.directories, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AssignReplicasToDirsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.broker_id = p::read_i32(buf)?;
        this.broker_epoch = p::read_i64(buf)?;
        this.directories = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AssignReplicasToDirsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.broker_id = g.i32();
        this.broker_epoch = g.i64();
        this.directories = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DirectoryData` struct of `AssignReplicasToDirsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DirectoryData {
    /// The ID of the directory.
    ///
    /// Spec: versions 0+.
    pub id: crate::protocol::Uuid,
    /// The topics assigned to the directory.
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

/// The `TopicData` struct of `AssignReplicasToDirsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicData {
    /// The ID of the assigned topic.
    ///
    /// Spec: versions 0+.
    pub topic_id: crate::protocol::Uuid,
    /// The partitions assigned to the directory.
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

/// The `PartitionData` struct of `AssignReplicasToDirsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for AssignReplicasToDirsRequest {
    const NAME: &'static str = "AssignReplicasToDirsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for AssignReplicasToDirsRequest {
    const API_KEY: i16 = 73;
    type Response = super::assign_replicas_to_dirs_response::AssignReplicasToDirsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
