//! `WriteTxnMarkersRequest`, the request of API key 27 (WriteTxnMarkers).
//!
//! Versions 1-2; flexible (compact) encoding from version 1.
//!
//! Generated from `WriteTxnMarkersRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `WriteTxnMarkersRequest` message.
///
/// Versions 1-2; flexible (compact) encoding from version 1.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WriteTxnMarkersRequest {
    /// The transaction markers to be written.
    ///
    /// Spec: versions 0+.
    pub markers: Vec<WritableTxnMarker>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WriteTxnMarkersRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.markers, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WriteTxnMarkersRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.markers = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WriteTxnMarkersRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.markers = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `WritableTxnMarker` struct of `WriteTxnMarkersRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WritableTxnMarker {
    /// The current producer ID.
    ///
    /// Spec: versions 0+.
    pub producer_id: i64,
    /// The current epoch associated with the producer ID.
    ///
    /// Spec: versions 0+.
    pub producer_epoch: i16,
    /// The result of the transaction to write to the partitions (false = ABORT, true = COMMIT).
    ///
    /// Spec: versions 0+.
    pub transaction_result: bool,
    /// Each topic that we want to write transaction marker(s) for.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<WritableTxnMarkerTopic>,
    /// Epoch associated with the transaction state partition hosted by this transaction coordinator.
    ///
    /// Spec: versions 0+.
    pub coordinator_epoch: i32,
    /// Transaction version of the marker. Ex: 0/1 = legacy (TV0/TV1), 2 = TV2 etc.
    ///
    /// Spec: versions 2+, default "0", ignorable.
    pub transaction_version: i8,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WritableTxnMarker {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_i64(buf, self.producer_id);
        p::write_i16(buf, self.producer_epoch);
        p::write_bool(buf, self.transaction_result);
        p::write_array(buf, &self.topics, version, true)?;
        p::write_i32(buf, self.coordinator_epoch);
        if version >= 2 {
            p::write_i8(buf, self.transaction_version);
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WritableTxnMarker {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.producer_id = p::read_i64(buf)?;
        this.producer_epoch = p::read_i16(buf)?;
        this.transaction_result = p::read_bool(buf)?;
        this.topics = p::read_array(buf, version, true)?;
        this.coordinator_epoch = p::read_i32(buf)?;
        if version >= 2 {
            this.transaction_version = p::read_i8(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WritableTxnMarker {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.producer_id = g.i64();
        this.producer_epoch = g.i16();
        this.transaction_result = g.bool();
        this.topics = g.vec(|g| Random::random(g, version));
        this.coordinator_epoch = g.i32();
        if version >= 2 {
            this.transaction_version = g.i8();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `WritableTxnMarkerTopic` struct of `WriteTxnMarkersRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WritableTxnMarkerTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The indexes of the partitions to write transaction markers for.
    ///
    /// Spec: versions 0+.
    pub partition_indexes: Vec<i32>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for WritableTxnMarkerTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.name, true)?;
        p::write_array(buf, &self.partition_indexes, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for WritableTxnMarkerTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.name = p::read_string(buf, true)?;
        this.partition_indexes = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for WritableTxnMarkerTopic {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.name = g.string();
        this.partition_indexes = g.vec(|g| g.i32());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for WriteTxnMarkersRequest {
    const NAME: &'static str = "WriteTxnMarkersRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 1;
}

impl ApiRequest for WriteTxnMarkersRequest {
    const API_KEY: i16 = 27;
    type Response = super::write_txn_markers_response::WriteTxnMarkersResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 1 {
            2
        } else {
            1
        }
    }
}
