//! `DeleteTopicsRequest`, the request of API key 20 (DeleteTopics).
//!
//! Versions 1-6; flexible (compact) encoding from version 4.
//!
//! Generated from `DeleteTopicsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DeleteTopicsRequest` message.
///
/// Versions 1-6; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTopicsRequest {
    /// The name or topic ID of the topic.
    ///
    /// Spec: versions 6+.
    pub topics: Vec<DeleteTopicState>,
    /// The names of the topics to delete.
    ///
    /// Spec: versions 0-5, ignorable.
    pub topic_names: Vec<String>,
    /// The length of time in milliseconds to wait for the deletions to complete.
    ///
    /// Spec: versions 0+.
    pub timeout_ms: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteTopicsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 6 {
            p::write_array(buf, &self.topics, version, flex)?;
        } else if !self.topics.is_empty() {
            return Err(p::field_not_supported(
                "DeleteTopicsRequest",
                "Topics",
                version,
            ));
        }
        if version <= 5 {
            p::write_array(buf, &self.topic_names, version, flex)?;
        }
        p::write_i32(buf, self.timeout_ms);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteTopicsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 6 {
            this.topics = p::read_array(buf, version, flex)?;
        }
        if version <= 5 {
            this.topic_names = p::read_array(buf, version, flex)?;
        }
        this.timeout_ms = p::read_i32(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeleteTopicsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 6 {
            this.topics = g.vec(|g| Random::random(g, version));
        }
        if version <= 5 {
            this.topic_names = g.vec(|g| g.string());
        }
        this.timeout_ms = g.i32();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DeleteTopicState` struct of `DeleteTopicsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTopicState {
    /// The topic name.
    ///
    /// Spec: versions 6+, nullable 6+, default "null".
    pub name: Option<String>,
    /// The unique topic ID.
    ///
    /// Spec: versions 6+.
    pub topic_id: crate::protocol::Uuid,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteTopicState {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        if version >= 6 {
            p::write_nullable_string(buf, self.name.as_deref(), flex)?;
        } else if self.name.is_some() {
            return Err(p::field_not_supported("DeleteTopicState", "Name", version));
        }
        if version >= 6 {
            p::write_uuid(buf, &self.topic_id);
        } else if !self.topic_id.is_zero() {
            return Err(p::field_not_supported(
                "DeleteTopicState",
                "TopicId",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteTopicState {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 6 {
            this.name = p::read_nullable_string(buf, flex)?;
        }
        if version >= 6 {
            this.topic_id = p::read_uuid(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeleteTopicState {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 6 {
            this.name = g.maybe(|g| g.string());
        }
        if version >= 6 {
            this.topic_id = g.uuid();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DeleteTopicsRequest {
    const NAME: &'static str = "DeleteTopicsRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 6;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiRequest for DeleteTopicsRequest {
    const API_KEY: i16 = 20;
    type Response = super::delete_topics_response::DeleteTopicsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 4 {
            2
        } else {
            1
        }
    }
}
