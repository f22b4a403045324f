//! `GetTelemetrySubscriptionsResponse`, the response of API key 71 (GetTelemetrySubscriptions).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `GetTelemetrySubscriptionsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `GetTelemetrySubscriptionsResponse` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTelemetrySubscriptionsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// Assigned client instance id if ClientInstanceId was 0 in the request, else 0.
    ///
    /// Spec: versions 0+.
    pub client_instance_id: crate::protocol::Uuid,
    /// Unique identifier for the current subscription set for this client instance.
    ///
    /// Spec: versions 0+.
    pub subscription_id: i32,
    /// Compression types that broker accepts for the PushTelemetryRequest.
    ///
    /// Spec: versions 0+.
    pub accepted_compression_types: Vec<i8>,
    /// Configured push interval, which is the lowest configured interval in the current subscription set.
    ///
    /// Spec: versions 0+.
    pub push_interval_ms: i32,
    /// The maximum bytes of binary data the broker accepts in PushTelemetryRequest.
    ///
    /// Spec: versions 0+.
    pub telemetry_max_bytes: i32,
    /// Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values.
    ///
    /// Spec: versions 0+.
    pub delta_temporality: bool,
    /// Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed.
    ///
    /// Spec: versions 0+.
    pub requested_metrics: Vec<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for GetTelemetrySubscriptionsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_uuid(buf, &self.client_instance_id);
        p::write_i32(buf, self.subscription_id);
        p::write_array(buf, &self.accepted_compression_types, version, true)?;
        p::write_i32(buf, self.push_interval_ms);
        p::write_i32(buf, self.telemetry_max_bytes);
        p::write_bool(buf, self.delta_temporality);
        p::write_array(buf, &self.requested_metrics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for GetTelemetrySubscriptionsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.client_instance_id = p::read_uuid(buf)?;
        this.subscription_id = p::read_i32(buf)?;
        this.accepted_compression_types = p::read_array(buf, version, true)?;
        this.push_interval_ms = p::read_i32(buf)?;
        this.telemetry_max_bytes = p::read_i32(buf)?;
        this.delta_temporality = p::read_bool(buf)?;
        this.requested_metrics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for GetTelemetrySubscriptionsResponse {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.client_instance_id = g.uuid();
        this.subscription_id = g.i32();
        this.accepted_compression_types = g.vec(|g| g.i8());
        this.push_interval_ms = g.i32();
        this.telemetry_max_bytes = g.i32();
        this.delta_temporality = g.bool();
        this.requested_metrics = g.vec(|g| g.string());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for GetTelemetrySubscriptionsResponse {
    const NAME: &'static str = "GetTelemetrySubscriptionsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for GetTelemetrySubscriptionsResponse {
    const API_KEY: i16 = 71;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
