//! `DescribeProducersRequest`, the request of API key 61 (DescribeProducers).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeProducersRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeProducersRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeProducersRequest {
    /// The topics to list producers for.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicRequest>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeProducersRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeProducersRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeProducersRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicRequest` struct of `DescribeProducersRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicRequest {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The indexes of the partitions to list producers for.
    ///
    /// Spec: versions 0+.
    pub partition_indexes: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_array(buf, &self.partition_indexes, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.partition_indexes = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicRequest {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partition_indexes = g.vec(|g| g.i32());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeProducersRequest {
    const NAME: &'static str = "DescribeProducersRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for DescribeProducersRequest {
    const API_KEY: i16 = 61;
    type Response = super::describe_producers_response::DescribeProducersResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
