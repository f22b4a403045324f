//! `ShareAcknowledgeRequest`, the request of API key 79 (ShareAcknowledge).
//!
//! Versions 1-2; flexible (compact) encoding from version 0.
//!
//! Generated from `ShareAcknowledgeRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ShareAcknowledgeRequest` message.
///
/// Versions 1-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareAcknowledgeRequest {
    /// The group identifier.
    ///
    /// Spec: versions 0+, nullable 0+, default "null".
    pub group_id: Option<String>,
    /// The member ID.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub member_id: Option<String>,
    /// The current share session epoch: 0 to open a share session; -1 to close it; otherwise increments for consecutive requests.
    ///
    /// Spec: versions 0+.
    pub share_session_epoch: i32,
    /// Whether Renew type acknowledgements present in AcknowledgementBatches.
    ///
    /// Spec: versions 2+, default "false".
    pub is_renew_ack: bool,
    /// The topics containing records to acknowledge.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<AcknowledgeTopic>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ShareAcknowledgeRequest {
    fn default() -> Self {
        Self {
            group_id: None,
            member_id: Some(String::new()),
            share_session_epoch: 0,
            is_renew_ack: false,
            topics: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ShareAcknowledgeRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.group_id.as_deref(), true)?;
        p::write_nullable_string(buf, self.member_id.as_deref(), true)?;
        p::write_i32(buf, self.share_session_epoch);
        if version >= 2 {
            p::write_bool(buf, self.is_renew_ack);
        } else if self.is_renew_ack {
            return Err(p::field_not_supported(
                "ShareAcknowledgeRequest",
                "IsRenewAck",
                version,
            ));
        }
        p::write_array(buf, &self.topics, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ShareAcknowledgeRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_nullable_string(buf, true)?;
        this.member_id = p::read_nullable_string(buf, true)?;
        this.share_session_epoch = p::read_i32(buf)?;
        if version >= 2 {
            this.is_renew_ack = p::read_bool(buf)?;
        }
        this.topics = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ShareAcknowledgeRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.group_id = g.maybe(|g| g.string());
        this.member_id = g.maybe(|g| g.string());
        this.share_session_epoch = g.i32();
        if version >= 2 {
            this.is_renew_ack = g.bool();
        }
        this.topics = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `AcknowledgeTopic` struct of `ShareAcknowledgeRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcknowledgeTopic {
    /// The unique topic ID.
    ///
    /// Spec: versions 0+.
    pub topic_id: crate::protocol::Uuid,
    /// The partitions containing records to acknowledge.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<AcknowledgePartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AcknowledgeTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_uuid(buf, &self.topic_id);
        p::write_array(buf, &self.partitions, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AcknowledgeTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.topic_id = p::read_uuid(buf)?;
        this.partitions = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AcknowledgeTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.topic_id = g.uuid();
        this.partitions = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `AcknowledgePartition` struct of `ShareAcknowledgeRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcknowledgePartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// Record batches to acknowledge.
    ///
    /// Spec: versions 0+.
    pub acknowledgement_batches: Vec<AcknowledgementBatch>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AcknowledgePartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i32(buf, self.partition_index);
        p::write_array(buf, &self.acknowledgement_batches, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AcknowledgePartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.acknowledgement_batches = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AcknowledgePartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.acknowledgement_batches = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `AcknowledgementBatch` struct of `ShareAcknowledgeRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcknowledgementBatch {
    /// First offset of batch of records to acknowledge.
    ///
    /// Spec: versions 0+.
    pub first_offset: i64,
    /// Last offset (inclusive) of batch of records to acknowledge.
    ///
    /// Spec: versions 0+.
    pub last_offset: i64,
    /// Array of acknowledge types - 0:Gap,1:Accept,2:Release,3:Reject,4:Renew.
    ///
    /// Spec: versions 0+.
    pub acknowledge_types: Vec<i8>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for AcknowledgementBatch {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i64(buf, self.first_offset);
        p::write_i64(buf, self.last_offset);
        p::write_array(buf, &self.acknowledge_types, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for AcknowledgementBatch {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.first_offset = p::read_i64(buf)?;
        this.last_offset = p::read_i64(buf)?;
        this.acknowledge_types = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AcknowledgementBatch {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.first_offset = g.i64();
        this.last_offset = g.i64();
        this.acknowledge_types = g.vec(|g| g.i8());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ShareAcknowledgeRequest {
    const NAME: &'static str = "ShareAcknowledgeRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for ShareAcknowledgeRequest {
    const API_KEY: i16 = 79;
    type Response = super::share_acknowledge_response::ShareAcknowledgeResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
