//! `DeleteRecordsResponse`, the response of API key 21 (DeleteRecords).
//!
//! Versions 0-2; flexible (compact) encoding from version 2.
//!
//! Generated from `DeleteRecordsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DeleteRecordsResponse` message.
///
/// Versions 0-2; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRecordsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// Each topic that we wanted to delete records from.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<DeleteRecordsTopicResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteRecordsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.topics, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteRecordsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
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
impl Random for DeleteRecordsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.topics = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DeleteRecordsTopicResult` struct of `DeleteRecordsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRecordsTopicResult {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// Each partition that we wanted to delete records from.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<DeleteRecordsPartitionResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteRecordsTopicResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_string(buf, &self.name, flex)?;
        p::write_array(buf, &self.partitions, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteRecordsTopicResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
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
impl Random for DeleteRecordsTopicResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DeleteRecordsPartitionResult` struct of `DeleteRecordsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRecordsPartitionResult {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The partition low water mark.
    ///
    /// Spec: versions 0+.
    pub low_watermark: i64,
    /// The deletion error code, or 0 if the deletion succeeded.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteRecordsPartitionResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_i32(buf, self.partition_index);
        p::write_i64(buf, self.low_watermark);
        p::write_i16(buf, self.error_code);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteRecordsPartitionResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.low_watermark = p::read_i64(buf)?;
        this.error_code = p::read_i16(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeleteRecordsPartitionResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.low_watermark = g.i64();
        this.error_code = g.i16();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DeleteRecordsResponse {
    const NAME: &'static str = "DeleteRecordsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiResponse for DeleteRecordsResponse {
    const API_KEY: i16 = 21;
    fn response_header_version(version: i16) -> i16 {
        if version >= 2 {
            1
        } else {
            0
        }
    }
}
