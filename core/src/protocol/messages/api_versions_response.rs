//! `ApiVersionsResponse`, the response of API key 18 (ApiVersions).
//!
//! Versions 0-4; flexible (compact) encoding from version 3.
//!
//! Generated from `ApiVersionsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `ApiVersionsResponse` message.
///
/// Versions 0-4; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiVersionsResponse {
    /// The top-level error code.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The APIs supported by the broker.
    ///
    /// Spec: versions 0+.
    pub api_keys: Vec<ApiVersion>,
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    ///
    /// Spec: versions 3+, tagged (tag 0), ignorable.
    pub supported_features: Vec<SupportedFeatureKey>,
    /// The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch.
    ///
    /// Spec: versions 3+, tagged (tag 1), default "-1", ignorable.
    pub finalized_features_epoch: i64,
    /// List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0.
    ///
    /// Spec: versions 3+, tagged (tag 2), ignorable.
    pub finalized_features: Vec<FinalizedFeatureKey>,
    /// Set by a KRaft controller if the required configurations for ZK migration are present.
    ///
    /// Spec: versions 3+, tagged (tag 3), default "false", ignorable.
    pub zk_migration_ready: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for ApiVersionsResponse {
    fn default() -> Self {
        Self {
            error_code: 0,
            api_keys: Vec::new(),
            throttle_time_ms: 0,
            supported_features: Vec::new(),
            finalized_features_epoch: -1,
            finalized_features: Vec::new(),
            zk_migration_ready: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for ApiVersionsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.error_code);
        p::write_array(buf, &self.api_keys, version, flex)?;
        if version >= 1 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        if flex {
            let write_supported_features = version >= 3 && !self.supported_features.is_empty();
            let write_finalized_features_epoch =
                version >= 3 && self.finalized_features_epoch != -1;
            let write_finalized_features = version >= 3 && !self.finalized_features.is_empty();
            let write_zk_migration_ready = version >= 3 && self.zk_migration_ready;
            let mut tagged = p::TaggedFieldWriter::start(
                buf,
                usize::from(write_supported_features)
                    + usize::from(write_finalized_features_epoch)
                    + usize::from(write_finalized_features)
                    + usize::from(write_zk_migration_ready),
                &self.unknown_tagged_fields,
            )?;
            if write_supported_features {
                tagged.field(buf, 0, |buf| {
                    p::write_array(buf, &self.supported_features, version, true)?;
                    Ok(())
                })?;
            }
            if write_finalized_features_epoch {
                tagged.field(buf, 1, |buf| {
                    p::write_i64(buf, self.finalized_features_epoch);
                    Ok(())
                })?;
            }
            if write_finalized_features {
                tagged.field(buf, 2, |buf| {
                    p::write_array(buf, &self.finalized_features, version, true)?;
                    Ok(())
                })?;
            }
            if write_zk_migration_ready {
                tagged.field(buf, 3, |buf| {
                    p::write_bool(buf, self.zk_migration_ready);
                    Ok(())
                })?;
            }
            tagged.finish(buf)?;
        }
        Ok(())
    }
}

