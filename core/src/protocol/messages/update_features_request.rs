//! `UpdateFeaturesRequest`, the request of API key 57 (UpdateFeatures).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `UpdateFeaturesRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `UpdateFeaturesRequest` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateFeaturesRequest {
    /// How long to wait in milliseconds before timing out the request.
    ///
    /// Spec: versions 0+, default "60000".
    pub timeout_ms: i32,
    /// The list of updates to finalized features.
    ///
    /// Spec: versions 0+.
    pub feature_updates: Vec<FeatureUpdateKey>,
    /// True if we should validate the request, but not perform the upgrade or downgrade.
    ///
    /// Spec: versions 1+, default "false".
    pub validate_only: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for UpdateFeaturesRequest {
    fn default() -> Self {
        Self {
            timeout_ms: 60000,
            feature_updates: Vec::new(),
            validate_only: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for UpdateFeaturesRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.timeout_ms);
        p::write_array(buf, &self.feature_updates, version, true)?;
        if version >= 1 {
            p::write_bool(buf, self.validate_only);
        } else if self.validate_only {
            return Err(p::field_not_supported(
                "UpdateFeaturesRequest",
                "ValidateOnly",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for UpdateFeaturesRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.timeout_ms = p::read_i32(buf)?;
        this.feature_updates = p::read_array(buf, version, true)?;
        if version >= 1 {
            this.validate_only = p::read_bool(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for UpdateFeaturesRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.timeout_ms = g.i32();
        this.feature_updates = g.vec(|g| Random::random(g, version));
        if version >= 1 {
            this.validate_only = g.bool();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

/// The `FeatureUpdateKey` struct of `UpdateFeaturesRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct FeatureUpdateKey {
    /// The name of the finalized feature to be updated.
    ///
    /// Spec: versions 0+.
    pub feature: String,
    /// The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature.
    ///
    /// Spec: versions 0+.
    pub max_version_level: i16,
    /// DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level.
    ///
    /// Spec: versions 0.
    pub allow_downgrade: bool,
    /// Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy).
    ///
    /// Spec: versions 1+, default "1".
    pub upgrade_type: i8,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for FeatureUpdateKey {
    fn default() -> Self {
        Self {
            feature: String::new(),
            max_version_level: 0,
            allow_downgrade: false,
            upgrade_type: 1,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for FeatureUpdateKey {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::write_string(buf, &self.feature, true)?;
        p::write_i16(buf, self.max_version_level);
        if version <= 0 {
            p::write_bool(buf, self.allow_downgrade);
        } else if self.allow_downgrade {
            return Err(p::field_not_supported(
                "FeatureUpdateKey",
                "AllowDowngrade",
                version,
            ));
        }
        if version >= 1 {
            p::write_i8(buf, self.upgrade_type);
        } else if self.upgrade_type != 1 {
            return Err(p::field_not_supported(
                "FeatureUpdateKey",
                "UpgradeType",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for FeatureUpdateKey {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let mut this = Self::default();
        this.feature = p::read_string(buf, true)?;
        this.max_version_level = p::read_i16(buf)?;
        if version <= 0 {
            this.allow_downgrade = p::read_bool(buf)?;
        }
        if version >= 1 {
            this.upgrade_type = p::read_i8(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FeatureUpdateKey {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.feature = g.string();
        this.max_version_level = g.i16();
        if version <= 0 {
            this.allow_downgrade = g.bool();
        }
        if version >= 1 {
            this.upgrade_type = g.i8();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for UpdateFeaturesRequest {
    const NAME: &'static str = "UpdateFeaturesRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for UpdateFeaturesRequest {
    const API_KEY: i16 = 57;
    type Response = super::update_features_response::UpdateFeaturesResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
