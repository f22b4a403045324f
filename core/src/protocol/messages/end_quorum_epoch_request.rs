//! `EndQuorumEpochRequest`, the request of API key 54 (EndQuorumEpoch).
//!
//! Versions 0-1; flexible (compact) encoding from version 1.
//!
//! Generated from `EndQuorumEpochRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `EndQuorumEpochRequest` message.
///
/// Versions 0-1; flexible (compact) encoding from version 1.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EndQuorumEpochRequest {
    /// The cluster id.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub cluster_id: Option<String>,
    /// The topics.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicData>,
    /// Endpoints for the leader.
    ///
    /// Spec: versions 1+, ignorable.
    pub leader_endpoints: Vec<LeaderEndpoint>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for EndQuorumEpochRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.cluster_id.as_deref(), flex)?;
        p::write_array(buf, &self.topics, version, flex)?;
        if version >= 1 {
            p::write_array(buf, &self.leader_endpoints, version, flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for EndQuorumEpochRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.cluster_id = p::read_nullable_string(buf, flex)?;
        this.topics = p::read_array(buf, version, flex)?;
        if version >= 1 {
            this.leader_endpoints = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for EndQuorumEpochRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.cluster_id = g.maybe(|g| g.string());
        this.topics = g.vec(|g| Random::random(g, version));
        if version >= 1 {
            this.leader_endpoints = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `TopicData` struct of `EndQuorumEpochRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicData {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub topic_name: String,
    /// The partitions.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::write_string(buf, &self.topic_name, flex)?;
        p::write_array(buf, &self.partitions, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for TopicData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        this.topic_name = p::read_string(buf, flex)?;
        this.partitions = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.topic_name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `PartitionData` struct of `EndQuorumEpochRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The current leader ID that is resigning.
    ///
    /// Spec: versions 0+.
    pub leader_id: i32,
    /// The current epoch.
    ///
    /// Spec: versions 0+.
    pub leader_epoch: i32,
    /// A sorted list of preferred successors to start the election.
    ///
    /// Spec: versions 0, ignorable.
    pub preferred_successors: Vec<i32>,
    /// A sorted list of preferred candidates to start the election.
    ///
    /// Spec: versions 1+, ignorable.
    pub preferred_candidates: Vec<ReplicaInfo>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::write_i32(buf, self.partition_index);
        p::write_i32(buf, self.leader_id);
        p::write_i32(buf, self.leader_epoch);
        if version <= 0 {
            p::write_array(buf, &self.preferred_successors, version, flex)?;
        }
        if version >= 1 {
            p::write_array(buf, &self.preferred_candidates, version, flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.leader_id = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        if version <= 0 {
            this.preferred_successors = p::read_array(buf, version, flex)?;
        }
        if version >= 1 {
            this.preferred_candidates = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.leader_id = g.i32();
        this.leader_epoch = g.i32();
        if version <= 0 {
            this.preferred_successors = g.vec(|g| g.i32());
        }
        if version >= 1 {
            this.preferred_candidates = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `ReplicaInfo` struct of `EndQuorumEpochRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReplicaInfo {
    /// The ID of the candidate replica.
    ///
    /// Spec: versions 1+.
    pub candidate_id: i32,
    /// The directory ID of the candidate replica.
    ///
    /// Spec: versions 1+.
    pub candidate_directory_id: crate::protocol::Uuid,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ReplicaInfo {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        if version >= 1 {
            p::write_i32(buf, self.candidate_id);
        } else if self.candidate_id != 0 {
            return Err(p::field_not_supported(
                "ReplicaInfo",
                "CandidateId",
                version,
            ));
        }
        if version >= 1 {
            p::write_uuid(buf, &self.candidate_directory_id);
        } else if !self.candidate_directory_id.is_zero() {
            return Err(p::field_not_supported(
                "ReplicaInfo",
                "CandidateDirectoryId",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ReplicaInfo {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        if version >= 1 {
            this.candidate_id = p::read_i32(buf)?;
        }
        if version >= 1 {
            this.candidate_directory_id = p::read_uuid(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReplicaInfo {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        if version >= 1 {
            this.candidate_id = g.i32();
        }
        if version >= 1 {
            this.candidate_directory_id = g.uuid();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `LeaderEndpoint` struct of `EndQuorumEpochRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeaderEndpoint {
    /// The name of the endpoint.
    ///
    /// Spec: versions 1+.
    pub name: String,
    /// The node's hostname.
    ///
    /// Spec: versions 1+.
    pub host: String,
    /// The node's port.
    ///
    /// Spec: versions 1+.
    pub port: u16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for LeaderEndpoint {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        if version >= 1 {
            p::write_string(buf, &self.name, flex)?;
        } else if !self.name.is_empty() {
            return Err(p::field_not_supported("LeaderEndpoint", "Name", version));
        }
        if version >= 1 {
            p::write_string(buf, &self.host, flex)?;
        } else if !self.host.is_empty() {
            return Err(p::field_not_supported("LeaderEndpoint", "Host", version));
        }
        if version >= 1 {
            p::write_u16(buf, self.port);
        } else if self.port != 0 {
            return Err(p::field_not_supported("LeaderEndpoint", "Port", version));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for LeaderEndpoint {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        if version >= 1 {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 1 {
            this.host = p::read_string(buf, flex)?;
        }
        if version >= 1 {
            this.port = p::read_u16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for LeaderEndpoint {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        if version >= 1 {
            this.name = g.string();
        }
        if version >= 1 {
            this.host = g.string();
        }
        if version >= 1 {
            this.port = g.u16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for EndQuorumEpochRequest {
    const NAME: &'static str = "EndQuorumEpochRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 1;
}

impl ApiRequest for EndQuorumEpochRequest {
    const API_KEY: i16 = 54;
    type Response = super::end_quorum_epoch_response::EndQuorumEpochResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 1 {
            2
        } else {
            1
        }
    }
}
