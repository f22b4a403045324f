//! The consumer's background task: it decides what to fetch from whom.
//!
//! The application never has to call anything for fetching to progress:
//! this task wakes whenever something changes (a seek, a poll that freed
//! buffer space, a fetch that finished) and
//! - resolves positions that must be looked up (ListOffsets for a seek to
//!   beginning/end/timestamp or an automatic reset);
//! - groups fetchable partitions by their leader and starts one fetch per
//!   broker that has none in flight — so each broker has its own fetcher
//!   and a slow broker never holds back the others;
//! - holds back a fetch of only caught-up partitions (their last fetch
//!   found nothing new, or they were read up to the end that fetch gave) while the same broker leads partitions whose
//!   records the application is still taking: the broker would hold such a
//!   fetch for `fetch_max_wait`, and those partitions could not be fetched
//!   again meanwhile. The fetch goes out with them once they are drained;
//! - stops fetching while the buffered bytes exceed `max_prefetch_bytes`;
//! - refreshes metadata when a fetch found it stale (leader moved), after
//!   which the partitions are fetched from their new leader.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;

use super::config::ConsumerConfig;
use super::fetch_session::FetchSession;
use super::fetcher::{fetch_once, FetchPart};
use super::offsets::list_offsets;
use super::state::State;
use super::types::{OffsetSpec, TopicPartition};
use crate::cluster::Cluster;
use crate::net::lock;

/// What the consumer handle and its tasks share.
#[derive(Debug)]
pub(crate) struct Shared {
    pub config: ConsumerConfig,
    pub cluster: Cluster,
    pub state: Mutex<State>,
    /// Fetch sessions by broker node id.
    pub sessions: Mutex<HashMap<i32, FetchSession>>,
    /// Wakes the driver.
    pub wake_driver: Notify,
    /// Wakes a poll waiting for data.
    pub data_ready: Notify,
    /// Wakes anyone waiting for a position to be known.
    pub progress: Notify,
}

/// How long the driver sleeps when nothing wakes it: a safety net, since
/// every change that matters also notifies it.
const IDLE: Duration = Duration::from_millis(200);

pub(crate) async fn run(shared: Arc<Shared>) {
    loop {
        if lock(&shared.state).closed {
            return;
        }
        let needs_metadata = std::mem::take(&mut lock(&shared.state).needs_metadata);
        if needs_metadata {
            if let Err(error) = shared.cluster.refresh().await {
                tracing::debug!(%error, "metadata refresh for the consumer failed");
            }
        }
        // Lookups run on their own, so that a slow or unreachable leader
        // does not hold back fetching from the others.
        if needs_lookup(&shared) {
            tokio::spawn(resolve_positions(Arc::clone(&shared)));
        }
        start_fetches(&shared);
        let _ = tokio::time::timeout(IDLE, shared.wake_driver.notified()).await;
    }
}

/// Whether some partition waits for an offset lookup not yet started.
fn needs_lookup(shared: &Shared) -> bool {
    lock(&shared.state).partitions.values().any(|ps| ps.pending_reset.is_some() && !ps.busy && ps.error.is_none())
}

/// Looks up the offsets of partitions waiting for a reset.
async fn resolve_positions(shared: Arc<Shared>) {
    let wanted: Vec<_> = {
        let mut state = lock(&shared.state);
        state
            .partitions
            .iter_mut()
            .filter(|(_, ps)| !ps.busy && ps.error.is_none())
            .filter_map(|(tp, ps)| {
                let spec = ps.pending_reset?;
                ps.busy = true;
                Some((tp.clone(), spec, ps.generation))
            })
            .collect()
    };
    if wanted.is_empty() {
        return;
    }
    let asks: Vec<_> = wanted.iter().map(|(tp, spec, _)| (tp.clone(), *spec)).collect();
    let found = list_offsets(&shared.cluster, shared.config.isolation_level, &asks).await;
    let mut state = lock(&shared.state);
    for (tp, spec, generation) in wanted {
        let Some(ps) = state.partitions.get_mut(&tp) else { continue };
        if ps.generation != generation {
            continue;
        }
        ps.busy = false;
        match found.get(&tp) {
            Some(Ok(Some(offset))) => {
                ps.position = Some(*offset);
                ps.pending_reset = None;
            }
            // No record at or after the timestamp: the end of the log.
            Some(Ok(None)) if matches!(spec, OffsetSpec::Timestamp(_)) => ps.pending_reset = Some(OffsetSpec::Latest),
            Some(Err(e)) if !e.is_retriable() => ps.error = Some(e.clone()),
            _ => state.needs_metadata = true,
        }
    }
    drop(state);
    shared.progress.notify_waiters();
    shared.wake_driver.notify_one();
}

