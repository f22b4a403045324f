//! `DescribeConfigsResponse`, the response of API key 32 (DescribeConfigs).
//!
//! Versions 1-4; flexible (compact) encoding from version 4.
//!
//! Generated from `DescribeConfigsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeConfigsResponse` message.
///
/// Versions 1-4; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeConfigsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The results for each resource.
    ///
    /// Spec: versions 0+.
    pub results: Vec<DescribeConfigsResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeConfigsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.results, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeConfigsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.results = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeConfigsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.results = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribeConfigsResult` struct of `DescribeConfigsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeConfigsResult {
    /// The error code, or 0 if we were able to successfully describe the configurations.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The error message, or null if we were able to successfully describe the configurations.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub error_message: Option<String>,
    /// The resource type.
    ///
    /// Spec: versions 0+.
    pub resource_type: i8,
    /// The resource name.
    ///
    /// Spec: versions 0+.
    pub resource_name: String,
    /// Each listed configuration.
    ///
    /// Spec: versions 0+.
    pub configs: Vec<DescribeConfigsResourceResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeConfigsResult {
    fn default() -> Self {
        Self {
            error_code: 0,
            error_message: Some(String::new()),
            resource_type: 0,
            resource_name: String::new(),
            configs: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeConfigsResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        p::write_i8(buf, self.resource_type);
        p::write_string(buf, &self.resource_name, flex)?;
        p::write_array(buf, &self.configs, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeConfigsResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, flex)?;
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
impl Random for DescribeConfigsResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.resource_type = g.i8();
        this.resource_name = g.string();
        this.configs = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribeConfigsResourceResult` struct of `DescribeConfigsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeConfigsResourceResult {
    /// The configuration name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The configuration value.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub value: Option<String>,
    /// True if the configuration is read-only.
    ///
    /// Spec: versions 0+.
    pub read_only: bool,
    /// The configuration source.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub config_source: i8,
    /// True if this configuration is sensitive.
    ///
    /// Spec: versions 0+.
    pub is_sensitive: bool,
    /// The synonyms for this configuration key.
    ///
    /// Spec: versions 1+, ignorable.
    pub synonyms: Vec<DescribeConfigsSynonym>,
    /// The configuration data type. Type can be one of the following values - BOOLEAN, STRING, INT, SHORT, LONG, DOUBLE, LIST, CLASS, PASSWORD.
    ///
    /// Spec: versions 3+, default "0", ignorable.
    pub config_type: i8,
    /// The configuration documentation.
    ///
    /// Spec: versions 3+, nullable 0+, ignorable.
    pub documentation: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeConfigsResourceResult {
    fn default() -> Self {
        Self {
            name: String::new(),
            value: Some(String::new()),
            read_only: false,
            config_source: -1,
            is_sensitive: false,
            synonyms: Vec::new(),
            config_type: 0,
            documentation: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeConfigsResourceResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::write_string(buf, &self.name, flex)?;
        p::write_nullable_string(buf, self.value.as_deref(), flex)?;
        p::write_bool(buf, self.read_only);
        p::write_i8(buf, self.config_source);
        p::write_bool(buf, self.is_sensitive);
        p::write_array(buf, &self.synonyms, version, flex)?;
        if version >= 3 {
            p::write_i8(buf, self.config_type);
        }
        if version >= 3 {
            p::write_nullable_string(buf, self.documentation.as_deref(), flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeConfigsResourceResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.value = p::read_nullable_string(buf, flex)?;
        this.read_only = p::read_bool(buf)?;
        this.config_source = p::read_i8(buf)?;
        this.is_sensitive = p::read_bool(buf)?;
        this.synonyms = p::read_array(buf, version, flex)?;
        if version >= 3 {
            this.config_type = p::read_i8(buf)?;
        }
        if version >= 3 {
            this.documentation = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeConfigsResourceResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.name = g.string();
        this.value = g.maybe(|g| g.string());
        this.read_only = g.bool();
        this.config_source = g.i8();
        this.is_sensitive = g.bool();
        this.synonyms = g.vec(|g| Random::random(g, version));
        if version >= 3 {
            this.config_type = g.i8();
        }
        if version >= 3 {
            this.documentation = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribeConfigsSynonym` struct of `DescribeConfigsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeConfigsSynonym {
    /// The synonym name.
    ///
    /// Spec: versions 1+.
    pub name: String,
    /// The synonym value.
    ///
    /// Spec: versions 1+, nullable 0+.
    pub value: Option<String>,
    /// The synonym source.
    ///
    /// Spec: versions 1+.
    pub source: i8,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeConfigsSynonym {
    fn default() -> Self {
        Self {
            name: String::new(),
            value: Some(String::new()),
            source: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeConfigsSynonym {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::write_string(buf, &self.name, flex)?;
        p::write_nullable_string(buf, self.value.as_deref(), flex)?;
        p::write_i8(buf, self.source);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeConfigsSynonym {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.value = p::read_nullable_string(buf, flex)?;
        this.source = p::read_i8(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeConfigsSynonym {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.name = g.string();
        this.value = g.maybe(|g| g.string());
        this.source = g.i8();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DescribeConfigsResponse {
    const NAME: &'static str = "DescribeConfigsResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 4;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiResponse for DescribeConfigsResponse {
    const API_KEY: i16 = 32;
    fn response_header_version(version: i16) -> i16 {
        if version >= 4 {
            1
        } else {
            0
        }
    }
}
