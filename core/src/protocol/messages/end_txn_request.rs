//! `EndTxnRequest`, the request of API key 26 (EndTxn).
//!
//! Versions 0-5; flexible (compact) encoding from version 3.
//!
//! Generated from `EndTxnRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `EndTxnRequest` message.
///
/// Versions 0-5; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EndTxnRequest {
    /// The ID of the transaction to end.
    ///
    /// Spec: versions 0+.
    pub transactional_id: String,
    /// The producer ID.
    ///
    /// Spec: versions 0+.
    pub producer_id: i64,
    /// The current epoch associated with the producer.
    ///
    /// Spec: versions 0+.
    pub producer_epoch: i16,
    /// True if the transaction was committed, false if it was aborted.
    ///
    /// Spec: versions 0+.
    pub committed: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for EndTxnRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.transactional_id, flex)?;
        p::write_i64(buf, self.producer_id);
        p::write_i16(buf, self.producer_epoch);
        p::write_bool(buf, self.committed);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for EndTxnRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.transactional_id = p::read_string(buf, flex)?;
        this.producer_id = p::read_i64(buf)?;
        this.producer_epoch = p::read_i16(buf)?;
        this.committed = p::read_bool(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for EndTxnRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.transactional_id = g.string();
        this.producer_id = g.i64();
        this.producer_epoch = g.i16();
        this.committed = g.bool();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for EndTxnRequest {
    const NAME: &'static str = "EndTxnRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiRequest for EndTxnRequest {
    const API_KEY: i16 = 26;
    type Response = super::end_txn_response::EndTxnResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 3 {
            2
        } else {
            1
        }
    }
}
