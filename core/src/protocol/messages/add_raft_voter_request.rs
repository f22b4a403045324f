//! `AddRaftVoterRequest`, the request of API key 80 (AddRaftVoter).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `AddRaftVoterRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `AddRaftVoterRequest` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct AddRaftVoterRequest {
    /// The cluster id.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub cluster_id: Option<String>,
    /// The maximum time to wait for the request to complete before returning.
    ///
    /// Spec: versions 0+.
    pub timeout_ms: i32,
    /// The replica id of the voter getting added to the topic partition.
    ///
    /// Spec: versions 0+.
    pub voter_id: i32,
    /// The directory id of the voter getting added to the topic partition.
    ///
    /// Spec: versions 0+.
    pub voter_directory_id: crate::protocol::Uuid,
    /// The endpoints that can be used to communicate with the voter.
    ///
    /// Spec: versions 0+.
    pub listeners: Vec<Listener>,
    /// When true, return a response after the new voter set is committed. Otherwise, return after the leader writes the changes locally.
    ///
    /// Spec: versions 1+, default "true".
    pub ack_when_committed: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for AddRaftVoterRequest {
    fn default() -> Self {
        Self {
            cluster_id: Some(String::new()),
            timeout_ms: 0,
            voter_id: 0,
            voter_directory_id: crate::protocol::Uuid::ZERO,
            listeners: Vec::new(),
            ack_when_committed: true,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for AddRaftVoterRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.cluster_id.as_deref(), true)?;
        p::write_i32(buf, self.timeout_ms);
        p::write_i32(buf, self.voter_id);
        p::write_uuid(buf, &self.voter_directory_id);
        p::write_array(buf, &self.listeners, version, true)?;
        if version >= 1 {
            p::write_bool(buf, self.ack_when_committed);
        } else if !self.ack_when_committed {
            return Err(p::field_not_supported(
                "AddRaftVoterRequest",
                "AckWhenCommitted",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AddRaftVoterRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.cluster_id = p::read_nullable_string(buf, true)?;
        this.timeout_ms = p::read_i32(buf)?;
        this.voter_id = p::read_i32(buf)?;
        this.voter_directory_id = p::read_uuid(buf)?;
        this.listeners = p::read_array(buf, version, true)?;
        if version >= 1 {
            this.ack_when_committed = p::read_bool(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AddRaftVoterRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.cluster_id = g.maybe(|g| g.string());
        this.timeout_ms = g.i32();
        this.voter_id = g.i32();
        this.voter_directory_id = g.uuid();
        this.listeners = g.vec(|g| Random::random(g, version));
        if version >= 1 {
            this.ack_when_committed = g.bool();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Listener` struct of `AddRaftVoterRequest`.
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

impl Message for AddRaftVoterRequest {
    const NAME: &'static str = "AddRaftVoterRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for AddRaftVoterRequest {
    const API_KEY: i16 = 80;
    type Response = super::add_raft_voter_response::AddRaftVoterResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
