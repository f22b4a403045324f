//! `CreateDelegationTokenResponse`, the response of API key 38 (CreateDelegationToken).
//!
//! Versions 1-3; flexible (compact) encoding from version 2.
//!
//! Generated from `CreateDelegationTokenResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `CreateDelegationTokenResponse` message.
///
/// Versions 1-3; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDelegationTokenResponse {
    /// The top-level error, or zero if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The principal type of the token owner.
    ///
    /// Spec: versions 0+.
    pub principal_type: String,
    /// The name of the token owner.
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
    /// When this token was generated.
    ///
    /// Spec: versions 0+.
    pub issue_timestamp_ms: i64,
    /// When this token expires.
    ///
    /// Spec: versions 0+.
    pub expiry_timestamp_ms: i64,
    /// The maximum lifetime of this token.
    ///
    /// Spec: versions 0+.
    pub max_timestamp_ms: i64,
    /// The token UUID.
    ///
    /// Spec: versions 0+.
    pub token_id: String,
    /// HMAC of the delegation token.
    ///
    /// Spec: versions 0+.
    pub hmac: Bytes,
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for CreateDelegationTokenResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        p::write_string(buf, &self.principal_type, flex)?;
        p::write_string(buf, &self.principal_name, flex)?;
        if version >= 3 {
            p::write_string(buf, &self.token_requester_principal_type, flex)?;
        } else if !self.token_requester_principal_type.is_empty() {
            return Err(p::field_not_supported(
                "CreateDelegationTokenResponse",
                "TokenRequesterPrincipalType",
                version,
            ));
        }
        if version >= 3 {
            p::write_string(buf, &self.token_requester_principal_name, flex)?;
        } else if !self.token_requester_principal_name.is_empty() {
            return Err(p::field_not_supported(
                "CreateDelegationTokenResponse",
                "TokenRequesterPrincipalName",
                version,
            ));
        }
        p::write_i64(buf, self.issue_timestamp_ms);
        p::write_i64(buf, self.expiry_timestamp_ms);
        p::write_i64(buf, self.max_timestamp_ms);
        p::write_string(buf, &self.token_id, flex)?;
        p::write_bytes(buf, &self.hmac, flex)?;
        p::write_i32(buf, self.throttle_time_ms);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreateDelegationTokenResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.principal_type = p::read_string(buf, flex)?;
        this.principal_name = p::read_string(buf, flex)?;
        if version >= 3 {
            this.token_requester_principal_type = p::read_string(buf, flex)?;
        }
        if version >= 3 {
            this.token_requester_principal_name = p::read_string(buf, flex)?;
        }
        this.issue_timestamp_ms = p::read_i64(buf)?;
        this.expiry_timestamp_ms = p::read_i64(buf)?;
        this.max_timestamp_ms = p::read_i64(buf)?;
        this.token_id = p::read_string(buf, flex)?;
        this.hmac = p::read_bytes(buf, flex)?;
        this.throttle_time_ms = p::read_i32(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreateDelegationTokenResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.principal_type = g.string();
        this.principal_name = g.string();
        if version >= 3 {
            this.token_requester_principal_type = g.string();
        }
        if version >= 3 {
            this.token_requester_principal_name = g.string();
        }
        this.issue_timestamp_ms = g.i64();
        this.expiry_timestamp_ms = g.i64();
        this.max_timestamp_ms = g.i64();
        this.token_id = g.string();
        this.hmac = g.bytes();
        this.throttle_time_ms = g.i32();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for CreateDelegationTokenResponse {
    const NAME: &'static str = "CreateDelegationTokenResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiResponse for CreateDelegationTokenResponse {
    const API_KEY: i16 = 38;
    fn response_header_version(version: i16) -> i16 {
        if version >= 2 {
            1
        } else {
            0
        }
    }
}
