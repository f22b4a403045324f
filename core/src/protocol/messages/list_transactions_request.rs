//! `ListTransactionsRequest`, the request of API key 66 (ListTransactions).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `ListTransactionsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ListTransactionsRequest` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct ListTransactionsRequest {
    /// The transaction states to filter by: if empty, all transactions are returned; if non-empty, then only transactions matching one of the filtered states will be returned.
    ///
    /// Spec: versions 0+.
    pub state_filters: Vec<String>,
    /// The producerIds to filter by: if empty, all transactions will be returned; if non-empty, only transactions which match one of the filtered producerIds will be returned.
    ///
    /// Spec: versions 0+.
    pub producer_id_filters: Vec<i64>,
    /// Duration (in millis) to filter by: if < 0, all transactions will be returned; otherwise, only transactions running longer than this duration will be returned.
    ///
    /// Spec: versions 1+, default "-1".
    pub duration_filter: i64,
    /// The transactional ID regular expression pattern to filter by: if it is empty or null, all transactions are returned; Otherwise then only the transactions matching the given regular expression will be returned.
    ///
    /// Spec: versions 2+, nullable 2+, default "null".
    pub transactional_id_pattern: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ListTransactionsRequest {
    fn default() -> Self {
        Self {
            state_filters: Vec::new(),
            producer_id_filters: Vec::new(),
            duration_filter: -1,
            transactional_id_pattern: None,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ListTransactionsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.state_filters, version, true)?;
        p::write_array(buf, &self.producer_id_filters, version, true)?;
        if version >= 1 {
            p::write_i64(buf, self.duration_filter);
        } else if self.duration_filter != -1 {
            return Err(p::field_not_supported(
                "ListTransactionsRequest",
                "DurationFilter",
                version,
            ));
        }
        if version >= 2 {
            p::write_nullable_string(buf, self.transactional_id_pattern.as_deref(), true)?;
        } else if self.transactional_id_pattern.is_some() {
            return Err(p::field_not_supported(
                "ListTransactionsRequest",
                "TransactionalIdPattern",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for ListTransactionsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.state_filters = p::read_array(buf, version, true)?;
        this.producer_id_filters = p::read_array(buf, version, true)?;
        if version >= 1 {
            this.duration_filter = p::read_i64(buf)?;
        }
        if version >= 2 {
            this.transactional_id_pattern = p::read_nullable_string(buf, true)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ListTransactionsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.state_filters = g.vec(|g| g.string());
        this.producer_id_filters = g.vec(|g| g.i64());
        if version >= 1 {
            this.duration_filter = g.i64();
        }
        if version >= 2 {
            this.transactional_id_pattern = g.maybe(|g| g.string());
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for ListTransactionsRequest {
    const NAME: &'static str = "ListTransactionsRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for ListTransactionsRequest {
    const API_KEY: i16 = 66;
    type Response = super::list_transactions_response::ListTransactionsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
