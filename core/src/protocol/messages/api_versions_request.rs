//! `ApiVersionsRequest`, the request of API key 18 (ApiVersions).
//!
//! Versions 0-4; flexible (compact) encoding from version 3.
//!
//! Generated from `ApiVersionsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ApiVersionsRequest` message.
///
/// Versions 0-4; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiVersionsRequest {
    /// The name of the client.
    ///
    /// Spec: versions 3+, ignorable.
    pub client_software_name: String,
    /// The version of the client.
    ///
    /// Spec: versions 3+, ignorable.
    pub client_software_version: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ApiVersionsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 3 {
            p::write_string(buf, &self.client_software_name, flex)?;
        }
        if version >= 3 {
            p::write_string(buf, &self.client_software_version, flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ApiVersionsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 3 {
            this.client_software_name = p::read_string(buf, flex)?;
        }
        if version >= 3 {
            this.client_software_version = p::read_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ApiVersionsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 3 {
            this.client_software_name = g.string();
        }
        if version >= 3 {
            this.client_software_version = g.string();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ApiVersionsRequest {
    const NAME: &'static str = "ApiVersionsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 4;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiRequest for ApiVersionsRequest {
    const API_KEY: i16 = 18;
    type Response = super::api_versions_response::ApiVersionsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 3 {
            2
        } else {
            1
        }
    }
}
