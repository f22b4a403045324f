//! The member task: joins the group, applies assignments, heartbeats, and
//! leaves — in the background, independent of how long the application
//! takes to process records.
//!
//! One pass of the loop is one generation:
//! 1. (eager protocol) revoke everything, committing processed offsets;
//! 2. JoinGroup with the subscription (and, cooperative, the partitions
//!    owned), then SyncGroup — as leader, with the assignment computed by
//!    the assignor the coordinator chose;
//! 3. apply the assignment: revoke what was taken (hook awaited first),
//!    fetch committed offsets of what was added and seek there, then the
//!    assigned hook; with cooperative rebalancing a revocation triggers an
//!    immediate rejoin so the partitions reach their new owner;
//! 4. heartbeat every `heartbeat_interval` until the coordinator asks for a
//!    rebalance, the member is dropped (partitions lost), the subscription
//!    changes, the application stops polling for `max_poll_interval`, or the
//!    consumer closes. Auto-commit runs on its interval in the same loop.
//!
//! Coordinator moves (NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE, lost
//! connections) make the member look the coordinator up again and retry.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::assignor::{self, Assignor, MemberSubscription, RebalanceProtocol};
use super::config::millis;
use super::hook_heartbeat::{run_hook, send_heartbeat};
use super::offsets;
use super::protocol::{decode_assignment, decode_subscription, encode_assignment, encode_subscription};
use super::state::GroupShared;
use crate::cluster::TopicSelection;
use crate::consumer::TopicPartition;
use crate::error::{Error, ErrorContext, Resource, Result};
use crate::net::{lock, RequestOptions};
use crate::protocol::messages::join_group_request::JoinGroupRequestProtocol;
use crate::protocol::messages::leave_group_request::MemberIdentity;
use crate::protocol::messages::sync_group_request::SyncGroupRequestAssignment;
use crate::protocol::messages::{JoinGroupRequest, LeaveGroupRequest, SyncGroupRequest};
use crate::protocol::ErrorCode;

const PROTOCOL_TYPE: &str = "consumer";
/// How long to look for a coordinator, or wait before retrying a failure.
pub(super) const COORDINATOR_WAIT: Duration = Duration::from_secs(30);
pub(super) const RETRY_BACKOFF: Duration = Duration::from_millis(200);

/// Why a join or a generation ended.
enum Next {
    /// Join again (after a short pause if `backoff`).
    Rejoin { backoff: bool },
    /// Stop for good.
    Fatal(Error),
    /// The consumer is closing.
    Close,
}

pub(crate) async fn run(g: Arc<GroupShared>) {
    if g.config.group_protocol == super::config::GroupProtocol::Consumer {
        return super::member_kip848::run(g).await;
    }
    let assignors: Vec<Box<dyn Assignor>> = g.config.assignors.iter().filter_map(|n| assignor::by_name(n)).collect();
    let protocol = if assignors.iter().all(|a| a.protocol() == RebalanceProtocol::Cooperative) {
        RebalanceProtocol::Cooperative
    } else {
        RebalanceProtocol::Eager
    };
    loop {
        let wake = g.wake.notified();
        match_pattern(&g).await;
        let (closing, idle) = {
            let s = lock(&g.state);
            (s.closing, s.topics.is_empty() || s.left_for_poll_timeout)
        };
        if closing {
            break;
        }
        if idle {
            // A pattern is matched again after `metadata_max_age`.
            let recheck = g.consumer.config().client.metadata_max_age;
            let _ = tokio::time::timeout(recheck, wake).await;
            continue;
        }
        lock(&g.state).subscription_changed = false;
        if protocol == RebalanceProtocol::Eager {
            let owned = lock(&g.state).owned.clone();
            revoke(&g, owned).await;
        }
        let closing = g.closing.notified();
        if lock(&g.state).closing {
            break;
        }
        // A JoinGroup can be held for up to the rebalance timeout; closing
        // does not wait for it.
        let joined = tokio::select! {
            joined = join_and_sync(&g, &assignors, protocol) => joined,
            () = closing => Err(Next::Close),
        };
        let next = match joined {
            Ok(assigned) => match apply(&g, assigned).await {
                Ok(true) if protocol == RebalanceProtocol::Cooperative => Next::Rejoin { backoff: false },
                Ok(_) => heartbeat_loop(&g).await,
                Err(error) => Next::Fatal(error),
            },
            Err(next) => next,
        };
        match next {
            Next::Rejoin { backoff } => {
                if backoff {
                    tokio::time::sleep(RETRY_BACKOFF).await;
                }
            }
            Next::Fatal(error) => {
                tracing::warn!(group = %g.config.group_id, %error, "leaving the group for good");
                let owned = std::mem::take(&mut lock(&g.state).owned);
                lost(&g, owned).await;
                lock(&g.state).fatal = Some(error);
                return;
            }
            Next::Close => break,
        }
    }
    shut_down(&g).await;
}

