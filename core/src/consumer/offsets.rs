//! Looking offsets up by time (ListOffsets): the earliest, the latest, or
//! the first at or after a timestamp, asked of each partition's leader.

use std::collections::BTreeMap;

use super::types::{IsolationLevel, OffsetSpec, TopicPartition};
use crate::cluster::Cluster;
use crate::error::{Error, ErrorContext, Result};
use crate::protocol::messages::list_offsets_request::{ListOffsetsPartition, ListOffsetsTopic};
use crate::protocol::messages::ListOffsetsRequest;

/// The answer for one partition: the offset, or `None` when a timestamp
/// lookup found no record at or after the timestamp.
pub(crate) type Lookup = Result<Option<i64>>;

/// Looks up `wanted`, one request per leader. Partitions whose leader is
/// unknown or unreachable get the error (retriable ones can be asked again).
pub(crate) async fn list_offsets(
    cluster: &Cluster,
    isolation: IsolationLevel,
    wanted: &[(TopicPartition, OffsetSpec)],
) -> BTreeMap<TopicPartition, Lookup> {
    let mut results = BTreeMap::new();
    let mut by_leader: BTreeMap<i32, Vec<(TopicPartition, OffsetSpec, i32)>> = BTreeMap::new();
    for (tp, spec) in wanted {
        match cluster.leader_for(&tp.topic, tp.partition).await {
            Ok(leader) => by_leader.entry(leader.node_id).or_default().push((tp.clone(), *spec, leader.leader_epoch)),
            Err(e) => {
                results.insert(tp.clone(), Err(e));
            }
        }
    }
    for (node, parts) in by_leader {
        let answer = ask(cluster, node, isolation, &parts).await;
        match answer {
            Ok(found) => results.extend(found),
            Err(e) => {
                for (tp, _, _) in parts {
                    results.insert(tp, Err(e.clone()));
                }
            }
        }
    }
    results
}

async fn ask(
    cluster: &Cluster,
    node: i32,
    isolation: IsolationLevel,
    parts: &[(TopicPartition, OffsetSpec, i32)],
) -> Result<BTreeMap<TopicPartition, Lookup>> {
    let mut topics: BTreeMap<&str, Vec<ListOffsetsPartition>> = BTreeMap::new();
    for (tp, spec, epoch) in parts {
        topics.entry(tp.topic.as_str()).or_default().push(ListOffsetsPartition {
            partition_index: tp.partition,
            current_leader_epoch: *epoch,
            timestamp: spec.wire_timestamp(),
            ..Default::default()
        });
    }
    let request = ListOffsetsRequest {
        replica_id: -1,
        isolation_level: isolation.wire(),
        topics: topics
            .into_iter()
            .map(|(name, partitions)| ListOffsetsTopic { name: name.to_owned(), partitions, ..Default::default() })
            .collect(),
        ..Default::default()
    };
    let response = cluster.broker(node).await?.send(&request).await?;
    let mut found = BTreeMap::new();
    for topic in response.topics {
        for p in topic.partitions {
            let tp = TopicPartition::new(topic.name.clone(), p.partition_index);
            let context = ErrorContext::partition("ListOffsets", tp.topic.clone(), tp.partition);
            let lookup = Error::check(p.error_code, context, None).map(|()| (p.offset >= 0).then_some(p.offset));
            found.insert(tp, lookup);
        }
    }
    for (tp, _, _) in parts {
        if !found.contains_key(tp) {
            let context = ErrorContext::partition("ListOffsets", tp.topic.clone(), tp.partition);
            found.insert(
                tp.clone(),
                Err(Error::kafka(
                    crate::protocol::ErrorCode::UNKNOWN_TOPIC_OR_PARTITION.0,
                    context,
                    Some("the broker's answer did not mention this partition".to_owned()),
                )),
            );
        }
    }
    Ok(found)
}
