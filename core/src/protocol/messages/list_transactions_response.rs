//! `ListTransactionsResponse`, the response of API key 66 (ListTransactions).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `ListTransactionsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ListTransactionsResponse` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTransactionsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// Set of state filters provided in the request which were unknown to the transaction coordinator.
    ///
    /// Spec: versions 0+.
    pub unknown_state_filters: Vec<String>,
    /// The current state of the transaction for the transactional id.
    ///
    /// Spec: versions 0+.
    pub transaction_states: Vec<TransactionState>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ListTransactionsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_array(buf, &self.unknown_state_filters, version, true)?;
        p::write_array(buf, &self.transaction_states, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ListTransactionsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.unknown_state_filters = p::read_array(buf, version, true)?;
        this.transaction_states = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListTransactionsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.unknown_state_filters = g.vec(|g| g.string());
        this.transaction_states = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TransactionState` struct of `ListTransactionsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransactionState {
    /// The transactional id.
    ///
    /// Spec: versions 0+.
    pub transactional_id: String,
    /// The producer id.
    ///
    /// Spec: versions 0+.
    pub producer_id: i64,
    /// The current transaction state of the producer.
    ///
    /// Spec: versions 0+.
    pub transaction_state: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TransactionState {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.transactional_id, true)?;
        p::write_i64(buf, self.producer_id);
        p::write_string(buf, &self.transaction_state, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TransactionState {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.transactional_id = p::read_string(buf, true)?;
        this.producer_id = p::read_i64(buf)?;
        this.transaction_state = p::read_string(buf, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TransactionState {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.transactional_id = g.string();
        this.producer_id = g.i64();
        this.transaction_state = g.string();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ListTransactionsResponse {
    const NAME: &'static str = "ListTransactionsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for ListTransactionsResponse {
    const API_KEY: i16 = 66;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
