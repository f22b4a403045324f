//! Options of a group member, with the Java client's defaults.

use std::time::Duration;

use crate::error::{Error, Result};

/// Which group protocol a member speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupProtocol {
    /// JoinGroup / SyncGroup / Heartbeat; the leader member assigns.
    #[default]
    Classic,
    /// KIP-848 (`ConsumerGroupHeartbeat`, Kafka 4.0+): the coordinator
    /// assigns, incrementally; `assignors` is ignored (`server_assignor`
    /// picks the coordinator's assignor).
    Consumer,
}

/// How a consumer takes part in a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupConfig {
    /// The group's id.
    pub group_id: String,
    /// A stable id for static membership: a member that restarts with the
    /// same id within `session_timeout` gets its partitions back without a
    /// rebalance. Default none.
    pub group_instance_id: Option<String>,
    /// The coordinator drops a member it has not heard from for this long.
    /// Default 45 s.
    pub session_timeout: Duration,
    /// How often the member heartbeats. Default 3 s.
    pub heartbeat_interval: Duration,
    /// How long the coordinator waits for members to rejoin in a rebalance.
    /// Default 5 minutes.
    pub rebalance_timeout: Duration,
    /// A member whose application has not polled for this long leaves the
    /// group, so that its partitions go to a member that makes progress.
    /// Default 5 minutes.
    pub max_poll_interval: Duration,
    /// Assignor names in preference order. Default `["cooperative-sticky"]`.
    /// Add `"range"` to share a group with Java consumers that use only
    /// the range assignor (the rebalancing is then eager).
    pub assignors: Vec<String>,
    /// Commit processed offsets automatically: every
    /// `auto_commit_interval`, before partitions are revoked, and on close.
    /// Only offsets the application marked processed are committed.
    /// Default `true`.
    pub auto_commit: bool,
    /// Default 5 s.
    pub auto_commit_interval: Duration,
    /// Default [`GroupProtocol::Classic`].
    pub group_protocol: GroupProtocol,
    /// With [`GroupProtocol::Consumer`]: the coordinator-side assignor
    /// (`uniform` or `range`); default: the coordinator's default.
    pub server_assignor: Option<String>,
}

impl GroupConfig {
    /// Defaults for the group `group_id`.
    pub fn new(group_id: impl Into<String>) -> Self {
        Self {
            group_id: group_id.into(),
            group_instance_id: None,
            session_timeout: Duration::from_secs(45),
            heartbeat_interval: Duration::from_secs(3),
            rebalance_timeout: Duration::from_secs(300),
            max_poll_interval: Duration::from_secs(300),
            assignors: vec!["cooperative-sticky".to_owned()],
            auto_commit: true,
            auto_commit_interval: Duration::from_secs(5),
            group_protocol: GroupProtocol::Classic,
            server_assignor: None,
        }
    }

    /// Checks every option, naming the first bad one.
    pub fn validate(&self) -> Result<()> {
        let bad = |option: &'static str, value: String, allowed: &str| {
            Err(Error::Config { option, value, allowed: allowed.to_owned() })
        };
        if self.group_id.is_empty() {
            return bad("group_id", String::new(), "a non-empty group id");
        }
        if self.heartbeat_interval.is_zero() || self.heartbeat_interval >= self.session_timeout {
            return bad(
                "heartbeat_interval",
                format!("{:?}", self.heartbeat_interval),
                "above zero and below session_timeout (a third of it is usual)",
            );
        }
        if self.assignors.is_empty() {
            return bad("assignors", "[]".to_owned(), "at least one of range, roundrobin, sticky, cooperative-sticky");
        }
        for name in &self.assignors {
            if super::assignor::by_name(name).is_none() {
                return bad("assignors", name.clone(), "range, roundrobin, sticky or cooperative-sticky");
            }
        }
        for (option, value) in [
            ("session_timeout", self.session_timeout),
            ("rebalance_timeout", self.rebalance_timeout),
            ("max_poll_interval", self.max_poll_interval),
            ("auto_commit_interval", self.auto_commit_interval),
        ] {
            if value.is_zero() || value.as_millis() > i32::MAX as u128 {
                return bad(option, format!("{value:?}"), "above zero and below i32::MAX milliseconds");
            }
        }
        Ok(())
    }
}

pub(crate) fn millis(d: Duration) -> i32 {
    i32::try_from(d.as_millis()).unwrap_or(i32::MAX)
}
