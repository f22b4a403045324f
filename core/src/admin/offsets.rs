//! Earliest, latest and by-timestamp offsets of partitions (ListOffsets).
//!
//! ListOffsets must go to each partition's leader, so the partitions are
//! grouped by leader and one request goes to each, all at once. A leader
//! that cannot be reached fails only its own partitions.

use std::collections::BTreeMap;

use super::fanout;
use super::Admin;
use crate::cluster::Cluster;
use crate::consumer::{IsolationLevel, OffsetSpec, TopicPartition};
use crate::error::{Error, ErrorContext, Result};
use crate::net::RequestOptions;
use crate::protocol::messages::list_offsets_request::{ListOffsetsPartition, ListOffsetsTopic};
use crate::protocol::messages::ListOffsetsRequest;

/// One partition's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListedOffset {
    /// The offset, or `None` when looking up a timestamp later than every
    /// record of the partition.
    pub offset: Option<i64>,
    /// The timestamp of the record found (by-timestamp lookups only).
    pub timestamp: Option<i64>,
    /// The leader epoch of that offset, when the broker knows it.
    pub leader_epoch: Option<i32>,
}

/// First ListOffsets version with a timeout (for tiered storage lookups).
const TIMEOUT_VERSION: i16 = 10;

impl Admin {
    /// Looks up an offset of each partition, asking every leader at once.
    /// Each partition gets its own result: a partition whose topic does not
    /// exist, or whose leader cannot be reached, fails alone. A negative
    /// timestamp fails the whole call with [`Error::Config`] before anything
    /// is sent.
    pub async fn list_offsets(
        &self,
        partitions: &[(TopicPartition, OffsetSpec)],
        isolation: IsolationLevel,
    ) -> Result<BTreeMap<TopicPartition, Result<ListedOffset>>> {
        list_offsets(&self.cluster, partitions, isolation).await
    }
}

pub(crate) async fn list_offsets(
    cluster: &Cluster,
    partitions: &[(TopicPartition, OffsetSpec)],
    isolation: IsolationLevel,
) -> Result<BTreeMap<TopicPartition, Result<ListedOffset>>> {
    for (_, spec) in partitions {
        spec.validate()?;
    }
    let specs: BTreeMap<TopicPartition, OffsetSpec> = partitions.iter().cloned().collect();
    let keys: Vec<TopicPartition> = specs.keys().cloned().collect();
    Ok(fanout::per_leader(cluster, &keys, |cluster, node_id, tps| {
        let wanted: Vec<(TopicPartition, OffsetSpec)> = tps
            .into_iter()
            .map(|tp| {
                let spec = specs[&tp];
                (tp, spec)
            })
            .collect();
        async move { ask_leader(&cluster, node_id, &wanted, isolation).await }
    })
    .await)
}

async fn ask_leader(
    cluster: &Cluster,
    node_id: i32,
    wanted: &[(TopicPartition, OffsetSpec)],
    isolation: IsolationLevel,
) -> Result<BTreeMap<TopicPartition, Result<ListedOffset>>> {
    let mut topics: BTreeMap<&str, Vec<ListOffsetsPartition>> = BTreeMap::new();
    for (tp, spec) in wanted {
        topics.entry(tp.topic.as_str()).or_default().push(ListOffsetsPartition {
            partition_index: tp.partition,
            current_leader_epoch: -1,
            timestamp: spec.wire_timestamp(),
            ..Default::default()
        });
    }
    let broker = cluster.broker(node_id).await?;
    let connection = broker.connection().await?;
    let version = connection.version_for::<ListOffsetsRequest>()?;
    let request_timeout = cluster.config().connection.request_timeout;
    let request = ListOffsetsRequest {
        replica_id: -1,
        isolation_level: isolation.wire(),
        topics: topics
            .into_iter()
            .map(|(name, partitions)| ListOffsetsTopic { name: name.to_owned(), partitions, ..Default::default() })
            .collect(),
        timeout_ms: if version >= TIMEOUT_VERSION {
            i32::try_from(request_timeout.as_millis()).unwrap_or(i32::MAX)
        } else {
            0
        },
        ..Default::default()
    };
    let response = connection.send_with(&request, RequestOptions { version: Some(version), timeout: None }).await?;
    let mut out = BTreeMap::new();
    for topic in response.topics {
        for p in topic.partitions {
            let tp = TopicPartition::new(topic.name.clone(), p.partition_index);
            let context = ErrorContext::partition("ListOffsets", topic.name.clone(), p.partition_index);
            let result = Error::check(p.error_code, context, None).map(|()| ListedOffset {
                offset: (p.offset >= 0).then_some(p.offset),
                timestamp: (p.timestamp >= 0).then_some(p.timestamp),
                leader_epoch: (p.leader_epoch >= 0).then_some(p.leader_epoch),
            });
            out.insert(tp, result);
        }
    }
    Ok(out)
}
