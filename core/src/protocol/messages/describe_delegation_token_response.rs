//! `DescribeDelegationTokenResponse`, the response of API key 41 (DescribeDelegationToken).
//!
//! Versions 1-3; flexible (compact) encoding from version 2.
//!
//! Generated from `DescribeDelegationTokenResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeDelegationTokenResponse` message.
///
/// Versions 1-3; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDelegationTokenResponse {
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The tokens.
    ///
    /// Spec: versions 0+.
    pub tokens: Vec<DescribedDelegationToken>,
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeDelegationTokenResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        p::write_array(buf, &self.tokens, version, flex)?;
        p::write_i32(buf, self.throttle_time_ms);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeDelegationTokenResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.tokens = p::read_array(buf, version, flex)?;
        this.throttle_time_ms = p::read_i32(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeDelegationTokenResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.tokens = g.vec(|g| Random::random(g, version));
        this.throttle_time_ms = g.i32();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribedDelegationToken` struct of `DescribeDelegationTokenResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribedDelegationToken {
    /// The token principal type.
    ///
    /// Spec: versions 0+.
    pub principal_type: String,
    /// The token principal name.
    ///
    /// Spec: versions 0+.
    pub principal_name: String,
    /// The principal type of the requester of the token.
    ///
    /// Spec: versions 3+.
    pub token_requester_principal_type: String,
    /// The principal type of the requester of the token.
    ///
    /// Spec: versions 3+.
    pub token_requester_principal_name: String,
    /// The token issue timestamp in milliseconds.
    ///
    /// Spec: versions 0+.
    pub issue_timestamp: i64,
    /// The token expiry timestamp in milliseconds.
    ///
    /// Spec: versions 0+.
    pub expiry_timestamp: i64,
    /// The token maximum timestamp length in milliseconds.
    ///
    /// Spec: versions 0+.
    pub max_timestamp: i64,
    /// The token ID.
    ///
    /// Spec: versions 0+.
    pub token_id: String,
    /// The token HMAC.
    ///
    /// Spec: versions 0+.
    pub hmac: Bytes,
    /// Those who are able to renew this token before it expires.
    ///
    /// Spec: versions 0+.
    pub renewers: Vec<DescribedDelegationTokenRenewer>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribedDelegationToken {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_string(buf, &self.principal_type, flex)?;
        p::write_string(buf, &self.principal_name, flex)?;
        if version >= 3 {
            p::write_string(buf, &self.token_requester_principal_type, flex)?;
        } else if !self.token_requester_principal_type.is_empty() {
            return Err(p::field_not_supported(
                "DescribedDelegationToken",
                "TokenRequesterPrincipalType",
                version,
            ));
        }
        if version >= 3 {
            p::write_string(buf, &self.token_requester_principal_name, flex)?;
        } else if !self.token_requester_principal_name.is_empty() {
            return Err(p::field_not_supported(
                "DescribedDelegationToken",
                "TokenRequesterPrincipalName",
                version,
            ));
        }
        p::write_i64(buf, self.issue_timestamp);
        p::write_i64(buf, self.expiry_timestamp);
        p::write_i64(buf, self.max_timestamp);
        p::write_string(buf, &self.token_id, flex)?;
        p::write_bytes(buf, &self.hmac, flex)?;
        p::write_array(buf, &self.renewers, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribedDelegationToken {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.principal_type = p::read_string(buf, flex)?;
        this.principal_name = p::read_string(buf, flex)?;
        if version >= 3 {
            this.token_requester_principal_type = p::read_string(buf, flex)?;
        }
        if version >= 3 {
            this.token_requester_principal_name = p::read_string(buf, flex)?;
        }
        this.issue_timestamp = p::read_i64(buf)?;
        this.expiry_timestamp = p::read_i64(buf)?;
        this.max_timestamp = p::read_i64(buf)?;
        this.token_id = p::read_string(buf, flex)?;
        this.hmac = p::read_bytes(buf, flex)?;
        this.renewers = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribedDelegationToken {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.principal_type = g.string();
        this.principal_name = g.string();
        if version >= 3 {
            this.token_requester_principal_type = g.string();
        }
        if version >= 3 {
            this.token_requester_principal_name = g.string();
        }
        this.issue_timestamp = g.i64();
        this.expiry_timestamp = g.i64();
        this.max_timestamp = g.i64();
        this.token_id = g.string();
        this.hmac = g.bytes();
        this.renewers = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribedDelegationTokenRenewer` struct of `DescribeDelegationTokenResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribedDelegationTokenRenewer {
    /// The renewer principal type.
    ///
    /// Spec: versions 0+.
    pub principal_type: String,
    /// The renewer principal name.
    ///
    /// Spec: versions 0+.
    pub principal_name: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribedDelegationTokenRenewer {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_string(buf, &self.principal_type, flex)?;
        p::write_string(buf, &self.principal_name, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribedDelegationTokenRenewer {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.principal_type = p::read_string(buf, flex)?;
        this.principal_name = p::read_string(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribedDelegationTokenRenewer {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.principal_type = g.string();
        this.principal_name = g.string();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DescribeDelegationTokenResponse {
    const NAME: &'static str = "DescribeDelegationTokenResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiResponse for DescribeDelegationTokenResponse {
    const API_KEY: i16 = 41;
    fn response_header_version(version: i16) -> i16 {
        if version >= 2 {
            1
        } else {
            0
        }
    }
}
