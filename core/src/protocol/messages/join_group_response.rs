//! `JoinGroupResponse`, the response of API key 11 (JoinGroup).
//!
//! Versions 0-9; flexible (compact) encoding from version 6.
//!
//! Generated from `JoinGroupResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `JoinGroupResponse` message.
///
/// Versions 0-9; flexible (compact) encoding from version 6.
#[derive(Debug, Clone, PartialEq)]
pub struct JoinGroupResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 2+, ignorable.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The generation ID of the group.
    ///
    /// Spec: versions 0+, default "-1".
    pub generation_id: i32,
    /// The group protocol name.
    ///
    /// Spec: versions 7+, nullable 7+, default "null", ignorable.
    pub protocol_type: Option<String>,
    /// The group protocol selected by the coordinator.
    ///
    /// Spec: versions 0+, nullable 7+.
    pub protocol_name: Option<String>,
    /// The leader of the group.
    ///
    /// Spec: versions 0+.
    pub leader: String,
    /// True if the leader must skip running the assignment.
    ///
    /// Spec: versions 9+, default "false".
    pub skip_assignment: bool,
    /// The member ID assigned by the group coordinator.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The group members.
    ///
    /// Spec: versions 0+.
    pub members: Vec<JoinGroupResponseMember>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for JoinGroupResponse {
    fn default() -> Self {
        Self {
            throttle_time_ms: 0,
            error_code: 0,
            generation_id: -1,
            protocol_type: None,
            protocol_name: Some(String::new()),
            leader: String::new(),
            skip_assignment: false,
            member_id: String::new(),
            members: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for JoinGroupResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 2 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        p::write_i16(buf, self.error_code);
        p::write_i32(buf, self.generation_id);
        if version >= 7 {
            p::write_nullable_string(buf, self.protocol_type.as_deref(), flex)?;
        }
        if version >= 7 {
            p::write_nullable_string(buf, self.protocol_name.as_deref(), flex)?;
        } else {
            p::write_string(
                buf,
                p::require(
                    self.protocol_name.as_deref(),
                    "JoinGroupResponse",
                    "ProtocolName",
                    version,
                )?,
                flex,
            )?;
        }
        p::write_string(buf, &self.leader, flex)?;
        if version >= 9 {
            p::write_bool(buf, self.skip_assignment);
        } else if self.skip_assignment {
            return Err(p::field_not_supported(
                "JoinGroupResponse",
                "SkipAssignment",
                version,
            ));
        }
        p::write_string(buf, &self.member_id, flex)?;
        p::write_array(buf, &self.members, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for JoinGroupResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 2 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        this.error_code = p::read_i16(buf)?;
        this.generation_id = p::read_i32(buf)?;
        if version >= 7 {
            this.protocol_type = p::read_nullable_string(buf, flex)?;
        }
        this.protocol_name = if version >= 7 {
            p::read_nullable_string(buf, flex)?
        } else {
            Some(p::read_string(buf, flex)?)
        };
        this.leader = p::read_string(buf, flex)?;
        if version >= 9 {
            this.skip_assignment = p::read_bool(buf)?;
        }
        this.member_id = p::read_string(buf, flex)?;
        this.members = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for JoinGroupResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 2 {
            this.throttle_time_ms = g.i32();
        }
        this.error_code = g.i16();
        this.generation_id = g.i32();
        if version >= 7 {
            this.protocol_type = g.maybe(|g| g.string());
        }
        this.protocol_name = if version >= 7 {
            g.maybe(|g| g.string())
        } else {
            Some(g.string())
        };
        this.leader = g.string();
        if version >= 9 {
            this.skip_assignment = g.bool();
        }
        this.member_id = g.string();
        this.members = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `JoinGroupResponseMember` struct of `JoinGroupResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JoinGroupResponseMember {
    /// The group member ID.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The unique identifier of the consumer instance provided by end user.
    ///
    /// Spec: versions 5+, nullable 5+, default "null", ignorable.
    pub group_instance_id: Option<String>,
    /// The group member metadata.
    ///
    /// Spec: versions 0+.
    pub metadata: Bytes,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for JoinGroupResponseMember {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::write_string(buf, &self.member_id, flex)?;
        if version >= 5 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        }
        p::write_bytes(buf, &self.metadata, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for JoinGroupResponseMember {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        this.member_id = p::read_string(buf, flex)?;
        if version >= 5 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        this.metadata = p::read_bytes(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for JoinGroupResponseMember {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        this.member_id = g.string();
        if version >= 5 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        this.metadata = g.bytes();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for JoinGroupResponse {
    const NAME: &'static str = "JoinGroupResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 9;
    const FLEXIBLE_MIN_VERSION: i16 = 6;
}

impl ApiResponse for JoinGroupResponse {
    const API_KEY: i16 = 11;
    fn response_header_version(version: i16) -> i16 {
        if version >= 6 {
            1
        } else {
            0
        }
    }
}
