//! `CreateTopicsResponse`, the response of API key 19 (CreateTopics).
//!
//! Versions 2-7; flexible (compact) encoding from version 5.
//!
//! Generated from `CreateTopicsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `CreateTopicsResponse` message.
///
/// Versions 2-7; flexible (compact) encoding from version 5.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateTopicsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 2+, ignorable.
    pub throttle_time_ms: i32,
    /// Results for each topic we tried to create.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<CreatableTopicResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for CreateTopicsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.topics, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreateTopicsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.topics = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreateTopicsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.topics = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `CreatableTopicResult` struct of `CreateTopicsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatableTopicResult {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The unique topic ID.
    ///
    /// Spec: versions 7+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The error message, or null if there was no error.
    ///
    /// Spec: versions 1+, nullable 0+, ignorable.
    pub error_message: Option<String>,
    /// Optional topic config error returned if configs are not returned in the response.
    ///
    /// Spec: versions 5+, tagged (tag 0), ignorable.
    pub topic_config_error_code: i16,
    /// Number of partitions of the topic.
    ///
    /// Spec: versions 5+, default "-1", ignorable.
    pub num_partitions: i32,
    /// Replication factor of the topic.
    ///
    /// Spec: versions 5+, default "-1", ignorable.
    pub replication_factor: i16,
    /// Configuration of the topic.
    ///
    /// Spec: versions 5+, nullable 5+, ignorable.
    pub configs: Option<Vec<CreatableTopicConfigs>>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for CreatableTopicResult {
    fn default() -> Self {
        Self {
            name: String::new(),
            topic_id: crate::protocol::Uuid::ZERO,
            error_code: 0,
            error_message: Some(String::new()),
            topic_config_error_code: 0,
            num_partitions: -1,
            replication_factor: -1,
            configs: Some(Vec::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for CreatableTopicResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::write_string(buf, &self.name, flex)?;
        if version >= 7 {
            p::write_uuid(buf, &self.topic_id);
        }
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        if version >= 5 {
            p::write_i32(buf, self.num_partitions);
        }
        if version >= 5 {
            p::write_i16(buf, self.replication_factor);
        }
        if version >= 5 {
            p::write_nullable_array(buf, self.configs.as_deref(), version, flex)?;
        }
        if flex {
            let write_topic_config_error_code = version >= 5 && self.topic_config_error_code != 0;
            let mut tagged = p::TaggedFieldWriter::start(
                buf,
                usize::from(write_topic_config_error_code),
                &self.unknown_tagged_fields,
            )?;
            if write_topic_config_error_code {
                tagged.field(buf, 0, |buf| {
                    p::write_i16(buf, self.topic_config_error_code);
                    Ok(())
                })?;
            }
            tagged.finish(buf)?;
        }
        Ok(())
    }
}

impl Decodable for CreatableTopicResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        if version >= 7 {
            this.topic_id = p::read_uuid(buf)?;
        }
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, flex)?;
        if version >= 5 {
            this.num_partitions = p::read_i32(buf)?;
        }
        if version >= 5 {
            this.replication_factor = p::read_i16(buf)?;
        }
        if version >= 5 {
            this.configs = p::read_nullable_array(buf, version, flex)?;
        }
        if flex {
            for _ in 0..p::read_tagged_header(buf)? {
                let (tag, mut data) = p::read_tagged_field(buf)?;
                match tag {
                    0 if version >= 5 => {
                        this.topic_config_error_code = p::read_i16(&mut data)?;
                        p::expect_empty(&data, "CreatableTopicResult.TopicConfigErrorCode")?;
                    }
                    _ => this.unknown_tagged_fields.push(tag, data),
                }
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreatableTopicResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.name = g.string();
        if version >= 7 {
            this.topic_id = g.uuid();
        }
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        if version >= 5 {
            this.topic_config_error_code = g.i16();
        }
        if version >= 5 {
            this.num_partitions = g.i32();
        }
        if version >= 5 {
            this.replication_factor = g.i16();
        }
        if version >= 5 {
            this.configs = g.maybe(|g| g.vec(|g| Random::random(g, version)));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `CreatableTopicConfigs` struct of `CreateTopicsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatableTopicConfigs {
    /// The configuration name.
    ///
    /// Spec: versions 5+.
    pub name: String,
    /// The configuration value.
    ///
    /// Spec: versions 5+, nullable 5+.
    pub value: Option<String>,
    /// True if the configuration is read-only.
    ///
    /// Spec: versions 5+.
    pub read_only: bool,
    /// The configuration source.
    ///
    /// Spec: versions 5+, default "-1", ignorable.
    pub config_source: i8,
    /// True if this configuration is sensitive.
    ///
    /// Spec: versions 5+.
    pub is_sensitive: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for CreatableTopicConfigs {
    fn default() -> Self {
        Self {
            name: String::new(),
            value: Some(String::new()),
            read_only: false,
            config_source: -1,
            is_sensitive: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for CreatableTopicConfigs {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        if version >= 5 {
            p::write_string(buf, &self.name, flex)?;
        } else if !self.name.is_empty() {
            return Err(p::field_not_supported(
                "CreatableTopicConfigs",
                "Name",
                version,
            ));
        }
        if version >= 5 {
            p::write_nullable_string(buf, self.value.as_deref(), flex)?;
        } else if self.value.as_deref() != Some("") {
            return Err(p::field_not_supported(
                "CreatableTopicConfigs",
                "Value",
                version,
            ));
        }
        if version >= 5 {
            p::write_bool(buf, self.read_only);
        } else if self.read_only {
            return Err(p::field_not_supported(
                "CreatableTopicConfigs",
                "ReadOnly",
                version,
            ));
        }
        if version >= 5 {
            p::write_i8(buf, self.config_source);
        }
        if version >= 5 {
            p::write_bool(buf, self.is_sensitive);
        } else if self.is_sensitive {
            return Err(p::field_not_supported(
                "CreatableTopicConfigs",
                "IsSensitive",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreatableTopicConfigs {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        let mut this = Self::default();
        if version >= 5 {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 5 {
            this.value = p::read_nullable_string(buf, flex)?;
        }
        if version >= 5 {
            this.read_only = p::read_bool(buf)?;
        }
        if version >= 5 {
            this.config_source = p::read_i8(buf)?;
        }
        if version >= 5 {
            this.is_sensitive = p::read_bool(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreatableTopicConfigs {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        if version >= 5 {
            this.name = g.string();
        }
        if version >= 5 {
            this.value = g.maybe(|g| g.string());
        }
        if version >= 5 {
            this.read_only = g.bool();
        }
        if version >= 5 {
            this.config_source = g.i8();
        }
        if version >= 5 {
            this.is_sensitive = g.bool();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for CreateTopicsResponse {
    const NAME: &'static str = "CreateTopicsResponse";
    const MIN_VERSION: i16 = 2;
    const MAX_VERSION: i16 = 7;
    const FLEXIBLE_MIN_VERSION: i16 = 5;
}

impl ApiResponse for CreateTopicsResponse {
    const API_KEY: i16 = 19;
    fn response_header_version(version: i16) -> i16 {
        if version >= 5 {
            1
        } else {
            0
        }
    }
}
