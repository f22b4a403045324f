//! `CreateDelegationTokenRequest`, the request of API key 38 (CreateDelegationToken).
//!
//! Versions 1-3; flexible (compact) encoding from version 2.
//!
//! Generated from `CreateDelegationTokenRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `CreateDelegationTokenRequest` message.
///
/// Versions 1-3; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateDelegationTokenRequest {
    /// The principal type of the owner of the token. If it's null it defaults to the token request principal.
    ///
    /// Spec: versions 3+, nullable 3+.
    pub owner_principal_type: Option<String>,
    /// The principal name of the owner of the token. If it's null it defaults to the token request principal.
    ///
    /// Spec: versions 3+, nullable 3+.
    pub owner_principal_name: Option<String>,
    /// A list of those who are allowed to renew this token before it expires.
    ///
    /// Spec: versions 0+.
    pub renewers: Vec<CreatableRenewers>,
    /// The maximum lifetime of the token in milliseconds, or -1 to use the server side default.
    ///
    /// Spec: versions 0+.
    pub max_lifetime_ms: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for CreateDelegationTokenRequest {
    fn default() -> Self {
        Self {
            owner_principal_type: Some(String::new()),
            owner_principal_name: Some(String::new()),
            renewers: Vec::new(),
            max_lifetime_ms: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for CreateDelegationTokenRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 3 {
            p::write_nullable_string(buf, self.owner_principal_type.as_deref(), flex)?;
        } else if self.owner_principal_type.as_deref() != Some("") {
            return Err(p::field_not_supported(
                "CreateDelegationTokenRequest",
                "OwnerPrincipalType",
                version,
            ));
        }
        if version >= 3 {
            p::write_nullable_string(buf, self.owner_principal_name.as_deref(), flex)?;
        } else if self.owner_principal_name.as_deref() != Some("") {
            return Err(p::field_not_supported(
                "CreateDelegationTokenRequest",
                "OwnerPrincipalName",
                version,
            ));
        }
        p::write_array(buf, &self.renewers, version, flex)?;
        p::write_i64(buf, self.max_lifetime_ms);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreateDelegationTokenRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 3 {
            this.owner_principal_type = p::read_nullable_string(buf, flex)?;
        }
        if version >= 3 {
            this.owner_principal_name = p::read_nullable_string(buf, flex)?;
        }
        this.renewers = p::read_array(buf, version, flex)?;
        this.max_lifetime_ms = p::read_i64(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreateDelegationTokenRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        if version >= 3 {
            this.owner_principal_type = g.maybe(|g| g.string());
        }
        if version >= 3 {
            this.owner_principal_name = g.maybe(|g| g.string());
        }
        this.renewers = g.vec(|g| Random::random(g, version));
        this.max_lifetime_ms = g.i64();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `CreatableRenewers` struct of `CreateDelegationTokenRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatableRenewers {
    /// The type of the Kafka principal.
    ///
    /// Spec: versions 0+.
    pub principal_type: String,
    /// The name of the Kafka principal.
    ///
    /// Spec: versions 0+.
    pub principal_name: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for CreatableRenewers {
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

impl Decodable for CreatableRenewers {
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
impl Random for CreatableRenewers {
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

impl Message for CreateDelegationTokenRequest {
    const NAME: &'static str = "CreateDelegationTokenRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiRequest for CreateDelegationTokenRequest {
    const API_KEY: i16 = 38;
    type Response = super::create_delegation_token_response::CreateDelegationTokenResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 2 {
            2
        } else {
            1
        }
    }
}
