//! `HeartbeatResponse`, the response of API key 12 (Heartbeat).
//!
//! Versions 0-4; flexible (compact) encoding from version 4.
//!
//! Generated from `HeartbeatResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `HeartbeatResponse` message.
///
/// Versions 0-4; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeartbeatResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for HeartbeatResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 1 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        p::write_i16(buf, self.error_code);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for HeartbeatResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        this.error_code = p::read_i16(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for HeartbeatResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = g.i32();
        }
        this.error_code = g.i16();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for HeartbeatResponse {
    const NAME: &'static str = "HeartbeatResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 4;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiResponse for HeartbeatResponse {
    const API_KEY: i16 = 12;
    fn response_header_version(version: i16) -> i16 {
        if version >= 4 {
            1
        } else {
            0
        }
    }
}
