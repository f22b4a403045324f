//! `DescribeGroupsResponse`, the response of API key 15 (DescribeGroups).
//!
//! Versions 0-6; flexible (compact) encoding from version 5.
//!
//! Generated from `DescribeGroupsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeGroupsResponse` message.
///
/// Versions 0-6; flexible (compact) encoding from version 5.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeGroupsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// Each described group.
    ///
    /// Spec: versions 0+.
    pub groups: Vec<DescribedGroup>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeGroupsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 1 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        p::write_array(buf, &self.groups, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeGroupsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        this.groups = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeGroupsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = g.i32();
        }
        this.groups = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribedGroup` struct of `DescribeGroupsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribedGroup {
    /// The describe error, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The describe error message, or null if there was no error.
    ///
    /// Spec: versions 6+, nullable 6+, default "null".
    pub error_message: Option<String>,
    /// The group ID string.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The group state string, or the empty string.
    ///
    /// Spec: versions 0+.
    pub group_state: String,
    /// The group protocol type, or the empty string.
    ///
    /// Spec: versions 0+.
    pub protocol_type: String,
    /// The group protocol data, or the empty string.
    ///
    /// Spec: versions 0+.
    pub protocol_data: String,
    /// The group members.
    ///
    /// Spec: versions 0+.
    pub members: Vec<DescribedGroupMember>,
    /// 32-bit bitfield to represent authorized operations for this group.
    ///
    /// Spec: versions 3+, default "-2147483648".
    pub authorized_operations: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribedGroup {
    fn default() -> Self {
        Self {
            error_code: 0,
            error_message: None,
            group_id: String::new(),
            group_state: String::new(),
            protocol_type: String::new(),
            protocol_data: String::new(),
            members: Vec::new(),
            authorized_operations: -2147483648,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribedGroup {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::write_i16(buf, self.error_code);
        if version >= 6 {
            p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        } else if self.error_message.is_some() {
            return Err(p::field_not_supported(
                "DescribedGroup",
                "ErrorMessage",
                version,
            ));
        }
        p::write_string(buf, &self.group_id, flex)?;
        p::write_string(buf, &self.group_state, flex)?;
        p::write_string(buf, &self.protocol_type, flex)?;
        p::write_string(buf, &self.protocol_data, flex)?;
        p::write_array(buf, &self.members, version, flex)?;
        if version >= 3 {
            p::write_i32(buf, self.authorized_operations);
        } else if self.authorized_operations != -2147483648 {
            return Err(p::field_not_supported(
                "DescribedGroup",
                "AuthorizedOperations",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribedGroup {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        if version >= 6 {
            this.error_message = p::read_nullable_string(buf, flex)?;
        }
        this.group_id = p::read_string(buf, flex)?;
        this.group_state = p::read_string(buf, flex)?;
        this.protocol_type = p::read_string(buf, flex)?;
        this.protocol_data = p::read_string(buf, flex)?;
        this.members = p::read_array(buf, version, flex)?;
        if version >= 3 {
            this.authorized_operations = p::read_i32(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribedGroup {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.error_code = g.i16();
        if version >= 6 {
            this.error_message = g.maybe(|g| g.string());
        }
        this.group_id = g.string();
        this.group_state = g.string();
        this.protocol_type = g.string();
        this.protocol_data = g.string();
        this.members = g.vec(|g| Random::random(g, version));
        if version >= 3 {
            this.authorized_operations = g.i32();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribedGroupMember` struct of `DescribeGroupsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribedGroupMember {
    /// The member id.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The unique identifier of the consumer instance provided by end user.
    ///
    /// Spec: versions 4+, nullable 4+, default "null", ignorable.
    pub group_instance_id: Option<String>,
    /// The client ID used in the member's latest join group request.
    ///
    /// Spec: versions 0+.
    pub client_id: String,
    /// The client host.
    ///
    /// Spec: versions 0+.
    pub client_host: String,
    /// The metadata corresponding to the current group protocol in use.
    ///
    /// Spec: versions 0+.
    pub member_metadata: Bytes,
    /// The current assignment provided by the group leader.
    ///
    /// Spec: versions 0+.
    pub member_assignment: Bytes,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribedGroupMember {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::write_string(buf, &self.member_id, flex)?;
        if version >= 4 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        }
        p::write_string(buf, &self.client_id, flex)?;
        p::write_string(buf, &self.client_host, flex)?;
        p::write_bytes(buf, &self.member_metadata, flex)?;
        p::write_bytes(buf, &self.member_assignment, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribedGroupMember {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        let mut this = Self::default();
        this.member_id = p::read_string(buf, flex)?;
        if version >= 4 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        this.client_id = p::read_string(buf, flex)?;
        this.client_host = p::read_string(buf, flex)?;
        this.member_metadata = p::read_bytes(buf, flex)?;
        this.member_assignment = p::read_bytes(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribedGroupMember {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.member_id = g.string();
        if version >= 4 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        this.client_id = g.string();
        this.client_host = g.string();
        this.member_metadata = g.bytes();
        this.member_assignment = g.bytes();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DescribeGroupsResponse {
    const NAME: &'static str = "DescribeGroupsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 6;
    const FLEXIBLE_MIN_VERSION: i16 = 5;
}

impl ApiResponse for DescribeGroupsResponse {
    const API_KEY: i16 = 15;
    fn response_header_version(version: i16) -> i16 {
        if version >= 5 {
            1
        } else {
            0
        }
    }
}
