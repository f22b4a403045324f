//! Describing and incrementally altering configs of topics and brokers
//! (DescribeConfigs, IncrementalAlterConfigs).
//!
//! Topic configs can be asked of any broker. A broker's own configs must be
//! asked of that broker (only it knows its static settings), so broker
//! resources go to their broker and topic resources to any, all at once;
//! each resource gets its own result.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::{fanout, Admin};
use crate::cluster::Cluster;
use crate::error::{Error, ErrorContext, Resource, Result};
use crate::net::Broker;
use crate::protocol::messages::describe_configs_request::DescribeConfigsResource;
use crate::protocol::messages::describe_configs_response::DescribeConfigsResourceResult;
use crate::protocol::messages::incremental_alter_configs_request::{AlterConfigsResource, AlterableConfig};
use crate::protocol::messages::{DescribeConfigsRequest, IncrementalAlterConfigsRequest};

/// What a config belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConfigResource {
    /// A topic, by name.
    Topic(String),
    /// A broker, by node id.
    Broker(i32),
}

impl ConfigResource {
    fn wire(&self) -> (i8, String) {
        match self {
            ConfigResource::Topic(name) => (2, name.clone()),
            ConfigResource::Broker(id) => (4, id.to_string()),
        }
    }

    fn context(&self, api: &'static str) -> ErrorContext {
        let resource = match self {
            ConfigResource::Topic(name) => Resource::Topic(name.clone()),
            ConfigResource::Broker(id) => Resource::Broker(*id),
        };
        ErrorContext { api, resource: Some(resource) }
    }
}

/// Where a config's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigSource {
    /// Set on the topic (`kafka-configs --entity-type topics`).
    Topic,
    /// Set dynamically for this broker.
    DynamicBroker,
    /// Set dynamically as the default of every broker.
    DynamicDefaultBroker,
    /// From the broker's `server.properties`.
    StaticBroker,
    /// Kafka's built-in default.
    Default,
    /// Set dynamically on the broker's loggers.
    DynamicBrokerLogger,
    /// Any other source, by its wire value.
    Other(i8),
}

impl ConfigSource {
    fn from_wire(value: i8) -> Self {
        match value {
            1 => ConfigSource::Topic,
            2 => ConfigSource::DynamicBroker,
            3 => ConfigSource::DynamicDefaultBroker,
            4 => ConfigSource::StaticBroker,
            5 => ConfigSource::Default,
            6 => ConfigSource::DynamicBrokerLogger,
            other => ConfigSource::Other(other),
        }
    }
}

/// One config of a resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigEntry {
    /// Its name, e.g. `retention.ms`.
    pub name: String,
    /// Its value; `None` when it has none or it is sensitive.
    pub value: Option<String>,
    /// Where the value comes from.
    pub source: ConfigSource,
    /// Whether it is Kafka's default (not set anywhere).
    pub is_default: bool,
    /// Whether it cannot be changed at run time.
    pub read_only: bool,
    /// Whether the value is secret (and so not sent).
    pub sensitive: bool,
    /// The values it would take from each source, most specific first
    /// (only when synonyms were asked for).
    pub synonyms: Vec<ConfigSynonym>,
}

/// A value a config has at one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigSynonym {
    /// The config's name at that source (brokers use other names, e.g.
    /// `log.retention.ms` for `retention.ms`).
    pub name: String,
    /// The value there.
    pub value: Option<String>,
    /// The source.
    pub source: ConfigSource,
}

/// One change of an incremental alter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlterConfigOp {
    /// Set a config to a value.
    Set(String, String),
    /// Remove a config, so that it takes its default again.
    Delete(String),
    /// Add a value to a list config (`cleanup.policy`, ...).
    Append(String, String),
    /// Remove a value from a list config.
    Subtract(String, String),
}

impl AlterConfigOp {
    fn wire(&self) -> AlterableConfig {
        let (name, operation, value) = match self {
            AlterConfigOp::Set(n, v) => (n, 0, Some(v.clone())),
            AlterConfigOp::Delete(n) => (n, 1, None),
            AlterConfigOp::Append(n, v) => (n, 2, Some(v.clone())),
            AlterConfigOp::Subtract(n, v) => (n, 3, Some(v.clone())),
        };
        AlterableConfig { name: name.clone(), config_operation: operation, value, ..Default::default() }
    }
}

