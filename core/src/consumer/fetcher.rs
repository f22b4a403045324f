//! One fetch to one broker: build the request from the partitions the
//! broker leads, send it, and file each partition's answer.
//!
//! Requests go through the broker's fetch session (`fetch_session`), so
//! they name only partitions whose position changed. Each partition carries the leader epoch the client
//! believes current (KIP-320), so a broker that is no longer leader, or is
//! ahead of the client's metadata, refuses instead of serving stale data;
//! and the epoch of the last batch read, so the broker can report a log
//! that diverged (truncation after an unclean leader change).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use super::decode::Aborted;
use super::driver::Shared;
use super::state::Completed;
use super::truncation::{on_diverging_epoch, Verdict};
use super::types::{AutoOffsetReset, IsolationLevel, OffsetSpec, TopicPartition};
use crate::error::{Error, ErrorContext};
use crate::net::{lock, Broker, RequestOptions};
use crate::protocol::messages::fetch_request::{FetchPartition, FetchTopic, ForgottenTopic};
use crate::protocol::messages::FetchRequest;
use crate::protocol::{ErrorCode, Uuid};

/// One partition of a fetch.
#[derive(Debug, Clone)]
pub(crate) struct FetchPart {
    pub tp: TopicPartition,
    pub topic_id: Uuid,
    pub generation: u64,
    pub offset: i64,
    pub leader_epoch: i32,
    pub last_fetched_epoch: Option<i32>,
}

/// Sends one fetch for `parts` to `broker` and files the answers.
pub(crate) async fn fetch_once(shared: Arc<Shared>, node: i32, broker: Arc<Broker>, parts: Vec<FetchPart>) {
    let config = &shared.config;
    let session = lock(&shared.sessions).entry(node).or_default().request(&parts);
    let mut topics: Vec<FetchTopic> = Vec::new();
    for part in session.include.iter().filter_map(|&i| parts.get(i)) {
        let partition = FetchPartition {
            partition: part.tp.partition,
            current_leader_epoch: part.leader_epoch,
            fetch_offset: part.offset,
            last_fetched_epoch: part.last_fetched_epoch.unwrap_or(-1),
            log_start_offset: -1,
            partition_max_bytes: config.max_partition_fetch_bytes,
            ..Default::default()
        };
        match topics.iter_mut().find(|t| t.topic == part.tp.topic) {
            Some(topic) => topic.partitions.push(partition),
            None => topics.push(FetchTopic {
                topic: part.tp.topic.clone(),
                topic_id: part.topic_id,
                partitions: vec![partition],
                ..Default::default()
            }),
        }
    }
    let mut forgotten: Vec<ForgottenTopic> = Vec::new();
    for (tp, topic_id) in &session.forget {
        match forgotten.iter_mut().find(|t| t.topic == tp.topic) {
            Some(topic) => topic.partitions.push(tp.partition),
            None => forgotten.push(ForgottenTopic {
                topic: tp.topic.clone(),
                topic_id: *topic_id,
                partitions: vec![tp.partition],
                ..Default::default()
            }),
        }
    }
    let request = FetchRequest {
        max_wait_ms: config.fetch_max_wait_ms(),
        min_bytes: config.fetch_min_bytes,
        max_bytes: config.fetch_max_bytes,
        isolation_level: config.isolation_level.wire(),
        session_id: session.session_id,
        session_epoch: session.session_epoch,
        topics,
        forgotten_topics_data: forgotten,
        rack_id: config.client_rack.clone(),
        ..Default::default()
    };
    let timeout = config.client.connection.request_timeout + config.fetch_max_wait;
    let result = broker.send_with(&request, RequestOptions { version: None, timeout: Some(timeout) }).await;
    let response = match result.and_then(|r| {
        Error::check(r.error_code, ErrorContext::api("Fetch"), None)?;
        Ok(r)
    }) {
        Ok(response) => response,
        Err(error) => {
            tracing::debug!(node, %error, "fetch failed; retrying with a full fetch after a metadata refresh");
            lock(&shared.sessions).entry(node).or_default().reset();
            release(&shared, &parts, true);
            tokio::time::sleep(config.client.reconnect_backoff_min.max(Duration::from_millis(50))).await;
            finish(&shared, node);
            return;
        }
    };
    lock(&shared.sessions).entry(node).or_default().succeeded(&session, &parts, response.session_id);
    let by_name: HashMap<&str, &FetchPart> = parts.iter().map(|p| (p.tp.topic.as_str(), p)).collect();
    let by_id: HashMap<Uuid, &str> = parts.iter().map(|p| (p.topic_id, p.tp.topic.as_str())).collect();
    let mut answered = Vec::new();
    let mut stale_metadata = false;
    {
        let mut state = lock(&shared.state);
        for topic in response.responses {
            let name = if topic.topic.is_empty() {
                by_id.get(&topic.topic_id).copied()
            } else {
                by_name.get(topic.topic.as_str()).map(|p| p.tp.topic.as_str())
            };
            let Some(name) = name else { continue };
            for data in topic.partitions {
                let tp = TopicPartition::new(name, data.partition_index);
                let Some(part) = parts.iter().find(|p| p.tp == tp) else { continue };
                answered.push(tp.clone());
                let state = &mut *state;
                let Some(ps) = state.partitions.get_mut(&tp) else { continue };
                if ps.generation != part.generation {
                    continue; // sought, paused or reassigned meanwhile
                }
                ps.high_watermark = Some(data.high_watermark);
                let committed_only = config.isolation_level == IsolationLevel::ReadCommitted;
                ps.readable_end = Some(if committed_only && data.last_stable_offset >= 0 {
                    data.last_stable_offset
                } else {
                    data.high_watermark
                });
                match ErrorCode(data.error_code) {
                    ErrorCode::NONE => {}
                    ErrorCode::OFFSET_OUT_OF_RANGE => {
                        ps.busy = false;
                        match config.auto_offset_reset {
                            AutoOffsetReset::Earliest => reset_to(ps, OffsetSpec::Earliest),
                            AutoOffsetReset::Latest => reset_to(ps, OffsetSpec::Latest),
                            AutoOffsetReset::None => ps.error = Some(out_of_range(&tp, part.offset)),
                        }
                        continue;
                    }
                    code if code.is_retriable() || code.invalidates_metadata() => {
                        tracing::debug!(%tp, code = code.name(), "partition fetch failed; refreshing metadata");
                        ps.busy = false;
                        stale_metadata = true;
                        continue;
                    }
                    code => {
                        ps.busy = false;
                        ps.error = Some(Error::kafka(
                            code.0,
                            ErrorContext::partition("Fetch", tp.topic.clone(), tp.partition),
                            None,
                        ));
                        continue;
                    }
                }
                if data.diverging_epoch.epoch >= 0 && data.diverging_epoch.end_offset >= 0 {
                    // The leader's log diverges from what this consumer read
                    // (truncation after an unclean leader change).
                    ps.busy = false;
                    let diverging = &data.diverging_epoch;
                    match on_diverging_epoch(&tp, part.offset, diverging.epoch, diverging.end_offset, config.auto_offset_reset) {
                        Verdict::Resume { offset, epoch, truncated } => {
                            if truncated {
                                tracing::warn!(%tp, position = part.offset, resume_at = offset, "log truncation detected");
                            }
                            ps.last_fetched_epoch = Some(epoch);
                            ps.position = Some(offset);
                        }
                        Verdict::Fail(error) => {
                            tracing::warn!(%tp, %error, "log truncation detected");
                            ps.error = Some(error);
                        }
                    }
                    continue;
                }
                let records = data.records.unwrap_or_default();
                ps.caught_up = records.is_empty();
                if records.is_empty() {
                    ps.busy = false;
                    continue;
                }
                let aborted = (config.isolation_level == IsolationLevel::ReadCommitted).then(|| {
                    data.aborted_transactions
                        .unwrap_or_default()
                        .into_iter()
                        .map(|a| Aborted { producer_id: a.producer_id, first_offset: a.first_offset })
                        .collect()
                });
                state.buffered_bytes += records.len();
                state.completed.push_back(Completed {
                    tp,
                    generation: part.generation,
                    fetch_offset: part.offset,
                    records,
                    aborted,
                    high_watermark: data.high_watermark,
                });
            }
        }
    }
    // In an incremental session the broker leaves out partitions without
    // news: they are caught up.
    let unanswered: Vec<FetchPart> = parts.iter().filter(|p| !answered.contains(&p.tp)).cloned().collect();
    release(&shared, &unanswered, false);
    mark_caught_up(&shared, &unanswered);
    if stale_metadata {
        lock(&shared.state).needs_metadata = true;
    }
    shared.data_ready.notify_one();
    shared.progress.notify_waiters();
    finish(&shared, node);
}

