//! `AddPartitionsToTxnResponse`, the response of API key 24 (AddPartitionsToTxn).
//!
//! Versions 0-5; flexible (compact) encoding from version 3.
//!
//! Generated from `AddPartitionsToTxnResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `AddPartitionsToTxnResponse` message.
///
/// Versions 0-5; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddPartitionsToTxnResponse {
    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The response top level error code.
    ///
    /// Spec: versions 4+, ignorable.
    pub error_code: i16,
    /// Results categorized by transactional ID.
    ///
    /// Spec: versions 4+.
    pub results_by_transaction: Vec<AddPartitionsToTxnResult>,
    /// The results for each topic.
    ///
    /// Spec: versions 0-3.
    pub results_by_topic_v3_and_below: Vec<AddPartitionsToTxnTopicResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AddPartitionsToTxnResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        if version >= 4 {
            p::write_i16(buf, self.error_code);
        }
        if version >= 4 {
            p::write_array(buf, &self.results_by_transaction, version, flex)?;
        } else if !self.results_by_transaction.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnResponse",
                "ResultsByTransaction",
                version,
            ));
        }
        if version <= 3 {
            p::write_array(buf, &self.results_by_topic_v3_and_below, version, flex)?;
        } else if !self.results_by_topic_v3_and_below.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnResponse",
                "ResultsByTopicV3AndBelow",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AddPartitionsToTxnResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        if version >= 4 {
            this.error_code = p::read_i16(buf)?;
        }
        if version >= 4 {
            this.results_by_transaction = p::read_array(buf, version, flex)?;
        }
        if version <= 3 {
            this.results_by_topic_v3_and_below = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AddPartitionsToTxnResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        if version >= 4 {
            this.error_code = g.i16();
        }
        if version >= 4 {
            this.results_by_transaction = g.vec(|g| Random::random(g, version));
        }
        if version <= 3 {
            this.results_by_topic_v3_and_below = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AddPartitionsToTxnResult` struct of `AddPartitionsToTxnResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddPartitionsToTxnResult {
    /// The transactional id corresponding to the transaction.
    ///
    /// Spec: versions 4+.
    pub transactional_id: String,
    /// The results for each topic.
    ///
    /// Spec: versions 4+.
    pub topic_results: Vec<AddPartitionsToTxnTopicResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AddPartitionsToTxnResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        if version >= 4 {
            p::write_string(buf, &self.transactional_id, flex)?;
        } else if !self.transactional_id.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnResult",
                "TransactionalId",
                version,
            ));
        }
        if version >= 4 {
            p::write_array(buf, &self.topic_results, version, flex)?;
        } else if !self.topic_results.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnResult",
                "TopicResults",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AddPartitionsToTxnResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 4 {
            this.transactional_id = p::read_string(buf, flex)?;
        }
        if version >= 4 {
            this.topic_results = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AddPartitionsToTxnResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 4 {
            this.transactional_id = g.string();
        }
        if version >= 4 {
            this.topic_results = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AddPartitionsToTxnTopicResult` struct of `AddPartitionsToTxnResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddPartitionsToTxnTopicResult {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The results for each partition.
    ///
    /// Spec: versions 0+.
    pub results_by_partition: Vec<AddPartitionsToTxnPartitionResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AddPartitionsToTxnTopicResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::write_string(buf, &self.name, flex)?;
        p::write_array(buf, &self.results_by_partition, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AddPartitionsToTxnTopicResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.results_by_partition = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AddPartitionsToTxnTopicResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.name = g.string();
        this.results_by_partition = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AddPartitionsToTxnPartitionResult` struct of `AddPartitionsToTxnResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddPartitionsToTxnPartitionResult {
    /// The partition indexes.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The response error code.
    ///
    /// Spec: versions 0+.
    pub partition_error_code: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AddPartitionsToTxnPartitionResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::write_i32(buf, self.partition_index);
        p::write_i16(buf, self.partition_error_code);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AddPartitionsToTxnPartitionResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.partition_error_code = p::read_i16(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AddPartitionsToTxnPartitionResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.partition_error_code = g.i16();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for AddPartitionsToTxnResponse {
    const NAME: &'static str = "AddPartitionsToTxnResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiResponse for AddPartitionsToTxnResponse {
    const API_KEY: i16 = 24;
    fn response_header_version(version: i16) -> i16 {
        if version >= 3 {
            1
        } else {
            0
        }
    }
}
