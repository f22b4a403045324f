//! `AlterPartitionRequest`, the request of API key 56 (AlterPartition).
//!
//! Versions 2-3; flexible (compact) encoding from version 0.
//!
//! Generated from `AlterPartitionRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `AlterPartitionRequest` message.
///
/// Versions 2-3; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct AlterPartitionRequest {
    /// The ID of the requesting broker.
    ///
    /// Spec: versions 0+.
    pub broker_id: i32,
    /// The epoch of the requesting broker.
    ///
    /// Spec: versions 0+, default "-1".
    pub broker_epoch: i64,
    /// The topics to alter ISRs for.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<TopicData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for AlterPartitionRequest {
    fn default() -> Self {
        Self {
            broker_id: 0,
            broker_epoch: -1,
            topics: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for AlterPartitionRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.broker_id);
        p::write_i64(buf, self.broker_epoch);
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AlterPartitionRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.broker_id = p::read_i32(buf)?;
        this.broker_epoch = p::read_i64(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AlterPartitionRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.broker_id = g.i32();
        this.broker_epoch = g.i64();
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `TopicData` struct of `AlterPartitionRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicData {
    /// The ID of the topic to alter ISRs for.
    ///
    /// Spec: versions 2+, ignorable.
    pub topic_id: crate::protocol::Uuid,
    /// The partitions to alter ISRs for.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<PartitionData>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for TopicData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for TopicData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for TopicData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `PartitionData` struct of `AlterPartitionRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartitionData {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The leader epoch of this partition.
    ///
    /// Spec: versions 0+.
    pub leader_epoch: i32,
    /// The ISR for this partition. Deprecated since version 3.
    ///
    /// Spec: versions 0-2.
    pub new_isr: Vec<i32>,
    /// The ISR for this partition.
    ///
    /// Spec: versions 3+.
    pub new_isr_with_epochs: Vec<BrokerState>,
    /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
    ///
    /// Spec: versions 1+, default "0".
    pub leader_recovery_state: i8,
    /// The expected epoch of the partition which is being updated.
    ///
    /// Spec: versions 0+.
    pub partition_epoch: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for PartitionData {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_i32(buf, self.leader_epoch);
        if version <= 2 {
            p::write_array(buf, &self.new_isr, version, true)?;
        } else if !self.new_isr.is_empty() {
            return Err(p::field_not_supported("PartitionData", "NewIsr", version));
        }
        if version >= 3 {
            p::write_array(buf, &self.new_isr_with_epochs, version, true)?;
        } else if !self.new_isr_with_epochs.is_empty() {
            return Err(p::field_not_supported(
                "PartitionData",
                "NewIsrWithEpochs",
                version,
            ));
        }
        p::write_i8(buf, self.leader_recovery_state);
        p::write_i32(buf, self.partition_epoch);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for PartitionData {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.leader_epoch = p::read_i32(buf)?;
        if version <= 2 {
            this.new_isr = p::read_array(buf, version, true)?;
        }
        if version >= 3 {
            this.new_isr_with_epochs = p::read_array(buf, version, true)?;
        }
        this.leader_recovery_state = p::read_i8(buf)?;
        this.partition_epoch = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for PartitionData {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.leader_epoch = g.i32();
        if version <= 2 {
            this.new_isr = g.vec(|g| g.i32());
        }
        if version >= 3 {
            this.new_isr_with_epochs = g.vec(|g| Random::random(g, version));
        }
        this.leader_recovery_state = g.i8();
        this.partition_epoch = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `BrokerState` struct of `AlterPartitionRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokerState {
    /// The ID of the broker.
    ///
    /// Spec: versions 3+.
    pub broker_id: i32,
    /// The epoch of the broker. It will be -1 if the epoch check is not supported.
    ///
    /// Spec: versions 3+, default "-1".
    pub broker_epoch: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for BrokerState {
    fn default() -> Self {
        Self {
            broker_id: 0,
            broker_epoch: -1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for BrokerState {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        if version >= 3 {
            p::write_i32(buf, self.broker_id);
        } else if self.broker_id != 0 {
            return Err(p::field_not_supported("BrokerState", "BrokerId", version));
        }
        if version >= 3 {
            p::write_i64(buf, self.broker_epoch);
        } else if self.broker_epoch != -1 {
            return Err(p::field_not_supported(
                "BrokerState",
                "BrokerEpoch",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for BrokerState {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        if version >= 3 {
            this.broker_id = p::read_i32(buf)?;
        }
        if version >= 3 {
            this.broker_epoch = p::read_i64(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for BrokerState {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        if version >= 3 {
            this.broker_id = g.i32();
        }
        if version >= 3 {
            this.broker_epoch = g.i64();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for AlterPartitionRequest {
    const NAME: &'static str = "AlterPartitionRequest";
    const MIN_VERSION: i16 = 2;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for AlterPartitionRequest {
    const API_KEY: i16 = 56;
    type Response = super::alter_partition_response::AlterPartitionResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
