//! Sending requests to several brokers at once and merging the answers.
//!
//! Each request runs in its own task; a broker that fails does not stop the
//! others, and its error is returned next to their answers.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;

use tokio::task::JoinSet;

use crate::cluster::Cluster;
use crate::consumer::TopicPartition;
use crate::error::Result;
use crate::net::Broker;

/// Runs every job at once; returns each key with its job's result, sorted
/// by key.
pub(crate) async fn run_all<K, T, Fut>(jobs: Vec<(K, Fut)>) -> BTreeMap<K, Result<T>>
where
    K: Ord + Send + 'static,
    T: Send + 'static,
    Fut: Future<Output = Result<T>> + Send + 'static,
{
    let mut set = JoinSet::new();
    for (key, job) in jobs {
        set.spawn(async move { (key, job.await) });
    }
    let mut out = BTreeMap::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((key, result)) => {
                out.insert(key, result);
            }
            // A job that panicked (a bug): pass the panic on rather than lose
            // that job's answer silently.
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            // Cancelled: only while the runtime shuts down, when nobody waits
            // for the answer (`into_panic` would itself panic here).
            Err(_) => {}
        }
    }
    out
}

/// Runs `job` against every live broker of fresh metadata at once.
pub(crate) async fn each_broker<T, F, Fut>(cluster: &Cluster, job: F) -> Result<BTreeMap<i32, Result<T>>>
where
    T: Send + 'static,
    F: Fn(Arc<Broker>) -> Fut,
    Fut: Future<Output = Result<T>> + Send + 'static,
{
    let metadata = cluster.refresh().await?;
    let mut jobs = Vec::new();
    let mut failed = BTreeMap::new();
    for &node_id in metadata.brokers.keys() {
        match cluster.broker(node_id).await {
            Ok(broker) => jobs.push((node_id, job(broker))),
            Err(e) => {
                failed.insert(node_id, Err(e));
            }
        }
    }
    let mut out = run_all(jobs).await;
    out.extend(failed);
    Ok(out)
}

/// Partitions grouped by the node id of their leader, and the partitions
/// whose leader could not be found, with why.
pub(crate) struct ByLeader {
    pub leaders: BTreeMap<i32, Vec<TopicPartition>>,
    pub failed: BTreeMap<TopicPartition, crate::Error>,
}

/// Looks up the leader of each partition (refreshing metadata for topics
/// the cache does not know).
pub(crate) async fn by_leader<'a>(
    cluster: &Cluster,
    partitions: impl IntoIterator<Item = &'a TopicPartition>,
) -> ByLeader {
    let mut grouped = ByLeader { leaders: BTreeMap::new(), failed: BTreeMap::new() };
    let mut refreshed = false;
    for tp in partitions {
        let mut found = cluster.leader_for(&tp.topic, tp.partition).await;
        if found.is_err() && !refreshed {
            // The cache may predate new partitions or a leader change.
            refreshed = true;
            if cluster.refresh().await.is_ok() {
                found = cluster.leader_for(&tp.topic, tp.partition).await;
            }
        }
        match found {
            Ok(leader) => grouped.leaders.entry(leader.node_id).or_default().push(tp.clone()),
            Err(e) => {
                grouped.failed.insert(tp.clone(), e);
            }
        }
    }
    grouped
}

/// Partitions grouped by topic, for requests that nest partitions in topics.
pub(crate) fn by_topic<'a>(partitions: impl IntoIterator<Item = &'a TopicPartition>) -> BTreeMap<String, Vec<i32>> {
    let mut topics: BTreeMap<String, Vec<i32>> = BTreeMap::new();
    for tp in partitions {
        topics.entry(tp.topic.clone()).or_default().push(tp.partition);
    }
    topics
}

