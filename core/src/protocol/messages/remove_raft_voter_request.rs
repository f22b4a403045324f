//! `RemoveRaftVoterRequest`, the request of API key 81 (RemoveRaftVoter).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `RemoveRaftVoterRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `RemoveRaftVoterRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveRaftVoterRequest {
    /// The cluster id of the request.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub cluster_id: Option<String>,
    /// The replica id of the voter getting removed from the topic partition.
    ///
    /// Spec: versions 0+.
    pub voter_id: i32,
    /// The directory id of the voter getting removed from the topic partition.
    ///
    /// Spec: versions 0+.
    pub voter_directory_id: crate::protocol::Uuid,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for RemoveRaftVoterRequest {
    fn default() -> Self {
        Self {
            cluster_id: Some(String::new()),
            voter_id: 0,
            voter_directory_id: crate::protocol::Uuid::ZERO,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for RemoveRaftVoterRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.cluster_id.as_deref(), true)?;
        p::write_i32(buf, self.voter_id);
        p::write_uuid(buf, &self.voter_directory_id);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for RemoveRaftVoterRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.cluster_id = p::read_nullable_string(buf, true)?;
        this.voter_id = p::read_i32(buf)?;
        this.voter_directory_id = p::read_uuid(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for RemoveRaftVoterRequest {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.cluster_id = g.maybe(|g| g.string());
        this.voter_id = g.i32();
        this.voter_directory_id = g.uuid();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for RemoveRaftVoterRequest {
    const NAME: &'static str = "RemoveRaftVoterRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for RemoveRaftVoterRequest {
    const API_KEY: i16 = 81;
    type Response = super::remove_raft_voter_response::RemoveRaftVoterResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
