//! `ListPartitionReassignmentsRequest`, the request of API key 46 (ListPartitionReassignments).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `ListPartitionReassignmentsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ListPartitionReassignmentsRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPartitionReassignmentsRequest {
    /// The time in ms to wait for the request to complete.
    ///
    /// Spec: versions 0+, default "60000".
    pub timeout_ms: i32,
    /// The topics to list partition reassignments for, or null to list everything.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub topics: Option<Vec<ListPartitionReassignmentsTopics>>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ListPartitionReassignmentsRequest {
    fn default() -> Self {
        Self {
            timeout_ms: 60000,
            topics: None,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ListPartitionReassignmentsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.timeout_ms);
        p::write_nullable_array(buf, self.topics.as_deref(), version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ListPartitionReassignmentsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.timeout_ms = p::read_i32(buf)?;
        this.topics = p::read_nullable_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListPartitionReassignmentsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.timeout_ms = g.i32();
        this.topics = g.maybe(|g| g.vec(|g| Random::random(g, version)));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `ListPartitionReassignmentsTopics` struct of `ListPartitionReassignmentsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPartitionReassignmentsTopics {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The partitions to list partition reassignments for.
    ///
    /// Spec: versions 0+.
    pub partition_indexes: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListPartitionReassignmentsTopics {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_array(buf, &self.partition_indexes, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ListPartitionReassignmentsTopics {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.partition_indexes = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListPartitionReassignmentsTopics {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partition_indexes = g.vec(|g| g.i32());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ListPartitionReassignmentsRequest {
    const NAME: &'static str = "ListPartitionReassignmentsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for ListPartitionReassignmentsRequest {
    const API_KEY: i16 = 46;
    type Response =
        super::list_partition_reassignments_response::ListPartitionReassignmentsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
