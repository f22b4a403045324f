//! `DescribeTransactionsResponse`, the response of API key 65 (DescribeTransactions).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeTransactionsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeTransactionsResponse` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeTransactionsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The current state of the transaction.
    ///
    /// Spec: versions 0+.
    pub transaction_states: Vec<TransactionState>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeTransactionsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.transaction_states, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeTransactionsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.transaction_states = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeTransactionsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.transaction_states = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TransactionState` struct of `DescribeTransactionsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransactionState {
    /// The error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The transactional id.
    ///
    /// Spec: versions 0+.
    pub transactional_id: String,
    /// The current transaction state of the producer.
    ///
    /// Spec: versions 0+.
    pub transaction_state: String,
    /// The timeout in milliseconds for the transaction.
    ///
    /// Spec: versions 0+.
    pub transaction_timeout_ms: i32,
    /// The start time of the transaction in milliseconds.
    ///
    /// Spec: versions 0+.
    pub transaction_start_time_ms: i64,
    /// The current producer id associated with the transaction.
    ///
    /// Spec: versions 0+.
    pub producer_id: i64,
    /// The current epoch associated with the producer id.
    ///
    /// Spec: versions 0+.
    pub producer_epoch: i16,
    /// The set of partitions included in the current transaction (if active). When a transaction is preparing to commit or abort, this will include only partitions which do not have markers.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TransactionState {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i16(buf, self.error_code);
        p::write_string(buf, &self.transactional_id, true)?;
        p::write_string(buf, &self.transaction_state, true)?;
        p::write_i32(buf, self.transaction_timeout_ms);
        p::write_i64(buf, self.transaction_start_time_ms);
        p::write_i64(buf, self.producer_id);
        p::write_i16(buf, self.producer_epoch);
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TransactionState {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.transactional_id = p::read_string(buf, true)?;
        this.transaction_state = p::read_string(buf, true)?;
        this.transaction_timeout_ms = p::read_i32(buf)?;
        this.transaction_start_time_ms = p::read_i64(buf)?;
        this.producer_id = p::read_i64(buf)?;
        this.producer_epoch = p::read_i16(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TransactionState {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.error_code = g.i16();
        this.transactional_id = g.string();
        this.transaction_state = g.string();
        this.transaction_timeout_ms = g.i32();
        this.transaction_start_time_ms = g.i64();
        this.producer_id = g.i64();
        this.producer_epoch = g.i16();
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicData` struct of `DescribeTransactionsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicData {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub topic: String,
    /// The partition ids included in the current transaction.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.topic, true)?;
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic = p::read_string(buf, true)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicData {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.topic = g.string();
        this.partitions = g.vec(|g| g.i32());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeTransactionsResponse {
    const NAME: &'static str = "DescribeTransactionsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for DescribeTransactionsResponse {
    const API_KEY: i16 = 65;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
