//! `IncrementalAlterConfigsRequest`, the request of API key 44 (IncrementalAlterConfigs).
//!
//! Versions 0-1; flexible (compact) encoding from version 1.
//!
//! Generated from `IncrementalAlterConfigsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `IncrementalAlterConfigsRequest` message.
///
/// Versions 0-1; flexible (compact) encoding from version 1.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IncrementalAlterConfigsRequest {
    /// The incremental updates for each resource.
    ///
    /// Spec: versions 0+.
    pub resources: Vec<AlterConfigsResource>,
    /// True if we should validate the request, but not change the configurations.
    ///
    /// Spec: versions 0+.
    pub validate_only: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for IncrementalAlterConfigsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.resources, version, flex)?;
        p::write_bool(buf, self.validate_only);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for IncrementalAlterConfigsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.resources = p::read_array(buf, version, flex)?;
        this.validate_only = p::read_bool(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for IncrementalAlterConfigsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.resources = g.vec(|g| Random::random(g, version));
        this.validate_only = g.bool();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AlterConfigsResource` struct of `IncrementalAlterConfigsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AlterConfigsResource {
    /// The resource type.
    ///
    /// Spec: versions 0+.
    pub resource_type: i8,
    /// The resource name.
    ///
    /// Spec: versions 0+.
    pub resource_name: String,
    /// The configurations.
    ///
    /// Spec: versions 0+.
    pub configs: Vec<AlterableConfig>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AlterConfigsResource {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::write_i8(buf, self.resource_type);
        p::write_string(buf, &self.resource_name, flex)?;
        p::write_array(buf, &self.configs, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AlterConfigsResource {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        this.resource_type = p::read_i8(buf)?;
        this.resource_name = p::read_string(buf, flex)?;
        this.configs = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AlterConfigsResource {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.resource_type = g.i8();
        this.resource_name = g.string();
        this.configs = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AlterableConfig` struct of `IncrementalAlterConfigsRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct AlterableConfig {
    /// The configuration key name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The type (Set, Delete, Append, Subtract) of operation.
    ///
    /// Spec: versions 0+.
    pub config_operation: i8,
    /// The value to set for the configuration key.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub value: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for AlterableConfig {
    fn default() -> Self {
        Self {
            name: String::new(),
            config_operation: 0,
            value: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for AlterableConfig {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::write_string(buf, &self.name, flex)?;
        p::write_i8(buf, self.config_operation);
        p::write_nullable_string(buf, self.value.as_deref(), flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AlterableConfig {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.config_operation = p::read_i8(buf)?;
        this.value = p::read_nullable_string(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AlterableConfig {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.name = g.string();
        this.config_operation = g.i8();
        this.value = g.maybe(|g| g.string());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for IncrementalAlterConfigsRequest {
    const NAME: &'static str = "IncrementalAlterConfigsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 1;
}

impl ApiRequest for IncrementalAlterConfigsRequest {
    const API_KEY: i16 = 44;
    type Response = super::incremental_alter_configs_response::IncrementalAlterConfigsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 1 {
            2
        } else {
            1
        }
    }
}
