//! The member task for the KIP-848 consumer group protocol
//! (`group_protocol = Consumer`, Kafka 4.0+).
//!
//! There is no join/sync barrier and no leader: the member heartbeats
//! (ConsumerGroupHeartbeat) its subscription and the partitions it owns,
//! and the coordinator answers with its epoch and, when it changed, the
//! target assignment. The member reconciles towards the target: it revokes
//! what the target lacks (committing and running the revoked hook first),
//! then takes what the target adds (committed offsets, assigned hook), and
//! reports the result in its next heartbeat. The coordinator only hands out
//! partitions their previous owner has released, so the rebalancing is
//! incremental by construction.
//!
//! A fenced member (UNKNOWN_MEMBER_ID, FENCED_MEMBER_EPOCH) loses its
//! partitions and rejoins with epoch 0. Leaving is a heartbeat with epoch
//! -1 (-2 for a static member, which keeps its place for a restart).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::config::millis;
use super::member::{apply, commit_processed, lost, match_pattern, revoke, COORDINATOR_WAIT, RETRY_BACKOFF};
use super::state::GroupShared;
use crate::consumer::TopicPartition;
use crate::error::{Error, ErrorContext, Resource};
use crate::net::lock;
use crate::protocol::messages::consumer_group_heartbeat_request::TopicPartitions;
use crate::protocol::messages::consumer_group_heartbeat_response::Assignment;
use crate::protocol::messages::{ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse};
use crate::protocol::{ErrorCode, Uuid};

const LEAVE: i32 = -1;
const LEAVE_STATIC: i32 = -2;

pub(crate) async fn run(g: Arc<GroupShared>) {
    let member_id = random_member_id();
    {
        let mut s = lock(&g.state);
        s.member_id = member_id;
        s.generation = 0;
    }
    let mut interval = g.config.heartbeat_interval;
    let mut next_heartbeat = Instant::now();
    let mut next_commit = Instant::now() + g.config.auto_commit_interval;
    let metadata_every = g.consumer.config().client.metadata_max_age;
    let mut next_metadata = Instant::now();
    loop {
        let wake = g.wake.notified();
        let mut due = next_heartbeat.min(next_metadata);
        if g.config.auto_commit {
            due = due.min(next_commit);
        }
        let _ = tokio::time::timeout_at(due, wake).await;
        let (closing, changed, last_poll, left, joined) = {
            let s = lock(&g.state);
            (s.closing, s.subscription_changed, s.last_poll, s.left_for_poll_timeout, s.generation > 0)
        };
        if closing {
            break;
        }
        if left {
            // Back once the application polls again (it wakes this task).
            let _ = tokio::time::timeout(interval, g.wake.notified()).await;
            continue;
        }
        if joined && last_poll.elapsed() > g.config.max_poll_interval {
            tracing::warn!(
                group = %g.config.group_id,
                "the application has not polled within max_poll_interval; leaving the group until it polls again"
            );
            leave(&g).await;
            lock(&g.state).left_for_poll_timeout = true;
            next_heartbeat = Instant::now();
            continue;
        }
        let now = Instant::now();
        if now >= next_metadata {
            next_metadata = now + metadata_every;
            match_pattern(&g).await;
        }
        if g.config.auto_commit && now >= next_commit {
            next_commit = now + g.config.auto_commit_interval;
            let owned = lock(&g.state).owned.clone();
            if joined {
                if let Err(error) = commit_processed(&g, &owned).await {
                    tracing::debug!(%error, "auto-commit failed");
                }
            }
        }
        if lock(&g.state).topics.is_empty() {
            if joined {
                leave(&g).await;
            }
            next_heartbeat = Instant::now() + interval;
            continue;
        }
        if !changed && Instant::now() < next_heartbeat {
            continue;
        }
        lock(&g.state).subscription_changed = false;
        next_heartbeat = Instant::now() + interval;
        let response = match heartbeat(&g, None).await {
            Ok(r) => r,
            Err(error) => {
                if g.coordinator.forget_if_moved(&error) || error.is_retriable() {
                    next_heartbeat = Instant::now() + RETRY_BACKOFF;
                    continue;
                }
                match error.code() {
                    Some(ErrorCode::UNKNOWN_MEMBER_ID | ErrorCode::FENCED_MEMBER_EPOCH) => {
                        tracing::info!(group = %g.config.group_id, %error, "fenced; rejoining with epoch 0");
                        let owned = lock(&g.state).owned.clone();
                        lost(&g, owned).await;
                        lock(&g.state).generation = 0;
                        next_heartbeat = Instant::now();
                        continue;
                    }
                    _ => {
                        tracing::warn!(group = %g.config.group_id, %error, "leaving the group for good");
                        let owned = lock(&g.state).owned.clone();
                        lost(&g, owned).await;
                        lock(&g.state).fatal = Some(error);
                        return;
                    }
                }
            }
        };
        if response.heartbeat_interval_ms > 0 {
            interval = Duration::from_millis(response.heartbeat_interval_ms as u64);
        }
        lock(&g.state).generation = response.member_epoch;
        if let Some(target) = response.assignment {
            let mut target = Some(names(&g, target).await);
            // A newer target may arrive while a hook of this one runs.
            while let Some(next) = target {
                if let Err(error) = apply(&g, next).await {
                    tracing::warn!(group = %g.config.group_id, %error, "leaving the group for good");
                    let owned = lock(&g.state).owned.clone();
                    lost(&g, owned).await;
                    leave(&g).await;
                    lock(&g.state).fatal = Some(error);
                    return;
                }
                target = lock(&g.state).pending_target.take();
            }
            // Report what is owned now, at once.
            next_heartbeat = Instant::now();
        }
    }
    let owned = lock(&g.state).owned.clone();
    revoke(&g, owned).await;
    leave(&g).await;
}

