//! `VoteResponse`, the response of API key 52 (Vote).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `VoteResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `VoteResponse` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VoteResponse {
    /// The top level error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The results for each topic.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicData>,
    /// Endpoints for all current-leaders enumerated in PartitionData.
    ///
    /// Spec: versions 1+, tagged (tag 0).
    pub node_endpoints: Vec<NodeEndpoint>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for VoteResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        p::write_array(buf, &self.topics, version, true)?;
        let write_node_endpoints = version >= 1 && !self.node_endpoints.is_empty();
        if version < 1 && !self.node_endpoints.is_empty() {
            return Err(p::field_not_supported(
                "VoteResponse",
                "NodeEndpoints",
                version,
            ));
        }
        let mut tagged = p::TaggedFieldWriter::start(
            buf,
            usize::from(write_node_endpoints),
            &self.unknown_tagged_fields,
        )?;
        if write_node_endpoints {
            tagged.field(buf, 0, |buf| {
                p::write_array(buf, &self.node_endpoints, version, true)?;
                Ok(())
            })?;
        }
        tagged.finish(buf)?;
        Ok(())
    }
}

impl Decodable for VoteResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        for _ in 0..p::read_tagged_header(buf)? {
            let (tag, mut data) = p::read_tagged_field(buf)?;
            match tag {
                0 if version >= 1 => {
                    this.node_endpoints = p::read_array(&mut data, version, true)?;
                    p::expect_empty(&data, "VoteResponse.NodeEndpoints")?;
                }
                _ => this.unknown_tagged_fields.push(tag, data),
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for VoteResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.error_code = g.i16();
        this.topics = g.vec(|g| Random::random(g, version));
        if version >= 1 {
            this.node_endpoints = g.vec(|g| Random::random(g, version));
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicData` struct of `VoteResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicData {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub topic_name: String,
    /// The results for each partition.
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

/// The `PartitionData` struct of `VoteResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The partition level error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The ID of the current leader or -1 if the leader is unknown.
    ///
    /// Spec: versions 0+.
    pub leader_id: i32,
    /// The latest known leader epoch.
    ///
    /// Spec: versions 0+.
    pub leader_epoch: i32,
    /// True if the vote was granted and false otherwise.
    ///
    /// Spec: versions 0+.
    pub vote_granted: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_i16(buf, self.error_code);
        p::write_i32(buf, self.leader_id);
        p::write_i32(buf, self.leader_epoch);
        p::write_bool(buf, self.vote_granted);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.leader_id = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        this.vote_granted = p::read_bool(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.error_code = g.i16();
        this.leader_id = g.i32();
        this.leader_epoch = g.i32();
        this.vote_granted = g.bool();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `NodeEndpoint` struct of `VoteResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeEndpoint {
    /// The ID of the associated node.
    ///
    /// Spec: versions 1+.
    pub node_id: i32,
    /// The node's hostname.
    ///
    /// Spec: versions 1+.
    pub host: String,
    /// The node's port.
    ///
    /// Spec: versions 1+.
    pub port: u16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for NodeEndpoint {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        if version >= 1 {
            p::write_i32(buf, self.node_id);
        } else if self.node_id != 0 {
            return Err(p::field_not_supported("NodeEndpoint", "NodeId", version));
        }
        if version >= 1 {
            p::write_string(buf, &self.host, true)?;
        } else if !self.host.is_empty() {
            return Err(p::field_not_supported("NodeEndpoint", "Host", version));
        }
        if version >= 1 {
            p::write_u16(buf, self.port);
        } else if self.port != 0 {
            return Err(p::field_not_supported("NodeEndpoint", "Port", version));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for NodeEndpoint {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        if version >= 1 {
            this.node_id = p::read_i32(buf)?;
        }
        if version >= 1 {
            this.host = p::read_string(buf, true)?;
        }
        if version >= 1 {
            this.port = p::read_u16(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for NodeEndpoint {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        if version >= 1 {
            this.node_id = g.i32();
        }
        if version >= 1 {
            this.host = g.string();
        }
        if version >= 1 {
            this.port = g.u16();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for VoteResponse {
    const NAME: &'static str = "VoteResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for VoteResponse {
    const API_KEY: i16 = 52;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
