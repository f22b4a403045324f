//! A group's committed offsets: listing, altering, resetting and deleting
//! them, and the group's lag.
//!
//! Every request goes to the group's coordinator. Offsets are only altered
//! or reset while the group has no active member: a member would overwrite
//! them with its own next commit, so the call refuses with
//! `NON_EMPTY_GROUP` instead.

use std::collections::{BTreeMap, BTreeSet};

use super::group_describe::describe_group;
use super::groups::{coordinator_busy, on_coordinator, COORDINATOR_WAIT};
use super::offsets::list_offsets;
use super::OffsetSpec;
use super::{fanout, Admin};
use crate::consumer::{IsolationLevel, TopicPartition};
use crate::error::{Error, ErrorContext, Result};
use crate::group::coordinator::Coordinator;
use crate::group::offsets::{commit, CommitIdentity};
use crate::net::RequestOptions;
use crate::protocol::messages::offset_delete_request::{OffsetDeleteRequestPartition, OffsetDeleteRequestTopic};
use crate::protocol::messages::{OffsetDeleteRequest, OffsetFetchRequest};
use crate::protocol::ErrorCode;

/// The OffsetFetch version used: the last one with a single group.
const FETCH_VERSION: i16 = 7;

/// A group's lag, like `kafka-consumer-groups --describe` shows it.
#[derive(Debug, Clone, Default)]
pub struct GroupLag {
    /// The group's id.
    pub group_id: String,
    /// The group's state.
    pub state: String,
    /// One row per partition that has a committed offset or is assigned to
    /// a member, sorted by topic and partition.
    pub partitions: Vec<PartitionLag>,
    /// Sum of the known lags.
    pub total: i64,
    /// Partitions whose log end offset could not be read, with why.
    pub errors: BTreeMap<TopicPartition, Error>,
}

/// One partition's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionLag {
    /// The partition.
    pub partition: TopicPartition,
    /// The group's committed offset (the next to read), if any.
    pub committed: Option<i64>,
    /// The partition's log end offset, if it could be read.
    pub log_end: Option<i64>,
    /// `log_end - committed`, when both are known.
    pub lag: Option<i64>,
    /// The member the partition is assigned to, if any.
    pub member_id: Option<String>,
    /// That member's client id.
    pub client_id: Option<String>,
    /// That member's host.
    pub host: Option<String>,
}

impl Admin {
    /// Every offset the group has committed (the next offset to read, per
    /// partition).
    pub async fn list_group_offsets(&self, group: &str) -> Result<BTreeMap<TopicPartition, i64>> {
        let response = on_coordinator(&self.cluster, group, |broker| async move {
            let connection = broker.connection().await?;
            let version = connection.version_for::<OffsetFetchRequest>()?.min(FETCH_VERSION);
            let request = OffsetFetchRequest { group_id: group.to_owned(), topics: None, ..Default::default() };
            let response =
                connection.send_with(&request, RequestOptions { version: Some(version), timeout: None }).await?;
            Error::check(response.error_code, ErrorContext::group("OffsetFetch", group), None)?;
            Ok(response)
        })
        .await?;
        let mut out = BTreeMap::new();
        for topic in response.topics {
            for p in topic.partitions {
                let context = ErrorContext::partition("OffsetFetch", topic.name.clone(), p.partition_index);
                Error::check(p.error_code, context, None)?;
                if p.committed_offset >= 0 {
                    out.insert(TopicPartition::new(topic.name.clone(), p.partition_index), p.committed_offset);
                }
            }
        }
        Ok(out)
    }

