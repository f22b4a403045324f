//! What each broker supports: the versions of every API it speaks and the
//! features it supports and has finalized, from the ApiVersions answer of
//! its connection (asked for on every connection, so this is as fresh as
//! the connection). Every broker is asked at once; one that cannot be
//! reached is reported in [`BrokerVersionsReport::broker_errors`].

use std::collections::BTreeMap;

use super::{fanout, Admin};
use crate::error::{Error, Result};
use crate::protocol::ApiKey;

/// One API a broker speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiSupport {
    /// The API's key.
    pub api_key: i16,
    /// Its name (`Metadata`), or `None` for a key this client does not know.
    pub name: Option<&'static str>,
    /// Lowest version the broker speaks.
    pub min_version: i16,
    /// Highest version the broker speaks.
    pub max_version: i16,
}

/// A feature's version range or finalized level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeatureLevel {
    /// The feature (`metadata.version`, `kraft.version`, ...).
    pub name: String,
    /// Lowest supported version, or lowest finalized level.
    pub min: i16,
    /// Highest supported version, or the finalized level.
    pub max: i16,
}

/// What one broker supports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokerApis {
    /// Every API it speaks, by key.
    pub apis: Vec<ApiSupport>,
    /// Features it supports, with the versions it can run.
    pub supported_features: Vec<FeatureLevel>,
    /// Features finalized for the cluster, with their levels.
    pub finalized_features: Vec<FeatureLevel>,
    /// The epoch of the finalized features (-1 when unknown).
    pub finalized_features_epoch: i64,
}

/// What every broker supports.
#[derive(Debug, Clone, Default)]
pub struct BrokerVersionsReport {
    /// Brokers that answered, by node id.
    pub brokers: BTreeMap<i32, BrokerApis>,
    /// Brokers that could not be asked, with why.
    pub broker_errors: BTreeMap<i32, Error>,
}

impl Admin {
    /// The API versions and features of every live broker, asked at once.
    pub async fn describe_broker_versions(&self) -> Result<BrokerVersionsReport> {
        let answers = fanout::each_broker(&self.cluster, |broker| async move {
            let connection = broker.connection().await?;
            let response = connection.api_versions();
            let level = |name: &str, min: i16, max: i16| FeatureLevel { name: name.to_owned(), min, max };
            Ok(BrokerApis {
                apis: response
                    .api_keys
                    .iter()
                    .map(|k| ApiSupport {
                        api_key: k.api_key,
                        name: ApiKey::from_i16(k.api_key).map(ApiKey::name),
                        min_version: k.min_version,
                        max_version: k.max_version,
                    })
                    .collect(),
                supported_features: response
                    .supported_features
                    .iter()
                    .map(|f| level(&f.name, f.min_version, f.max_version))
                    .collect(),
                finalized_features: response
                    .finalized_features
                    .iter()
                    .map(|f| level(&f.name, f.min_version_level, f.max_version_level))
                    .collect(),
                finalized_features_epoch: response.finalized_features_epoch,
            })
        })
        .await?;
        let mut report = BrokerVersionsReport::default();
        for (node_id, answer) in answers {
            match answer {
                Ok(apis) => {
                    report.brokers.insert(node_id, apis);
                }
                Err(e) => {
                    report.broker_errors.insert(node_id, e);
                }
            }
        }
        Ok(report)
    }
}
