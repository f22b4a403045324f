//! `DescribeConfigsRequest`, the request of API key 32 (DescribeConfigs).
//!
//! Versions 1-4; flexible (compact) encoding from version 4.
//!
//! Generated from `DescribeConfigsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeConfigsRequest` message.
///
/// Versions 1-4; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeConfigsRequest {
    /// The resources whose configurations we want to describe.
    ///
    /// Spec: versions 0+.
    pub resources: Vec<DescribeConfigsResource>,
    /// True if we should include all synonyms.
    ///
    /// Spec: versions 1+, default "false".
    pub include_synonyms: bool,
    /// True if we should include configuration documentation.
    ///
    /// Spec: versions 3+, default "false".
    pub include_documentation: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeConfigsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.resources, version, flex)?;
        p::write_bool(buf, self.include_synonyms);
        if version >= 3 {
            p::write_bool(buf, self.include_documentation);
        } else if self.include_documentation {
            return Err(p::field_not_supported(
                "DescribeConfigsRequest",
                "IncludeDocumentation",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeConfigsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.resources = p::read_array(buf, version, flex)?;
        this.include_synonyms = p::read_bool(buf)?;
        if version >= 3 {
            this.include_documentation = p::read_bool(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeConfigsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.resources = g.vec(|g| Random::random(g, version));
        this.include_synonyms = g.bool();
        if version >= 3 {
            this.include_documentation = g.bool();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribeConfigsResource` struct of `DescribeConfigsRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeConfigsResource {
    /// The resource type.
    ///
    /// Spec: versions 0+.
    pub resource_type: i8,
    /// The resource name.
    ///
    /// Spec: versions 0+.
    pub resource_name: String,
    /// The configuration keys to list, or null to list all configuration keys.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub configuration_keys: Option<Vec<String>>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeConfigsResource {
    fn default() -> Self {
        Self {
            resource_type: 0,
            resource_name: String::new(),
            configuration_keys: Some(Vec::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeConfigsResource {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::write_i8(buf, self.resource_type);
        p::write_string(buf, &self.resource_name, flex)?;
        p::write_nullable_array(buf, self.configuration_keys.as_deref(), version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeConfigsResource {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        this.resource_type = p::read_i8(buf)?;
        this.resource_name = p::read_string(buf, flex)?;
        this.configuration_keys = p::read_nullable_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeConfigsResource {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.resource_type = g.i8();
        this.resource_name = g.string();
        this.configuration_keys = g.maybe(|g| g.vec(|g| g.string()));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DescribeConfigsRequest {
    const NAME: &'static str = "DescribeConfigsRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 4;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiRequest for DescribeConfigsRequest {
    const API_KEY: i16 = 32;
    type Response = super::describe_configs_response::DescribeConfigsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 4 {
            2
        } else {
            1
        }
    }
}