type PerResource<T> = BTreeMap<ConfigResource, Result<T>>;

impl Admin {
    /// The configs of each resource, sorted by name, with their sources
    /// (and, with `include_synonyms`, the value at every source). Each
    /// resource gets its own result: an unknown topic, or a broker that
    /// cannot be reached, fails alone.
    pub async fn describe_configs(
        &self,
        resources: &[ConfigResource],
        include_synonyms: bool,
    ) -> Result<PerResource<Vec<ConfigEntry>>> {
        let jobs = route(&self.cluster, resources, |broker, resources| async move {
            let request = DescribeConfigsRequest {
                resources: resources
                    .iter()
                    .map(|r| {
                        let (resource_type, resource_name) = r.wire();
                        DescribeConfigsResource {
                            resource_type,
                            resource_name,
                            configuration_keys: None,
                            ..Default::default()
                        }
                    })
                    .collect(),
                include_synonyms,
                ..Default::default()
            };
            let response = broker.send(&request).await?;
            let mut out = BTreeMap::new();
            for result in response.results {
                let Some(resource) = find(&resources, result.resource_type, &result.resource_name) else { continue };
                let answer = Error::check(result.error_code, resource.context("DescribeConfigs"), result.error_message)
                    .map(|()| {
                        let mut entries: Vec<ConfigEntry> = result.configs.into_iter().map(entry).collect();
                        entries.sort_by(|a, b| a.name.cmp(&b.name));
                        entries
                    });
                out.insert(resource, answer);
            }
            Ok(out)
        })
        .await?;
        Ok(merge(resources, jobs).await)
    }

    /// Applies each resource's changes (set, delete, append, subtract),
    /// leaving its other configs as they are. Each resource gets its own
    /// result; with `validate_only` the brokers only check the changes. A
    /// resource listed more than once gets all its changes, in order.
    pub async fn incremental_alter_configs(
        &self,
        changes: &[(ConfigResource, Vec<AlterConfigOp>)],
        validate_only: bool,
    ) -> Result<PerResource<()>> {
        let ops = by_resource(changes);
        let resources: Vec<ConfigResource> = ops.keys().cloned().collect();
        let jobs = route(&self.cluster, &resources, |broker, resources| {
            let request = IncrementalAlterConfigsRequest {
                resources: resources
                    .iter()
                    .map(|r| {
                        let (resource_type, resource_name) = r.wire();
                        AlterConfigsResource {
                            resource_type,
                            resource_name,
                            configs: ops[r].iter().map(AlterConfigOp::wire).collect(),
                            ..Default::default()
                        }
                    })
                    .collect(),
                validate_only,
                ..Default::default()
            };
            async move {
                let response = broker.send(&request).await?;
                let mut out = BTreeMap::new();
                for result in response.responses {
                    let Some(resource) = find(&resources, result.resource_type, &result.resource_name) else {
                        continue;
                    };
                    let context = resource.context("IncrementalAlterConfigs");
                    out.insert(resource, Error::check(result.error_code, context, result.error_message));
                }
                Ok(out)
            }
        })
        .await?;
        Ok(merge(&resources, jobs).await)
    }
}

type Job<T> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<PerResource<T>>> + Send>>;

/// Builds one job per destination broker: each broker resource to its own
/// broker, topic resources together to any broker. The responses list the
/// resources by type and name (see [`find`]).
async fn route<T, F, Fut>(
    cluster: &Cluster,
    resources: &[ConfigResource],
    job: F,
) -> Result<Vec<(Vec<ConfigResource>, Result<Job<T>>)>>
where
    F: Fn(Arc<Broker>, Vec<ConfigResource>) -> Fut,
    Fut: std::future::Future<Output = Result<PerResource<T>>> + Send + 'static,
{
    let mut by_node: BTreeMap<Option<i32>, Vec<ConfigResource>> = BTreeMap::new();
    for r in resources {
        let node = match r {
            ConfigResource::Broker(id) => Some(*id),
            ConfigResource::Topic(_) => None,
        };
        by_node.entry(node).or_default().push(r.clone());
    }
    let mut jobs = Vec::new();
    for (node, group) in by_node {
        let broker = match node {
            Some(id) => cluster.broker(id).await,
            None => any_broker(cluster).await,
        };
        let built = broker.map(|b| Box::pin(job(b, group.clone())) as Job<T>);
        jobs.push((group, built));
    }
    Ok(jobs)
}

