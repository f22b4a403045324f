//! `DescribeClusterResponse`, the response of API key 60 (DescribeCluster).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeClusterResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeClusterResponse` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeClusterResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The top-level error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The top-level error message, or null if there was no error.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub error_message: Option<String>,
    /// The endpoint type that was described. 1=brokers, 2=controllers.
    ///
    /// Spec: versions 1+, default "1".
    pub endpoint_type: i8,
    /// The cluster ID that responding broker belongs to.
    ///
    /// Spec: versions 0+.
    pub cluster_id: String,
    /// The ID of the controller. When handled by a controller, returns the current voter leader ID. When handled by a broker, returns a random alive broker ID as a fallback.
    ///
    /// Spec: versions 0+, default "-1".
    pub controller_id: i32,
    /// Each broker in the response.
    ///
    /// Spec: versions 0+.
    pub brokers: Vec<DescribeClusterBroker>,
    /// 32-bit bitfield to represent authorized operations for this cluster.
    ///
    /// Spec: versions 0+, default "-2147483648".
    pub cluster_authorized_operations: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeClusterResponse {
    fn default() -> Self {
        Self {
            throttle_time_ms: 0,
            error_code: 0,
            error_message: None,
            endpoint_type: 1,
            cluster_id: String::new(),
            controller_id: -1,
            brokers: Vec::new(),
            cluster_authorized_operations: -2147483648,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeClusterResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        if version >= 1 {
            p::write_i8(buf, self.endpoint_type);
        } else if self.endpoint_type != 1 {
            return Err(p::field_not_supported(
                "DescribeClusterResponse",
                "EndpointType",
                version,
            ));
        }
        p::write_string(buf, &self.cluster_id, true)?;
        p::write_i32(buf, self.controller_id);
        p::write_array(buf, &self.brokers, version, true)?;
        p::write_i32(buf, self.cluster_authorized_operations);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeClusterResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        if version >= 1 {
            this.endpoint_type = p::read_i8(buf)?;
        }
        this.cluster_id = p::read_string(buf, true)?;
        this.controller_id = p::read_i32(buf)?;
        this.brokers = p::read_array(buf, version, true)?;
        this.cluster_authorized_operations = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeClusterResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        if version >= 1 {
            this.endpoint_type = g.i8();
        }
        this.cluster_id = g.string();
        this.controller_id = g.i32();
        this.brokers = g.vec(|g| Random::random(g, version));
        this.cluster_authorized_operations = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribeClusterBroker` struct of `DescribeClusterResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeClusterBroker {
    /// The broker ID.
    ///
    /// Spec: versions 0+.
    pub broker_id: i32,
    /// The broker hostname.
    ///
    /// Spec: versions 0+.
    pub host: String,
    /// The broker port.
    ///
    /// Spec: versions 0+.
    pub port: i32,
    /// The rack of the broker, or null if it has not been assigned to a rack.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub rack: Option<String>,
    /// Whether the broker is fenced
    ///
    /// Spec: versions 2+.
    pub is_fenced: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeClusterBroker {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.broker_id);
        p::write_string(buf, &self.host, true)?;
        p::write_i32(buf, self.port);
        p::write_nullable_string(buf, self.rack.as_deref(), true)?;
        if version >= 2 {
            p::write_bool(buf, self.is_fenced);
        } else if self.is_fenced {
            return Err(p::field_not_supported(
                "DescribeClusterBroker",
                "IsFenced",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeClusterBroker {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.broker_id = p::read_i32(buf)?;
        this.host = p::read_string(buf, true)?;
        this.port = p::read_i32(buf)?;
        this.rack = p::read_nullable_string(buf, true)?;
        if version >= 2 {
            this.is_fenced = p::read_bool(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeClusterBroker {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.broker_id = g.i32();
        this.host = g.string();
        this.port = g.i32();
        this.rack = g.maybe(|g| g.string());
        if version >= 2 {
            this.is_fenced = g.bool();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeClusterResponse {
    const NAME: &'static str = "DescribeClusterResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for DescribeClusterResponse {
    const API_KEY: i16 = 60;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
