//! The admin client: the API versions and features of every broker.

use ferrokafka::admin::{ApiSupport, FeatureLevel};
use napi_derive::napi;

use crate::admin::NativeAdmin;
use crate::errors::{coded, IntoJs};

/// One API a broker speaks; `name` is absent for a key this client does not know.
#[napi(object)]
pub struct ApiVersionJs {
    pub api_key: i32,
    pub name: Option<String>,
    pub min_version: i32,
    pub max_version: i32,
}

/// A feature's supported range or finalized level.
#[napi(object)]
pub struct FeatureJs {
    pub name: String,
    pub min: i32,
    pub max: i32,
}

/// What one broker supports, or its coded error (then the lists are empty).
#[napi(object)]
pub struct BrokerVersionsJs {
    pub node_id: i32,
    pub apis: Vec<ApiVersionJs>,
    pub supported_features: Vec<FeatureJs>,
    pub finalized_features: Vec<FeatureJs>,
    pub finalized_features_epoch: i64,
    pub error: Option<String>,
}

fn api(a: &ApiSupport) -> ApiVersionJs {
    ApiVersionJs {
        api_key: a.api_key.into(),
        name: a.name.map(str::to_owned),
        min_version: a.min_version.into(),
        max_version: a.max_version.into(),
    }
}

fn feature(f: &FeatureLevel) -> FeatureJs {
    FeatureJs { name: f.name.clone(), min: f.min.into(), max: f.max.into() }
}

#[napi]
impl NativeAdmin {
    /// Every live broker's API versions and features, by node id.
    #[napi]
    pub async fn describe_broker_versions(&self) -> napi::Result<Vec<BrokerVersionsJs>> {
        let report = self.inner.describe_broker_versions().await.js()?;
        let mut out: Vec<BrokerVersionsJs> = report
            .brokers
            .iter()
            .map(|(&node_id, b)| BrokerVersionsJs {
                node_id,
                apis: b.apis.iter().map(api).collect(),
                supported_features: b.supported_features.iter().map(feature).collect(),
                finalized_features: b.finalized_features.iter().map(feature).collect(),
                finalized_features_epoch: b.finalized_features_epoch,
                error: None,
            })
            .collect();
        out.extend(report.broker_errors.into_iter().map(|(node_id, e)| BrokerVersionsJs {
            node_id,
            apis: Vec::new(),
            supported_features: Vec::new(),
            finalized_features: Vec::new(),
            finalized_features_epoch: -1,
            error: Some(coded(e)),
        }));
        out.sort_by_key(|b| b.node_id);
        Ok(out)
    }
}
