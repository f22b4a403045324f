//! `ConsumerProtocolSubscription`.
//!
//! Versions 0-3; no flexible versions.
//!
//! Generated from `ConsumerProtocolSubscription.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `ConsumerProtocolSubscription` message.
///
/// Versions 0-3; no flexible versions.
#[derive(Debug, Clone, PartialEq)]
pub struct ConsumerProtocolSubscription {
    /// The topics that the member wants to consume.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<String>,
    /// User data that will be passed back to the consumer.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub user_data: Option<Bytes>,
    /// The partitions that the member owns.
    ///
    /// Spec: versions 1+, ignorable.
    pub owned_partitions: Vec<TopicPartition>,
    /// The generation id of the member.
    ///
    /// Spec: versions 2+, default "-1", ignorable.
    pub generation_id: i32,
    /// The rack id of the member.
    ///
    /// Spec: versions 3+, nullable 3+, default "null", ignorable.
    pub rack_id: Option<String>,
}

impl Default for ConsumerProtocolSubscription {
    fn default() -> Self {
        Self {
            topics: Vec::new(),
            user_data: None,
            owned_partitions: Vec::new(),
            generation_id: -1,
            rack_id: None,
        }
    }
}

impl Encodable for ConsumerProtocolSubscription {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.topics, version, false)?;
        p::write_nullable_bytes(buf, self.user_data.as_ref(), false)?;
        if version >= 1 {
            p::write_array(buf, &self.owned_partitions, version, false)?;
        }
        if version >= 2 {
            p::write_i32(buf, self.generation_id);
        }
        if version >= 3 {
            p::write_nullable_string(buf, self.rack_id.as_deref(), false)?;
        }
        Ok(())
    }
}

impl Decodable for ConsumerProtocolSubscription {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.topics = p::read_array(buf, version, false)?;
        this.user_data = p::read_nullable_bytes(buf, false)?;
        if version >= 1 {
            this.owned_partitions = p::read_array(buf, version, false)?;
        }
        if version >= 2 {
            this.generation_id = p::read_i32(buf)?;
        }
        if version >= 3 {
            this.rack_id = p::read_nullable_string(buf, false)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ConsumerProtocolSubscription {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topics = g.vec(|g| g.string());
        this.user_data = g.maybe(|g| g.bytes());
        if version >= 1 {
            this.owned_partitions = g.vec(|g| Random::random(g, version));
        }
        if version >= 2 {
            this.generation_id = g.i32();
        }
        if version >= 3 {
            this.rack_id = g.maybe(|g| g.string());
        }
        this
    }
}

/// The `TopicPartition` struct of `ConsumerProtocolSubscription`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicPartition {
    /// The topic name.
    ///
    /// Spec: versions 1+.
    pub topic: String,
    /// The partition ids.
    ///
    /// Spec: versions 1+.
    pub partitions: Vec<i32>,
}

impl Encodable for TopicPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        if version >= 1 {
            p::write_string(buf, &self.topic, false)?;
        } else if !self.topic.is_empty() {
            return Err(p::field_not_supported("TopicPartition", "Topic", version));
        }
        if version >= 1 {
            p::write_array(buf, &self.partitions, version, false)?;
        } else if !self.partitions.is_empty() {
            return Err(p::field_not_supported(
                "TopicPartition",
                "Partitions",
                version,
            ));
        }
        Ok(())
    }
}

impl Decodable for TopicPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        if version >= 1 {
            this.topic = p::read_string(buf, false)?;
        }
        if version >= 1 {
            this.partitions = p::read_array(buf, version, false)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicPartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        if version >= 1 {
            this.topic = g.string();
        }
        if version >= 1 {
            this.partitions = g.vec(|g| g.i32());
        }
        this
    }
}

impl Message for ConsumerProtocolSubscription {
    const NAME: &'static str = "ConsumerProtocolSubscription";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}
