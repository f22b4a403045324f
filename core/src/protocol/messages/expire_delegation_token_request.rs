//! `ExpireDelegationTokenRequest`, the request of API key 40 (ExpireDelegationToken).
//!
//! Versions 1-2; flexible (compact) encoding from version 2.
//!
//! Generated from `ExpireDelegationTokenRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `ExpireDelegationTokenRequest` message.
///
/// Versions 1-2; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExpireDelegationTokenRequest {
    /// The HMAC of the delegation token to be expired.
    ///
    /// Spec: versions 0+.
    pub hmac: Bytes,
    /// The expiry time period in milliseconds.
    ///
    /// Spec: versions 0+.
    pub expiry_time_period_ms: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ExpireDelegationTokenRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_bytes(buf, &self.hmac, flex)?;
        p::write_i64(buf, self.expiry_time_period_ms);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ExpireDelegationTokenRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.hmac = p::read_bytes(buf, flex)?;
        this.expiry_time_period_ms = p::read_i64(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ExpireDelegationTokenRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.hmac = g.bytes();
        this.expiry_time_period_ms = g.i64();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ExpireDelegationTokenRequest {
    const NAME: &'static str = "ExpireDelegationTokenRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiRequest for ExpireDelegationTokenRequest {
    const API_KEY: i16 = 40;
    type Response = super::expire_delegation_token_response::ExpireDelegationTokenResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 2 {
            2
        } else {
            1
        }
    }
}
