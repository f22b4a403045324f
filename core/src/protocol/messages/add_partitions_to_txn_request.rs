//! `AddPartitionsToTxnRequest`, the request of API key 24 (AddPartitionsToTxn).
//!
//! Versions 0-5; flexible (compact) encoding from version 3.
//!
//! Generated from `AddPartitionsToTxnRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `AddPartitionsToTxnRequest` message.
///
/// Versions 0-5; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddPartitionsToTxnRequest {
    /// List of transactions to add partitions to.
    ///
    /// Spec: versions 4+.
    pub transactions: Vec<AddPartitionsToTxnTransaction>,
    /// The transactional id corresponding to the transaction.
    ///
    /// Spec: versions 0-3.
    pub v3_and_below_transactional_id: String,
    /// Current producer id in use by the transactional id.
    ///
    /// Spec: versions 0-3.
    pub v3_and_below_producer_id: i64,
    /// Current epoch associated with the producer id.
    ///
    /// Spec: versions 0-3.
    pub v3_and_below_producer_epoch: i16,
    /// The partitions to add to the transaction.
    ///
    /// Spec: versions 0-3.
    pub v3_and_below_topics: Vec<AddPartitionsToTxnTopic>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AddPartitionsToTxnRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 4 {
            p::write_array(buf, &self.transactions, version, flex)?;
        } else if !self.transactions.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnRequest",
                "Transactions",
                version,
            ));
        }
        if version <= 3 {
            p::write_string(buf, &self.v3_and_below_transactional_id, flex)?;
        } else if !self.v3_and_below_transactional_id.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnRequest",
                "V3AndBelowTransactionalId",
                version,
            ));
        }
        if version <= 3 {
            p::write_i64(buf, self.v3_and_below_producer_id);
        } else if self.v3_and_below_producer_id != 0 {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnRequest",
                "V3AndBelowProducerId",
                version,
            ));
        }
        if version <= 3 {
            p::write_i16(buf, self.v3_and_below_producer_epoch);
        } else if self.v3_and_below_producer_epoch != 0 {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnRequest",
                "V3AndBelowProducerEpoch",
                version,
            ));
        }
        if version <= 3 {
            p::write_array(buf, &self.v3_and_below_topics, version, flex)?;
        } else if !self.v3_and_below_topics.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnRequest",
                "V3AndBelowTopics",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AddPartitionsToTxnRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 4 {
            this.transactions = p::read_array(buf, version, flex)?;
        }
        if version <= 3 {
            this.v3_and_below_transactional_id = p::read_string(buf, flex)?;
        }
        if version <= 3 {
            this.v3_and_below_producer_id = p::read_i64(buf)?;
        }
        if version <= 3 {
            this.v3_and_below_producer_epoch = p::read_i16(buf)?;
        }
        if version <= 3 {
            this.v3_and_below_topics = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AddPartitionsToTxnRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 4 {
            this.transactions = g.vec(|g| Random::random(g, version));
        }
        if version <= 3 {
            this.v3_and_below_transactional_id = g.string();
        }
        if version <= 3 {
            this.v3_and_below_producer_id = g.i64();
        }
        if version <= 3 {
            this.v3_and_below_producer_epoch = g.i16();
        }
        if version <= 3 {
            this.v3_and_below_topics = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AddPartitionsToTxnTransaction` struct of `AddPartitionsToTxnRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddPartitionsToTxnTransaction {
    /// The transactional id corresponding to the transaction.
    ///
    /// Spec: versions 4+.
    pub transactional_id: String,
    /// Current producer id in use by the transactional id.
    ///
    /// Spec: versions 4+.
    pub producer_id: i64,
    /// Current epoch associated with the producer id.
    ///
    /// Spec: versions 4+.
    pub producer_epoch: i16,
    /// Boolean to signify if we want to check if the partition is in the transaction rather than add it.
    ///
    /// Spec: versions 4+, default "false".
    pub verify_only: bool,
    /// The partitions to add to the transaction.
    ///
    /// Spec: versions 4+.
    pub topics: Vec<AddPartitionsToTxnTopic>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AddPartitionsToTxnTransaction {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        if version >= 4 {
            p::write_string(buf, &self.transactional_id, flex)?;
        } else if !self.transactional_id.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnTransaction",
                "TransactionalId",
                version,
            ));
        }
        if version >= 4 {
            p::write_i64(buf, self.producer_id);
        } else if self.producer_id != 0 {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnTransaction",
                "ProducerId",
                version,
            ));
        }
        if version >= 4 {
            p::write_i16(buf, self.producer_epoch);
        } else if self.producer_epoch != 0 {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnTransaction",
                "ProducerEpoch",
                version,
            ));
        }
        if version >= 4 {
            p::write_bool(buf, self.verify_only);
        } else if self.verify_only {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnTransaction",
                "VerifyOnly",
                version,
            ));
        }
        if version >= 4 {
            p::write_array(buf, &self.topics, version, flex)?;
        } else if !self.topics.is_empty() {
            return Err(p::field_not_supported(
                "AddPartitionsToTxnTransaction",
                "Topics",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AddPartitionsToTxnTransaction {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 4 {
            this.transactional_id = p::read_string(buf, flex)?;
        }
        if version >= 4 {
            this.producer_id = p::read_i64(buf)?;
        }
        if version >= 4 {
            this.producer_epoch = p::read_i16(buf)?;
        }
        if version >= 4 {
            this.verify_only = p::read_bool(buf)?;
        }
        if version >= 4 {
            this.topics = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AddPartitionsToTxnTransaction {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 4 {
            this.transactional_id = g.string();
        }
        if version >= 4 {
            this.producer_id = g.i64();
        }
        if version >= 4 {
            this.producer_epoch = g.i16();
        }
        if version >= 4 {
            this.verify_only = g.bool();
        }
        if version >= 4 {
            this.topics = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AddPartitionsToTxnTopic` struct of `AddPartitionsToTxnRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddPartitionsToTxnTopic {
    /// The name of the topic.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The partition indexes to add to the transaction.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AddPartitionsToTxnTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::write_string(buf, &self.name, flex)?;
        p::write_array(buf, &self.partitions, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AddPartitionsToTxnTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.partitions = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AddPartitionsToTxnTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| g.i32());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for AddPartitionsToTxnRequest {
    const NAME: &'static str = "AddPartitionsToTxnRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiRequest for AddPartitionsToTxnRequest {
    const API_KEY: i16 = 24;
    type Response = super::add_partitions_to_txn_response::AddPartitionsToTxnResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 3 {
            2
        } else {
            1
        }
    }
}
