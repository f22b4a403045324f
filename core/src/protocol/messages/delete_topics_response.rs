//! `DeleteTopicsResponse`, the response of API key 20 (DeleteTopics).
//!
//! Versions 1-6; flexible (compact) encoding from version 4.
//!
//! Generated from `DeleteTopicsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DeleteTopicsResponse` message.
///
/// Versions 1-6; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteTopicsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// The results for each topic we tried to delete.
    ///
    /// Spec: versions 0+.
    pub responses: Vec<DeletableTopicResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteTopicsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.responses, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteTopicsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.responses = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeleteTopicsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.responses = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DeletableTopicResult` struct of `DeleteTopicsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeletableTopicResult {
    /// The topic name.
    ///
    /// Spec: versions 0+, nullable 6+.
    pub name: Option<String>,
    /// The unique topic ID.
    ///
    /// Spec: versions 6+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The deletion error, or 0 if the deletion succeeded.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The error message, or null if there was no error.
    ///
    /// Spec: versions 5+, nullable 5+, default "null", ignorable.
    pub error_message: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DeletableTopicResult {
    fn default() -> Self {
        Self {
            name: Some(String::new()),
            topic_id: crate::protocol::Uuid::ZERO,
            error_code: 0,
            error_message: None,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DeletableTopicResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        if version >= 6 {
            p::write_nullable_string(buf, self.name.as_deref(), flex)?;
        } else {
            p::write_string(
                buf,
                p::require(
                    self.name.as_deref(),
                    "DeletableTopicResult",
                    "Name",
                    version,
                )?,
                flex,
            )?;
        }
        if version >= 6 {
            p::write_uuid(buf, &self.topic_id);
        }
        p::write_i16(buf, self.error_code);
        if version >= 5 {
            p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeletableTopicResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        let mut this = Self::default();
        this.name = if version >= 6 {
            p::read_nullable_string(buf, flex)?
        } else {
            Some(p::read_string(buf, flex)?)
        };
        if version >= 6 {
            this.topic_id = p::read_uuid(buf)?;
        }
        this.error_code = p::read_i16(buf)?;
        if version >= 5 {
            this.error_message = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeletableTopicResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.name = if version >= 6 {
            g.maybe(|g| g.string())
        } else {
            Some(g.string())
        };
        if version >= 6 {
            this.topic_id = g.uuid();
        }
        this.error_code = g.i16();
        if version >= 5 {
            this.error_message = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DeleteTopicsResponse {
    const NAME: &'static str = "DeleteTopicsResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 6;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiResponse for DeleteTopicsResponse {
    const API_KEY: i16 = 20;
    fn response_header_version(version: i16) -> i16 {
        if version >= 4 {
            1
        } else {
            0
        }
    }
}
