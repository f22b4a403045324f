//! `ProduceRequest`, the request of API key 0 (Produce).
//!
//! Versions 3-13; flexible (compact) encoding from version 9.
//!
//! Generated from `ProduceRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ProduceRequest` message.
///
/// Versions 3-13; flexible (compact) encoding from version 9.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProduceRequest {
    /// The transactional ID, or null if the producer is not transactional.
    ///
    /// Spec: versions 3+, nullable 3+, default "null".
    pub transactional_id: Option<String>,
    /// The number of acknowledgments the producer requires the leader to have received before considering a request complete. Allowed values: 0 for no acknowledgments, 1 for only the leader and -1 for the full ISR.
    ///
    /// Spec: versions 0+.
    pub acks: i16,
    /// The timeout to await a response in milliseconds.
    ///
    /// Spec: versions 0+.
    pub timeout_ms: i32,
    /// Each topic to produce to.
    ///
    /// Spec: versions 0+.
    pub topic_data: Vec<TopicProduceData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ProduceRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.transactional_id.as_deref(), flex)?;
        p::write_i16(buf, self.acks);
        p::write_i32(buf, self.timeout_ms);
        p::write_array(buf, &self.topic_data, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ProduceRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.transactional_id = p::read_nullable_string(buf, flex)?;
        this.acks = p::read_i16(buf)?;
        this.timeout_ms = p::read_i32(buf)?;
        this.topic_data = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ProduceRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        this.transactional_id = g.maybe(|g| g.string());
        this.acks = g.i16();
        this.timeout_ms = g.i32();
        this.topic_data = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `TopicProduceData` struct of `ProduceRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicProduceData {
    /// The topic name.
    ///
    /// Spec: versions 0-12, ignorable.
    pub name: String,
    /// The unique topic ID
    ///
    /// Spec: versions 13+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// Each partition to produce to.
    ///
    /// Spec: versions 0+.
    pub partition_data: Vec<PartitionProduceData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicProduceData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        if version <= 12 {
            p::write_string(buf, &self.name, flex)?;
        }
        if version >= 13 {
            p::write_uuid(buf, &self.topic_id);
        }
        p::write_array(buf, &self.partition_data, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for TopicProduceData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        if version <= 12 {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 13 {
            this.topic_id = p::read_uuid(buf)?;
        }
        this.partition_data = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicProduceData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        if version <= 12 {
            this.name = g.string();
        }
        if version >= 13 {
            this.topic_id = g.uuid();
        }
        this.partition_data = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `PartitionProduceData` struct of `ProduceRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionProduceData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub index: i32,
    /// The record data to be produced.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub records: Option<Bytes>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionProduceData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::write_i32(buf, self.index);
        p::write_records(buf, self.records.as_ref(), flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for PartitionProduceData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        this.index = p::read_i32(buf)?;
        this.records = p::read_records(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionProduceData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        this.index = g.i32();
        this.records = g.maybe(|g| g.bytes());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ProduceRequest {
    const NAME: &'static str = "ProduceRequest";
    const MIN_VERSION: i16 = 3;
    const MAX_VERSION: i16 = 13;
    const FLEXIBLE_MIN_VERSION: i16 = 9;
}

impl ApiRequest for ProduceRequest {
    const API_KEY: i16 = 0;
    type Response = super::produce_response::ProduceResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 9 {
            2
        } else {
            1
        }
    }
}
