//! `DescribeDelegationTokenRequest`, the request of API key 41 (DescribeDelegationToken).
//!
//! Versions 1-3; flexible (compact) encoding from version 2.
//!
//! Generated from `DescribeDelegationTokenRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeDelegationTokenRequest` message.
///
/// Versions 1-3; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeDelegationTokenRequest {
    /// Each owner that we want to describe delegation tokens for, or null to describe all tokens.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub owners: Option<Vec<DescribeDelegationTokenOwner>>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeDelegationTokenRequest {
    fn default() -> Self {
        Self {
            owners: Some(Vec::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeDelegationTokenRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_nullable_array(buf, self.owners.as_deref(), version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeDelegationTokenRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.owners = p::read_nullable_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeDelegationTokenRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.owners = g.maybe(|g| g.vec(|g| Random::random(g, version)));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribeDelegationTokenOwner` struct of `DescribeDelegationTokenRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeDelegationTokenOwner {
    /// The owner principal type.
    ///
    /// Spec: versions 0+.
    pub principal_type: String,
    /// The owner principal name.
    ///
    /// Spec: versions 0+.
    pub principal_name: String,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeDelegationTokenOwner {
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

impl Decodable for DescribeDelegationTokenOwner {
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
impl Random for DescribeDelegationTokenOwner {
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

impl Message for DescribeDelegationTokenRequest {
    const NAME: &'static str = "DescribeDelegationTokenRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiRequest for DescribeDelegationTokenRequest {
    const API_KEY: i16 = 41;
    type Response = super::describe_delegation_token_response::DescribeDelegationTokenResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 2 {
            2
        } else {
            1
        }
    }
}
