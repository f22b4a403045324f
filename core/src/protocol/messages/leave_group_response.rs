//! `LeaveGroupResponse`, the response of API key 13 (LeaveGroup).
//!
//! Versions 0-5; flexible (compact) encoding from version 4.
//!
//! Generated from `LeaveGroupResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `LeaveGroupResponse` message.
///
/// Versions 0-5; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeaveGroupResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// List of leaving member responses.
    ///
    /// Spec: versions 3+.
    pub members: Vec<MemberResponse>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for LeaveGroupResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 1 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        p::write_i16(buf, self.error_code);
        if version >= 3 {
            p::write_array(buf, &self.members, version, flex)?;
        } else if !self.members.is_empty() {
            return Err(p::field_not_supported(
                "LeaveGroupResponse",
                "Members",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for LeaveGroupResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        this.error_code = p::read_i16(buf)?;
        if version >= 3 {
            this.members = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for LeaveGroupResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = g.i32();
        }
        this.error_code = g.i16();
        if version >= 3 {
            this.members = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `MemberResponse` struct of `LeaveGroupResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberResponse {
    /// The member ID to remove from the group.
    ///
    /// Spec: versions 3+.
    pub member_id: String,
    /// The group instance ID to remove from the group.
    ///
    /// Spec: versions 3+, nullable 3+.
    pub group_instance_id: Option<String>,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 3+.
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for MemberResponse {
    fn default() -> Self {
        Self {
            member_id: String::new(),
            group_instance_id: Some(String::new()),
            error_code: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for MemberResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        if version >= 3 {
            p::write_string(buf, &self.member_id, flex)?;
        } else if !self.member_id.is_empty() {
            return Err(p::field_not_supported(
                "MemberResponse",
                "MemberId",
                version,
            ));
        }
        if version >= 3 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        } else if self.group_instance_id.as_deref() != Some("") {
            return Err(p::field_not_supported(
                "MemberResponse",
                "GroupInstanceId",
                version,
            ));
        }
        if version >= 3 {
            p::write_i16(buf, self.error_code);
        } else if self.error_code != 0 {
            return Err(p::field_not_supported(
                "MemberResponse",
                "ErrorCode",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for MemberResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 3 {
            this.member_id = p::read_string(buf, flex)?;
        }
        if version >= 3 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        if version >= 3 {
            this.error_code = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for MemberResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 3 {
            this.member_id = g.string();
        }
        if version >= 3 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        if version >= 3 {
            this.error_code = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for LeaveGroupResponse {
    const NAME: &'static str = "LeaveGroupResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiResponse for LeaveGroupResponse {
    const API_KEY: i16 = 13;
    fn response_header_version(version: i16) -> i16 {
        if version >= 4 {
            1
        } else {
            0
        }
    }
}
