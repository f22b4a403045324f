//! Committed offsets: OffsetCommit and OffsetFetch against the coordinator.
//!
//! A committed offset is the offset of the next record to read (the last
//! processed record's offset + 1), as in every Kafka client, so a consumer
//! that resumes from it neither skips nor repeats a record.
//!
//! Versions are capped at the last ones that name topics (OffsetCommit v9,
//! OffsetFetch v7); newer versions identify topics by id only. Members of
//! KIP-848 groups must commit with v9 or later (their member epoch).

use std::collections::BTreeMap;
use std::time::Duration;

use tokio::time::Instant;

use super::coordinator::Coordinator;
use crate::consumer::TopicPartition;
use crate::error::{Error, ErrorContext, Resource, Result};
use crate::net::RequestOptions;
use crate::protocol::messages::offset_commit_request::{OffsetCommitRequestPartition, OffsetCommitRequestTopic};
use crate::protocol::messages::offset_fetch_request::OffsetFetchRequestTopic;
use crate::protocol::messages::{OffsetCommitRequest, OffsetFetchRequest};

const COMMIT_VERSION: i16 = 9;
const FETCH_VERSION: i16 = 7;

/// Who commits: a group member of a generation, or (generation -1, empty
/// member id) a consumer outside any generation.
#[derive(Debug, Clone, Default)]
pub struct CommitIdentity {
    /// The generation, or -1.
    pub generation: i32,
    /// The member id, or empty.
    pub member_id: String,
    /// The static instance id, if any.
    pub group_instance_id: Option<String>,
}

/// Commits `offsets` (next offset to read per partition).
pub async fn commit(
    coordinator: &Coordinator,
    identity: &CommitIdentity,
    offsets: &BTreeMap<TopicPartition, i64>,
    within: Duration,
) -> Result<()> {
    if offsets.is_empty() {
        return Ok(());
    }
    let mut topics: BTreeMap<&str, Vec<OffsetCommitRequestPartition>> = BTreeMap::new();
    for (tp, offset) in offsets {
        topics.entry(tp.topic.as_str()).or_default().push(OffsetCommitRequestPartition {
            partition_index: tp.partition,
            committed_offset: *offset,
            committed_leader_epoch: -1,
            committed_metadata: Some(String::new()),
            ..Default::default()
        });
    }
    let request = OffsetCommitRequest {
        group_id: coordinator.group_id().to_owned(),
        generation_id_or_member_epoch: identity.generation,
        member_id: identity.member_id.clone(),
        group_instance_id: identity.group_instance_id.clone(),
        topics: topics
            .into_iter()
            .map(|(name, partitions)| OffsetCommitRequestTopic {
                name: name.to_owned(),
                partitions,
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    let broker = coordinator.broker(within).await?;
    let sent = async {
        let connection = broker.connection().await?;
        let version = connection.version_for::<OffsetCommitRequest>()?.min(COMMIT_VERSION);
        connection.send_with(&request, RequestOptions { version: Some(version), timeout: None }).await
    };
    let response = sent.await.inspect_err(|e| {
        coordinator.forget_if_moved(e);
    })?;
    for topic in response.topics {
        for p in topic.partitions {
            let context = ErrorContext::partition("OffsetCommit", topic.name.clone(), p.partition_index);
            if let Err(e) = Error::check(p.error_code, context, None) {
                coordinator.forget_if_moved(&e);
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The committed offsets of `partitions` (`None`: nothing committed).
pub async fn fetch(
    coordinator: &Coordinator,
    partitions: &[TopicPartition],
    within: Duration,
) -> Result<BTreeMap<TopicPartition, Option<i64>>> {
    let mut topics: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
    for tp in partitions {
        topics.entry(tp.topic.as_str()).or_default().push(tp.partition);
    }
    let request = OffsetFetchRequest {
        group_id: coordinator.group_id().to_owned(),
        topics: Some(
            topics
                .into_iter()
                .map(|(name, partition_indexes)| OffsetFetchRequestTopic {
                    name: name.to_owned(),
                    partition_indexes,
                    ..Default::default()
                })
                .collect(),
        ),
        require_stable: true,
        ..Default::default()
    };
    let broker = coordinator.broker(within).await?;
    let response = broker
        .send_with(&request, RequestOptions { version: Some(FETCH_VERSION), timeout: None })
        .await
        .inspect_err(|e| {
            coordinator.forget_if_moved(e);
        })?;
    let group_context =
        || ErrorContext { api: "OffsetFetch", resource: Some(Resource::Group(coordinator.group_id().to_owned())) };
    if let Err(e) = Error::check(response.error_code, group_context(), None) {
        coordinator.forget_if_moved(&e);
        return Err(e);
    }
    let mut out = BTreeMap::new();
    for topic in response.topics {
        for p in topic.partitions {
            let context = ErrorContext::partition("OffsetFetch", topic.name.clone(), p.partition_index);
            Error::check(p.error_code, context, None)?;
            let offset = (p.committed_offset >= 0).then_some(p.committed_offset);
            out.insert(TopicPartition::new(topic.name.clone(), p.partition_index), offset);
        }
    }
    Ok(out)
}

/// [`fetch`], retried with backoff while the answer cannot be had yet:
/// UNSTABLE_OFFSET_COMMIT (a transaction that commits offsets for these
/// partitions is still completing), a coordinator that moved or is loading,
/// a lost connection. Gives up after `within` with a timeout error naming
/// the last cause; other errors return at once.
pub async fn fetch_stable(
    coordinator: &Coordinator,
    partitions: &[TopicPartition],
    within: Duration,
) -> Result<BTreeMap<TopicPartition, Option<i64>>> {
    let deadline = Instant::now() + within;
    let mut backoff = Duration::from_millis(50);
    loop {
        let left = deadline.saturating_duration_since(Instant::now()).max(Duration::from_millis(1));
        let error = match fetch(coordinator, partitions, left).await {
            Ok(found) => return Ok(found),
            Err(error) if error.is_retriable() => error,
            Err(error) => return Err(error),
        };
        if Instant::now() + backoff >= deadline {
            let names: Vec<String> = partitions.iter().map(ToString::to_string).collect();
            return Err(Error::Timeout {
                operation: format!(
                    "fetching the committed offsets of {} for group {} (last error: {error}); if a \
                     transaction commits offsets for this group, it has not completed: check its \
                     producer, or wait for the transaction timeout to abort it, then try again",
                    names.join(", "),
                    coordinator.group_id()
                ),
                after: within,
            });
        }
        tracing::debug!(%error, ?backoff, "committed offsets not available yet; retrying");
        tokio::time::sleep(backoff).await;
        backoff = (backoff * 2).min(Duration::from_secs(1));
    }
}
