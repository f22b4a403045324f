//! `ListOffsetsResponse`, the response of API key 2 (ListOffsets).
//!
//! Versions 1-11; flexible (compact) encoding from version 6.
//!
//! Generated from `ListOffsetsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ListOffsetsResponse` message.
///
/// Versions 1-11; flexible (compact) encoding from version 6.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOffsetsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 2+, ignorable.
    pub throttle_time_ms: i32,
    /// Each topic in the response.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<ListOffsetsTopicResponse>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListOffsetsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 2 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        p::write_array(buf, &self.topics, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ListOffsetsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 2 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        this.topics = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListOffsetsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 2 {
            this.throttle_time_ms = g.i32();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `ListOffsetsTopicResponse` struct of `ListOffsetsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOffsetsTopicResponse {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// Each partition in the response.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<ListOffsetsPartitionResponse>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListOffsetsTopicResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::write_string(buf, &self.name, flex)?;
        p::write_array(buf, &self.partitions, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ListOffsetsTopicResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.partitions = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListOffsetsTopicResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `ListOffsetsPartitionResponse` struct of `ListOffsetsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOffsetsPartitionResponse {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The partition error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The timestamp associated with the returned offset.
    ///
    /// Spec: versions 1+, default "-1".
    pub timestamp: i64,
    /// The returned offset.
    ///
    /// Spec: versions 1+, default "-1".
    pub offset: i64,
    /// The leader epoch associated with the returned offset.
    ///
    /// Spec: versions 4+, default "-1".
    pub leader_epoch: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ListOffsetsPartitionResponse {
    fn default() -> Self {
        Self {
            partition_index: 0,
            error_code: 0,
            timestamp: -1,
            offset: -1,
            leader_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ListOffsetsPartitionResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::write_i32(buf, self.partition_index);
        p::write_i16(buf, self.error_code);
        p::write_i64(buf, self.timestamp);
        p::write_i64(buf, self.offset);
        if version >= 4 {
            p::write_i32(buf, self.leader_epoch);
        } else if self.leader_epoch != -1 {
            return Err(p::field_not_supported(
                "ListOffsetsPartitionResponse",
                "LeaderEpoch",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ListOffsetsPartitionResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.timestamp = p::read_i64(buf)?;
        this.offset = p::read_i64(buf)?;
        if version >= 4 {
            this.leader_epoch = p::read_i32(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListOffsetsPartitionResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.error_code = g.i16();
        this.timestamp = g.i64();
        this.offset = g.i64();
        if version >= 4 {
            this.leader_epoch = g.i32();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ListOffsetsResponse {
    const NAME: &'static str = "ListOffsetsResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 11;
    const FLEXIBLE_MIN_VERSION: i16 = 6;
}

impl ApiResponse for ListOffsetsResponse {
    const API_KEY: i16 = 2;
    fn response_header_version(version: i16) -> i16 {
        if version >= 6 {
            1
        } else {
            0
        }
    }
}
