//! `ConsumerProtocolAssignment`.
//!
//! Versions 0-3; no flexible versions.
//!
//! Generated from `ConsumerProtocolAssignment.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `ConsumerProtocolAssignment` message.
///
/// Versions 0-3; no flexible versions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConsumerProtocolAssignment {
    /// The list of topics and partitions assigned to this consumer.
    ///
    /// Spec: versions 0+.
    pub assigned_partitions: Vec<TopicPartition>,
    /// User data.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub user_data: Option<Bytes>,
}

impl Encodable for ConsumerProtocolAssignment {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.assigned_partitions, version, false)?;
        p::write_nullable_bytes(buf, self.user_data.as_ref(), false)?;
        Ok(())
    }
}

impl Decodable for ConsumerProtocolAssignment {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.assigned_partitions = p::read_array(buf, version, false)?;
        this.user_data = p::read_nullable_bytes(buf, false)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ConsumerProtocolAssignment {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.assigned_partitions = g.vec(|g| Random::random(g, version));
        this.user_data = g.maybe(|g| g.bytes());
        this
    }
}

/// The `TopicPartition` struct of `ConsumerProtocolAssignment`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicPartition {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub topic: String,
    /// The list of partitions assigned to this consumer.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<i32>,
}

impl Encodable for TopicPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.topic, false)?;
        p::write_array(buf, &self.partitions, version, false)?;
        Ok(())
    }
}

impl Decodable for TopicPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic = p::read_string(buf, false)?;
        this.partitions = p::read_array(buf, version, false)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicPartition {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.topic = g.string();
        this.partitions = g.vec(|g| g.i32());
        this
    }
}

impl Message for ConsumerProtocolAssignment {
    const NAME: &'static str = "ConsumerProtocolAssignment";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}
