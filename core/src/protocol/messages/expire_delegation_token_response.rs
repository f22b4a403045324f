//! `ExpireDelegationTokenResponse`, the response of API key 40 (ExpireDelegationToken).
//!
//! Versions 1-2; flexible (compact) encoding from version 2.
//!
//! Generated from `ExpireDelegationTokenResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ExpireDelegationTokenResponse` message.
///
/// Versions 1-2; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExpireDelegationTokenResponse {
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The timestamp in milliseconds at which this token expires.
    ///
    /// Spec: versions 0+.
    pub expiry_timestamp_ms: i64,
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ExpireDelegationTokenResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        p::write_i64(buf, self.expiry_timestamp_ms);
        p::write_i32(buf, self.throttle_time_ms);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ExpireDelegationTokenResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.expiry_timestamp_ms = p::read_i64(buf)?;
        this.throttle_time_ms = p::read_i32(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ExpireDelegationTokenResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.expiry_timestamp_ms = g.i64();
        this.throttle_time_ms = g.i32();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ExpireDelegationTokenResponse {
    const NAME: &'static str = "ExpireDelegationTokenResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiResponse for ExpireDelegationTokenResponse {
    const API_KEY: i16 = 40;
    fn response_header_version(version: i16) -> i16 {
        if version >= 2 {
            1
        } else {
            0
        }
    }
}
