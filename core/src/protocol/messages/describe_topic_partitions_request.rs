//! `DescribeTopicPartitionsRequest`, the request of API key 75 (DescribeTopicPartitions).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeTopicPartitionsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeTopicPartitionsRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeTopicPartitionsRequest {
    /// The topics to fetch details for.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicRequest>,
    /// The maximum number of partitions included in the response.
    ///
    /// Spec: versions 0+, default "2000".
    pub response_partition_limit: i32,
    /// The first topic and partition index to fetch details for.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub cursor: Option<Cursor>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeTopicPartitionsRequest {
    fn default() -> Self {
        Self {
            topics: Vec::new(),
            response_partition_limit: 2000,
            cursor: None,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeTopicPartitionsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.topics, version, true)?;
        p::write_i32(buf, self.response_partition_limit);
        p::write_nullable_struct(buf, self.cursor.as_ref(), version)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeTopicPartitionsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.topics = p::read_array(buf, version, true)?;
        this.response_partition_limit = p::read_i32(buf)?;
        this.cursor = p::read_nullable_struct(buf, version)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeTopicPartitionsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topics = g.vec(|g| Random::random(g, version));
        this.response_partition_limit = g.i32();
        this.cursor = g.maybe(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicRequest` struct of `DescribeTopicPartitionsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicRequest {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicRequest {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicRequest {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicRequest {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Cursor` struct of `DescribeTopicPartitionsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cursor {
    /// The name for the first topic to process.
    ///
    /// Spec: versions 0+.
    pub topic_name: String,
    /// The partition index to start with.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Cursor {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.topic_name, true)?;
        p::write_i32(buf, self.partition_index);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Cursor {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_name = p::read_string(buf, true)?;
        this.partition_index = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Cursor {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.topic_name = g.string();
        this.partition_index = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeTopicPartitionsRequest {
    const NAME: &'static str = "DescribeTopicPartitionsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for DescribeTopicPartitionsRequest {
    const API_KEY: i16 = 75;
    type Response = super::describe_topic_partitions_response::DescribeTopicPartitionsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