impl Decodable for ApiVersionsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.api_keys = p::read_array(buf, version, flex)?;
        if version >= 1 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        if flex {
            for _ in 0..p::read_tagged_header(buf)? {
                let (tag, mut data) = p::read_tagged_field(buf)?;
                match tag {
                    0 if version >= 3 => {
                        this.supported_features = p::read_array(&mut data, version, true)?;
                        p::expect_empty(&data, "ApiVersionsResponse.SupportedFeatures")?;
                    }
                    1 if version >= 3 => {
                        this.finalized_features_epoch = p::read_i64(&mut data)?;
                        p::expect_empty(&data, "ApiVersionsResponse.FinalizedFeaturesEpoch")?;
                    }
                    2 if version >= 3 => {
                        this.finalized_features = p::read_array(&mut data, version, true)?;
                        p::expect_empty(&data, "ApiVersionsResponse.FinalizedFeatures")?;
                    }
                    3 if version >= 3 => {
                        this.zk_migration_ready = p::read_bool(&mut data)?;
                        p::expect_empty(&data, "ApiVersionsResponse.ZkMigrationReady")?;
                    }
                    _ => this.unknown_tagged_fields.push(tag, data),
                }
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ApiVersionsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.api_keys = g.vec(|g| Random::random(g, version));
        if version >= 1 {
            this.throttle_time_ms = g.i32();
        }
        if version >= 3 {
            this.supported_features = g.vec(|g| Random::random(g, version));
        }
        if version >= 3 {
            this.finalized_features_epoch = g.i64();
        }
        if version >= 3 {
            this.finalized_features = g.vec(|g| Random::random(g, version));
        }
        if version >= 3 {
            this.zk_migration_ready = g.bool();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `ApiVersion` struct of `ApiVersionsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiVersion {
    /// The API index.
    ///
    /// Spec: versions 0+.
    pub api_key: i16,
    /// The minimum supported version, inclusive.
    ///
    /// Spec: versions 0+.
    pub min_version: i16,
    /// The maximum supported version, inclusive.
    ///
    /// Spec: versions 0+.
    pub max_version: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for ApiVersion {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::write_i16(buf, self.api_key);
        p::write_i16(buf, self.min_version);
        p::write_i16(buf, self.max_version);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for ApiVersion {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        this.api_key = p::read_i16(buf)?;
        this.min_version = p::read_i16(buf)?;
        this.max_version = p::read_i16(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ApiVersion {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        this.api_key = g.i16();
        this.min_version = g.i16();
        this.max_version = g.i16();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `SupportedFeatureKey` struct of `ApiVersionsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SupportedFeatureKey {
    /// The name of the feature.
    ///
    /// Spec: versions 3+.
    pub name: String,
    /// The minimum supported version for the feature.
    ///
    /// Spec: versions 3+.
    pub min_version: i16,
    /// The maximum supported version for the feature.
    ///
    /// Spec: versions 3+.
    pub max_version: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for SupportedFeatureKey {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        if version >= 3 {
            p::write_string(buf, &self.name, flex)?;
        } else if !self.name.is_empty() {
            return Err(p::field_not_supported(
                "SupportedFeatureKey",
                "Name",
                version,
            ));
        }
        if version >= 3 {
            p::write_i16(buf, self.min_version);
        } else if self.min_version != 0 {
            return Err(p::field_not_supported(
                "SupportedFeatureKey",
                "MinVersion",
                version,
            ));
        }
        if version >= 3 {
            p::write_i16(buf, self.max_version);
        } else if self.max_version != 0 {
            return Err(p::field_not_supported(
                "SupportedFeatureKey",
                "MaxVersion",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for SupportedFeatureKey {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 3 {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 3 {
            this.min_version = p::read_i16(buf)?;
        }
        if version >= 3 {
            this.max_version = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SupportedFeatureKey {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 3 {
            this.name = g.string();
        }
        if version >= 3 {
            this.min_version = g.i16();
        }
        if version >= 3 {
            this.max_version = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `FinalizedFeatureKey` struct of `ApiVersionsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FinalizedFeatureKey {
    /// The name of the feature.
    ///
    /// Spec: versions 3+.
    pub name: String,
    /// The cluster-wide finalized max version level for the feature.
    ///
    /// Spec: versions 3+.
    pub max_version_level: i16,
    /// The cluster-wide finalized min version level for the feature.
    ///
    /// Spec: versions 3+.
    pub min_version_level: i16,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for FinalizedFeatureKey {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        if version >= 3 {
            p::write_string(buf, &self.name, flex)?;
        } else if !self.name.is_empty() {
            return Err(p::field_not_supported(
                "FinalizedFeatureKey",
                "Name",
                version,
            ));
        }
        if version >= 3 {
            p::write_i16(buf, self.max_version_level);
        } else if self.max_version_level != 0 {
            return Err(p::field_not_supported(
                "FinalizedFeatureKey",
                "MaxVersionLevel",
                version,
            ));
        }
        if version >= 3 {
            p::write_i16(buf, self.min_version_level);
        } else if self.min_version_level != 0 {
            return Err(p::field_not_supported(
                "FinalizedFeatureKey",
                "MinVersionLevel",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for FinalizedFeatureKey {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 3 {
            this.name = p::read_string(buf, flex)?;
        }
        if version >= 3 {
            this.max_version_level = p::read_i16(buf)?;
        }
        if version >= 3 {
            this.min_version_level = p::read_i16(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FinalizedFeatureKey {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 3 {
            this.name = g.string();
        }
        if version >= 3 {
            this.max_version_level = g.i16();
        }
        if version >= 3 {
            this.min_version_level = g.i16();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for ApiVersionsResponse {
    const NAME: &'static str = "ApiVersionsResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 4;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiResponse for ApiVersionsResponse {
    const API_KEY: i16 = 18;
    fn response_header_version(_version: i16) -> i16 {
        0
    }
}