/// Starts a fetch on every broker that leads fetchable partitions and has
/// no fetch in flight.
fn start_fetches(shared: &Arc<Shared>) {
    let metadata = shared.cluster.metadata();
    let mut state = lock(&shared.state);
    let decoded_bytes: usize = state.partitions.values().filter_map(|ps| ps.decoded.as_ref()).map(|d| d.bytes).sum();
    if state.buffered_bytes + decoded_bytes >= shared.config.max_prefetch_bytes {
        return;
    }
    let mut missing_leader = false;
    let busy_nodes = state.fetching_nodes.clone();
    let in_completed: BTreeSet<&TopicPartition> = state.completed.iter().map(|c| &c.tp).collect();
    // Brokers leading a partition whose records wait for the application.
    let mut holding_nodes = BTreeSet::new();
    let mut candidates: BTreeMap<i32, Vec<(FetchPart, bool)>> = BTreeMap::new();
    for (tp, ps) in state.partitions.iter() {
        let holds = ps.holds_records() || (!ps.paused && in_completed.contains(tp));
        if !holds && !ps.fetchable() {
            continue;
        }
        let Some(position) = ps.position else { continue };
        let Ok(topic) = metadata.topic(&tp.topic) else {
            missing_leader = true;
            continue;
        };
        let Ok(leader) = topic.leader(tp.partition) else {
            missing_leader = true;
            continue;
        };
        if holds {
            holding_nodes.insert(leader.node_id);
        }
        if !ps.fetchable() || busy_nodes.contains(&leader.node_id) {
            continue;
        }
        candidates.entry(leader.node_id).or_default().push((
            FetchPart {
                tp: tp.clone(),
                topic_id: topic.topic_id,
                generation: ps.generation,
                offset: position,
                leader_epoch: leader.leader_epoch,
                last_fetched_epoch: ps.last_fetched_epoch,
            },
            ps.at_end(),
        ));
    }
    drop(in_completed);
    let mut by_node: BTreeMap<i32, Vec<FetchPart>> = BTreeMap::new();
    for (node, parts) in candidates {
        // A fetch of caught-up partitions only would be held by the broker
        // for up to `fetch_max_wait`, and while it is, partitions of the
        // same broker whose records the application is taking cannot be
        // fetched again. Such a fetch waits until those join it.
        if holding_nodes.contains(&node) && parts.iter().all(|(_, caught_up)| *caught_up) {
            continue;
        }
        for (part, _) in &parts {
            if let Some(ps) = state.partitions.get_mut(&part.tp) {
                ps.busy = true;
            }
        }
        by_node.insert(node, parts.into_iter().map(|(part, _)| part).collect());
    }
    if missing_leader {
        state.needs_metadata = true;
    }
    for node in by_node.keys() {
        state.fetching_nodes.insert(*node);
    }
    drop(state);
    for (node, parts) in by_node {
        let shared = Arc::clone(shared);
        tokio::spawn(async move {
            match shared.cluster.broker(node).await {
                Ok(broker) => fetch_once(Arc::clone(&shared), node, broker, parts).await,
                Err(error) => {
                    tracing::debug!(node, %error, "no handle for the leader; refreshing metadata");
                    let mut state = lock(&shared.state);
                    for part in &parts {
                        if let Some(ps) = state.partitions.get_mut(&part.tp) {
                            if ps.generation == part.generation {
                                ps.busy = false;
                            }
                        }
                    }
                    state.needs_metadata = true;
                    state.fetching_nodes.remove(&node);
                }
            }
        });
    }
}
