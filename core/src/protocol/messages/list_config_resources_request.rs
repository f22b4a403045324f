//! `ListConfigResourcesRequest`, the request of API key 74 (ListConfigResources).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `ListConfigResourcesRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ListConfigResourcesRequest` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListConfigResourcesRequest {
    /// The list of resource type. If the list is empty, it uses default supported config resource types.
    ///
    /// Spec: versions 1+.
    pub resource_types: Vec<i8>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListConfigResourcesRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 1 {
            p::write_array(buf, &self.resource_types, version, true)?;
        } else if !self.resource_types.is_empty() {
            return Err(p::field_not_supported(
                "ListConfigResourcesRequest",
                "ResourceTypes",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ListConfigResourcesRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 1 {
            this.resource_types = p::read_array(buf, version, true)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListConfigResourcesRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        if version >= 1 {
            this.resource_types = g.vec(|g| g.i8());
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ListConfigResourcesRequest {
    const NAME: &'static str = "ListConfigResourcesRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for ListConfigResourcesRequest {
    const API_KEY: i16 = 74;
    type Response = super::list_config_resources_response::ListConfigResourcesResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
