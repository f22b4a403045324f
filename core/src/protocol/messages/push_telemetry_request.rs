//! `PushTelemetryRequest`, the request of API key 72 (PushTelemetry).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `PushTelemetryRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `PushTelemetryRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PushTelemetryRequest {
    /// Unique id for this client instance.
    ///
    /// Spec: versions 0+.
    pub client_instance_id: crate::protocol::Uuid,
    /// Unique identifier for the current subscription.
    ///
    /// Spec: versions 0+.
    pub subscription_id: i32,
    /// Client is terminating the connection.
    ///
    /// Spec: versions 0+.
    pub terminating: bool,
    /// Compression codec used to compress the metrics.
    ///
    /// Spec: versions 0+.
    pub compression_type: i8,
    /// Metrics encoded in OpenTelemetry MetricsData v1 protobuf format.
    ///
    /// Spec: versions 0+.
    pub metrics: Bytes,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PushTelemetryRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_uuid(buf, &self.client_instance_id);
        p::write_i32(buf, self.subscription_id);
        p::write_bool(buf, self.terminating);
        p::write_i8(buf, self.compression_type);
        p::write_bytes(buf, &self.metrics, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PushTelemetryRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.client_instance_id = p::read_uuid(buf)?;
        this.subscription_id = p::read_i32(buf)?;
        this.terminating = p::read_bool(buf)?;
        this.compression_type = p::read_i8(buf)?;
        this.metrics = p::read_bytes(buf, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PushTelemetryRequest {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.client_instance_id = g.uuid();
        this.subscription_id = g.i32();
        this.terminating = g.bool();
        this.compression_type = g.i8();
        this.metrics = g.bytes();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for PushTelemetryRequest {
    const NAME: &'static str = "PushTelemetryRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for PushTelemetryRequest {
    const API_KEY: i16 = 72;
    type Response = super::push_telemetry_response::PushTelemetryResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
