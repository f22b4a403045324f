//! `ConsumerGroupDescribeResponse`, the response of API key 69 (ConsumerGroupDescribe).
//!
//! Versions 0-1; flexible (compact) encoding from version 0.
//!
//! Generated from `ConsumerGroupDescribeResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ConsumerGroupDescribeResponse` message.
///
/// Versions 0-1; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConsumerGroupDescribeResponse {
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

impl Encodable for ConsumerGroupDescribeResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.groups, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ConsumerGroupDescribeResponse {
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
impl Random for ConsumerGroupDescribeResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.groups = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribedGroup` struct of `ConsumerGroupDescribeResponse`.
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
    /// The selected assignor.
    ///
    /// Spec: versions 0+.
    pub assignor_name: String,
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
            assignor_name: String::new(),
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
        p::write_string(buf, &self.assignor_name, true)?;
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
        this.assignor_name = p::read_string(buf, true)?;
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
        this.assignor_name = g.string();
        this.members = g.vec(|g| Random::random(g, version));
        this.authorized_operations = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Member` struct of `ConsumerGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The member ID.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The member instance ID.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub instance_id: Option<String>,
    /// The member rack ID.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub rack_id: Option<String>,
    /// The current member epoch.
    ///
    /// Spec: versions 0+.
    pub member_epoch: i32,
    /// The client ID.
    ///
    /// Spec: versions 0+.
    pub client_id: String,
    /// The client host.
    ///
    /// Spec: versions 0+.
    pub client_host: String,
    /// The subscribed topic names.
    ///
    /// Spec: versions 0+.
    pub subscribed_topic_names: Vec<String>,
    /// the subscribed topic regex otherwise or null of not provided.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub subscribed_topic_regex: Option<String>,
    /// The current assignment.
    ///
    /// Spec: versions 0+.
    pub assignment: Assignment,
    /// The target assignment.
    ///
    /// Spec: versions 0+.
    pub target_assignment: Assignment,
    /// -1 for unknown. 0 for classic member. +1 for consumer member.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub member_type: i8,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for Member {
    fn default() -> Self {
        Self {
            member_id: String::new(),
            instance_id: None,
            rack_id: None,
            member_epoch: 0,
            client_id: String::new(),
            client_host: String::new(),
            subscribed_topic_names: Vec::new(),
            subscribed_topic_regex: None,
            assignment: Assignment::default(),
            target_assignment: Assignment::default(),
            member_type: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for Member {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.member_id, true)?;
        p::write_nullable_string(buf, self.instance_id.as_deref(), true)?;
        p::write_nullable_string(buf, self.rack_id.as_deref(), true)?;
        p::write_i32(buf, self.member_epoch);
        p::write_string(buf, &self.client_id, true)?;
        p::write_string(buf, &self.client_host, true)?;
        p::write_array(buf, &self.subscribed_topic_names, version, true)?;
        p::write_nullable_string(buf, self.subscribed_topic_regex.as_deref(), true)?;
        self.assignment.encode(buf, version)?;
        self.target_assignment.encode(buf, version)?;
        if version >= 1 {
            p::write_i8(buf, self.member_type);
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Member {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.member_id = p::read_string(buf, true)?;
        this.instance_id = p::read_nullable_string(buf, true)?;
        this.rack_id = p::read_nullable_string(buf, true)?;
        this.member_epoch = p::read_i32(buf)?;
        this.client_id = p::read_string(buf, true)?;
        this.client_host = p::read_string(buf, true)?;
        this.subscribed_topic_names = p::read_array(buf, version, true)?;
        this.subscribed_topic_regex = p::read_nullable_string(buf, true)?;
        this.assignment = Decodable::decode(buf, version)?;
        this.target_assignment = Decodable::decode(buf, version)?;
        if version >= 1 {
            this.member_type = p::read_i8(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Member {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.member_id = g.string();
        this.instance_id = g.maybe(|g| g.string());
        this.rack_id = g.maybe(|g| g.string());
        this.member_epoch = g.i32();
        this.client_id = g.string();
        this.client_host = g.string();
        this.subscribed_topic_names = g.vec(|g| g.string());
        this.subscribed_topic_regex = g.maybe(|g| g.string());
        this.assignment = Random::random(g, version);
        this.target_assignment = Random::random(g, version);
        if version >= 1 {
            this.member_type = g.i8();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicPartitions` struct of `ConsumerGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicPartitions {
    /// The topic ID.
    ///
    /// Spec: versions 0+.
    pub topic_id: crate::protocol::Uuid,
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub topic_name: String,
    /// The partitions.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicPartitions {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.topic_id);
        p::write_string(buf, &self.topic_name, true)?;
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicPartitions {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.topic_name = p::read_string(buf, true)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicPartitions {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.topic_name = g.string();
        this.partitions = g.vec(|g| g.i32());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Assignment` struct of `ConsumerGroupDescribeResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Assignment {
    /// The assigned topic-partitions to the member.
    ///
    /// Spec: versions 0+.
    pub topic_partitions: Vec<TopicPartitions>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Assignment {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_array(buf, &self.topic_partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Assignment {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Assignment {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ConsumerGroupDescribeResponse {
    const NAME: &'static str = "ConsumerGroupDescribeResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for ConsumerGroupDescribeResponse {
    const API_KEY: i16 = 69;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
