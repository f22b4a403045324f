//! Deleting records: moving a partition's log start offset forward
//! (DeleteRecords, sent to each partition's leader).

use std::collections::BTreeMap;

use super::{fanout, Admin, DEFAULT_ADMIN_TIMEOUT};
use crate::cluster::Cluster;
use crate::consumer::TopicPartition;
use crate::error::{Error, ErrorContext, Result};
use crate::net::RequestOptions;
use crate::protocol::messages::delete_records_request::{DeleteRecordsPartition, DeleteRecordsTopic};
use crate::protocol::messages::DeleteRecordsRequest;

impl Admin {
    /// Deletes every record before the given offset of each partition (`-1`:
    /// before the high watermark, i.e. everything). Each partition's result
    /// is its new low watermark (log start offset), or its own error: an
    /// offset past the end is an `OFFSET_OUT_OF_RANGE` error naming the
    /// partition.
    pub async fn delete_records(
        &self,
        before: &BTreeMap<TopicPartition, i64>,
    ) -> Result<BTreeMap<TopicPartition, Result<i64>>> {
        let keys: Vec<TopicPartition> = before.keys().cloned().collect();
        Ok(fanout::per_leader(&self.cluster, &keys, |cluster, node_id, tps| {
            let offsets: Vec<(TopicPartition, i64)> = tps
                .into_iter()
                .map(|tp| {
                    let offset = before[&tp];
                    (tp, offset)
                })
                .collect();
            async move { ask_leader(&cluster, node_id, offsets).await }
        })
        .await)
    }
}

async fn ask_leader(
    cluster: &Cluster,
    node_id: i32,
    offsets: Vec<(TopicPartition, i64)>,
) -> Result<BTreeMap<TopicPartition, Result<i64>>> {
    let mut topics: BTreeMap<String, Vec<DeleteRecordsPartition>> = BTreeMap::new();
    for (tp, offset) in offsets {
        topics.entry(tp.topic).or_default().push(DeleteRecordsPartition {
            partition_index: tp.partition,
            offset,
            ..Default::default()
        });
    }
    let timeout = DEFAULT_ADMIN_TIMEOUT.min(cluster.config().connection.request_timeout);
    let request = DeleteRecordsRequest {
        topics: topics
            .into_iter()
            .map(|(name, partitions)| DeleteRecordsTopic { name, partitions, ..Default::default() })
            .collect(),
        timeout_ms: i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX),
        ..Default::default()
    };
    let broker = cluster.broker(node_id).await?;
    let options = RequestOptions { version: None, timeout: Some(timeout * 2) };
    let response = broker.send_with(&request, options).await?;
    let mut out = BTreeMap::new();
    for topic in response.topics {
        for p in topic.partitions {
            let context = ErrorContext::partition("DeleteRecords", topic.name.clone(), p.partition_index);
            let result = Error::check(p.error_code, context, None).map(|()| p.low_watermark);
            out.insert(TopicPartition::new(topic.name.clone(), p.partition_index), result);
        }
    }
    Ok(out)
}
