//! `LeaderChangeMessage`.
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `LeaderChangeMessage.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `LeaderChangeMessage` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeaderChangeMessage {
    /// The version of the leader change message.
    ///
    /// Spec: versions 0+.
    pub version: i16,
    /// The ID of the newly elected leader.
    ///
    /// Spec: versions 0+.
    pub leader_id: i32,
    /// The set of voters in the quorum for this epoch.
    ///
    /// Spec: versions 0+.
    pub voters: Vec<Voter>,
    /// The voters who voted for the leader at the time of election.
    ///
    /// Spec: versions 0+.
    pub granting_voters: Vec<Voter>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for LeaderChangeMessage {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.version);
        p::write_i32(buf, self.leader_id);
        p::write_array(buf, &self.voters, version, true)?;
        p::write_array(buf, &self.granting_voters, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for LeaderChangeMessage {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.version = p::read_i16(buf)?;
        this.leader_id = p::read_i32(buf)?;
        this.voters = p::read_array(buf, version, true)?;
        this.granting_voters = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for LeaderChangeMessage {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.version = g.i16();
        this.leader_id = g.i32();
        this.voters = g.vec(|g| Random::random(g, version));
        this.granting_voters = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Voter` struct of `LeaderChangeMessage`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Voter {
    /// The ID of the voter.
    ///
    /// Spec: versions 0+.
    pub voter_id: i32,
    /// The directory id of the voter.
    ///
    /// Spec: versions 1+.
    pub voter_directory_id: crate::protocol::Uuid,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Voter {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.voter_id);
        if version >= 1 {
            p::write_uuid(buf, &self.voter_directory_id);
        } else if !self.voter_directory_id.is_zero() {
            return Err(p::field_not_supported("Voter", "VoterDirectoryId", version));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Voter {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.voter_id = p::read_i32(buf)?;
        if version >= 1 {
            this.voter_directory_id = p::read_uuid(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Voter {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.voter_id = g.i32();
        if version >= 1 {
            this.voter_directory_id = g.uuid();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for LeaderChangeMessage {
    const NAME: &'static str = "LeaderChangeMessage";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}