fn reset_to(ps: &mut super::state::PartitionState, spec: OffsetSpec) {
    ps.position = None;
    ps.pending_reset = Some(spec);
    ps.last_fetched_epoch = None;
}

/// The error for a partition whose position is out of range (or unknown)
/// under `auto_offset_reset = none`.
pub(crate) fn out_of_range(tp: &TopicPartition, offset: i64) -> Error {
    Error::kafka(
        ErrorCode::OFFSET_OUT_OF_RANGE.0,
        ErrorContext::partition("Fetch", tp.topic.clone(), tp.partition),
        Some(format!(
            "offset {offset} is outside the log and auto_offset_reset is none; seek {tp} to a valid \
             offset (or to the beginning or end), or set auto_offset_reset to earliest or latest"
        )),
    )
}

/// Makes `parts` fetchable again (if nothing changed them meanwhile).
fn release(shared: &Shared, parts: &[FetchPart], stale_metadata: bool) {
    let mut state = lock(&shared.state);
    for part in parts {
        if let Some(ps) = state.partitions.get_mut(&part.tp) {
            if ps.generation == part.generation {
                ps.busy = false;
            }
        }
    }
    if stale_metadata {
        state.needs_metadata = true;
    }
}

/// Notes that `parts` had no news (if nothing changed them meanwhile).
fn mark_caught_up(shared: &Shared, parts: &[FetchPart]) {
    let mut state = lock(&shared.state);
    for part in parts {
        if let Some(ps) = state.partitions.get_mut(&part.tp) {
            if ps.generation == part.generation {
                ps.caught_up = true;
            }
        }
    }
}

/// The broker may be sent its next fetch.
fn finish(shared: &Shared, node: i32) {
    lock(&shared.state).fetching_nodes.remove(&node);
    shared.wake_driver.notify_one();
}
