//! `RenewDelegationTokenRequest`, the request of API key 39 (RenewDelegationToken).
//!
//! Versions 1-2; flexible (compact) encoding from version 2.
//!
//! Generated from `RenewDelegationTokenRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `RenewDelegationTokenRequest` message.
///
/// Versions 1-2; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RenewDelegationTokenRequest {
    /// The HMAC of the delegation token to be renewed.
    ///
    /// Spec: versions 0+.
    pub hmac: Bytes,
    /// The renewal time period in milliseconds.
    ///
    /// Spec: versions 0+.
    pub renew_period_ms: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for RenewDelegationTokenRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_bytes(buf, &self.hmac, flex)?;
        p::write_i64(buf, self.renew_period_ms);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for RenewDelegationTokenRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.hmac = p::read_bytes(buf, flex)?;
        this.renew_period_ms = p::read_i64(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for RenewDelegationTokenRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.hmac = g.bytes();
        this.renew_period_ms = g.i64();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for RenewDelegationTokenRequest {
    const NAME: &'static str = "RenewDelegationTokenRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiRequest for RenewDelegationTokenRequest {
    const API_KEY: i16 = 39;
    type Response = super::renew_delegation_token_response::RenewDelegationTokenResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 2 {
            2
        } else {
            1
        }
    }
}
