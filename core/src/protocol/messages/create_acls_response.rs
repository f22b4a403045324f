//! `CreateAclsResponse`, the response of API key 30 (CreateAcls).
//!
//! Versions 1-3; flexible (compact) encoding from version 2.
//!
//! Generated from `CreateAclsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `CreateAclsResponse` message.
///
/// Versions 1-3; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAclsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The results for each ACL creation.
    ///
    /// Spec: versions 0+.
    pub results: Vec<AclCreationResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for CreateAclsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_array(buf, &self.results, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreateAclsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.results = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreateAclsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.results = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AclCreationResult` struct of `CreateAclsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct AclCreationResult {
    /// The result error, or zero if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The result message, or null if there was no error.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub error_message: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for AclCreationResult {
    fn default() -> Self {
        Self {
            error_code: 0,
            error_message: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for AclCreationResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AclCreationResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AclCreationResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for CreateAclsResponse {
    const NAME: &'static str = "CreateAclsResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiResponse for CreateAclsResponse {
    const API_KEY: i16 = 30;
    fn response_header_version(version: i16) -> i16 {
        if version >= 2 {
            1
        } else {
            0
        }
    }
}
