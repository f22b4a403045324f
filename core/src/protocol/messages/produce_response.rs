//! `ProduceResponse`, the response of API key 0 (Produce).
//!
//! Versions 3-13; flexible (compact) encoding from version 9.
//!
//! Generated from `ProduceResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ProduceResponse` message.
///
/// Versions 3-13; flexible (compact) encoding from version 9.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProduceResponse {
    /// Each produce response.
    ///
    /// Spec: versions 0+.
    pub responses: Vec<TopicProduceResponse>,
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, default "0", ignorable.
    pub throttle_time_ms: i32,
    /// Endpoints for all current-leaders enumerated in PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER.
    ///
    /// Spec: versions 10+, tagged (tag 0).
    pub node_endpoints: Vec<NodeEndpoint>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ProduceResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.responses, version, flex)?;
        p::write_i32(buf, self.throttle_time_ms);
        if flex {
            let write_node_endpoints = version >= 10 && !self.node_endpoints.is_empty();
            if version < 10 && !self.node_endpoints.is_empty() {
                return Err(p::field_not_supported(
                    "ProduceResponse",
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
        }
        Ok(())
    }
}

impl Decodable for ProduceResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.responses = p::read_array(buf, version, flex)?;
        this.throttle_time_ms = p::read_i32(buf)?;
        if flex {
            for _ in 0..p::read_tagged_header(buf)? {
                let (tag, mut data) = p::read_tagged_field(buf)?;
                match tag {
                    0 if version >= 10 => {
                        this.node_endpoints = p::read_array(&mut data, version, true)?;
                        p::expect_empty(&data, "ProduceResponse.NodeEndpoints")?;
                    }
                    _ => this.unknown_tagged_fields.push(tag, data),
                }
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ProduceResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        this.responses = g.vec(|g| Random::random(g, version));
        this.throttle_time_ms = g.i32();
        if version >= 10 {
            this.node_endpoints = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `TopicProduceResponse` struct of `ProduceResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicProduceResponse {
    /// The topic name.
    ///
    /// Spec: versions 0-12, ignorable.
    pub name: String,
    /// The unique topic ID
    ///
    /// Spec: versions 13+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// Each partition that we produced to within the topic.
    ///
    /// Spec: versions 0+.
    pub partition_responses: Vec<PartitionProduceResponse>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicProduceResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        if version <= 12 {
            p::write_string(buf, &self.name, flex)?;
        }
        if version >= 13 {
            p::write_uuid(buf, &self.topic_id);
        }
        p::write_array(buf, &self.partition_responses, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for TopicProduceResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        if version <= 12 {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 13 {
            this.topic_id = p::read_uuid(buf)?;
        }
        this.partition_responses = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicProduceResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        if version <= 12 {
            this.name = g.string();
        }
        if version >= 13 {
            this.topic_id = g.uuid();
        }
        this.partition_responses = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `PartitionProduceResponse` struct of `ProduceResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionProduceResponse {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub index: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The base offset.
    ///
    /// Spec: versions 0+.
    pub base_offset: i64,
    /// The timestamp returned by broker after appending the messages. If CreateTime is used for the topic, the timestamp will be -1.  If LogAppendTime is used for the topic, the timestamp will be the broker local time when the messages are appended.
    ///
    /// Spec: versions 2+, default "-1", ignorable.
    pub log_append_time_ms: i64,
    /// The log start offset.
    ///
    /// Spec: versions 5+, default "-1", ignorable.
    pub log_start_offset: i64,
    /// The batch indices of records that caused the batch to be dropped.
    ///
    /// Spec: versions 8+, ignorable.
    pub record_errors: Vec<BatchIndexAndErrorMessage>,
    /// The global error message summarizing the common root cause of the records that caused the batch to be dropped.
    ///
    /// Spec: versions 8+, nullable 8+, default "null", ignorable.
    pub error_message: Option<String>,
    /// The leader broker that the producer should use for future requests.
    ///
    /// Spec: versions 10+, tagged (tag 0).
    pub current_leader: LeaderIdAndEpoch,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for PartitionProduceResponse {
    fn default() -> Self {
        Self {
            index: 0,
            error_code: 0,
            base_offset: 0,
            log_append_time_ms: -1,
            log_start_offset: -1,
            record_errors: Vec::new(),
            error_message: None,
            current_leader: LeaderIdAndEpoch::default(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for PartitionProduceResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::write_i32(buf, self.index);
        p::write_i16(buf, self.error_code);
        p::write_i64(buf, self.base_offset);
        p::write_i64(buf, self.log_append_time_ms);
        if version >= 5 {
            p::write_i64(buf, self.log_start_offset);
        }
        if version >= 8 {
            p::write_array(buf, &self.record_errors, version, flex)?;
        }
        if version >= 8 {
            p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        }
        if flex {
            let write_current_leader =
                version >= 10 && self.current_leader != LeaderIdAndEpoch::default();
            if version < 10 && self.current_leader != LeaderIdAndEpoch::default() {
                return Err(p::field_not_supported(
                    "PartitionProduceResponse",
                    "CurrentLeader",
                    version,
                ));
            }
            let mut tagged = p::TaggedFieldWriter::start(
                buf,
                usize::from(write_current_leader),
                &self.unknown_tagged_fields,
            )?;
            if write_current_leader {
                tagged.field(buf, 0, |buf| {
                    self.current_leader.encode(buf, version)?;
                    Ok(())
                })?;
            }
            tagged.finish(buf)?;
        }
        Ok(())
    }
}

impl Decodable for PartitionProduceResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        this.index = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.base_offset = p::read_i64(buf)?;
        this.log_append_time_ms = p::read_i64(buf)?;
        if version >= 5 {
            this.log_start_offset = p::read_i64(buf)?;
        }
        if version >= 8 {
            this.record_errors = p::read_array(buf, version, flex)?;
        }
        if version >= 8 {
            this.error_message = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            for _ in 0..p::read_tagged_header(buf)? {
                let (tag, mut data) = p::read_tagged_field(buf)?;
                match tag {
                    0 if version >= 10 => {
                        this.current_leader = Decodable::decode(&mut data, version)?;
                        p::expect_empty(&data, "PartitionProduceResponse.CurrentLeader")?;
                    }
                    _ => this.unknown_tagged_fields.push(tag, data),
                }
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionProduceResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        this.index = g.i32();
        this.error_code = g.i16();
        this.base_offset = g.i64();
        this.log_append_time_ms = g.i64();
        if version >= 5 {
            this.log_start_offset = g.i64();
        }
        if version >= 8 {
            this.record_errors = g.vec(|g| Random::random(g, version));
        }
        if version >= 8 {
            this.error_message = g.maybe(|g| g.string());
        }
        if version >= 10 {
            this.current_leader = Random::random(g, version);
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `BatchIndexAndErrorMessage` struct of `ProduceResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchIndexAndErrorMessage {
    /// The batch index of the record that caused the batch to be dropped.
    ///
    /// Spec: versions 8+.
    pub batch_index: i32,
    /// The error message of the record that caused the batch to be dropped.
    ///
    /// Spec: versions 8+, nullable 8+, default "null".
    pub batch_index_error_message: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for BatchIndexAndErrorMessage {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        if version >= 8 {
            p::write_i32(buf, self.batch_index);
        } else if self.batch_index != 0 {
            return Err(p::field_not_supported(
                "BatchIndexAndErrorMessage",
                "BatchIndex",
                version,
            ));
        }
        if version >= 8 {
            p::write_nullable_string(buf, self.batch_index_error_message.as_deref(), flex)?;
        } else if self.batch_index_error_message.is_some() {
            return Err(p::field_not_supported(
                "BatchIndexAndErrorMessage",
                "BatchIndexErrorMessage",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for BatchIndexAndErrorMessage {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 8 {
            this.batch_index = p::read_i32(buf)?;
        }
        if version >= 8 {
            this.batch_index_error_message = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for BatchIndexAndErrorMessage {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 8 {
            this.batch_index = g.i32();
        }
        if version >= 8 {
            this.batch_index_error_message = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `LeaderIdAndEpoch` struct of `ProduceResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct LeaderIdAndEpoch {
    /// The ID of the current leader or -1 if the leader is unknown.
    ///
    /// Spec: versions 10+, default "-1".
    pub leader_id: i32,
    /// The latest known leader epoch.
    ///
    /// Spec: versions 10+, default "-1".
    pub leader_epoch: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for LeaderIdAndEpoch {
    fn default() -> Self {
        Self {
            leader_id: -1,
            leader_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for LeaderIdAndEpoch {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        if version >= 10 {
            p::write_i32(buf, self.leader_id);
        } else if self.leader_id != -1 {
            return Err(p::field_not_supported(
                "LeaderIdAndEpoch",
                "LeaderId",
                version,
            ));
        }
        if version >= 10 {
            p::write_i32(buf, self.leader_epoch);
        } else if self.leader_epoch != -1 {
            return Err(p::field_not_supported(
                "LeaderIdAndEpoch",
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

impl Decodable for LeaderIdAndEpoch {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 10 {
            this.leader_id = p::read_i32(buf)?;
        }
        if version >= 10 {
            this.leader_epoch = p::read_i32(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for LeaderIdAndEpoch {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 10 {
            this.leader_id = g.i32();
        }
        if version >= 10 {
            this.leader_epoch = g.i32();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `NodeEndpoint` struct of `ProduceResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeEndpoint {
    /// The ID of the associated node.
    ///
    /// Spec: versions 10+.
    pub node_id: i32,
    /// The node's hostname.
    ///
    /// Spec: versions 10+.
    pub host: String,
    /// The node's port.
    ///
    /// Spec: versions 10+.
    pub port: i32,
    /// The rack of the node, or null if it has not been assigned to a rack.
    ///
    /// Spec: versions 10+, nullable 10+, default "null".
    pub rack: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for NodeEndpoint {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        if version >= 10 {
            p::write_i32(buf, self.node_id);
        } else if self.node_id != 0 {
            return Err(p::field_not_supported("NodeEndpoint", "NodeId", version));
        }
        if version >= 10 {
            p::write_string(buf, &self.host, flex)?;
        } else if !self.host.is_empty() {
            return Err(p::field_not_supported("NodeEndpoint", "Host", version));
        }
        if version >= 10 {
            p::write_i32(buf, self.port);
        } else if self.port != 0 {
            return Err(p::field_not_supported("NodeEndpoint", "Port", version));
        }
        if version >= 10 {
            p::write_nullable_string(buf, self.rack.as_deref(), flex)?;
        } else if self.rack.is_some() {
            return Err(p::field_not_supported("NodeEndpoint", "Rack", version));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for NodeEndpoint {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 10 {
            this.node_id = p::read_i32(buf)?;
        }
        if version >= 10 {
            this.host = p::read_string(buf, flex)?;
        }
        if version >= 10 {
            this.port = p::read_i32(buf)?;
        }
        if version >= 10 {
            this.rack = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for NodeEndpoint {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 10 {
            this.node_id = g.i32();
        }
        if version >= 10 {
            this.host = g.string();
        }
        if version >= 10 {
            this.port = g.i32();
        }
        if version >= 10 {
            this.rack = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ProduceResponse {
    const NAME: &'static str = "ProduceResponse";
    const MIN_VERSION: i16 = 3;
    const MAX_VERSION: i16 = 13;
    const FLEXIBLE_MIN_VERSION: i16 = 9;
}

impl ApiResponse for ProduceResponse {
    const API_KEY: i16 = 0;
    fn response_header_version(version: i16) -> i16 {
        if version >= 9 {
            1
        } else {
            0
        }
    }
}
