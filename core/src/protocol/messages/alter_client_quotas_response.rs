//! `AlterClientQuotasResponse`, the response of API key 49 (AlterClientQuotas).
//!
//! Versions 0-1; flexible (compact) encoding from version 1.
//!
//! Generated from `AlterClientQuotasResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `AlterClientQuotasResponse` message.
///
/// Versions 0-1; flexible (compact) encoding from version 1.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AlterClientQuotasResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The quota configuration entries to alter.
    ///
    /// Spec: versions 0+.
    pub entries: Vec<EntryData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AlterClientQuotasResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.entries, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AlterClientQuotasResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.entries = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AlterClientQuotasResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.entries = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `EntryData` struct of `AlterClientQuotasResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryData {
    /// The error code, or `0` if the quota alteration succeeded.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The error message, or `null` if the quota alteration succeeded.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub error_message: Option<String>,
    /// The quota entity to alter.
    ///
    /// Spec: versions 0+.
    pub entity: Vec<EntityData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for EntryData {
    fn default() -> Self {
        Self {
            error_code: 0,
            error_message: Some(String::new()),
            entity: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for EntryData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        p::write_array(buf, &self.entity, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for EntryData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, flex)?;
        this.entity = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for EntryData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.entity = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `EntityData` struct of `AlterClientQuotasResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityData {
    /// The entity type.
    ///
    /// Spec: versions 0+.
    pub entity_type: String,
    /// The name of the entity, or null if the default.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub entity_name: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for EntityData {
    fn default() -> Self {
        Self {
            entity_type: String::new(),
            entity_name: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for EntityData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::write_string(buf, &self.entity_type, flex)?;
        p::write_nullable_string(buf, self.entity_name.as_deref(), flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for EntityData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        this.entity_type = p::read_string(buf, flex)?;
        this.entity_name = p::read_nullable_string(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for EntityData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.entity_type = g.string();
        this.entity_name = g.maybe(|g| g.string());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for AlterClientQuotasResponse {
    const NAME: &'static str = "AlterClientQuotasResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 1;
}

impl ApiResponse for AlterClientQuotasResponse {
    const API_KEY: i16 = 49;
    fn response_header_version(version: i16) -> i16 {
        if version >= 1 {
            1
        } else {
            0
        }
    }
}
