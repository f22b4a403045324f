//! [`GroupConsumer`]: a consumer whose partitions the group assigns.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::config::GroupConfig;
use super::coordinator::Coordinator;
use super::listener::{NoopListener, RebalanceListener};
use super::member;
use super::offsets;
use super::state::{GroupShared, GroupState};
use crate::consumer::{Consumer, ConsumerConfig, ConsumerRecord, TopicPartition};
use crate::error::Result;
use crate::net::lock;
use crate::producer::ConsumerGroupMetadata;

const COMMIT_WAIT: Duration = Duration::from_secs(30);

/// A member of a consumer group (classic protocol). Subscribe to topics;
/// the group divides their partitions among its members, and this handle
/// reads the ones it gets. See the [module docs](super).
#[derive(Debug)]
pub struct GroupConsumer {
    shared: Arc<GroupShared>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl Drop for GroupConsumer {
    fn drop(&mut self) {
        if let Some(task) = lock(&self.task).take() {
            task.abort();
        }
    }
}

impl GroupConsumer {
    /// Connects and starts the member task (it joins once subscribed).
    pub async fn connect(
        consumer: ConsumerConfig,
        group: GroupConfig,
        listener: Option<Arc<dyn RebalanceListener>>,
    ) -> Result<GroupConsumer> {
        group.validate()?;
        let consumer = Consumer::connect(consumer).await?;
        let coordinator = Coordinator::new(consumer.cluster().clone(), group.group_id.clone());
        let shared = Arc::new(GroupShared {
            config: group,
            consumer,
            coordinator,
            listener: listener.unwrap_or_else(|| Arc::new(NoopListener)),
            state: Mutex::new(GroupState::new()),
            wake: Notify::new(),
            changed: Notify::new(),
            closing: Notify::new(),
        });
        let task = tokio::spawn(member::run(Arc::clone(&shared)));
        Ok(GroupConsumer { shared, task: Mutex::new(Some(task)) })
    }

    /// Subscribes to exactly these topics (replacing any earlier list); the
    /// member (re)joins the group with them.
    pub fn subscribe<I, S>(&self, topics: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut topics: Vec<String> = topics.into_iter().map(Into::into).collect();
        topics.sort();
        topics.dedup();
        {
            let mut s = lock(&self.shared.state);
            s.pattern = None;
            if s.topics != topics {
                s.topics = topics;
                s.subscription_changed = true;
            }
        }
        self.shared.wake.notify_one();
    }

    /// Subscribes to every existing topic whose whole name matches
    /// `pattern` (a regular expression), replacing any earlier
    /// subscription. Topics are matched again every `metadata_max_age`;
    /// the member rejoins when the set changes. Internal topics never match.
    pub fn subscribe_pattern(&self, pattern: &str) -> Result<()> {
        let anchored = format!("^(?:{pattern})$");
        let regex = regex::Regex::new(&anchored).map_err(|e| crate::error::Error::Config {
            option: "pattern",
            value: pattern.to_owned(),
            allowed: format!("a valid regular expression ({e})"),
        })?;
        {
            let mut s = lock(&self.shared.state);
            s.pattern = Some(regex);
            s.topics.clear();
            s.subscription_changed = true;
        }
        self.shared.wake.notify_one();
        Ok(())
    }

    /// The topics subscribed to now (for a pattern, those it matched).
    pub fn subscription(&self) -> Vec<String> {
        lock(&self.shared.state).topics.clone()
    }

    /// The manual consumer underneath, for `seek`, `pause`, `position`...
    /// on assigned partitions. (Do not `assign` through it: the group owns
    /// the assignment.)
    pub fn consumer(&self) -> &Consumer {
        &self.shared.consumer
    }

    /// The partitions this member owns now.
    pub fn assignment(&self) -> Vec<TopicPartition> {
        lock(&self.shared.state).owned.iter().cloned().collect()
    }

    /// The member id and generation, once joined.
    pub fn membership(&self) -> (String, i32) {
        let s = lock(&self.shared.state);
        (s.member_id.clone(), s.generation)
    }

    /// Who this member is, for
    /// [`Producer::send_offsets_to_transaction`](crate::producer::Producer::send_offsets_to_transaction):
    /// group id, generation (or KIP-848 member epoch), member id and static
    /// instance id. Take it when sending the offsets, not earlier: after a
    /// rebalance an older generation is refused.
    pub fn group_metadata(&self) -> ConsumerGroupMetadata {
        let s = lock(&self.shared.state);
        ConsumerGroupMetadata {
            group_id: self.shared.config.group_id.clone(),
            generation_id: s.generation,
            member_id: s.member_id.clone(),
            group_instance_id: self.shared.config.group_instance_id.clone(),
        }
    }

