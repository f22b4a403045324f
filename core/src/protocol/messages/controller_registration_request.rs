//! `ControllerRegistrationRequest`, the request of API key 70 (ControllerRegistration).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `ControllerRegistrationRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ControllerRegistrationRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ControllerRegistrationRequest {
    /// The ID of the controller to register.
    ///
    /// Spec: versions 0+.
    pub controller_id: i32,
    /// The controller incarnation ID, which is unique to each process run.
    ///
    /// Spec: versions 0+.
    pub incarnation_id: crate::protocol::Uuid,
    /// Set if the required configurations for ZK migration are present.
    ///
    /// Spec: versions 0+.
    pub zk_migration_ready: bool,
    /// The listeners of this controller.
    ///
    /// Spec: versions 0+.
    pub listeners: Vec<Listener>,
    /// The features on this controller.
    ///
    /// Spec: versions 0+.
    pub features: Vec<Feature>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ControllerRegistrationRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.controller_id);
        p::write_uuid(buf, &self.incarnation_id);
        p::write_bool(buf, self.zk_migration_ready);
        p::write_array(buf, &self.listeners, version, true)?;
        p::write_array(buf, &self.features, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ControllerRegistrationRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.controller_id = p::read_i32(buf)?;
        this.incarnation_id = p::read_uuid(buf)?;
        this.zk_migration_ready = p::read_bool(buf)?;
        this.listeners = p::read_array(buf, version, true)?;
        this.features = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ControllerRegistrationRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.controller_id = g.i32();
        this.incarnation_id = g.uuid();
        this.zk_migration_ready = g.bool();
        this.listeners = g.vec(|g| Random::random(g, version));
        this.features = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Listener` struct of `ControllerRegistrationRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Listener {
    /// The name of the endpoint.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The hostname.
    ///
    /// Spec: versions 0+.
    pub host: String,
    /// The port.
    ///
    /// Spec: versions 0+.
    pub port: u16,
    /// The security protocol.
    ///
    /// Spec: versions 0+.
    pub security_protocol: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Listener {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_string(buf, &self.host, true)?;
        p::write_u16(buf, self.port);
        p::write_i16(buf, self.security_protocol);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Listener {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.host = p::read_string(buf, true)?;
        this.port = p::read_u16(buf)?;
        this.security_protocol = p::read_i16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Listener {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.host = g.string();
        this.port = g.u16();
        this.security_protocol = g.i16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Feature` struct of `ControllerRegistrationRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feature {
    /// The feature name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The minimum supported feature level.
    ///
    /// Spec: versions 0+.
    pub min_supported_version: i16,
    /// The maximum supported feature level.
    ///
    /// Spec: versions 0+.
    pub max_supported_version: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for Feature {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_i16(buf, self.min_supported_version);
        p::write_i16(buf, self.max_supported_version);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for Feature {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.min_supported_version = p::read_i16(buf)?;
        this.max_supported_version = p::read_i16(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Feature {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.min_supported_version = g.i16();
        this.max_supported_version = g.i16();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ControllerRegistrationRequest {
    const NAME: &'static str = "ControllerRegistrationRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for ControllerRegistrationRequest {
    const API_KEY: i16 = 70;
    type Response = super::controller_registration_response::ControllerRegistrationResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