async fn any_broker(cluster: &Cluster) -> Result<Arc<Broker>> {
    let metadata = cluster.metadata();
    let id = match metadata.controller_id.or_else(|| metadata.brokers.keys().next().copied()) {
        Some(id) => id,
        None => return cluster.controller().await,
    };
    cluster.broker(id).await
}

/// Runs the jobs at once; a job that fails fails each of its resources.
async fn merge<T: Send + 'static>(
    resources: &[ConfigResource],
    jobs: Vec<(Vec<ConfigResource>, Result<Job<T>>)>,
) -> PerResource<T> {
    let mut out = BTreeMap::new();
    let mut running = Vec::new();
    let mut groups = Vec::new();
    for (index, (group, job)) in jobs.into_iter().enumerate() {
        match job {
            Ok(job) => {
                running.push((index, job));
                groups.push((index, group));
            }
            Err(e) => out.extend(group.into_iter().map(|r| (r, Err(e.clone())))),
        }
    }
    let mut answers = fanout::run_all(running).await;
    for (index, group) in groups {
        match answers.remove(&index) {
            Some(Ok(results)) => out.extend(results),
            Some(Err(e)) => out.extend(group.into_iter().map(|r| (r, Err(e.clone())))),
            None => {}
        }
    }
    for r in resources {
        out.entry(r.clone()).or_insert_with(|| {
            Err(Error::kafka(
                crate::protocol::ErrorCode::UNKNOWN_SERVER_ERROR.0,
                r.context("config request"),
                Some("the broker's answer left this resource out".to_owned()),
            ))
        });
    }
    out
}

/// The changes of each resource, those of a resource listed more than once
/// put together in the order given (none is dropped).
fn by_resource(changes: &[(ConfigResource, Vec<AlterConfigOp>)]) -> BTreeMap<ConfigResource, Vec<AlterConfigOp>> {
    let mut ops: BTreeMap<ConfigResource, Vec<AlterConfigOp>> = BTreeMap::new();
    for (resource, changes) in changes {
        ops.entry(resource.clone()).or_default().extend(changes.iter().cloned());
    }
    ops
}

/// The resource asked about that an answer names.
fn find(resources: &[ConfigResource], resource_type: i8, name: &str) -> Option<ConfigResource> {
    resources.iter().find(|r| r.wire() == (resource_type, name.to_owned())).cloned()
}

fn entry(c: DescribeConfigsResourceResult) -> ConfigEntry {
    let source = ConfigSource::from_wire(c.config_source);
    ConfigEntry {
        value: if c.is_sensitive { None } else { c.value },
        is_default: source == ConfigSource::Default,
        read_only: c.read_only,
        sensitive: c.is_sensitive,
        synonyms: c
            .synonyms
            .into_iter()
            .map(|s| ConfigSynonym { name: s.name, value: s.value, source: ConfigSource::from_wire(s.source) })
            .collect(),
        name: c.name,
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resource_listed_twice_keeps_all_its_changes() {
        let topic = ConfigResource::Topic("t".into());
        let set = |n: &str| AlterConfigOp::Set(n.into(), "1".into());
        let changes = vec![
            (topic.clone(), vec![set("retention.ms")]),
            (ConfigResource::Broker(1), vec![set("log.cleaner.threads")]),
            (topic.clone(), vec![AlterConfigOp::Delete("segment.ms".into())]),
        ];
        let ops = by_resource(&changes);
        assert_eq!(ops.len(), 2);
        assert_eq!(ops[&topic], vec![set("retention.ms"), AlterConfigOp::Delete("segment.ms".into())]);
    }
}