    /// Waits (up to `timeout`) until the assignment changes; returns the
    /// new assignment, or `None` on timeout.
    pub async fn assignment_changed(&self, timeout: Duration) -> Option<Vec<TopicPartition>> {
        let changed = self.shared.changed.notified();
        tokio::time::timeout(timeout, changed).await.ok().map(|()| self.assignment())
    }

    /// Records from the partitions this member owns (see
    /// [`Consumer::poll`]). Fails if the member left the group for good
    /// (e.g. FENCED_INSTANCE_ID: another consumer uses the same
    /// `group_instance_id`).
    pub async fn poll(&self, max_wait: Duration) -> Result<Vec<ConsumerRecord>> {
        {
            let mut s = lock(&self.shared.state);
            if let Some(error) = s.fatal.clone() {
                return Err(error);
            }
            s.last_poll = Instant::now();
            if s.left_for_poll_timeout {
                s.left_for_poll_timeout = false;
                drop(s);
                self.shared.wake.notify_one();
            }
        }
        let records = self.shared.consumer.poll(max_wait).await?;
        lock(&self.shared.state).last_poll = Instant::now();
        Ok(records)
    }

    /// [`poll`](Self::poll), packed for the bindings (see
    /// [`PackedRecords`](crate::consumer::PackedRecords)).
    pub async fn poll_packed(&self, max_wait: Duration) -> Result<crate::consumer::PackedRecords> {
        Ok(crate::consumer::PackedRecords::pack(&self.poll(max_wait).await?))
    }

    /// Marks a record processed: auto-commit (and [`commit`](Self::commit))
    /// will commit the offset after it.
    pub fn mark_processed(&self, record: &ConsumerRecord) {
        self.store_offset(TopicPartition::new(record.topic.clone(), record.partition), record.offset + 1);
    }

    /// Marks everything before `next_offset` in `tp` processed.
    pub fn store_offset(&self, tp: TopicPartition, next_offset: i64) {
        let mut s = lock(&self.shared.state);
        if s.owned.contains(&tp) {
            let entry = s.processed.entry(tp).or_insert(next_offset);
            *entry = (*entry).max(next_offset);
        }
    }

    /// Commits what was marked processed and not committed yet.
    pub async fn commit(&self) -> Result<()> {
        let owned = lock(&self.shared.state).owned.clone();
        member::commit_processed(&self.shared, &owned).await
    }

    /// Commits the current position of every owned partition (everything
    /// delivered counts as processed).
    pub async fn commit_positions(&self) -> Result<()> {
        let owned = self.assignment();
        let mut offsets = BTreeMap::new();
        for tp in owned {
            if let Ok(position) = self.shared.consumer.position(&tp, Duration::ZERO).await {
                offsets.insert(tp, position);
            }
        }
        self.commit_offsets(offsets).await
    }

    /// Commits these offsets (the next offset to read, per partition).
    pub async fn commit_offsets(&self, offsets: BTreeMap<TopicPartition, i64>) -> Result<()> {
        let identity = lock(&self.shared.state).identity(self.shared.config.group_instance_id.clone());
        offsets::commit(&self.shared.coordinator, &identity, &offsets, COMMIT_WAIT).await?;
        lock(&self.shared.state).committed.extend(offsets);
        Ok(())
    }

    /// The group's committed offsets of `partitions`. While a transaction
    /// that commits offsets of them is completing (UNSTABLE_OFFSET_COMMIT),
    /// or the coordinator is briefly unavailable, it waits and asks again,
    /// for up to 30 s; then it fails with a timeout error naming the cause.
    pub async fn committed(&self, partitions: &[TopicPartition]) -> Result<BTreeMap<TopicPartition, Option<i64>>> {
        offsets::fetch_stable(&self.shared.coordinator, partitions, COMMIT_WAIT).await
    }

    /// Leaves the group: commits processed offsets (auto-commit), runs the
    /// revoked hook, sends LeaveGroup (not for static members), and closes
    /// the connections.
    pub async fn close(&self) {
        lock(&self.shared.state).closing = true;
        self.shared.wake.notify_one();
        self.shared.closing.notify_waiters();
        let task = lock(&self.task).take();
        if let Some(task) = task {
            if let Err(error) = task.await {
                tracing::debug!(%error, "the member task ended abnormally");
            }
        }
        self.shared.consumer.close().await;
    }
}
