//! `ListGroupsRequest`, the request of API key 16 (ListGroups).
//!
//! Versions 0-5; flexible (compact) encoding from version 3.
//!
//! Generated from `ListGroupsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ListGroupsRequest` message.
///
/// Versions 0-5; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsRequest {
    /// The states of the groups we want to list. If empty, all groups are returned with their state.
    ///
    /// Spec: versions 4+.
    pub states_filter: Vec<String>,
    /// The types of the groups we want to list. If empty, all groups are returned with their type.
    ///
    /// Spec: versions 5+.
    pub types_filter: Vec<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListGroupsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 4 {
            p::write_array(buf, &self.states_filter, version, flex)?;
        } else if !self.states_filter.is_empty() {
            return Err(p::field_not_supported(
                "ListGroupsRequest",
                "StatesFilter",
                version,
            ));
        }
        if version >= 5 {
            p::write_array(buf, &self.types_filter, version, flex)?;
        } else if !self.types_filter.is_empty() {
            return Err(p::field_not_supported(
                "ListGroupsRequest",
                "TypesFilter",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ListGroupsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 4 {
            this.states_filter = p::read_array(buf, version, flex)?;
        }
        if version >= 5 {
            this.types_filter = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListGroupsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 4 {
            this.states_filter = g.vec(|g| g.string());
        }
        if version >= 5 {
            this.types_filter = g.vec(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ListGroupsRequest {
    const NAME: &'static str = "ListGroupsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiRequest for ListGroupsRequest {
    const API_KEY: i16 = 16;
    type Response = super::list_groups_response::ListGroupsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 3 {
            2
        } else {
            1
        }
    }
}
