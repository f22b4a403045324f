//! `VotersRecord`.
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `VotersRecord.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `VotersRecord` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VotersRecord {
    /// The version of the voters record.
    ///
    /// Spec: versions 0+.
    pub version: i16,
    /// The set of voters in the quorum for this epoch.
    ///
    /// Spec: versions 0+.
    pub voters: Vec<Voter>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for VotersRecord {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.version);
        p::write_array(buf, &self.voters, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for VotersRecord {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.version = p::read_i16(buf)?;
        this.voters = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for VotersRecord {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.version = g.i16();
        this.voters = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Voter` struct of `VotersRecord`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Voter {
    /// The replica id of the voter in the topic partition.
    ///
    /// Spec: versions 0+.
    pub voter_id: i32,
    /// The directory id of the voter in the topic partition.
    ///
    /// Spec: versions 0+.
    pub voter_directory_id: crate::protocol::Uuid,
    /// The endpoint that can be used to communicate with the voter.
    ///
    /// Spec: versions 0+.
    pub endpoints: Vec<Endpoint>,
    /// The range of versions of the protocol that the replica supports.
    ///
    /// Spec: versions 0+.
    pub k_raft_version_feature: KRaftVersionFeature,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Voter {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.voter_id);
        p::write_uuid(buf, &self.voter_directory_id);
        p::write_array(buf, &self.endpoints, version, true)?;
        self.k_raft_version_feature.encode(buf, version)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Voter {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.voter_id = p::read_i32(buf)?;
        this.voter_directory_id = p::read_uuid(buf)?;
        this.endpoints = p::read_array(buf, version, true)?;
        this.k_raft_version_feature = Decodable::decode(buf, version)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Voter {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.voter_id = g.i32();
        this.voter_directory_id = g.uuid();
        this.endpoints = g.vec(|g| Random::random(g, version));
        this.k_raft_version_feature = Random::random(g, version);
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Endpoint` struct of `VotersRecord`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Endpoint {
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

impl Encodable for Endpoint {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_string(buf, &self.host, true)?;
        p::write_u16(buf, self.port);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Endpoint {
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
impl Random for Endpoint {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.host = g.string();
        this.port = g.u16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `KRaftVersionFeature` struct of `VotersRecord`.
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

impl Message for VotersRecord {
    const NAME: &'static str = "VotersRecord";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}
