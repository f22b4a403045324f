//! [`Consumer`]: the application's handle.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::config::ConsumerConfig;
use super::decode::decode;
use super::driver::{self, Shared};
use super::state::{PartitionState, State};
use super::types::{AutoOffsetReset, ConsumerRecord, OffsetSpec, TopicPartition};
use crate::cluster::Cluster;
use crate::error::{Error, ErrorContext, Result};
use crate::net::lock;
use crate::protocol::ErrorCode;

/// A Kafka consumer with manually assigned partitions.
///
/// Fetching runs in the background (see the [module docs](super)); `poll`
/// hands out what has arrived. Cheap to share behind an `Arc`; all methods
/// take `&self`.
#[derive(Debug)]
pub struct Consumer {
    shared: Arc<Shared>,
    driver: Mutex<Option<JoinHandle<()>>>,
    owns_cluster: bool,
}

impl Drop for Consumer {
    fn drop(&mut self) {
        lock(&self.shared.state).closed = true;
        if let Some(task) = lock(&self.driver).take() {
            task.abort();
        }
    }
}

impl Consumer {
    /// Connects to the cluster and starts the background fetching (with
    /// nothing assigned yet).
    pub async fn connect(config: ConsumerConfig) -> Result<Consumer> {
        config.validate()?;
        let cluster = Cluster::connect(config.client.clone()).await?;
        Ok(Self::start(config, cluster, true))
    }

    /// A consumer that shares an existing cluster connection.
    pub fn with_cluster(config: ConsumerConfig, cluster: Cluster) -> Result<Consumer> {
        config.validate()?;
        Ok(Self::start(config, cluster, false))
    }

    fn start(config: ConsumerConfig, cluster: Cluster, owns_cluster: bool) -> Consumer {
        let shared = Arc::new(Shared {
            config,
            cluster,
            state: Mutex::new(State::default()),
            sessions: Mutex::new(std::collections::HashMap::new()),
            wake_driver: Notify::new(),
            data_ready: Notify::new(),
            progress: Notify::new(),
        });
        let driver = tokio::spawn(driver::run(Arc::clone(&shared)));
        Consumer { shared, driver: Mutex::new(Some(driver)), owns_cluster }
    }

    /// The cluster this consumer reads from.
    pub fn cluster(&self) -> &Cluster {
        &self.shared.cluster
    }

    /// The options this consumer was made with.
    pub fn config(&self) -> &ConsumerConfig {
        &self.shared.config
    }

    /// Reads exactly these partitions from now on. Partitions that stay
    /// keep their position; new ones start per `auto_offset_reset` unless
    /// sought first. Fails with [`Error::UnknownTopic`] for a topic that
    /// does not exist, and with UNKNOWN_TOPIC_OR_PARTITION for a partition
    /// the topic does not have.
    pub async fn assign(&self, partitions: impl IntoIterator<Item = TopicPartition>) -> Result<()> {
        let wanted: BTreeSet<TopicPartition> = partitions.into_iter().collect();
        for tp in &wanted {
            let topic = self.shared.cluster.topic(&tp.topic).await?;
            if topic.partition(tp.partition).is_none() {
                return Err(Error::kafka(
                    ErrorCode::UNKNOWN_TOPIC_OR_PARTITION.0,
                    ErrorContext::partition("assign", tp.topic.clone(), tp.partition),
                    Some(format!("topic {} has {} partitions", tp.topic, topic.partitions.len())),
                ));
            }
        }
        let mut state = lock(&self.shared.state);
        state.partitions.retain(|tp, _| wanted.contains(tp));
        state.drop_completed(|tp| wanted.contains(tp));
        for tp in wanted {
            if !state.partitions.contains_key(&tp) {
                let generation = state.bump();
                let mut ps = PartitionState::new(generation);
                ps.pending_reset = self.reset_spec();
                state.partitions.insert(tp, ps);
            }
        }
        drop(state);
        self.shared.wake_driver.notify_one();
        Ok(())
    }

    /// The partitions assigned, in order.
    pub fn assignment(&self) -> Vec<TopicPartition> {
        lock(&self.shared.state).partitions.keys().cloned().collect()
    }

    fn reset_spec(&self) -> Option<OffsetSpec> {
        match self.shared.config.auto_offset_reset {
            AutoOffsetReset::Earliest => Some(OffsetSpec::Earliest),
            AutoOffsetReset::Latest => Some(OffsetSpec::Latest),
            AutoOffsetReset::None => None,
        }
    }

    /// Moves an assigned partition to `offset`: the next record delivered
    /// from it is the one at `offset` (or the next one after it that
    /// exists). Nothing fetched before the call is delivered after it.
    pub fn seek(&self, tp: &TopicPartition, offset: i64) -> Result<()> {
        self.reposition(tp, Some(offset), None)
    }

