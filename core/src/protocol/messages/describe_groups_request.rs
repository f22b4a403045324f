//! `DescribeGroupsRequest`, the request of API key 15 (DescribeGroups).
//!
//! Versions 0-6; flexible (compact) encoding from version 5.
//!
//! Generated from `DescribeGroupsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeGroupsRequest` message.
///
/// Versions 0-6; flexible (compact) encoding from version 5.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeGroupsRequest {
    /// The names of the groups to describe.
    ///
    /// Spec: versions 0+.
    pub groups: Vec<String>,
    /// Whether to include authorized operations.
    ///
    /// Spec: versions 3+.
    pub include_authorized_operations: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeGroupsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.groups, version, flex)?;
        if version >= 3 {
            p::write_bool(buf, self.include_authorized_operations);
        } else if self.include_authorized_operations {
            return Err(p::field_not_supported(
                "DescribeGroupsRequest",
                "IncludeAuthorizedOperations",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeGroupsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.groups = p::read_array(buf, version, flex)?;
        if version >= 3 {
            this.include_authorized_operations = p::read_bool(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeGroupsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.groups = g.vec(|g| g.string());
        if version >= 3 {
            this.include_authorized_operations = g.bool();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DescribeGroupsRequest {
    const NAME: &'static str = "DescribeGroupsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 6;
    const FLEXIBLE_MIN_VERSION: i16 = 5;
}

impl ApiRequest for DescribeGroupsRequest {
    const API_KEY: i16 = 15;
    type Response = super::describe_groups_response::DescribeGroupsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 5 {
            2
        } else {
            1
        }
    }
}
