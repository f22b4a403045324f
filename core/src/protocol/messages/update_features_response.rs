//! `UpdateFeaturesResponse`, the response of API key 57 (UpdateFeatures).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `UpdateFeaturesResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `UpdateFeaturesResponse` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateFeaturesResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The top-level error code, or `0` if there was no top-level error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The top-level error message, or `null` if there was no top-level error.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub error_message: Option<String>,
    /// Results for each feature update.
    ///
    /// Spec: versions 0-1, ignorable.
    pub results: Vec<UpdatableFeatureResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for UpdateFeaturesResponse {
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

impl Encodable for UpdateFeaturesResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        if version <= 1 {
            p::write_array(buf, &self.results, version, true)?;
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for UpdateFeaturesResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        if version <= 1 {
            this.results = p::read_array(buf, version, true)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for UpdateFeaturesResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        if version <= 1 {
            this.results = g.vec(|g| Random::random(g, version));
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `UpdatableFeatureResult` struct of `UpdateFeaturesResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatableFeatureResult {
    /// The name of the finalized feature.
    ///
    /// Spec: versions 0+.
    pub feature: String,
    /// The feature update error code or `0` if the feature update succeeded.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The feature update error, or `null` if the feature update succeeded.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub error_message: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for UpdatableFeatureResult {
    fn default() -> Self {
        Self {
            feature: String::new(),
            error_code: 0,
            error_message: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for UpdatableFeatureResult {
    fn encode(&self, buf: &mut BytesMut, _version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.feature, true)?;
        p::write_i16(buf, self.error_code);
        p::write_nullable_string(buf, self.error_message.as_deref(), true)?;
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for UpdatableFeatureResult {
    fn decode(buf: &mut Bytes, _version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.feature = p::read_string(buf, true)?;
        this.error_code = p::read_i16(buf)?;
        this.error_message = p::read_nullable_string(buf, true)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for UpdatableFeatureResult {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.feature = g.string();
        this.error_code = g.i16();
        this.error_message = g.maybe(|g| g.string());
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for UpdateFeaturesResponse {
    const NAME: &'static str = "UpdateFeaturesResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiResponse for UpdateFeaturesResponse {
    const API_KEY: i16 = 57;
    fn response_header_version(version: i16) -> i16 {
        if version >= 0 {
            1
        } else {
            0
        }
    }
}