    /// Sets the group's committed offsets to the given ones. Refused with a
    /// `NON_EMPTY_GROUP` error naming the group while it has members, and
    /// with [`Error::Config`] (nothing sent) for a negative offset.
    pub async fn alter_group_offsets(&self, group: &str, offsets: &BTreeMap<TopicPartition, i64>) -> Result<()> {
        if let Some((tp, offset)) = offsets.iter().find(|(_, &offset)| offset < 0) {
            return Err(Error::Config {
                option: "group offset",
                value: format!("{}-{}: {offset}", tp.topic, tp.partition),
                allowed: "an offset of 0 or more (reset_group_offsets moves to the earliest or latest offset)"
                    .to_owned(),
            });
        }
        self.require_empty(group).await?;
        let coordinator = Coordinator::new(self.cluster.clone(), group);
        let outsider = CommitIdentity { generation: -1, member_id: String::new(), group_instance_id: None };
        let deadline = tokio::time::Instant::now() + COORDINATOR_WAIT;
        loop {
            match commit(&coordinator, &outsider, offsets, COORDINATOR_WAIT).await {
                Err(e) if coordinator_busy(&e) && tokio::time::Instant::now() < deadline => {
                    coordinator.forget_if_moved(&e);
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                // A member joined between the check and the commit.
                Err(e) if e.code().is_some_and(member_joined) => return Err(non_empty(group, "OffsetCommit")),
                other => return other,
            }
        }
    }

    /// Resets the group's offsets of `partitions` to their earliest or
    /// latest offset, or to the first offset at or after a timestamp (the
    /// latest when no record is that recent), and returns the offsets set.
    /// Refused with `NON_EMPTY_GROUP` while the group has members; nothing
    /// is changed if any partition's offset cannot be looked up.
    pub async fn reset_group_offsets(
        &self,
        group: &str,
        partitions: &[TopicPartition],
        to: OffsetSpec,
    ) -> Result<BTreeMap<TopicPartition, i64>> {
        self.require_empty(group).await?;
        let mut targets = BTreeMap::new();
        let asked: Vec<(TopicPartition, OffsetSpec)> = partitions.iter().map(|tp| (tp.clone(), to)).collect();
        let mut past_the_end = Vec::new();
        for (tp, listed) in list_offsets(&self.cluster, &asked, IsolationLevel::ReadUncommitted).await? {
            match listed?.offset {
                Some(offset) => {
                    targets.insert(tp, offset);
                }
                None => past_the_end.push((tp, OffsetSpec::Latest)),
            }
        }
        if !past_the_end.is_empty() {
            for (tp, listed) in list_offsets(&self.cluster, &past_the_end, IsolationLevel::ReadUncommitted).await? {
                let offset = listed?.offset.ok_or_else(|| fanout::missing(&tp))?;
                targets.insert(tp, offset);
            }
        }
        self.alter_group_offsets(group, &targets).await?;
        Ok(targets)
    }

    /// Deletes the group's committed offsets of `partitions`. Each partition
    /// gets its own result (`GROUP_SUBSCRIBED_TO_TOPIC` while a member
    /// subscribes to its topic); an error about the whole group (it does
    /// not exist, ...) is the outer error.
    pub async fn delete_group_offsets(
        &self,
        group: &str,
        partitions: &[TopicPartition],
    ) -> Result<BTreeMap<TopicPartition, Result<()>>> {
        let request = OffsetDeleteRequest {
            group_id: group.to_owned(),
            topics: fanout::by_topic(partitions)
                .into_iter()
                .map(|(name, indexes)| OffsetDeleteRequestTopic {
                    name,
                    partitions: indexes
                        .into_iter()
                        .map(|partition_index| OffsetDeleteRequestPartition { partition_index })
                        .collect(),
                })
                .collect(),
        };
        let response = on_coordinator(&self.cluster, group, |broker| {
            let request = &request;
            async move {
                let response = broker.send(request).await?;
                Error::check(response.error_code, ErrorContext::group("OffsetDelete", group), None)?;
                Ok(response)
            }
        })
        .await?;
        let mut out = BTreeMap::new();
        for topic in response.topics {
            for p in topic.partitions {
                let context = ErrorContext::partition("OffsetDelete", topic.name.clone(), p.partition_index);
                out.insert(
                    TopicPartition::new(topic.name.clone(), p.partition_index),
                    Error::check(p.error_code, context, None),
                );
            }
        }
        for tp in partitions {
            out.entry(tp.clone()).or_insert_with(|| Err(fanout::missing(tp)));
        }
        Ok(out)
    }

    /// The group's lag per partition (log end offset minus committed
    /// offset) and in total, with the member each partition is assigned to.
    /// Log end offsets are read uncommitted, as `kafka-consumer-groups`
    /// reads them.
    pub async fn group_lag(&self, group: &str) -> Result<GroupLag> {
        let description = describe_group(&self.cluster, group).await?;
        let committed = self.list_group_offsets(group).await?;
        let mut owners = BTreeMap::new();
        for member in &description.members {
            for tp in &member.assignment {
                owners.insert(tp.clone(), member);
            }
        }
        let partitions: BTreeSet<TopicPartition> = committed.keys().chain(owners.keys()).cloned().collect();
        let asked: Vec<(TopicPartition, OffsetSpec)> =
            partitions.iter().map(|tp| (tp.clone(), OffsetSpec::Latest)).collect();
        let mut ends = list_offsets(&self.cluster, &asked, IsolationLevel::ReadUncommitted).await?;
        let mut lag =
            GroupLag { group_id: description.group_id.clone(), state: description.state.clone(), ..Default::default() };
        for tp in partitions {
            let log_end = match ends.remove(&tp) {
                Some(Ok(listed)) => listed.offset,
                Some(Err(e)) => {
                    lag.errors.insert(tp.clone(), e);
                    None
                }
                None => None,
            };
            let committed = committed.get(&tp).copied();
            let row_lag = committed.zip(log_end).map(|(c, end)| end - c);
            lag.total += row_lag.unwrap_or(0);
            let owner = owners.get(&tp);
            lag.partitions.push(PartitionLag {
                committed,
                log_end,
                lag: row_lag,
                member_id: owner.map(|m| m.member_id.clone()),
                client_id: owner.map(|m| m.client_id.clone()),
                host: owner.map(|m| m.client_host.clone()),
                partition: tp,
            });
        }
        Ok(lag)
    }

    /// Fails with `NON_EMPTY_GROUP` unless the group has no members (or does
    /// not exist yet).
    async fn require_empty(&self, group: &str) -> Result<()> {
        match describe_group(&self.cluster, group).await {
            Ok(d) if d.members.is_empty() => Ok(()),
            Ok(d) => Err(Error::kafka(
                ErrorCode::NON_EMPTY_GROUP.0,
                ErrorContext::group("altering offsets", group),
                Some(format!("the group is {} with {} active member(s)", d.state, d.members.len())),
            )),
            Err(e) if e.code() == Some(ErrorCode::GROUP_ID_NOT_FOUND) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// Codes the coordinator gives an outsider's commit once the group has a
/// member again.
fn member_joined(code: ErrorCode) -> bool {
    matches!(code, ErrorCode::UNKNOWN_MEMBER_ID | ErrorCode::ILLEGAL_GENERATION | ErrorCode::STALE_MEMBER_EPOCH)
}

fn non_empty(group: &str, api: &'static str) -> Error {
    Error::kafka(
        ErrorCode::NON_EMPTY_GROUP.0,
        ErrorContext::group(api, group),
        Some("a member joined the group; offsets can only be changed while it has none".to_owned()),
    )
}
