//! `UpdateRaftVoterRequest`, the request of API key 82 (UpdateRaftVoter).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `UpdateRaftVoterRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `UpdateRaftVoterRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateRaftVoterRequest {
    /// The cluster id.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub cluster_id: Option<String>,
    /// The current leader epoch of the partition, -1 for unknown leader epoch.
    ///
    /// Spec: versions 0+.
    pub current_leader_epoch: i32,
    /// The replica id of the voter getting updated in the topic partition.
    ///
    /// Spec: versions 0+.
    pub voter_id: i32,
    /// The directory id of the voter getting updated in the topic partition.
    ///
    /// Spec: versions 0+.
    pub voter_directory_id: crate::protocol::Uuid,
    /// The endpoint that can be used to communicate with the leader.
    ///
    /// Spec: versions 0+.
    pub listeners: Vec<Listener>,
    /// The range of versions of the protocol that the replica supports.
    ///
    /// Spec: versions 0+.
    pub k_raft_version_feature: KRaftVersionFeature,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for UpdateRaftVoterRequest {
    fn default() -> Self {
        Self {
            cluster_id: Some(String::new()),
            current_leader_epoch: 0,
            voter_id: 0,
            voter_directory_id: crate::protocol::Uuid::ZERO,
            listeners: Vec::new(),
            k_raft_version_feature: KRaftVersionFeature::default(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for UpdateRaftVoterRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.cluster_id.as_deref(), true)?;
        p::write_i32(buf, self.current_leader_epoch);
        p::write_i32(buf, self.voter_id);
        p::write_uuid(buf, &self.voter_directory_id);
        p::write_array(buf, &self.listeners, version, true)?;
        self.k_raft_version_feature.encode(buf, version)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for UpdateRaftVoterRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.cluster_id = p::read_nullable_string(buf, true)?;
        this.current_leader_epoch = p::read_i32(buf)?;
        this.voter_id = p::read_i32(buf)?;
        this.voter_directory_id = p::read_uuid(buf)?;
        this.listeners = p::read_array(buf, version, true)?;
        this.k_raft_version_feature = Decodable::decode(buf, version)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for UpdateRaftVoterRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.cluster_id = g.maybe(|g| g.string());
        this.current_leader_epoch = g.i32();
        this.voter_id = g.i32();
        this.voter_directory_id = g.uuid();
        this.listeners = g.vec(|g| Random::random(g, version));
        this.k_raft_version_feature = Random::random(g, version);
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Listener` struct of `UpdateRaftVoterRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listener {
    /// The name of the endpoint.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The hostname.
    ///
    /// Spec: versions 0+.
    pub host: String,
    /// The port.
    ///
    /// Spec: versions 0+.
    pub port: u16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Listener {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_string(buf, &self.host, true)?;
        p::write_u16(buf, self.port);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Listener {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.host = p::read_string(buf, true)?;
        this.port = p::read_u16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Listener {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.host = g.string();
        this.port = g.u16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `KRaftVersionFeature` struct of `UpdateRaftVoterRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KRaftVersionFeature {
    /// The minimum supported KRaft protocol version.
    ///
    /// Spec: versions 0+.
    pub min_supported_version: i16,
    /// The maximum supported KRaft protocol version.
    ///
    /// Spec: versions 0+.
    pub max_supported_version: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for KRaftVersionFeature {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i16(buf, self.min_supported_version);
        p::write_i16(buf, self.max_supported_version);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for KRaftVersionFeature {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.min_supported_version = p::read_i16(buf)?;
        this.max_supported_version = p::read_i16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for KRaftVersionFeature {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.min_supported_version = g.i16();
        this.max_supported_version = g.i16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for UpdateRaftVoterRequest {
    const NAME: &'static str = "UpdateRaftVoterRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for UpdateRaftVoterRequest {
    const API_KEY: i16 = 82;
    type Response = super::update_raft_voter_response::UpdateRaftVoterResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
