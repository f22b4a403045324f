//! `DescribeUserScramCredentialsResponse`, the response of API key 50 (DescribeUserScramCredentials).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeUserScramCredentialsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeUserScramCredentialsResponse` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeUserScramCredentialsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The message-level error code, 0 except for user authorization or infrastructure issues.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The message-level error message, if any.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub error_message: Option<String>,
    /// The results for descriptions, one per user.
    ///
    /// Spec: versions 0+.
    pub results: Vec<DescribeUserScramCredentialsResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeUserScramCredentialsResponse {
    fn default() -> Self {
        Self {
            throttle_time_ms: 0,
            error_code: 0,
            error_message: Some(String::new()),
            results: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeUserScramCredentialsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        p::write_array(buf, &self.results, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeUserScramCredentialsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        this.results = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeUserScramCredentialsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.results = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `DescribeUserScramCredentialsResult` struct of `DescribeUserScramCredentialsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeUserScramCredentialsResult {
    /// The user name.
    ///
    /// Spec: versions 0+.
    pub user: String,
    /// The user-level error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The user-level error message, if any.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub error_message: Option<String>,
    /// The mechanism and related information associated with the user's SCRAM credentials.
    ///
    /// Spec: versions 0+.
    pub credential_infos: Vec<CredentialInfo>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeUserScramCredentialsResult {
    fn default() -> Self {
        Self {
            user: String::new(),
            error_code: 0,
            error_message: Some(String::new()),
            credential_infos: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeUserScramCredentialsResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.user, true)?;
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        p::write_array(buf, &self.credential_infos, version, true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeUserScramCredentialsResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.user = p::read_string(buf, true)?;
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        this.credential_infos = p::read_array(buf, version, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeUserScramCredentialsResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.user = g.string();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.credential_infos = g.vec(|g| Random::random(g, version));
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `CredentialInfo` struct of `DescribeUserScramCredentialsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CredentialInfo {
    /// The SCRAM mechanism.
    ///
    /// Spec: versions 0+.
    pub mechanism: i8,
    /// The number of iterations used in the SCRAM credential.
    ///
    /// Spec: versions 0+.
    pub iterations: i32,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for CredentialInfo {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_i8(buf, self.mechanism);
        p::write_i32(buf, self.iterations);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for CredentialInfo {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.mechanism = p::read_i8(buf)?;
        this.iterations = p::read_i32(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CredentialInfo {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.mechanism = g.i8();
        this.iterations = g.i32();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeUserScramCredentialsResponse {
    const NAME: &'static str = "DescribeUserScramCredentialsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for DescribeUserScramCredentialsResponse {
    const API_KEY: i16 = 50;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
