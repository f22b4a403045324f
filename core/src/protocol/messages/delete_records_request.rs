//! `DeleteRecordsRequest`, the request of API key 21 (DeleteRecords).
//!
//! Versions 0-2; flexible (compact) encoding from version 2.
//!
//! Generated from `DeleteRecordsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DeleteRecordsRequest` message.
///
/// Versions 0-2; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRecordsRequest {
    /// Each topic that we want to delete records from.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<DeleteRecordsTopic>,
    /// How long to wait for the deletion to complete, in milliseconds.
    ///
    /// Spec: versions 0+.
    pub timeout_ms: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteRecordsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.topics, version, flex)?;
        p::write_i32(buf, self.timeout_ms);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteRecordsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.topics = p::read_array(buf, version, flex)?;
        this.timeout_ms = p::read_i32(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeleteRecordsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.topics = g.vec(|g| Random::random(g, version));
        this.timeout_ms = g.i32();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DeleteRecordsTopic` struct of `DeleteRecordsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRecordsTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// Each partition that we want to delete records from.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<DeleteRecordsPartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteRecordsTopic {
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

impl Decodable for DeleteRecordsTopic {
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
impl Random for DeleteRecordsTopic {
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

/// The `DeleteRecordsPartition` struct of `DeleteRecordsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRecordsPartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The deletion offset. -1 means that records should be truncated to the high watermark.
    ///
    /// Spec: versions 0+.
    pub offset: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteRecordsPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_i32(buf, self.partition_index);
        p::write_i64(buf, self.offset);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteRecordsPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.offset = p::read_i64(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeleteRecordsPartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.offset = g.i64();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DeleteRecordsRequest {
    const NAME: &'static str = "DeleteRecordsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiRequest for DeleteRecordsRequest {
    const API_KEY: i16 = 21;
    type Response = super::delete_records_response::DeleteRecordsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 2 {
            2
        } else {
            1
        }
    }
}
