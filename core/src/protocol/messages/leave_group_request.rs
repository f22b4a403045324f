//! `LeaveGroupRequest`, the request of API key 13 (LeaveGroup).
//!
//! Versions 0-5; flexible (compact) encoding from version 4.
//!
//! Generated from `LeaveGroupRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `LeaveGroupRequest` message.
///
/// Versions 0-5; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeaveGroupRequest {
    /// The ID of the group to leave.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The member ID to remove from the group.
    ///
    /// Spec: versions 0-2.
    pub member_id: String,
    /// List of leaving member identities.
    ///
    /// Spec: versions 3+.
    pub members: Vec<MemberIdentity>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for LeaveGroupRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.group_id, flex)?;
        if version <= 2 {
            p::write_string(buf, &self.member_id, flex)?;
        } else if !self.member_id.is_empty() {
            return Err(p::field_not_supported(
                "LeaveGroupRequest",
                "MemberId",
                version,
            ));
        }
        if version >= 3 {
            p::write_array(buf, &self.members, version, flex)?;
        } else if !self.members.is_empty() {
            return Err(p::field_not_supported(
                "LeaveGroupRequest",
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

impl Decodable for LeaveGroupRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_string(buf, flex)?;
        if version <= 2 {
            this.member_id = p::read_string(buf, flex)?;
        }
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
impl Random for LeaveGroupRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.group_id = g.string();
        if version <= 2 {
            this.member_id = g.string();
        }
        if version >= 3 {
            this.members = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `MemberIdentity` struct of `LeaveGroupRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MemberIdentity {
    /// The member ID to remove from the group.
    ///
    /// Spec: versions 3+.
    pub member_id: String,
    /// The group instance ID to remove from the group.
    ///
    /// Spec: versions 3+, nullable 3+, default "null".
    pub group_instance_id: Option<String>,
    /// The reason why the member left the group.
    ///
    /// Spec: versions 5+, nullable 5+, default "null", ignorable.
    pub reason: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for MemberIdentity {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        if version >= 3 {
            p::write_string(buf, &self.member_id, flex)?;
        } else if !self.member_id.is_empty() {
            return Err(p::field_not_supported(
                "MemberIdentity",
                "MemberId",
                version,
            ));
        }
        if version >= 3 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        } else if self.group_instance_id.is_some() {
            return Err(p::field_not_supported(
                "MemberIdentity",
                "GroupInstanceId",
                version,
            ));
        }
        if version >= 5 {
            p::write_nullable_string(buf, self.reason.as_deref(), flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for MemberIdentity {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 3 {
            this.member_id = p::read_string(buf, flex)?;
        }
        if version >= 3 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        if version >= 5 {
            this.reason = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for MemberIdentity {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 3 {
            this.member_id = g.string();
        }
        if version >= 3 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        if version >= 5 {
            this.reason = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for LeaveGroupRequest {
    const NAME: &'static str = "LeaveGroupRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiRequest for LeaveGroupRequest {
    const API_KEY: i16 = 13;
    type Response = super::leave_group_response::LeaveGroupResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 4 {
            2
        } else {
            1
        }
    }
}