/// Commits what the application processed of `partitions` (if auto-commit
/// is on); errors are logged, as the partitions go either way.
pub(crate) async fn commit_processed(g: &GroupShared, partitions: &BTreeSet<TopicPartition>) -> Result<()> {
    let (offsets, identity) = {
        let s = lock(&g.state);
        (s.uncommitted(partitions), s.identity(g.config.group_instance_id.clone()))
    };
    if offsets.is_empty() {
        return Ok(());
    }
    offsets::commit(&g.coordinator, &identity, &offsets, COORDINATOR_WAIT).await?;
    lock(&g.state).committed.extend(offsets);
    Ok(())
}

/// Gives up `partitions`: commit, then the revoked hook, then stop reading.
pub(super) async fn revoke(g: &GroupShared, partitions: BTreeSet<TopicPartition>) {
    if partitions.is_empty() {
        return;
    }
    if g.config.auto_commit {
        if let Err(error) = commit_processed(g, &partitions).await {
            tracing::warn!(group = %g.config.group_id, %error, "commit before revocation failed");
        }
    }
    run_hook(g, g.listener.on_revoked(partitions.iter().cloned().collect())).await;
    let remaining: Vec<TopicPartition> = {
        let mut s = lock(&g.state);
        s.owned.retain(|tp| !partitions.contains(tp));
        s.processed.retain(|tp, _| !partitions.contains(tp));
        s.owned.iter().cloned().collect()
    };
    if let Err(error) = g.consumer.assign(remaining).await {
        tracing::warn!(%error, "narrowing the consumer's assignment failed");
    }
    g.changed.notify_waiters();
}

/// The partitions were taken away already: no commit, the lost hook.
pub(super) async fn lost(g: &GroupShared, partitions: BTreeSet<TopicPartition>) {
    if partitions.is_empty() {
        return;
    }
    {
        let mut s = lock(&g.state);
        s.owned.retain(|tp| !partitions.contains(tp));
        s.processed.retain(|tp, _| !partitions.contains(tp));
    }
    let remaining: Vec<TopicPartition> = lock(&g.state).owned.iter().cloned().collect();
    if let Err(error) = g.consumer.assign(remaining).await {
        tracing::warn!(%error, "narrowing the consumer's assignment failed");
    }
    g.listener.on_lost(partitions.into_iter().collect()).await;
    g.changed.notify_waiters();
}

/// The member is no longer known to the coordinator: forget the member id
/// (a static member keeps its instance id) and the partitions.
async fn reset_membership(g: &GroupShared) {
    let owned = {
        let mut s = lock(&g.state);
        s.member_id.clear();
        s.generation = -1;
        s.owned.clone()
    };
    lost(g, owned).await;
}

fn group_error(g: &GroupShared, api: &'static str, code: i16) -> Error {
    Error::kafka(code, ErrorContext { api, resource: Some(Resource::Group(g.config.group_id.clone())) }, None)
}

/// How to go on after a group request failed with `code` (or `error`).
async fn after_error(g: &GroupShared, api: &'static str, error: Error) -> Next {
    if g.coordinator.forget_if_moved(&error) {
        return Next::Rejoin { backoff: true };
    }
    match error.code() {
        Some(ErrorCode::REBALANCE_IN_PROGRESS) => Next::Rejoin { backoff: false },
        Some(ErrorCode::UNKNOWN_MEMBER_ID | ErrorCode::ILLEGAL_GENERATION) => {
            tracing::info!(group = %g.config.group_id, api, %error, "membership lost; rejoining");
            reset_membership(g).await;
            Next::Rejoin { backoff: false }
        }
        Some(ErrorCode::COORDINATOR_LOAD_IN_PROGRESS) => Next::Rejoin { backoff: true },
        _ if error.is_retriable() => Next::Rejoin { backoff: true },
        _ => Next::Fatal(error),
    }
}

