//! `SyncGroupRequest`, the request of API key 14 (SyncGroup).
//!
//! Versions 0-5; flexible (compact) encoding from version 4.
//!
//! Generated from `SyncGroupRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `SyncGroupRequest` message.
///
/// Versions 0-5; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncGroupRequest {
    /// The unique group identifier.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The generation of the group.
    ///
    /// Spec: versions 0+.
    pub generation_id: i32,
    /// The member ID assigned by the group.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The unique identifier of the consumer instance provided by end user.
    ///
    /// Spec: versions 3+, nullable 3+, default "null".
    pub group_instance_id: Option<String>,
    /// The group protocol type.
    ///
    /// Spec: versions 5+, nullable 5+, default "null", ignorable.
    pub protocol_type: Option<String>,
    /// The group protocol name.
    ///
    /// Spec: versions 5+, nullable 5+, default "null", ignorable.
    pub protocol_name: Option<String>,
    /// Each assignment.
    ///
    /// Spec: versions 0+.
    pub assignments: Vec<SyncGroupRequestAssignment>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for SyncGroupRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.group_id, flex)?;
        p::write_i32(buf, self.generation_id);
        p::write_string(buf, &self.member_id, flex)?;
        if version >= 3 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        } else if self.group_instance_id.is_some() {
            return Err(p::field_not_supported(
                "SyncGroupRequest",
                "GroupInstanceId",
                version,
            ));
        }
        if version >= 5 {
            p::write_nullable_string(buf, self.protocol_type.as_deref(), flex)?;
        }
        if version >= 5 {
            p::write_nullable_string(buf, self.protocol_name.as_deref(), flex)?;
        }
        p::write_array(buf, &self.assignments, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for SyncGroupRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_string(buf, flex)?;
        this.generation_id = p::read_i32(buf)?;
        this.member_id = p::read_string(buf, flex)?;
        if version >= 3 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        if version >= 5 {
            this.protocol_type = p::read_nullable_string(buf, flex)?;
        }
        if version >= 5 {
            this.protocol_name = p::read_nullable_string(buf, flex)?;
        }
        this.assignments = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SyncGroupRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.group_id = g.string();
        this.generation_id = g.i32();
        this.member_id = g.string();
        if version >= 3 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        if version >= 5 {
            this.protocol_type = g.maybe(|g| g.string());
        }
        if version >= 5 {
            this.protocol_name = g.maybe(|g| g.string());
        }
        this.assignments = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `SyncGroupRequestAssignment` struct of `SyncGroupRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncGroupRequestAssignment {
    /// The ID of the member to assign.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The member assignment.
    ///
    /// Spec: versions 0+.
    pub assignment: Bytes,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for SyncGroupRequestAssignment {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::write_string(buf, &self.member_id, flex)?;
        p::write_bytes(buf, &self.assignment, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for SyncGroupRequestAssignment {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        this.member_id = p::read_string(buf, flex)?;
        this.assignment = p::read_bytes(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SyncGroupRequestAssignment {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.member_id = g.string();
        this.assignment = g.bytes();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for SyncGroupRequest {
    const NAME: &'static str = "SyncGroupRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiRequest for SyncGroupRequest {
    const API_KEY: i16 = 14;
    type Response = super::sync_group_response::SyncGroupResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 4 {
            2
        } else {
            1
        }
    }
}
