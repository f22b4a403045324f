//! The API versions and features of every broker, as a function of a
//! `NativeAdmin`. Each broker crosses as `(node_id, apis, supported,
//! finalized, epoch, error)`: `apis` as `(key, name, min, max)`, features
//! as `(name, min, max)`, and `error` as the exception the broker got (then
//! the lists are empty).

use ferrokafka::admin::{BrokerApis, FeatureLevel};
use pyo3::prelude::*;

use crate::admin::NativeAdmin;
use crate::errors::{to_py, IntoPy};
use crate::runtime;

type Api = (i16, Option<&'static str>, i16, i16);
type Feature = (String, i16, i16);
type Broker = (i32, Vec<Api>, Vec<Feature>, Vec<Feature>, i64, Option<PyErr>);

fn features(levels: &[FeatureLevel]) -> Vec<Feature> {
    levels.iter().map(|f| (f.name.clone(), f.min, f.max)).collect()
}

fn answered(node_id: i32, b: &BrokerApis) -> Broker {
    let apis = b.apis.iter().map(|a| (a.api_key, a.name, a.min_version, a.max_version)).collect();
    (node_id, apis, features(&b.supported_features), features(&b.finalized_features), b.finalized_features_epoch, None)
}

/// Every live broker's API versions and features, by node id.
#[pyfunction]
pub fn admin_describe_broker_versions<'py>(
    py: Python<'py>, a: &Bound<'py, NativeAdmin>, blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let admin = a.get().inner.clone();
    runtime::run(py, blocking, async move {
        let report = admin.describe_broker_versions().await.py()?;
        let mut out: Vec<Broker> = report.brokers.iter().map(|(&id, b)| answered(id, b)).collect();
        out.extend(
            report.broker_errors.into_iter().map(|(id, e)| (id, Vec::new(), Vec::new(), Vec::new(), -1, Some(to_py(e)))),
        );
        out.sort_by_key(|b| b.0);
        Ok(out)
    })
}

/// Adds the function to the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(admin_describe_broker_versions, m)?)?;
    Ok(())
}
