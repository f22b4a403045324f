//! `VoteRequest`, the request of API key 52 (Vote).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `VoteRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `VoteRequest` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct VoteRequest {
    /// The cluster id.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub cluster_id: Option<String>,
    /// The replica id of the voter receiving the request.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub voter_id: i32,
    /// The topic data.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for VoteRequest {
    fn default() -> Self {
        Self {
            cluster_id: None,
            voter_id: -1,
            topics: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for VoteRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.cluster_id.as_deref(), true)?;
        if version >= 1 {
            p::write_i32(buf, self.voter_id);
        }
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for VoteRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.cluster_id = p::read_nullable_string(buf, true)?;
        if version >= 1 {
            this.voter_id = p::read_i32(buf)?;
        }
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for VoteRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.cluster_id = g.maybe(|g| g.string());
        if version >= 1 {
            this.voter_id = g.i32();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicData` struct of `VoteRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicData {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub topic_name: String,
    /// The partition data.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.topic_name, true)?;
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_name = p::read_string(buf, true)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `PartitionData` struct of `VoteRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The epoch of the voter sending the request
    ///
    /// Spec: versions 0+.
    pub replica_epoch: i32,
    /// The replica id of the voter sending the request
    ///
    /// Spec: versions 0+.
    pub replica_id: i32,
    /// The directory id of the voter sending the request
    ///
    /// Spec: versions 1+, ignorable.
    pub replica_directory_id: crate::protocol::Uuid,
    /// The directory id of the voter receiving the request
    ///
    /// Spec: versions 1+, ignorable.
    pub voter_directory_id: crate::protocol::Uuid,
    /// The epoch of the last record written to the metadata log.
    ///
    /// Spec: versions 0+.
    pub last_offset_epoch: i32,
    /// The log end offset of the metadata log of the voter sending the request.
    ///
    /// Spec: versions 0+.
    pub last_offset: i64,
    /// Whether the request is a PreVote request (not persisted) or not.
    ///
    /// Spec: versions 2+.
    pub pre_vote: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_i32(buf, self.replica_epoch);
        p::write_i32(buf, self.replica_id);
        if version >= 1 {
            p::write_uuid(buf, &self.replica_directory_id);
        }
        if version >= 1 {
            p::write_uuid(buf, &self.voter_directory_id);
        }
        p::write_i32(buf, self.last_offset_epoch);
        p::write_i64(buf, self.last_offset);
        if version >= 2 {
            p::write_bool(buf, self.pre_vote);
        } else if self.pre_vote {
            return Err(p::field_not_supported("PartitionData", "PreVote", version));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.replica_epoch = p::read_i32(buf)?;
        this.replica_id = p::read_i32(buf)?;
        if version >= 1 {
            this.replica_directory_id = p::read_uuid(buf)?;
        }
        if version >= 1 {
            this.voter_directory_id = p::read_uuid(buf)?;
        }
        this.last_offset_epoch = p::read_i32(buf)?;
        this.last_offset = p::read_i64(buf)?;
        if version >= 2 {
            this.pre_vote = p::read_bool(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.replica_epoch = g.i32();
        this.replica_id = g.i32();
        if version >= 1 {
            this.replica_directory_id = g.uuid();
        }
        if version >= 1 {
            this.voter_directory_id = g.uuid();
        }
        this.last_offset_epoch = g.i32();
        this.last_offset = g.i64();
        if version >= 2 {
            this.pre_vote = g.bool();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for VoteRequest {
    const NAME: &'static str = "VoteRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for VoteRequest {
    const API_KEY: i16 = 52;
    type Response = super::vote_response::VoteResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
