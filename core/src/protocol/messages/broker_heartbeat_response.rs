//! `BrokerHeartbeatResponse`, the response of API key 63 (BrokerHeartbeat).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `BrokerHeartbeatResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `BrokerHeartbeatResponse` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokerHeartbeatResponse {
    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// True if the broker has approximately caught up with the latest metadata.
    ///
    /// Spec: versions 0+, default "false".
    pub is_caught_up: bool,
    /// True if the broker is fenced.
    ///
    /// Spec: versions 0+, default "true".
    pub is_fenced: bool,
    /// True if the broker should proceed with its shutdown.
    ///
    /// Spec: versions 0+.
    pub should_shut_down: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for BrokerHeartbeatResponse {
    fn default() -> Self {
        Self {
            throttle_time_ms: 0,
            error_code: 0,
            is_caught_up: false,
            is_fenced: true,
            should_shut_down: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for BrokerHeartbeatResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_bool(buf, self.is_caught_up);
        p::write_bool(buf, self.is_fenced);
        p::write_bool(buf, self.should_shut_down);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for BrokerHeartbeatResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.is_caught_up = p::read_bool(buf)?;
        this.is_fenced = p::read_bool(buf)?;
        this.should_shut_down = p::read_bool(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for BrokerHeartbeatResponse {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.is_caught_up = g.bool();
        this.is_fenced = g.bool();
        this.should_shut_down = g.bool();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for BrokerHeartbeatResponse {
    const NAME: &'static str = "BrokerHeartbeatResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for BrokerHeartbeatResponse {
    const API_KEY: i16 = 63;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
