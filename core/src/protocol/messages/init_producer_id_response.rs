//! `InitProducerIdResponse`, the response of API key 22 (InitProducerId).
//!
//! Versions 0-5; flexible (compact) encoding from version 2.
//! Version 6 is marked unstable in the spec and is left out.
//!
//! Generated from `InitProducerIdResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `InitProducerIdResponse` message.
///
/// Versions 0-5; flexible (compact) encoding from version 2. Version 6 is marked unstable in the spec and is left out.
#[derive(Debug, Clone, PartialEq)]
pub struct InitProducerIdResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+, ignorable.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The current producer id.
    ///
    /// Spec: versions 0+, default "-1".
    pub producer_id: i64,
    /// The current epoch associated with the producer id.
    ///
    /// Spec: versions 0+.
    pub producer_epoch: i16,
    /// The producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing.
    ///
    /// Spec: versions 6+, default "-1".
    pub ongoing_txn_producer_id: i64,
    /// The epoch associated with the  producer id for ongoing transaction when KeepPreparedTxn is used, -1 if there is no transaction ongoing.
    ///
    /// Spec: versions 6+, default "-1".
    pub ongoing_txn_producer_epoch: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for InitProducerIdResponse {
    fn default() -> Self {
        Self {
            throttle_time_ms: 0,
            error_code: 0,
            producer_id: -1,
            producer_epoch: 0,
            ongoing_txn_producer_id: -1,
            ongoing_txn_producer_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for InitProducerIdResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_i64(buf, self.producer_id);
        p::write_i16(buf, self.producer_epoch);
        if self.ongoing_txn_producer_id != -1 {
            return Err(p::field_not_supported(
                "InitProducerIdResponse",
                "OngoingTxnProducerId",
                version,
            ));
        }
        if self.ongoing_txn_producer_epoch != -1 {
            return Err(p::field_not_supported(
                "InitProducerIdResponse",
                "OngoingTxnProducerEpoch",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for InitProducerIdResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.producer_id = p::read_i64(buf)?;
        this.producer_epoch = p::read_i16(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for InitProducerIdResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.producer_id = g.i64();
        this.producer_epoch = g.i16();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for InitProducerIdResponse {
    const NAME: &'static str = "InitProducerIdResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiResponse for InitProducerIdResponse {
    const API_KEY: i16 = 22;
    fn response_header_version(version: i16) -> i16 {
        if version >= 2 {
            1
        } else {
            0
        }
    }
}