    /// Moves an assigned partition to the earliest offset, the end, or the
    /// first offset at or after a timestamp (looked up in the background).
    pub fn seek_to(&self, tp: &TopicPartition, spec: OffsetSpec) -> Result<()> {
        self.reposition(tp, None, Some(spec))
    }

    fn reposition(&self, tp: &TopicPartition, offset: Option<i64>, spec: Option<OffsetSpec>) -> Result<()> {
        let mut state = lock(&self.shared.state);
        let generation = state.bump();
        let Some(ps) = state.partitions.get_mut(tp) else { return Err(not_assigned(tp, "seek")) };
        ps.invalidate(generation);
        ps.position = offset;
        ps.pending_reset = spec;
        ps.last_fetched_epoch = None;
        let tp = tp.clone();
        state.drop_completed(|c| *c != tp);
        drop(state);
        self.shared.wake_driver.notify_one();
        Ok(())
    }

    /// The offset of the next record `poll` will deliver from `tp`, waiting
    /// (up to `timeout`) while it is being looked up.
    ///
    /// Fails with OFFSET_OUT_OF_RANGE naming the partition when it has no
    /// position and `auto_offset_reset` is none, and with a timeout error if
    /// the lookup does not finish in time.
    pub async fn position(&self, tp: &TopicPartition, timeout: Duration) -> Result<i64> {
        let deadline = Instant::now() + timeout;
        loop {
            let progressed = self.shared.progress.notified();
            {
                let mut state = lock(&self.shared.state);
                let Some(ps) = state.partitions.get_mut(tp) else { return Err(not_assigned(tp, "position")) };
                if let Some(position) = ps.position {
                    return Ok(position);
                }
                if let Some(error) = ps.error.clone() {
                    return Err(error);
                }
                if ps.pending_reset.is_none() {
                    return Err(no_position(tp));
                }
            }
            self.shared.wake_driver.notify_one();
            if tokio::time::timeout_at(deadline, progressed).await.is_err() {
                return Err(Error::Timeout { operation: format!("looking up the position of {tp}"), after: timeout });
            }
        }
    }

    /// Stops fetching these partitions until [`resume`](Self::resume);
    /// records already fetched for them are dropped (and fetched again
    /// after resuming), so the position stays where the application is.
    pub fn pause(&self, partitions: &[TopicPartition]) -> Result<()> {
        self.set_paused(partitions, true)
    }

    /// Fetches paused partitions again.
    pub fn resume(&self, partitions: &[TopicPartition]) -> Result<()> {
        self.set_paused(partitions, false)
    }

    fn set_paused(&self, partitions: &[TopicPartition], paused: bool) -> Result<()> {
        let mut state = lock(&self.shared.state);
        for tp in partitions {
            let generation = state.bump();
            let Some(ps) = state.partitions.get_mut(tp) else { return Err(not_assigned(tp, "pause")) };
            if ps.paused != paused {
                ps.paused = paused;
                if paused {
                    ps.invalidate(generation);
                }
            }
        }
        let set: BTreeSet<TopicPartition> = partitions.iter().cloned().collect();
        if paused {
            state.drop_completed(|tp| !set.contains(tp));
        }
        drop(state);
        self.shared.wake_driver.notify_one();
        Ok(())
    }

    /// The paused partitions.
    pub fn paused(&self) -> Vec<TopicPartition> {
        lock(&self.shared.state).partitions.iter().filter(|(_, ps)| ps.paused).map(|(tp, _)| tp.clone()).collect()
    }

    /// The last high watermark seen for each fetched partition.
    pub fn high_watermarks(&self) -> BTreeMap<TopicPartition, i64> {
        lock(&self.shared.state)
            .partitions
            .iter()
            .filter_map(|(tp, ps)| Some((tp.clone(), ps.high_watermark?)))
            .collect()
    }

    /// Records that arrived, up to `max_poll_records`, waiting up to
    /// `max_wait` for the first. Returns an empty list when none came in
    /// time.
    ///
    /// Errors of one partition (e.g. OFFSET_OUT_OF_RANGE under
    /// `auto_offset_reset = none`, a corrupt batch) are returned once no
    /// record is ready; records of other partitions are never lost to them.
    pub async fn poll(&self, max_wait: Duration) -> Result<Vec<ConsumerRecord>> {
        let deadline = Instant::now() + max_wait;
        loop {
            let ready = self.shared.data_ready.notified();
            self.decode_completed();
            let (records, error) = self.take_records();
            if !records.is_empty() {
                self.shared.wake_driver.notify_one();
                return Ok(records);
            }
            if let Some(error) = error {
                return Err(error);
            }
            self.shared.wake_driver.notify_one();
            if tokio::time::timeout_at(deadline, ready).await.is_err() {
                return Ok(Vec::new());
            }
        }
    }

