//! `ListOffsetsRequest`, the request of API key 2 (ListOffsets).
//!
//! Versions 1-11; flexible (compact) encoding from version 6.
//!
//! Generated from `ListOffsetsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ListOffsetsRequest` message.
///
/// Versions 1-11; flexible (compact) encoding from version 6.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOffsetsRequest {
    /// The broker ID of the requester, or -1 if this request is being made by a normal consumer.
    ///
    /// Spec: versions 0+.
    pub replica_id: i32,
    /// This setting controls the visibility of transactional records. Using READ_UNCOMMITTED (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED returns all data from offsets smaller than the current LSO (last stable offset), and enables the inclusion of the list of aborted transactions in the result, which allows consumers to discard ABORTED transactional records.
    ///
    /// Spec: versions 2+.
    pub isolation_level: i8,
    /// Each topic in the request.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<ListOffsetsTopic>,
    /// The timeout to await a response in milliseconds for requests that require reading from remote storage for topics enabled with tiered storage.
    ///
    /// Spec: versions 10+, ignorable.
    pub timeout_ms: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListOffsetsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.replica_id);
        if version >= 2 {
            p::write_i8(buf, self.isolation_level);
        } else if self.isolation_level != 0 {
            return Err(p::field_not_supported(
                "ListOffsetsRequest",
                "IsolationLevel",
                version,
            ));
        }
        p::write_array(buf, &self.topics, version, flex)?;
        if version >= 10 {
            p::write_i32(buf, self.timeout_ms);
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ListOffsetsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.replica_id = p::read_i32(buf)?;
        if version >= 2 {
            this.isolation_level = p::read_i8(buf)?;
        }
        this.topics = p::read_array(buf, version, flex)?;
        if version >= 10 {
            this.timeout_ms = p::read_i32(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListOffsetsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        this.replica_id = g.i32();
        if version >= 2 {
            this.isolation_level = g.i8();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        if version >= 10 {
            this.timeout_ms = g.i32();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `ListOffsetsTopic` struct of `ListOffsetsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOffsetsTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// Each partition in the request.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<ListOffsetsPartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListOffsetsTopic {
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

impl Decodable for ListOffsetsTopic {
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
impl Random for ListOffsetsTopic {
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

/// The `ListOffsetsPartition` struct of `ListOffsetsRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOffsetsPartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The current leader epoch.
    ///
    /// Spec: versions 4+, default "-1", ignorable.
    pub current_leader_epoch: i32,
    /// The current timestamp.
    ///
    /// Spec: versions 0+.
    pub timestamp: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ListOffsetsPartition {
    fn default() -> Self {
        Self {
            partition_index: 0,
            current_leader_epoch: -1,
            timestamp: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ListOffsetsPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::write_i32(buf, self.partition_index);
        if version >= 4 {
            p::write_i32(buf, self.current_leader_epoch);
        }
        p::write_i64(buf, self.timestamp);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ListOffsetsPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        if version >= 4 {
            this.current_leader_epoch = p::read_i32(buf)?;
        }
        this.timestamp = p::read_i64(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListOffsetsPartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        this.partition_index = g.i32();
        if version >= 4 {
            this.current_leader_epoch = g.i32();
        }
        this.timestamp = g.i64();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ListOffsetsRequest {
    const NAME: &'static str = "ListOffsetsRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 11;
    const FLEXIBLE_MIN_VERSION: i16 = 6;
}

impl ApiRequest for ListOffsetsRequest {
    const API_KEY: i16 = 2;
    type Response = super::list_offsets_response::ListOffsetsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 6 {
            2
        } else {
            1
        }
    }
}
