//! The admin client: adding partitions, looking up offsets, deleting
//! records, and the cluster's brokers.

use std::collections::BTreeMap;

use ferrokafka::admin::{NewPartitions, OffsetSpec};
use ferrokafka::consumer::{IsolationLevel, TopicPartition};
use napi_derive::napi;

use crate::admin::NativeAdmin;
use crate::errors::{coded, config, IntoJs};

/// A topic's new partition count, optionally with the replicas of each new
/// partition.
#[napi(object)]
pub struct NewPartitionsJs {
    pub topic: String,
    pub count: i32,
    pub assignment: Option<Vec<Vec<i32>>>,
}

/// The outcome for one topic: `error` is a coded error, or absent.
#[napi(object)]
pub struct TopicOutcome {
    pub topic: String,
    pub error: Option<String>,
}

/// A partition to look up: `spec` is `earliest`, `latest` or `timestamp`.
#[napi(object)]
pub struct OffsetQuery {
    pub topic: String,
    pub partition: i32,
    pub spec: String,
    pub timestamp: Option<i64>,
}

/// One partition's looked-up offset, or its coded error.
#[napi(object)]
pub struct OffsetAnswer {
    pub topic: String,
    pub partition: i32,
    pub offset: Option<i64>,
    pub timestamp: Option<i64>,
    pub error: Option<String>,
}

/// Delete the records of a partition before `offset` (`-1`: all).
#[napi(object)]
pub struct DeleteBefore {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

/// One partition's new low watermark, or its coded error.
#[napi(object)]
pub struct LowWatermark {
    pub topic: String,
    pub partition: i32,
    pub low_watermark: Option<i64>,
    pub error: Option<String>,
}

/// A live broker.
#[napi(object)]
pub struct BrokerJs {
    pub node_id: i32,
    pub host: String,
    pub port: i32,
    pub rack: Option<String>,
}

/// The cluster's id, controller and brokers.
#[napi(object)]
pub struct ClusterJs {
    pub cluster_id: Option<String>,
    pub controller_id: Option<i32>,
    pub brokers: Vec<BrokerJs>,
}

fn spec(q: &OffsetQuery) -> napi::Result<OffsetSpec> {
    match (q.spec.as_str(), q.timestamp) {
        ("earliest", _) => Ok(OffsetSpec::Earliest),
        ("latest", _) => Ok(OffsetSpec::Latest),
        ("timestamp", Some(ms)) => Ok(OffsetSpec::Timestamp(ms)),
        (other, _) => Err(config("spec", other, "'earliest', 'latest' or { timestamp }")),
    }
}

#[napi]
impl NativeAdmin {
    /// Raises topics' partition counts; each topic carries its own error.
    #[napi]
    pub async fn create_partitions(&self, topics: Vec<NewPartitionsJs>, validate_only: bool) -> napi::Result<Vec<TopicOutcome>> {
        let asked: Vec<NewPartitions> = topics
            .into_iter()
            .map(|t| NewPartitions { topic: t.topic, total: t.count, assignment: t.assignment.unwrap_or_default() })
            .collect();
        let mut done = self.inner.create_partitions(&asked, validate_only).await.js()?;
        Ok(asked
            .into_iter()
            .map(|t| {
                let error = match done.remove(&t.topic) {
                    Some(Ok(())) => None,
                    Some(Err(e)) => Some(coded(e)),
                    None => Some("no answer for this topic".to_owned()),
                };
                TopicOutcome { topic: t.topic, error }
            })
            .collect())
    }

    /// Looks up an offset of each partition; each carries its own error.
    #[napi]
    pub async fn list_offsets(&self, queries: Vec<OffsetQuery>, read_committed: bool) -> napi::Result<Vec<OffsetAnswer>> {
        let mut asked = Vec::with_capacity(queries.len());
        for q in &queries {
            asked.push((TopicPartition::new(q.topic.clone(), q.partition), spec(q)?));
        }
        let isolation = if read_committed { IsolationLevel::ReadCommitted } else { IsolationLevel::ReadUncommitted };
        let mut found = self.inner.list_offsets(&asked, isolation).await.js()?;
        Ok(asked
            .into_iter()
            .map(|(tp, _)| {
                let (offset, timestamp, error) = match found.remove(&tp) {
                    Some(Ok(l)) => (l.offset, l.timestamp, None),
                    Some(Err(e)) => (None, None, Some(coded(e))),
                    None => (None, None, Some("no answer for this partition".to_owned())),
                };
                OffsetAnswer { topic: tp.topic, partition: tp.partition, offset, timestamp, error }
            })
            .collect())
    }

    /// Deletes records before the given offsets; each partition carries its
    /// new low watermark or its own error.
    #[napi]
    pub async fn delete_records(&self, before: Vec<DeleteBefore>) -> napi::Result<Vec<LowWatermark>> {
        let asked: BTreeMap<TopicPartition, i64> =
            before.into_iter().map(|b| (TopicPartition::new(b.topic, b.partition), b.offset)).collect();
        let mut done = self.inner.delete_records(&asked).await.js()?;
        Ok(asked
            .into_keys()
            .map(|tp| {
                let (low_watermark, error) = match done.remove(&tp) {
                    Some(Ok(low)) => (Some(low), None),
                    Some(Err(e)) => (None, Some(coded(e))),
                    None => (None, Some("no answer for this partition".to_owned())),
                };
                LowWatermark { topic: tp.topic, partition: tp.partition, low_watermark, error }
            })
            .collect())
    }

    /// The cluster's id, controller and live brokers.
    #[napi]
    pub async fn describe_cluster(&self) -> napi::Result<ClusterJs> {
        let meta = self.inner.describe_cluster().await.js()?;
        Ok(ClusterJs {
            cluster_id: meta.cluster_id.clone(),
            controller_id: meta.controller_id,
            brokers: meta
                .brokers
                .values()
                .map(|b| BrokerJs { node_id: b.node_id, host: b.host.clone(), port: b.port, rack: b.rack.clone() })
                .collect(),
        })
    }
}