async fn join_and_sync(
    g: &GroupShared,
    assignors: &[Box<dyn Assignor>],
    protocol: RebalanceProtocol,
) -> std::result::Result<Vec<TopicPartition>, Next> {
    let broker = match g.coordinator.broker(COORDINATOR_WAIT).await {
        Ok(b) => b,
        Err(e) => return Err(after_error(g, "FindCoordinator", e).await),
    };
    let (topics, owned, generation, member_id) = {
        let s = lock(&g.state);
        let owned: Vec<TopicPartition> =
            if protocol == RebalanceProtocol::Cooperative { s.owned.iter().cloned().collect() } else { Vec::new() };
        (s.topics.clone(), owned, s.generation, s.member_id.clone())
    };
    let metadata = match encode_subscription(&topics, &owned, generation) {
        Ok(m) => m,
        Err(e) => return Err(Next::Fatal(e)),
    };
    let request = JoinGroupRequest {
        group_id: g.config.group_id.clone(),
        session_timeout_ms: millis(g.config.session_timeout),
        rebalance_timeout_ms: millis(g.config.rebalance_timeout),
        member_id,
        group_instance_id: g.config.group_instance_id.clone(),
        protocol_type: PROTOCOL_TYPE.to_owned(),
        protocols: assignors
            .iter()
            .map(|a| JoinGroupRequestProtocol {
                name: a.name().to_owned(),
                metadata: metadata.clone(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    let timeout = g.config.rebalance_timeout + Duration::from_secs(5);
    let joined = match broker.send_with(&request, RequestOptions { version: None, timeout: Some(timeout) }).await {
        Ok(r) => r,
        Err(e) => return Err(after_error(g, "JoinGroup", e).await),
    };
    if joined.error_code == ErrorCode::MEMBER_ID_REQUIRED.0 {
        lock(&g.state).member_id = joined.member_id;
        return Err(Next::Rejoin { backoff: false });
    }
    if joined.error_code != 0 {
        return Err(after_error(g, "JoinGroup", group_error(g, "JoinGroup", joined.error_code)).await);
    }
    {
        let mut s = lock(&g.state);
        s.member_id = joined.member_id.clone();
        s.generation = joined.generation_id;
    }
    let protocol_name = joined.protocol_name.clone();
    let assignments = if joined.leader == joined.member_id && !joined.skip_assignment {
        match lead(g, protocol_name.as_deref().unwrap_or_default(), &joined.members).await {
            Ok(a) => a,
            Err(e) => return Err(after_error(g, "SyncGroup", e).await),
        }
    } else {
        Vec::new()
    };
    let sync = SyncGroupRequest {
        group_id: g.config.group_id.clone(),
        generation_id: joined.generation_id,
        member_id: joined.member_id.clone(),
        group_instance_id: g.config.group_instance_id.clone(),
        protocol_type: Some(PROTOCOL_TYPE.to_owned()),
        protocol_name,
        assignments,
        ..Default::default()
    };
    let synced = match broker.send_with(&sync, RequestOptions { version: None, timeout: Some(timeout) }).await {
        Ok(r) => r,
        Err(e) => return Err(after_error(g, "SyncGroup", e).await),
    };
    if synced.error_code != 0 {
        return Err(after_error(g, "SyncGroup", group_error(g, "SyncGroup", synced.error_code)).await);
    }
    decode_assignment(synced.assignment).map_err(Next::Fatal)
}

/// As leader: the assignment of every member.
async fn lead(
    g: &GroupShared,
    protocol_name: &str,
    members: &[crate::protocol::messages::join_group_response::JoinGroupResponseMember],
) -> Result<Vec<SyncGroupRequestAssignment>> {
    let Some(assignor) = assignor::by_name(protocol_name) else {
        return Err(Error::Config {
            option: "assignors",
            value: protocol_name.to_owned(),
            allowed: "an assignor this client implements; the coordinator chose one it does not know".to_owned(),
        });
    };
    let mut subscriptions = Vec::new();
    let mut topics = BTreeSet::new();
    for m in members {
        let s = decode_subscription(m.metadata.clone())?;
        topics.extend(s.topics.iter().cloned());
        subscriptions.push(MemberSubscription {
            member_id: m.member_id.clone(),
            group_instance_id: m.group_instance_id.clone(),
            topics: s.topics,
            owned: s.owned,
            generation: s.generation,
        });
    }
    let mut partitions = BTreeMap::new();
    for topic in topics {
        match g.consumer.cluster().topic(&topic).await {
            Ok(t) => {
                partitions.insert(topic, t.partitions.len() as i32);
            }
            Err(Error::UnknownTopic { .. }) => {
                tracing::warn!(%topic, "a member subscribes to a topic that does not exist; skipped");
            }
            Err(e) => return Err(e),
        }
    }
    let assignment = assignor.assign(&subscriptions, &partitions);
    lock(&g.state).assigned_counts = partitions.clone();
    tracing::debug!(group = %g.config.group_id, assignor = protocol_name, ?assignment, "assigned");
    subscriptions
        .iter()
        .map(|m| {
            let list = assignment.get(&m.member_id).map(Vec::as_slice).unwrap_or_default();
            Ok(SyncGroupRequestAssignment {
                member_id: m.member_id.clone(),
                assignment: encode_assignment(list)?,
                ..Default::default()
            })
        })
        .collect()
}

/// Applies a new assignment; returns whether anything was revoked. Fails,
/// without taking the added partitions, when their committed offsets cannot
/// be had within the rebalance timeout: the member then leaves the group
/// with that error rather than read them from `auto_offset_reset`.
pub(super) async fn apply(g: &GroupShared, assigned: Vec<TopicPartition>) -> Result<bool> {
    let new: BTreeSet<TopicPartition> = assigned.into_iter().collect();
    let owned = lock(&g.state).owned.clone();
    let revoked: BTreeSet<TopicPartition> = owned.difference(&new).cloned().collect();
    let added: Vec<TopicPartition> = new.difference(&owned).cloned().collect();
    let revoked_any = !revoked.is_empty();
    revoke(g, revoked).await;
    if added.is_empty() {
        return Ok(revoked_any);
    }
    // Wait (heartbeating) for the committed offsets, also while a
    // transaction that commits offsets of these partitions completes:
    // starting from auto_offset_reset instead would read records again.
    let wait = g.config.rebalance_timeout;
    let committed = run_hook(g, offsets::fetch_stable(&g.coordinator, &added, wait)).await?;
    let all: Vec<TopicPartition> = new.iter().cloned().collect();
    if let Err(error) = g.consumer.assign(all).await {
        tracing::warn!(%error, "assigning the consumer failed");
    }
    for tp in &added {
        if let Some(Some(offset)) = committed.get(tp) {
            if let Err(error) = g.consumer.seek(tp, *offset) {
                tracing::warn!(%tp, %error, "seeking to the committed offset failed");
            }
        }
    }
    {
        let mut s = lock(&g.state);
        s.owned = new;
        for (tp, offset) in committed {
            if let Some(offset) = offset {
                s.committed.insert(tp, offset);
            }
        }
    }
    run_hook(g, g.listener.on_assigned(added)).await;
    g.changed.notify_waiters();
    Ok(revoked_any)
}

async fn heartbeat_loop(g: &GroupShared) -> Next {
    let mut next_heartbeat = Instant::now();
    let mut next_commit = Instant::now() + g.config.auto_commit_interval;
    let metadata_every = g.consumer.config().client.metadata_max_age;
    let mut next_metadata = Instant::now() + metadata_every;
    loop {
        let wake = g.wake.notified();
        let mut due = if g.config.auto_commit { next_heartbeat.min(next_commit) } else { next_heartbeat };
        due = due.min(next_metadata);
        let _ = tokio::time::timeout_at(due, wake).await;
        let (closing, changed, last_poll) = {
            let s = lock(&g.state);
            (s.closing, s.subscription_changed, s.last_poll)
        };
        if closing {
            return Next::Close;
        }
        if changed {
            return Next::Rejoin { backoff: false };
        }
        if last_poll.elapsed() > g.config.max_poll_interval {
            tracing::warn!(
                group = %g.config.group_id,
                "the application has not polled within max_poll_interval; leaving the group until it polls again"
            );
            let owned = lock(&g.state).owned.clone();
            revoke(g, owned).await;
            leave(g).await;
            lock(&g.state).left_for_poll_timeout = true;
            return Next::Rejoin { backoff: false };
        }
        let now = Instant::now();
        if now >= next_metadata {
            next_metadata = now + metadata_every;
            if match_pattern(g).await || partitions_changed(g).await {
                return Next::Rejoin { backoff: false };
            }
        }
        if g.config.auto_commit && now >= next_commit {
            next_commit = now + g.config.auto_commit_interval;
            let owned = lock(&g.state).owned.clone();
            if let Err(error) = commit_processed(g, &owned).await {
                tracing::debug!(%error, "auto-commit failed");
                if matches!(
                    error.code(),
                    Some(
                        ErrorCode::REBALANCE_IN_PROGRESS | ErrorCode::ILLEGAL_GENERATION | ErrorCode::UNKNOWN_MEMBER_ID
                    )
                ) {
                    return after_error(g, "OffsetCommit", error).await;
                }
            }
        }
        if Instant::now() < next_heartbeat {
            continue;
        }
        next_heartbeat = Instant::now() + g.config.heartbeat_interval;
        let error = match send_heartbeat(g).await {
            Ok(r) if r.error_code == 0 => continue,
            Ok(r) => group_error(g, "Heartbeat", r.error_code),
            Err(e) => e,
        };
        if g.coordinator.forget_if_moved(&error) {
            // Find the new coordinator and heartbeat to it soon.
            next_heartbeat = Instant::now() + RETRY_BACKOFF;
            continue;
        }
        match error.code() {
            Some(ErrorCode::REBALANCE_IN_PROGRESS) => return Next::Rejoin { backoff: false },
            Some(ErrorCode::FENCED_INSTANCE_ID) => return Next::Fatal(error),
            _ => {
                let next = after_error(g, "Heartbeat", error).await;
                if !matches!(next, Next::Rejoin { backoff: true }) {
                    return next;
                }
                next_heartbeat = Instant::now() + RETRY_BACKOFF;
            }
        }
    }
}

/// LeaveGroup, unless the member is static (a static member keeps its
/// place for `session_timeout`, so that a restart causes no rebalance).
async fn leave(g: &GroupShared) {
    let member_id = lock(&g.state).member_id.clone();
    if member_id.is_empty() || g.config.group_instance_id.is_some() {
        return;
    }
    // Only the v3+ `members` list: the top-level member id exists up to v2
    // only, and setting it makes the v3+ encoding fail.
    let request = LeaveGroupRequest {
        group_id: g.config.group_id.clone(),
        members: vec![MemberIdentity {
            member_id,
            reason: Some("the consumer is closing".to_owned()),
            ..Default::default()
        }],
        ..Default::default()
    };
    if let Ok(broker) = g.coordinator.broker(Duration::from_secs(5)).await {
        if let Err(error) = broker.send(&request).await {
            tracing::debug!(%error, "LeaveGroup failed; the coordinator drops the member after its session timeout");
        }
    }
    let mut s = lock(&g.state);
    s.member_id.clear();
    s.generation = -1;
}

async fn shut_down(g: &GroupShared) {
    let owned = lock(&g.state).owned.clone();
    revoke(g, owned).await;
    leave(g).await;
}

/// With a pattern subscription: matches the cluster's topics again; returns
/// whether the subscribed set changed.
pub(super) async fn match_pattern(g: &GroupShared) -> bool {
    let Some(pattern) = lock(&g.state).pattern.clone() else { return false };
    let metadata = match g.consumer.cluster().fetch(TopicSelection::All).await {
        Ok(m) => m,
        Err(error) => {
            tracing::debug!(%error, "listing topics for a pattern subscription failed");
            return false;
        }
    };
    let topics: Vec<String> = metadata
        .topics
        .values()
        .filter(|t| !t.is_internal && pattern.is_match(&t.name))
        .map(|t| t.name.clone())
        .collect();
    let mut s = lock(&g.state);
    if s.topics == topics {
        return false;
    }
    tracing::info!(group = %g.config.group_id, ?topics, "the pattern subscription now matches other topics");
    s.topics = topics;
    s.subscription_changed = true;
    true
}

/// As leader: whether a topic of the last assignment gained (or lost)
/// partitions since, in which case the group must be assigned again.
async fn partitions_changed(g: &GroupShared) -> bool {
    let counts = lock(&g.state).assigned_counts.clone();
    if counts.is_empty() {
        return false;
    }
    let names: Vec<String> = counts.keys().cloned().collect();
    let Ok(metadata) = g.consumer.cluster().fetch(TopicSelection::Named(names)).await else { return false };
    counts.iter().any(|(topic, n)| metadata.topics.get(topic).is_some_and(|t| t.partitions.len() as i32 != *n))
}
