//! `OffsetFetchRequest`, the request of API key 9 (OffsetFetch).
//!
//! Versions 1-10; flexible (compact) encoding from version 6.
//!
//! Generated from `OffsetFetchRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `OffsetFetchRequest` message.
///
/// Versions 1-10; flexible (compact) encoding from version 6.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetFetchRequest {
    /// The group to fetch offsets for.
    ///
    /// Spec: versions 0-7.
    pub group_id: String,
    /// Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
    ///
    /// Spec: versions 0-7, nullable 2-7.
    pub topics: Option<Vec<OffsetFetchRequestTopic>>,
    /// Each group we would like to fetch offsets for.
    ///
    /// Spec: versions 8+.
    pub groups: Vec<OffsetFetchRequestGroup>,
    /// Whether broker should hold on returning unstable offsets but set a retriable error code for the partitions.
    ///
    /// Spec: versions 7+, default "false".
    pub require_stable: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for OffsetFetchRequest {
    fn default() -> Self {
        Self {
            group_id: String::new(),
            topics: Some(Vec::new()),
            groups: Vec::new(),
            require_stable: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for OffsetFetchRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version <= 7 {
            p::write_string(buf, &self.group_id, flex)?;
        } else if !self.group_id.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchRequest",
                "GroupId",
                version,
            ));
        }
        if version <= 7 {
            if version >= 2 {
                p::write_nullable_array(buf, self.topics.as_deref(), version, flex)?;
            } else {
                p::write_array(
                    buf,
                    p::require(
                        self.topics.as_deref(),
                        "OffsetFetchRequest",
                        "Topics",
                        version,
                    )?,
                    version,
                    flex,
                )?;
            }
        } else if !(self.topics.as_ref().is_some_and(|v| v.is_empty())) {
            return Err(p::field_not_supported(
                "OffsetFetchRequest",
                "Topics",
                version,
            ));
        }
        if version >= 8 {
            p::write_array(buf, &self.groups, version, flex)?;
        } else if !self.groups.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchRequest",
                "Groups",
                version,
            ));
        }
        if version >= 7 {
            p::write_bool(buf, self.require_stable);
        } else if self.require_stable {
            return Err(p::field_not_supported(
                "OffsetFetchRequest",
                "RequireStable",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version <= 7 {
            this.group_id = p::read_string(buf, flex)?;
        }
        if version <= 7 {
            this.topics = if version >= 2 {
                p::read_nullable_array(buf, version, flex)?
            } else {
                Some(p::read_array(buf, version, flex)?)
            };
        }
        if version >= 8 {
            this.groups = p::read_array(buf, version, flex)?;
        }
        if version >= 7 {
            this.require_stable = p::read_bool(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version <= 7 {
            this.group_id = g.string();
        }
        if version <= 7 {
            this.topics = if version >= 2 {
                g.maybe(|g| g.vec(|g| Random::random(g, version)))
            } else {
                Some(g.vec(|g| Random::random(g, version)))
            };
        }
        if version >= 8 {
            this.groups = g.vec(|g| Random::random(g, version));
        }
        if version >= 7 {
            this.require_stable = g.bool();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetFetchRequestTopic` struct of `OffsetFetchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetFetchRequestTopic {
    /// The topic name.
    ///
    /// Spec: versions 0-7.
    pub name: String,
    /// The partition indexes we would like to fetch offsets for.
    ///
    /// Spec: versions 0-7.
    pub partition_indexes: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for OffsetFetchRequestTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        if version <= 7 {
            p::write_string(buf, &self.name, flex)?;
        } else if !self.name.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchRequestTopic",
                "Name",
                version,
            ));
        }
        if version <= 7 {
            p::write_array(buf, &self.partition_indexes, version, flex)?;
        } else if !self.partition_indexes.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchRequestTopic",
                "PartitionIndexes",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchRequestTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        if version <= 7 {
            this.name = p::read_string(buf, flex)?;
        }
        if version <= 7 {
            this.partition_indexes = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchRequestTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version <= 7 {
            this.name = g.string();
        }
        if version <= 7 {
            this.partition_indexes = g.vec(|g| g.i32());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetFetchRequestGroup` struct of `OffsetFetchRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct OffsetFetchRequestGroup {
    /// The group ID.
    ///
    /// Spec: versions 8+.
    pub group_id: String,
    /// The member id.
    ///
    /// Spec: versions 9+, nullable 9+, default "null", ignorable.
    pub member_id: Option<String>,
    /// The member epoch if using the new consumer protocol (KIP-848).
    ///
    /// Spec: versions 9+, default "-1", ignorable.
    pub member_epoch: i32,
    /// Each topic we would like to fetch offsets for, or null to fetch offsets for all topics.
    ///
    /// Spec: versions 8+, nullable 8+.
    pub topics: Option<Vec<OffsetFetchRequestTopics>>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for OffsetFetchRequestGroup {
    fn default() -> Self {
        Self {
            group_id: String::new(),
            member_id: None,
            member_epoch: -1,
            topics: Some(Vec::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for OffsetFetchRequestGroup {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        if version >= 8 {
            p::write_string(buf, &self.group_id, flex)?;
        } else if !self.group_id.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchRequestGroup",
                "GroupId",
                version,
            ));
        }
        if version >= 9 {
            p::write_nullable_string(buf, self.member_id.as_deref(), flex)?;
        }
        if version >= 9 {
            p::write_i32(buf, self.member_epoch);
        }
        if version >= 8 {
            p::write_nullable_array(buf, self.topics.as_deref(), version, flex)?;
        } else if !(self.topics.as_ref().is_some_and(|v| v.is_empty())) {
            return Err(p::field_not_supported(
                "OffsetFetchRequestGroup",
                "Topics",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchRequestGroup {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 8 {
            this.group_id = p::read_string(buf, flex)?;
        }
        if version >= 9 {
            this.member_id = p::read_nullable_string(buf, flex)?;
        }
        if version >= 9 {
            this.member_epoch = p::read_i32(buf)?;
        }
        if version >= 8 {
            this.topics = p::read_nullable_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchRequestGroup {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if version >= 8 {
            this.group_id = g.string();
        }
        if version >= 9 {
            this.member_id = g.maybe(|g| g.string());
        }
        if version >= 9 {
            this.member_epoch = g.i32();
        }
        if version >= 8 {
            this.topics = g.maybe(|g| g.vec(|g| Random::random(g, version)));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `OffsetFetchRequestTopics` struct of `OffsetFetchRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OffsetFetchRequestTopics {
    /// The topic name.
    ///
    /// Spec: versions 8-9, ignorable.
    pub name: String,
    /// The topic ID.
    ///
    /// Spec: versions 10+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The partition indexes we would like to fetch offsets for.
    ///
    /// Spec: versions 8+.
    pub partition_indexes: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for OffsetFetchRequestTopics {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        if (8..=9).contains(&version) {
            p::write_string(buf, &self.name, flex)?;
        }
        if version >= 10 {
            p::write_uuid(buf, &self.topic_id);
        }
        if version >= 8 {
            p::write_array(buf, &self.partition_indexes, version, flex)?;
        } else if !self.partition_indexes.is_empty() {
            return Err(p::field_not_supported(
                "OffsetFetchRequestTopics",
                "PartitionIndexes",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OffsetFetchRequestTopics {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        if (8..=9).contains(&version) {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 10 {
            this.topic_id = p::read_uuid(buf)?;
        }
        if version >= 8 {
            this.partition_indexes = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OffsetFetchRequestTopics {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        if (8..=9).contains(&version) {
            this.name = g.string();
        }
        if version >= 10 {
            this.topic_id = g.uuid();
        }
        if version >= 8 {
            this.partition_indexes = g.vec(|g| g.i32());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for OffsetFetchRequest {
    const NAME: &'static str = "OffsetFetchRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 10;
    const FLEXIBLE_MIN_VERSION: i16 = 6;
}

impl ApiRequest for OffsetFetchRequest {
    const API_KEY: i16 = 9;
    type Response = super::offset_fetch_response::OffsetFetchResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 6 {
            2
        } else {
            1
        }
    }
}
