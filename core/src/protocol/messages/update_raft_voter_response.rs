//! `UpdateRaftVoterResponse`, the response of API key 82 (UpdateRaftVoter).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `UpdateRaftVoterResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `UpdateRaftVoterResponse` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRaftVoterResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// Details of the current Raft cluster leader.
    ///
    /// Spec: versions 0+, tagged (tag 0).
    pub current_leader: CurrentLeader,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for UpdateRaftVoterResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        let write_current_leader = self.current_leader != CurrentLeader::default();
        let mut tagged = p::TaggedFieldWriter::start(
            buf,
            usize::from(write_current_leader),
            &self.unknown_tagged_fields,
        )?;
        if write_current_leader {
            tagged.field(buf, 0, |buf| {
                self.current_leader.encode(buf, version)?;
                Ok(())
            })?;
        }
        tagged.finish(buf)?;
        Ok(())
    }
}

impl Decodable for UpdateRaftVoterResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        for _ in 0..p::read_tagged_header(buf)? {
            let (tag, mut data) = p::read_tagged_field(buf)?;
            match tag {
                0 => {
                    this.current_leader = Decodable::decode(&mut data, version)?;
                    p::expect_empty(&data, "UpdateRaftVoterResponse.CurrentLeader")?;
                }
                _ => this.unknown_tagged_fields.push(tag, data),
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for UpdateRaftVoterResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.current_leader = Random::random(g, version);
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `CurrentLeader` struct of `UpdateRaftVoterResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct CurrentLeader {
    /// The replica id of the current leader or -1 if the leader is unknown.
    ///
    /// Spec: versions 0+, default "-1".
    pub leader_id: i32,
    /// The latest known leader epoch.
    ///
    /// Spec: versions 0+, default "-1".
    pub leader_epoch: i32,
    /// The node's hostname.
    ///
    /// Spec: versions 0+.
    pub host: String,
    /// The node's port.
    ///
    /// Spec: versions 0+.
    pub port: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for CurrentLeader {
    fn default() -> Self {
        Self {
            leader_id: -1,
            leader_epoch: -1,
            host: String::new(),
            port: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for CurrentLeader {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.leader_id);
        p::write_i32(buf, self.leader_epoch);
        p::write_string(buf, &self.host, true)?;
        p::write_i32(buf, self.port);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for CurrentLeader {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.leader_id = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        this.host = p::read_string(buf, true)?;
        this.port = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CurrentLeader {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.leader_id = g.i32();
        this.leader_epoch = g.i32();
        this.host = g.string();
        this.port = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for UpdateRaftVoterResponse {
    const NAME: &'static str = "UpdateRaftVoterResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for UpdateRaftVoterResponse {
    const API_KEY: i16 = 82;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
