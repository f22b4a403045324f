//! `AlterClientQuotasRequest`, the request of API key 49 (AlterClientQuotas).
//!
//! Versions 0-1; flexible (compact) encoding from version 1.
//!
//! Generated from `AlterClientQuotasRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `AlterClientQuotasRequest` message.
///
/// Versions 0-1; flexible (compact) encoding from version 1.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AlterClientQuotasRequest {
    /// The quota configuration entries to alter.
    ///
    /// Spec: versions 0+.
    pub entries: Vec<EntryData>,
    /// Whether the alteration should be validated, but not performed.
    ///
    /// Spec: versions 0+.
    pub validate_only: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AlterClientQuotasRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.entries, version, flex)?;
        p::write_bool(buf, self.validate_only);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AlterClientQuotasRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.entries = p::read_array(buf, version, flex)?;
        this.validate_only = p::read_bool(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AlterClientQuotasRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.entries = g.vec(|g| Random::random(g, version));
        this.validate_only = g.bool();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `EntryData` struct of `AlterClientQuotasRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntryData {
    /// The quota entity to alter.
    ///
    /// Spec: versions 0+.
    pub entity: Vec<EntityData>,
    /// An individual quota configuration entry to alter.
    ///
    /// Spec: versions 0+.
    pub ops: Vec<OpData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for EntryData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::write_array(buf, &self.entity, version, flex)?;
        p::write_array(buf, &self.ops, version, flex)?;
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
        this.entity = p::read_array(buf, version, flex)?;
        this.ops = p::read_array(buf, version, flex)?;
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
        this.entity = g.vec(|g| Random::random(g, version));
        this.ops = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `EntityData` struct of `AlterClientQuotasRequest`.
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

/// The `OpData` struct of `AlterClientQuotasRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OpData {
    /// The quota configuration key.
    ///
    /// Spec: versions 0+.
    pub key: String,
    /// The value to set, otherwise ignored if the value is to be removed.
    ///
    /// Spec: versions 0+.
    pub value: f64,
    /// Whether the quota configuration value should be removed, otherwise set.
    ///
    /// Spec: versions 0+.
    pub remove: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for OpData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 1;
        p::write_string(buf, &self.key, flex)?;
        p::write_f64(buf, self.value);
        p::write_bool(buf, self.remove);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for OpData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 1;
        let mut this = Self::default();
        this.key = p::read_string(buf, flex)?;
        this.value = p::read_f64(buf)?;
        this.remove = p::read_bool(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for OpData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 1;
        let mut this = Self::default();
        this.key = g.string();
        this.value = g.f64();
        this.remove = g.bool();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for AlterClientQuotasRequest {
    const NAME: &'static str = "AlterClientQuotasRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 1;
    const FLEXIBLE_MIN_VERSION: i16 = 1;
}

impl ApiRequest for AlterClientQuotasRequest {
    const API_KEY: i16 = 49;
    type Response = super::alter_client_quotas_response::AlterClientQuotasResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 1 {
            2
        } else {
            1
        }
    }
}
