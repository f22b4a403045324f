//! `StreamsGroupDescribeResponse`, the response of API key 89 (StreamsGroupDescribe).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `StreamsGroupDescribeResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `StreamsGroupDescribeResponse` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StreamsGroupDescribeResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// Each described group.
    ///
    /// Spec: versions 0+.
    pub groups: Vec<DescribedGroup>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for StreamsGroupDescribeResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.groups, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for StreamsGroupDescribeResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.groups = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for StreamsGroupDescribeResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.groups = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribedGroup` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribedGroup {
    /// The describe error, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The top-level error message, or null if there was no error.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub error_message: Option<String>,
    /// The group ID string.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The group state string, or the empty string.
    ///
    /// Spec: versions 0+.
    pub group_state: String,
    /// The group epoch.
    ///
    /// Spec: versions 0+.
    pub group_epoch: i32,
    /// The assignment epoch.
    ///
    /// Spec: versions 0+.
    pub assignment_epoch: i32,
    /// The topology metadata currently initialized for the streams application. Can be null in case of a describe error.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub topology: Option<Topology>,
    /// The members.
    ///
    /// Spec: versions 0+.
    pub members: Vec<Member>,
    /// 32-bit bitfield to represent authorized operations for this group.
    ///
    /// Spec: versions 0+, default "-2147483648".
    pub authorized_operations: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribedGroup {
    fn default() -> Self {
        Self {
            error_code: 0,
            error_message: None,
            group_id: String::new(),
            group_state: String::new(),
            group_epoch: 0,
            assignment_epoch: 0,
            topology: None,
            members: Vec::new(),
            authorized_operations: -2147483648,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribedGroup {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        p::write_string(buf, &self.group_id, true)?;
        p::write_string(buf, &self.group_state, true)?;
        p::write_i32(buf, self.group_epoch);
        p::write_i32(buf, self.assignment_epoch);
        p::write_nullable_struct(buf, self.topology.as_ref(), version)?;
        p::write_array(buf, &self.members, version, true)?;
        p::write_i32(buf, self.authorized_operations);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribedGroup {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        this.group_id = p::read_string(buf, true)?;
        this.group_state = p::read_string(buf, true)?;
        this.group_epoch = p::read_i32(buf)?;
        this.assignment_epoch = p::read_i32(buf)?;
        this.topology = p::read_nullable_struct(buf, version)?;
        this.members = p::read_array(buf, version, true)?;
        this.authorized_operations = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribedGroup {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.group_id = g.string();
        this.group_state = g.string();
        this.group_epoch = g.i32();
        this.assignment_epoch = g.i32();
        this.topology = g.maybe(|g| Random::random(g, version));
        this.members = g.vec(|g| Random::random(g, version));
        this.authorized_operations = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Topology` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Topology {
    /// The epoch of the currently initialized topology for this group.
    ///
    /// Spec: versions 0+.
    pub epoch: i32,
    /// The subtopologies of the streams application. This contains the configured subtopologies, where the number of partitions are set and any regular expressions are resolved to actual topics. Null if the group is uninitialized, source topics are missing or incorrectly partitioned.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub subtopologies: Option<Vec<Subtopology>>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Topology {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.epoch);
        p::write_nullable_array(buf, self.subtopologies.as_deref(), version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Topology {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.epoch = p::read_i32(buf)?;
        this.subtopologies = p::read_nullable_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Topology {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.epoch = g.i32();
        this.subtopologies = g.maybe(|g| g.vec(|g| Random::random(g, version)));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Subtopology` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Subtopology {
    /// String to uniquely identify the subtopology.
    ///
    /// Spec: versions 0+.
    pub subtopology_id: String,
    /// The topics the subtopology reads from.
    ///
    /// Spec: versions 0+.
    pub source_topics: Vec<String>,
    /// The repartition topics the subtopology writes to.
    ///
    /// Spec: versions 0+.
    pub repartition_sink_topics: Vec<String>,
    /// The set of state changelog topics associated with this subtopology. Created automatically.
    ///
    /// Spec: versions 0+.
    pub state_changelog_topics: Vec<TopicInfo>,
    /// The set of source topics that are internally created repartition topics. Created automatically.
    ///
    /// Spec: versions 0+.
    pub repartition_source_topics: Vec<TopicInfo>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Subtopology {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.subtopology_id, true)?;
        p::write_array(buf, &self.source_topics, version, true)?;
        p::write_array(buf, &self.repartition_sink_topics, version, true)?;
        p::write_array(buf, &self.state_changelog_topics, version, true)?;
        p::write_array(buf, &self.repartition_source_topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Subtopology {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.subtopology_id = p::read_string(buf, true)?;
        this.source_topics = p::read_array(buf, version, true)?;
        this.repartition_sink_topics = p::read_array(buf, version, true)?;
        this.state_changelog_topics = p::read_array(buf, version, true)?;
        this.repartition_source_topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Subtopology {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.subtopology_id = g.string();
        this.source_topics = g.vec(|g| g.string());
        this.repartition_sink_topics = g.vec(|g| g.string());
        this.state_changelog_topics = g.vec(|g| Random::random(g, version));
        this.repartition_source_topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Member` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Member {
    /// The member ID.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The member epoch.
    ///
    /// Spec: versions 0+.
    pub member_epoch: i32,
    /// The member instance ID for static membership.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub instance_id: Option<String>,
    /// The rack ID.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub rack_id: Option<String>,
    /// The client ID.
    ///
    /// Spec: versions 0+.
    pub client_id: String,
    /// The client host.
    ///
    /// Spec: versions 0+.
    pub client_host: String,
    /// The epoch of the topology on the client.
    ///
    /// Spec: versions 0+.
    pub topology_epoch: i32,
    /// Identity of the streams instance that may have multiple clients.
    ///
    /// Spec: versions 0+.
    pub process_id: String,
    /// User-defined endpoint for Interactive Queries. Null if not defined for this client.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub user_endpoint: Option<Endpoint>,
    /// Used for rack-aware assignment algorithm.
    ///
    /// Spec: versions 0+.
    pub client_tags: Vec<KeyValue>,
    /// Cumulative changelog offsets for tasks.
    ///
    /// Spec: versions 0+.
    pub task_offsets: Vec<TaskOffset>,
    /// Cumulative changelog end offsets for tasks.
    ///
    /// Spec: versions 0+.
    pub task_end_offsets: Vec<TaskOffset>,
    /// The current assignment.
    ///
    /// Spec: versions 0+.
    pub assignment: Assignment,
    /// The target assignment.
    ///
    /// Spec: versions 0+.
    pub target_assignment: Assignment,
    /// True for classic members that have not been upgraded yet.
    ///
    /// Spec: versions 0+.
    pub is_classic: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Member {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.member_id, true)?;
        p::write_i32(buf, self.member_epoch);
        p::write_nullable_string(buf, self.instance_id.as_deref(), true)?;
        p::write_nullable_string(buf, self.rack_id.as_deref(), true)?;
        p::write_string(buf, &self.client_id, true)?;
        p::write_string(buf, &self.client_host, true)?;
        p::write_i32(buf, self.topology_epoch);
        p::write_string(buf, &self.process_id, true)?;
        p::write_nullable_struct(buf, self.user_endpoint.as_ref(), version)?;
        p::write_array(buf, &self.client_tags, version, true)?;
        p::write_array(buf, &self.task_offsets, version, true)?;
        p::write_array(buf, &self.task_end_offsets, version, true)?;
        self.assignment.encode(buf, version)?;
        self.target_assignment.encode(buf, version)?;
        p::write_bool(buf, self.is_classic);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Member {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.member_id = p::read_string(buf, true)?;
        this.member_epoch = p::read_i32(buf)?;
        this.instance_id = p::read_nullable_string(buf, true)?;
        this.rack_id = p::read_nullable_string(buf, true)?;
        this.client_id = p::read_string(buf, true)?;
        this.client_host = p::read_string(buf, true)?;
        this.topology_epoch = p::read_i32(buf)?;
        this.process_id = p::read_string(buf, true)?;
        this.user_endpoint = p::read_nullable_struct(buf, version)?;
        this.client_tags = p::read_array(buf, version, true)?;
        this.task_offsets = p::read_array(buf, version, true)?;
        this.task_end_offsets = p::read_array(buf, version, true)?;
        this.assignment = Decodable::decode(buf, version)?;
        this.target_assignment = Decodable::decode(buf, version)?;
        this.is_classic = p::read_bool(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Member {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.member_id = g.string();
        this.member_epoch = g.i32();
        this.instance_id = g.maybe(|g| g.string());
        this.rack_id = g.maybe(|g| g.string());
        this.client_id = g.string();
        this.client_host = g.string();
        this.topology_epoch = g.i32();
        this.process_id = g.string();
        this.user_endpoint = g.maybe(|g| Random::random(g, version));
        this.client_tags = g.vec(|g| Random::random(g, version));
        this.task_offsets = g.vec(|g| Random::random(g, version));
        this.task_end_offsets = g.vec(|g| Random::random(g, version));
        this.assignment = Random::random(g, version);
        this.target_assignment = Random::random(g, version);
        this.is_classic = g.bool();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Endpoint` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Endpoint {
    /// host of the endpoint
    ///
    /// Spec: versions 0+.
    pub host: String,
    /// port of the endpoint
    ///
    /// Spec: versions 0+.
    pub port: u16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Endpoint {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.host, true)?;
        p::write_u16(buf, self.port);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Endpoint {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.host = p::read_string(buf, true)?;
        this.port = p::read_u16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Endpoint {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.host = g.string();
        this.port = g.u16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TaskOffset` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskOffset {
    /// The subtopology identifier.
    ///
    /// Spec: versions 0+.
    pub subtopology_id: String,
    /// The partition.
    ///
    /// Spec: versions 0+.
    pub partition: i32,
    /// The offset.
    ///
    /// Spec: versions 0+.
    pub offset: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TaskOffset {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.subtopology_id, true)?;
        p::write_i32(buf, self.partition);
        p::write_i64(buf, self.offset);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TaskOffset {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.subtopology_id = p::read_string(buf, true)?;
        this.partition = p::read_i32(buf)?;
        this.offset = p::read_i64(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TaskOffset {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.subtopology_id = g.string();
        this.partition = g.i32();
        this.offset = g.i64();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Assignment` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assignment {
    /// Active tasks for this client.
    ///
    /// Spec: versions 0+.
    pub active_tasks: Vec<TaskIds>,
    /// Standby tasks for this client.
    ///
    /// Spec: versions 0+.
    pub standby_tasks: Vec<TaskIds>,
    /// Warm-up tasks for this client.
    ///
    /// Spec: versions 0+.
    pub warmup_tasks: Vec<TaskIds>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Assignment {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_array(buf, &self.active_tasks, version, true)?;
        p::write_array(buf, &self.standby_tasks, version, true)?;
        p::write_array(buf, &self.warmup_tasks, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Assignment {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.active_tasks = p::read_array(buf, version, true)?;
        this.standby_tasks = p::read_array(buf, version, true)?;
        this.warmup_tasks = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Assignment {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.active_tasks = g.vec(|g| Random::random(g, version));
        this.standby_tasks = g.vec(|g| Random::random(g, version));
        this.warmup_tasks = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TaskIds` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskIds {
    /// The subtopology identifier.
    ///
    /// Spec: versions 0+.
    pub subtopology_id: String,
    /// The partitions of the input topics processed by this member.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TaskIds {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.subtopology_id, true)?;
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TaskIds {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.subtopology_id = p::read_string(buf, true)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TaskIds {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.subtopology_id = g.string();
        this.partitions = g.vec(|g| g.i32());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `KeyValue` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeyValue {
    /// key of the config
    ///
    /// Spec: versions 0+.
    pub key: String,
    /// value of the config
    ///
    /// Spec: versions 0+.
    pub value: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for KeyValue {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.key, true)?;
        p::write_string(buf, &self.value, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for KeyValue {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.key = p::read_string(buf, true)?;
        this.value = p::read_string(buf, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for KeyValue {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.key = g.string();
        this.value = g.string();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicInfo` struct of `StreamsGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicInfo {
    /// The name of the topic.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The number of partitions in the topic. Can be 0 if no specific number of partitions is enforced. Always 0 for changelog topics.
    ///
    /// Spec: versions 0+.
    pub partitions: i32,
    /// The replication factor of the topic. Can be 0 if the default replication factor should be used.
    ///
    /// Spec: versions 0+.
    pub replication_factor: i16,
    /// Topic-level configurations as key-value pairs.
    ///
    /// Spec: versions 0+.
    pub topic_configs: Vec<KeyValue>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicInfo {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_i32(buf, self.partitions);
        p::write_i16(buf, self.replication_factor);
        p::write_array(buf, &self.topic_configs, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicInfo {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.partitions = p::read_i32(buf)?;
        this.replication_factor = p::read_i16(buf)?;
        this.topic_configs = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicInfo {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.i32();
        this.replication_factor = g.i16();
        this.topic_configs = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for StreamsGroupDescribeResponse {
    const NAME: &'static str = "StreamsGroupDescribeResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for StreamsGroupDescribeResponse {
    const API_KEY: i16 = 89;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