/// Runs `job` once per leader, with the partitions it leads, all at once,
/// and merges the answers: one result per partition asked. A partition
/// without a known leader, or whose leader's request failed, gets that
/// error; one the answer left out gets a protocol error. Partitions whose
/// error says the client's metadata is stale (the leader moved, a broker
/// went away) are asked once more after a metadata refresh.
pub(crate) async fn per_leader<T, F, Fut>(
    cluster: &Cluster,
    partitions: &[TopicPartition],
    job: F,
) -> BTreeMap<TopicPartition, Result<T>>
where
    T: Send + 'static,
    F: Fn(Cluster, i32, Vec<TopicPartition>) -> Fut,
    Fut: Future<Output = Result<BTreeMap<TopicPartition, Result<T>>>> + Send + 'static,
{
    let mut out = per_leader_once(cluster, partitions, &job).await;
    let stale: Vec<TopicPartition> = out
        .iter()
        .filter(|(_, r)| r.as_ref().is_err_and(|e| e.invalidates_metadata()))
        .map(|(tp, _)| tp.clone())
        .collect();
    if !stale.is_empty() && cluster.refresh().await.is_ok() {
        tracing::debug!(partitions = ?stale, "asking the leaders of these partitions again after a metadata refresh");
        out.extend(per_leader_once(cluster, &stale, &job).await);
    }
    out
}

async fn per_leader_once<T, F, Fut>(
    cluster: &Cluster,
    partitions: &[TopicPartition],
    job: &F,
) -> BTreeMap<TopicPartition, Result<T>>
where
    T: Send + 'static,
    F: Fn(Cluster, i32, Vec<TopicPartition>) -> Fut,
    Fut: Future<Output = Result<BTreeMap<TopicPartition, Result<T>>>> + Send + 'static,
{
    let grouped = by_leader(cluster, partitions).await;
    let mut asked = grouped.leaders.clone();
    let jobs: Vec<_> =
        grouped.leaders.into_iter().map(|(node_id, tps)| (node_id, job(cluster.clone(), node_id, tps))).collect();
    let mut out: BTreeMap<TopicPartition, Result<T>> = grouped.failed.into_iter().map(|(tp, e)| (tp, Err(e))).collect();
    for (node_id, answer) in run_all(jobs).await {
        let tps = asked.remove(&node_id).unwrap_or_default();
        match answer {
            Ok(results) => out.extend(results.into_iter().filter(|(tp, _)| tps.contains(tp))),
            Err(e) => out.extend(tps.into_iter().map(|tp| (tp, Err(e.clone())))),
        }
    }
    for tp in partitions {
        out.entry(tp.clone()).or_insert_with(|| Err(missing(tp)));
    }
    out
}

/// The error for a partition a broker's answer left out.
pub(crate) fn missing(tp: &TopicPartition) -> crate::Error {
    crate::Error::protocol(
        "reading an admin answer",
        crate::protocol::ProtocolError::Invalid {
            context: "response",
            detail: format!("no result for partition {}-{}", tp.topic, tp.partition),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, ErrorContext};

    #[tokio::test]
    async fn one_failed_job_does_not_hide_the_others() {
        let job = |n: i32| async move {
            if n == 2 {
                Err(Error::kafka(15, ErrorContext::api("ListGroups"), None))
            } else {
                tokio::task::yield_now().await;
                Ok(n * 10)
            }
        };
        let out = run_all((1..=3).map(|n| (n, job(n))).collect()).await;
        assert_eq!(out.keys().copied().collect::<Vec<_>>(), vec![1, 2, 3]);
        assert_eq!(*out[&1].as_ref().expect("job 1"), 10);
        assert_eq!(out[&2].as_ref().expect_err("job 2").kind(), "COORDINATOR_NOT_AVAILABLE");
        assert_eq!(*out[&3].as_ref().expect("job 3"), 30);
    }

    #[test]
    fn partitions_are_grouped_by_topic() {
        let tps = [TopicPartition::new("a", 1), TopicPartition::new("b", 0), TopicPartition::new("a", 0)];
        let grouped = by_topic(&tps);
        assert_eq!(grouped["a"], vec![1, 0]);
        assert_eq!(grouped["b"], vec![0]);
    }
}
