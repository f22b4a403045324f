//! What a group member and its application share.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;
use tokio::time::Instant;

use super::config::GroupConfig;
use super::coordinator::Coordinator;
use super::listener::RebalanceListener;
use super::offsets::CommitIdentity;
use crate::consumer::{Consumer, TopicPartition};
use crate::error::Error;

/// Shared by the [`GroupConsumer`](super::GroupConsumer) and its member task.
pub(crate) struct GroupShared {
    pub config: GroupConfig,
    pub consumer: Consumer,
    pub coordinator: Coordinator,
    pub listener: Arc<dyn RebalanceListener>,
    pub state: Mutex<GroupState>,
    /// Wakes the member task (subscription change, close, a poll after a
    /// poll timeout).
    pub wake: Notify,
    /// Signalled whenever the assignment changes.
    pub changed: Notify,
    /// Signalled (to all waiters) when the consumer starts closing, to cut
    /// a pending JoinGroup short.
    pub closing: Notify,
}

impl std::fmt::Debug for GroupShared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupShared").field("group_id", &self.config.group_id).finish_non_exhaustive()
    }
}

#[derive(Debug)]
pub(crate) struct GroupState {
    /// Subscribed topics (for a pattern: the topics that matched it last).
    pub topics: Vec<String>,
    /// A pattern subscription: topics are the existing ones it matches.
    pub pattern: Option<regex::Regex>,
    /// As leader: the partition count of each topic at the last assignment.
    pub assigned_counts: std::collections::BTreeMap<String, i32>,
    /// The subscription changed since the last join.
    pub subscription_changed: bool,
    /// Partitions this member owns.
    pub owned: BTreeSet<TopicPartition>,
    pub member_id: String,
    pub generation: i32,
    /// Next offset per partition, as marked processed by the application.
    pub processed: BTreeMap<TopicPartition, i64>,
    /// What was last committed (to skip commits that change nothing).
    pub committed: BTreeMap<TopicPartition, i64>,
    pub last_poll: Instant,
    /// The member left the group because the application stopped polling;
    /// it rejoins at the next poll.
    pub left_for_poll_timeout: bool,
    pub closing: bool,
    /// An error that ended membership for good (e.g. FENCED_INSTANCE_ID).
    pub fatal: Option<Error>,
    /// KIP-848: a target assignment that arrived in a heartbeat sent while
    /// a rebalance hook ran, applied once the hook is done.
    pub pending_target: Option<Vec<TopicPartition>>,
}

impl GroupState {
    pub(crate) fn new() -> Self {
        Self {
            topics: Vec::new(),
            pattern: None,
            assigned_counts: BTreeMap::new(),
            subscription_changed: false,
            owned: BTreeSet::new(),
            member_id: String::new(),
            generation: -1,
            processed: BTreeMap::new(),
            committed: BTreeMap::new(),
            last_poll: Instant::now(),
            left_for_poll_timeout: false,
            closing: false,
            fatal: None,
            pending_target: None,
        }
    }

    pub(crate) fn identity(&self, instance: Option<String>) -> CommitIdentity {
        CommitIdentity { generation: self.generation, member_id: self.member_id.clone(), group_instance_id: instance }
    }

    /// Processed offsets of `partitions` not committed yet.
    pub(crate) fn uncommitted(&self, partitions: &BTreeSet<TopicPartition>) -> BTreeMap<TopicPartition, i64> {
        self.processed
            .iter()
            .filter(|(tp, offset)| partitions.contains(*tp) && self.committed.get(*tp) != Some(offset))
            .map(|(tp, offset)| (tp.clone(), *offset))
            .collect()
    }
}
