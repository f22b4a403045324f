//! `CreateTopicsRequest`, the request of API key 19 (CreateTopics).
//!
//! Versions 2-7; flexible (compact) encoding from version 5.
//!
//! Generated from `CreateTopicsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `CreateTopicsRequest` message.
///
/// Versions 2-7; flexible (compact) encoding from version 5.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTopicsRequest {
    /// The topics to create.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<CreatableTopic>,
    /// How long to wait in milliseconds before timing out the request.
    ///
    /// Spec: versions 0+, default "60000".
    pub timeout_ms: i32,
    /// If true, check that the topics can be created as specified, but don't create anything.
    ///
    /// Spec: versions 1+, default "false".
    pub validate_only: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for CreateTopicsRequest {
    fn default() -> Self {
        Self {
            topics: Vec::new(),
            timeout_ms: 60000,
            validate_only: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for CreateTopicsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.topics, version, flex)?;
        p::write_i32(buf, self.timeout_ms);
        p::write_bool(buf, self.validate_only);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreateTopicsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.topics = p::read_array(buf, version, flex)?;
        this.timeout_ms = p::read_i32(buf)?;
        this.validate_only = p::read_bool(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreateTopicsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.topics = g.vec(|g| Random::random(g, version));
        this.timeout_ms = g.i32();
        this.validate_only = g.bool();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `CreatableTopic` struct of `CreateTopicsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatableTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The number of partitions to create in the topic, or -1 if we are either specifying a manual partition assignment or using the default partitions.
    ///
    /// Spec: versions 0+.
    pub num_partitions: i32,
    /// The number of replicas to create for each partition in the topic, or -1 if we are either specifying a manual partition assignment or using the default replication factor.
    ///
    /// Spec: versions 0+.
    pub replication_factor: i16,
    /// The manual partition assignment, or the empty array if we are using automatic assignment.
    ///
    /// Spec: versions 0+.
    pub assignments: Vec<CreatableReplicaAssignment>,
    /// The custom topic configurations to set.
    ///
    /// Spec: versions 0+.
    pub configs: Vec<CreatableTopicConfig>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for CreatableTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::write_string(buf, &self.name, flex)?;
        p::write_i32(buf, self.num_partitions);
        p::write_i16(buf, self.replication_factor);
        p::write_array(buf, &self.assignments, version, flex)?;
        p::write_array(buf, &self.configs, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreatableTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.num_partitions = p::read_i32(buf)?;
        this.replication_factor = p::read_i16(buf)?;
        this.assignments = p::read_array(buf, version, flex)?;
        this.configs = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreatableTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.name = g.string();
        this.num_partitions = g.i32();
        this.replication_factor = g.i16();
        this.assignments = g.vec(|g| Random::random(g, version));
        this.configs = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `CreatableReplicaAssignment` struct of `CreateTopicsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatableReplicaAssignment {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The brokers to place the partition on.
    ///
    /// Spec: versions 0+.
    pub broker_ids: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for CreatableReplicaAssignment {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::write_i32(buf, self.partition_index);
        p::write_array(buf, &self.broker_ids, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreatableReplicaAssignment {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.broker_ids = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreatableReplicaAssignment {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.broker_ids = g.vec(|g| g.i32());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `CreatableTopicConfig` struct of `CreateTopicsRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatableTopicConfig {
    /// The configuration name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The configuration value.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub value: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for CreatableTopicConfig {
    fn default() -> Self {
        Self {
            name: String::new(),
            value: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for CreatableTopicConfig {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 5;
        p::write_string(buf, &self.name, flex)?;
        p::write_nullable_string(buf, self.value.as_deref(), flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreatableTopicConfig {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 5;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.value = p::read_nullable_string(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreatableTopicConfig {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 5;
        let mut this = Self::default();
        this.name = g.string();
        this.value = g.maybe(|g| g.string());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for CreateTopicsRequest {
    const NAME: &'static str = "CreateTopicsRequest";
    const MIN_VERSION: i16 = 2;
    const MAX_VERSION: i16 = 7;
    const FLEXIBLE_MIN_VERSION: i16 = 5;
}

impl ApiRequest for CreateTopicsRequest {
    const API_KEY: i16 = 19;
    type Response = super::create_topics_response::CreateTopicsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 5 {
            2
        } else {
            1
        }
    }
}