/// One heartbeat sent while a rebalance hook runs: it keeps the member in
/// the group; a new target assignment in the answer waits in
/// `pending_target` until the hook is done.
pub(super) async fn heartbeat_during_hook(g: &GroupShared) {
    if lock(&g.state).generation <= 0 {
        return;
    }
    match heartbeat(g, None).await {
        Ok(response) => {
            lock(&g.state).generation = response.member_epoch;
            if let Some(target) = response.assignment {
                let target = names(g, target).await;
                lock(&g.state).pending_target = Some(target);
            }
        }
        Err(error) => tracing::debug!(%error, "heartbeat during a rebalance hook failed"),
    }
}

/// Sends one heartbeat; `epoch` overrides the member epoch (to leave).
async fn heartbeat(g: &GroupShared, epoch: Option<i32>) -> crate::error::Result<ConsumerGroupHeartbeatResponse> {
    let (member_id, member_epoch, topics, owned) = {
        let s = lock(&g.state);
        (s.member_id.clone(), epoch.unwrap_or(s.generation), s.topics.clone(), s.owned.clone())
    };
    let mut by_topic: BTreeMap<String, Vec<i32>> = BTreeMap::new();
    for tp in &owned {
        by_topic.entry(tp.topic.clone()).or_default().push(tp.partition);
    }
    let mut topic_partitions = Vec::new();
    for (topic, partitions) in by_topic {
        if let Ok(t) = g.consumer.cluster().topic(&topic).await {
            topic_partitions.push(TopicPartitions { topic_id: t.topic_id, partitions, ..Default::default() });
        }
    }
    let request = ConsumerGroupHeartbeatRequest {
        group_id: g.config.group_id.clone(),
        member_id,
        member_epoch,
        instance_id: g.config.group_instance_id.clone(),
        rebalance_timeout_ms: millis(g.config.rebalance_timeout),
        subscribed_topic_names: Some(topics),
        server_assignor: g.config.server_assignor.clone(),
        topic_partitions: Some(topic_partitions),
        ..Default::default()
    };
    let broker = g.coordinator.broker(COORDINATOR_WAIT).await?;
    let response = broker.send(&request).await?;
    let context =
        ErrorContext { api: "ConsumerGroupHeartbeat", resource: Some(Resource::Group(g.config.group_id.clone())) };
    Error::check(response.error_code, context, response.error_message.clone())?;
    Ok(response)
}

/// The target assignment with topic names (ids the metadata does not know
/// yet are looked up once more, then skipped until the next heartbeat).
async fn names(g: &GroupShared, target: Assignment) -> Vec<TopicPartition> {
    let topics = lock(&g.state).topics.clone();
    let mut by_id: BTreeMap<Uuid, String> = BTreeMap::new();
    for topic in &topics {
        if let Ok(t) = g.consumer.cluster().topic(topic).await {
            by_id.insert(t.topic_id, t.name.clone());
        }
    }
    if target.topic_partitions.iter().any(|t| !by_id.contains_key(&t.topic_id)) {
        if let Ok(metadata) = g.consumer.cluster().refresh().await {
            for t in metadata.topics.values() {
                by_id.insert(t.topic_id, t.name.clone());
            }
        }
    }
    let mut out = Vec::new();
    for t in target.topic_partitions {
        match by_id.get(&t.topic_id) {
            Some(name) => out.extend(t.partitions.into_iter().map(|p| TopicPartition::new(name.clone(), p))),
            None => tracing::debug!(topic_id = ?t.topic_id, "assigned a topic the metadata does not know yet"),
        }
    }
    out
}

/// Leaves the group (a static member keeps its place for a restart).
async fn leave(g: &GroupShared) {
    let owned = lock(&g.state).owned.clone();
    revoke(g, owned).await;
    if lock(&g.state).generation <= 0 {
        return;
    }
    let epoch = if g.config.group_instance_id.is_some() { LEAVE_STATIC } else { LEAVE };
    if let Err(error) = heartbeat(g, Some(epoch)).await {
        tracing::debug!(%error, "leaving the group failed; the coordinator drops the member after its session timeout");
    }
    lock(&g.state).generation = 0;
}

/// A member id (KIP-1082: chosen by the client).
fn random_member_id() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
