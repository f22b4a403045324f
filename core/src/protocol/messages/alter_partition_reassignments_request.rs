//! `AlterPartitionReassignmentsRequest`, the request of API key 45 (AlterPartitionReassignments).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `AlterPartitionReassignmentsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `AlterPartitionReassignmentsRequest` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct AlterPartitionReassignmentsRequest {
    /// The time in ms to wait for the request to complete.
    ///
    /// Spec: versions 0+, default "60000".
    pub timeout_ms: i32,
    /// The option indicating whether changing the replication factor of any given partition as part of this request is a valid move.
    ///
    /// Spec: versions 1+, default "true".
    pub allow_replication_factor_change: bool,
    /// The topics to reassign.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<ReassignableTopic>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for AlterPartitionReassignmentsRequest {
    fn default() -> Self {
        Self {
            timeout_ms: 60000,
            allow_replication_factor_change: true,
            topics: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for AlterPartitionReassignmentsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.timeout_ms);
        if version >= 1 {
            p::write_bool(buf, self.allow_replication_factor_change);
        } else if !self.allow_replication_factor_change {
            return Err(p::field_not_supported(
                "AlterPartitionReassignmentsRequest",
                "AllowReplicationFactorChange",
                version,
            ));
        }
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AlterPartitionReassignmentsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.timeout_ms = p::read_i32(buf)?;
        if version >= 1 {
            this.allow_replication_factor_change = p::read_bool(buf)?;
        }
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AlterPartitionReassignmentsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.timeout_ms = g.i32();
        if version >= 1 {
            this.allow_replication_factor_change = g.bool();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `ReassignableTopic` struct of `AlterPartitionReassignmentsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReassignableTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The partitions to reassign.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<ReassignablePartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ReassignableTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ReassignableTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReassignableTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `ReassignablePartition` struct of `AlterPartitionReassignmentsRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReassignablePartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The replicas to place the partitions on, or null to cancel a pending reassignment for this partition.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub replicas: Option<Vec<i32>>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ReassignablePartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_nullable_array(buf, self.replicas.as_deref(), version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ReassignablePartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.replicas = p::read_nullable_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ReassignablePartition {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.replicas = g.maybe(|g| g.vec(|g| g.i32()));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for AlterPartitionReassignmentsRequest {
    const NAME: &'static str = "AlterPartitionReassignmentsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for AlterPartitionReassignmentsRequest {
    const API_KEY: i16 = 45;
    type Response =
        super::alter_partition_reassignments_response::AlterPartitionReassignmentsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
