//! `MetadataRequest`, the request of API key 3 (Metadata).
//!
//! Versions 0-13; flexible (compact) encoding from version 9.
//!
//! Generated from `MetadataRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `MetadataRequest` message.
///
/// Versions 0-13; flexible (compact) encoding from version 9.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataRequest {
    /// The topics to fetch metadata for.
    ///
    /// Spec: versions 0+, nullable 1+.
    pub topics: Option<Vec<MetadataRequestTopic>>,
    /// If this is true, the broker may auto-create topics that we requested which do not already exist, if it is configured to do so.
    ///
    /// Spec: versions 4+, default "true".
    pub allow_auto_topic_creation: bool,
    /// Whether to include cluster authorized operations.
    ///
    /// Spec: versions 8-10.
    pub include_cluster_authorized_operations: bool,
    /// Whether to include topic authorized operations.
    ///
    /// Spec: versions 8+.
    pub include_topic_authorized_operations: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for MetadataRequest {
    fn default() -> Self {
        Self {
            topics: Some(Vec::new()),
            allow_auto_topic_creation: true,
            include_cluster_authorized_operations: false,
            include_topic_authorized_operations: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for MetadataRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 1 {
            p::write_nullable_array(buf, self.topics.as_deref(), version, flex)?;
        } else {
            p::write_array(
                buf,
                p::require(self.topics.as_deref(), "MetadataRequest", "Topics", version)?,
                version,
                flex,
            )?;
        }
        if version >= 4 {
            p::write_bool(buf, self.allow_auto_topic_creation);
        } else if !self.allow_auto_topic_creation {
            return Err(p::field_not_supported(
                "MetadataRequest",
                "AllowAutoTopicCreation",
                version,
            ));
        }
        if (8..=10).contains(&version) {
            p::write_bool(buf, self.include_cluster_authorized_operations);
        } else if self.include_cluster_authorized_operations {
            return Err(p::field_not_supported(
                "MetadataRequest",
                "IncludeClusterAuthorizedOperations",
                version,
            ));
        }
        if version >= 8 {
            p::write_bool(buf, self.include_topic_authorized_operations);
        } else if self.include_topic_authorized_operations {
            return Err(p::field_not_supported(
                "MetadataRequest",
                "IncludeTopicAuthorizedOperations",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for MetadataRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.topics = if version >= 1 {
            p::read_nullable_array(buf, version, flex)?
        } else {
            Some(p::read_array(buf, version, flex)?)
        };
        if version >= 4 {
            this.allow_auto_topic_creation = p::read_bool(buf)?;
        }
        if (8..=10).contains(&version) {
            this.include_cluster_authorized_operations = p::read_bool(buf)?;
        }
        if version >= 8 {
            this.include_topic_authorized_operations = p::read_bool(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for MetadataRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        this.topics = if version >= 1 {
            g.maybe(|g| g.vec(|g| Random::random(g, version)))
        } else {
            Some(g.vec(|g| Random::random(g, version)))
        };
        if version >= 4 {
            this.allow_auto_topic_creation = g.bool();
        }
        if (8..=10).contains(&version) {
            this.include_cluster_authorized_operations = g.bool();
        }
        if version >= 8 {
            this.include_topic_authorized_operations = g.bool();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `MetadataRequestTopic` struct of `MetadataRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct MetadataRequestTopic {
    /// The topic id.
    ///
    /// Spec: versions 10+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The topic name.
    ///
    /// Spec: versions 0+, nullable 10+.
    pub name: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for MetadataRequestTopic {
    fn default() -> Self {
        Self {
            topic_id: crate::protocol::Uuid::ZERO,
            name: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for MetadataRequestTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 9;
        if version >= 10 {
            p::write_uuid(buf, &self.topic_id);
        }
        if version >= 10 {
            p::write_nullable_string(buf, self.name.as_deref(), flex)?;
        } else {
            p::write_string(
                buf,
                p::require(
                    self.name.as_deref(),
                    "MetadataRequestTopic",
                    "Name",
                    version,
                )?,
                flex,
            )?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for MetadataRequestTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 10 {
            this.topic_id = p::read_uuid(buf)?;
        }
        this.name = if version >= 10 {
            p::read_nullable_string(buf, flex)?
        } else {
            Some(p::read_string(buf, flex)?)
        };
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for MetadataRequestTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 9;
        let mut this = Self::default();
        if version >= 10 {
            this.topic_id = g.uuid();
        }
        this.name = if version >= 10 {
            g.maybe(|g| g.string())
        } else {
            Some(g.string())
        };
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for MetadataRequest {
    const NAME: &'static str = "MetadataRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 13;
    const FLEXIBLE_MIN_VERSION: i16 = 9;
}

impl ApiRequest for MetadataRequest {
    const API_KEY: i16 = 3;
    type Response = super::metadata_response::MetadataResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 9 {
            2
        } else {
            1
        }
    }
}
