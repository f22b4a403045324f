//! `InitProducerIdRequest`, the request of API key 22 (InitProducerId).
//!
//! Versions 0-5; flexible (compact) encoding from version 2.
//! Version 6 is marked unstable in the spec and is left out.
//!
//! Generated from `InitProducerIdRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `InitProducerIdRequest` message.
///
/// Versions 0-5; flexible (compact) encoding from version 2. Version 6 is marked unstable in the spec and is left out.
#[derive(Debug, Clone, PartialEq)]
pub struct InitProducerIdRequest {
    /// The transactional id, or null if the producer is not transactional.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub transactional_id: Option<String>,
    /// The time in ms to wait before aborting idle transactions sent by this producer. This is only relevant if a TransactionalId has been defined.
    ///
    /// Spec: versions 0+.
    pub transaction_timeout_ms: i32,
    /// The producer id. This is used to disambiguate requests if a transactional id is reused following its expiration.
    ///
    /// Spec: versions 3+, default "-1".
    pub producer_id: i64,
    /// The producer's current epoch. This will be checked against the producer epoch on the broker, and the request will return an error if they do not match.
    ///
    /// Spec: versions 3+, default "-1".
    pub producer_epoch: i16,
    /// True if the client wants to enable two-phase commit (2PC) protocol for transactions.
    ///
    /// Spec: versions 6+, default "false".
    pub enable2_pc: bool,
    /// True if the client wants to keep the currently ongoing transaction instead of aborting it.
    ///
    /// Spec: versions 6+, default "false".
    pub keep_prepared_txn: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for InitProducerIdRequest {
    fn default() -> Self {
        Self {
            transactional_id: Some(String::new()),
            transaction_timeout_ms: 0,
            producer_id: -1,
            producer_epoch: -1,
            enable2_pc: false,
            keep_prepared_txn: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for InitProducerIdRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_string(buf, self.transactional_id.as_deref(), flex)?;
        p::write_i32(buf, self.transaction_timeout_ms);
        if version >= 3 {
            p::write_i64(buf, self.producer_id);
        } else if self.producer_id != -1 {
            return Err(p::field_not_supported(
                "InitProducerIdRequest",
                "ProducerId",
                version,
            ));
        }
        if version >= 3 {
            p::write_i16(buf, self.producer_epoch);
        } else if self.producer_epoch != -1 {
            return Err(p::field_not_supported(
                "InitProducerIdRequest",
                "ProducerEpoch",
                version,
            ));
        }
        if self.enable2_pc {
            return Err(p::field_not_supported(
                "InitProducerIdRequest",
                "Enable2Pc",
                version,
            ));
        }
        if self.keep_prepared_txn {
            return Err(p::field_not_supported(
                "InitProducerIdRequest",
                "KeepPreparedTxn",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for InitProducerIdRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.transactional_id = p::read_nullable_string(buf, flex)?;
        this.transaction_timeout_ms = p::read_i32(buf)?;
        if version >= 3 {
            this.producer_id = p::read_i64(buf)?;
        }
        if version >= 3 {
            this.producer_epoch = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for InitProducerIdRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.transactional_id = g.maybe(|g| g.string());
        this.transaction_timeout_ms = g.i32();
        if version >= 3 {
            this.producer_id = g.i64();
        }
        if version >= 3 {
            this.producer_epoch = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for InitProducerIdRequest {
    const NAME: &'static str = "InitProducerIdRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiRequest for InitProducerIdRequest {
    const API_KEY: i16 = 22;
    type Response = super::init_producer_id_response::InitProducerIdResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 2 {
            2
        } else {
            1
        }
    }
}
