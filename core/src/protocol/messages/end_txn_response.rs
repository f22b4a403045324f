//! `EndTxnResponse`, the response of API key 26 (EndTxn).
//!
//! Versions 0-5; flexible (compact) encoding from version 3.
//!
//! Generated from `EndTxnResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `EndTxnResponse` message.
///
/// Versions 0-5; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq)]
pub struct EndTxnResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The producer ID.
    ///
    /// Spec: versions 5+, default "-1", ignorable.
    pub producer_id: i64,
    /// The current epoch associated with the producer.
    ///
    /// Spec: versions 5+, default "-1", ignorable.
    pub producer_epoch: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for EndTxnResponse {
    fn default() -> Self {
        Self {
            throttle_time_ms: 0,
            error_code: 0,
            producer_id: -1,
            producer_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for EndTxnResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        if version >= 5 {
            p::write_i64(buf, self.producer_id);
        }
        if version >= 5 {
            p::write_i16(buf, self.producer_epoch);
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for EndTxnResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        if version >= 5 {
            this.producer_id = p::read_i64(buf)?;
        }
        if version >= 5 {
            this.producer_epoch = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for EndTxnResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        if version >= 5 {
            this.producer_id = g.i64();
        }
        if version >= 5 {
            this.producer_epoch = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for EndTxnResponse {
    const NAME: &'static str = "EndTxnResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiResponse for EndTxnResponse {
    const API_KEY: i16 = 26;
    fn response_header_version(version: i16) -> i16 {
        if version >= 3 {
            1
        } else {
            0
        }
    }
}
