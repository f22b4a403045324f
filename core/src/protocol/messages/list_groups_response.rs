//! `ListGroupsResponse`, the response of API key 16 (ListGroups).
//!
//! Versions 0-5; flexible (compact) encoding from version 3.
//!
//! Generated from `ListGroupsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ListGroupsResponse` message.
///
/// Versions 0-5; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// Each group in the response.
    ///
    /// Spec: versions 0+.
    pub groups: Vec<ListedGroup>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListGroupsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 1 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        p::write_i16(buf, self.error_code);
        p::write_array(buf, &self.groups, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ListGroupsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        this.error_code = p::read_i16(buf)?;
        this.groups = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListGroupsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = g.i32();
        }
        this.error_code = g.i16();
        this.groups = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `ListedGroup` struct of `ListGroupsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListedGroup {
    /// The group ID.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The group protocol type.
    ///
    /// Spec: versions 0+.
    pub protocol_type: String,
    /// The group state name.
    ///
    /// Spec: versions 4+, ignorable.
    pub group_state: String,
    /// The group type name.
    ///
    /// Spec: versions 5+, ignorable.
    pub group_type: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListedGroup {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::write_string(buf, &self.group_id, flex)?;
        p::write_string(buf, &self.protocol_type, flex)?;
        if version >= 4 {
            p::write_string(buf, &self.group_state, flex)?;
        }
        if version >= 5 {
            p::write_string(buf, &self.group_type, flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ListedGroup {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        this.group_id = p::read_string(buf, flex)?;
        this.protocol_type = p::read_string(buf, flex)?;
        if version >= 4 {
            this.group_state = p::read_string(buf, flex)?;
        }
        if version >= 5 {
            this.group_type = p::read_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListedGroup {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.group_id = g.string();
        this.protocol_type = g.string();
        if version >= 4 {
            this.group_state = g.string();
        }
        if version >= 5 {
            this.group_type = g.string();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ListGroupsResponse {
    const NAME: &'static str = "ListGroupsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiResponse for ListGroupsResponse {
    const API_KEY: i16 = 16;
    fn response_header_version(version: i16) -> i16 {
        if version >= 3 {
            1
        } else {
            0
        }
    }
}