    /// [`poll`](Self::poll), with the records packed into one buffer and
    /// flat tables (see [`PackedRecords`](super::PackedRecords)) — the form
    /// the bindings hand to their host language in one crossing.
    pub async fn poll_packed(&self, max_wait: Duration) -> Result<super::PackedRecords> {
        Ok(super::PackedRecords::pack(&self.poll(max_wait).await?))
    }

    /// Decodes buffered fetch answers (outside the lock) into the
    /// partitions whose position they still match.
    fn decode_completed(&self) {
        loop {
            let completed = {
                let mut state = lock(&self.shared.state);
                let Some(completed) = state.completed.pop_front() else { return };
                state.buffered_bytes = state.buffered_bytes.saturating_sub(completed.records.len());
                completed
            };
            let decoded = decode(
                &completed.tp,
                completed.records,
                completed.fetch_offset,
                completed.aborted.as_deref(),
                self.shared.config.check_crcs,
            );
            let mut state = lock(&self.shared.state);
            let Some(ps) = state.partitions.get_mut(&completed.tp) else { continue };
            if ps.generation != completed.generation {
                continue; // stale: whatever made it so already freed the partition
            }
            if ps.position != Some(completed.fetch_offset) {
                ps.busy = false;
                continue;
            }
            ps.high_watermark = Some(completed.high_watermark);
            ps.decoded = Some(decoded);
        }
    }

    /// Takes decoded records, advancing positions; or the first error.
    fn take_records(&self) -> (Vec<ConsumerRecord>, Option<Error>) {
        let max = self.shared.config.max_poll_records;
        let mut records = Vec::new();
        let mut error = None;
        let mut state = lock(&self.shared.state);
        // Start where the last poll stopped, so that one busy partition
        // cannot starve the others when `max_poll_records` cuts a poll short.
        let count = state.partitions.len().max(1);
        let start = state.poll_cursor % count;
        state.poll_cursor = state.poll_cursor.wrapping_add(1);
        let (head, tail): (Vec<_>, Vec<_>) = state.partitions.iter_mut().enumerate().partition(|(i, _)| *i >= start);
        for (tp, ps) in head.into_iter().chain(tail).map(|(_, entry)| entry) {
            if ps.paused {
                continue;
            }
            if let Some(decoded) = ps.decoded.as_mut() {
                while records.len() < max {
                    let Some(record) = decoded.records.pop_front() else { break };
                    ps.position = Some(record.offset + 1);
                    ps.last_fetched_epoch = Some(record.leader_epoch);
                    records.push(record);
                }
                if decoded.records.is_empty() {
                    if decoded.error.is_none() {
                        ps.position = Some(decoded.next_offset.max(ps.position.unwrap_or(i64::MIN)));
                        if let Some(epoch) = decoded.last_epoch {
                            ps.last_fetched_epoch = Some(epoch);
                        }
                    }
                    ps.error = decoded.error.take();
                    ps.decoded = None;
                    ps.busy = false;
                }
            }
            if error.is_none() && records.is_empty() {
                if let Some(e) = ps.error.take() {
                    error = Some(e);
                } else if ps.position.is_none() && ps.pending_reset.is_none() {
                    error = Some(no_position(tp));
                }
            }
        }
        (records, error)
    }

    /// Stops fetching; closes the cluster connection if this consumer made it.
    pub async fn close(&self) {
        lock(&self.shared.state).closed = true;
        if let Some(task) = lock(&self.driver).take() {
            task.abort();
        }
        if self.owns_cluster {
            self.shared.cluster.shutdown().await;
        }
    }
}

fn not_assigned(tp: &TopicPartition, what: &'static str) -> Error {
    Error::Config {
        option: "partition",
        value: tp.to_string(),
        allowed: format!("a partition assigned to this consumer; assign {tp} before calling {what}"),
    }
}

/// The error for an assigned partition without a position under
/// `auto_offset_reset = none`.
fn no_position(tp: &TopicPartition) -> Error {
    Error::kafka(
        ErrorCode::OFFSET_OUT_OF_RANGE.0,
        ErrorContext::partition("Fetch", tp.topic.clone(), tp.partition),
        Some(format!(
            "{tp} has no position and auto_offset_reset is none; seek it to an offset (or to the \
             beginning or end) before polling, or set auto_offset_reset to earliest or latest"
        )),
    )
}
