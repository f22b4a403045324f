//! `BrokerRegistrationRequest`, the request of API key 62 (BrokerRegistration).
//!
//! Versions 0-4; flexible (compact) encoding from version 0.
//!
//! Generated from `BrokerRegistrationRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `BrokerRegistrationRequest` message.
///
/// Versions 0-4; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokerRegistrationRequest {
    /// The broker ID.
    ///
    /// Spec: versions 0+.
    pub broker_id: i32,
    /// The cluster id of the broker process.
    ///
    /// Spec: versions 0+.
    pub cluster_id: String,
    /// The incarnation id of the broker process.
    ///
    /// Spec: versions 0+.
    pub incarnation_id: crate::protocol::Uuid,
    /// The listeners of this broker.
    ///
    /// Spec: versions 0+.
    pub listeners: Vec<Listener>,
    /// The features on this broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    ///
    /// Spec: versions 0+.
    pub features: Vec<Feature>,
    /// The rack which this broker is in.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub rack: Option<String>,
    /// If the required configurations for ZK migration are present, this value is set to true.
    ///
    /// Spec: versions 1+, default "false".
    pub is_migrating_zk_broker: bool,
    /// Log directories configured in this broker which are available.
    ///
    /// Spec: versions 2+, ignorable.
    pub log_dirs: Vec<crate::protocol::Uuid>,
    /// The epoch before a clean shutdown.
    ///
    /// Spec: versions 3+, default "-1", ignorable.
    pub previous_broker_epoch: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for BrokerRegistrationRequest {
    fn default() -> Self {
        Self {
            broker_id: 0,
            cluster_id: String::new(),
            incarnation_id: crate::protocol::Uuid::ZERO,
            listeners: Vec::new(),
            features: Vec::new(),
            rack: Some(String::new()),
            is_migrating_zk_broker: false,
            log_dirs: Vec::new(),
            previous_broker_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for BrokerRegistrationRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.broker_id);
        p::write_string(buf, &self.cluster_id, true)?;
        p::write_uuid(buf, &self.incarnation_id);
        p::write_array(buf, &self.listeners, version, true)?;
        p::write_array(buf, &self.features, version, true)?;
        p::write_nullable_string(buf, self.rack.as_deref(), true)?;
        if version >= 1 {
            p::write_bool(buf, self.is_migrating_zk_broker);
        } else if self.is_migrating_zk_broker {
            return Err(p::field_not_supported(
                "BrokerRegistrationRequest",
                "IsMigratingZkBroker",
                version,
            ));
        }
        if version >= 2 {
            p::write_array(buf, &self.log_dirs, version, true)?;
        }
        if version >= 3 {
            p::write_i64(buf, self.previous_broker_epoch);
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for BrokerRegistrationRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.broker_id = p::read_i32(buf)?;
        this.cluster_id = p::read_string(buf, true)?;
        this.incarnation_id = p::read_uuid(buf)?;
        this.listeners = p::read_array(buf, version, true)?;
        this.features = p::read_array(buf, version, true)?;
        this.rack = p::read_nullable_string(buf, true)?;
        if version >= 1 {
            this.is_migrating_zk_broker = p::read_bool(buf)?;
        }
        if version >= 2 {
            this.log_dirs = p::read_array(buf, version, true)?;
        }
        if version >= 3 {
            this.previous_broker_epoch = p::read_i64(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for BrokerRegistrationRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.broker_id = g.i32();
        this.cluster_id = g.string();
        this.incarnation_id = g.uuid();
        this.listeners = g.vec(|g| Random::random(g, version));
        this.features = g.vec(|g| Random::random(g, version));
        this.rack = g.maybe(|g| g.string());
        if version >= 1 {
            this.is_migrating_zk_broker = g.bool();
        }
        if version >= 2 {
            this.log_dirs = g.vec(|g| g.uuid());
        }
        if version >= 3 {
            this.previous_broker_epoch = g.i64();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `Listener` struct of `BrokerRegistrationRequest`.
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

/// The `Feature` struct of `BrokerRegistrationRequest`.
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

impl Message for BrokerRegistrationRequest {
    const NAME: &'static str = "BrokerRegistrationRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 4;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for BrokerRegistrationRequest {
    const API_KEY: i16 = 62;
    type Response = super::broker_registration_response::BrokerRegistrationResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
