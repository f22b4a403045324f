//! Consumer groups: list (every broker), describe and delete.
//!
//! Each broker coordinates some groups and ListGroups only lists those, so
//! it is sent to every broker at once and the answers are merged; a broker
//! that fails is reported in [`GroupList::broker_errors`]. Describing and
//! deleting go to each group's coordinator.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use super::group_describe::{describe_group, not_found};
use super::{fanout, Admin};
use crate::cluster::Cluster;
use crate::consumer::TopicPartition;
use crate::error::{Error, ErrorContext, Result};
use crate::group::coordinator::Coordinator;
use crate::net::{Broker, RequestOptions};
use crate::protocol::messages::{DeleteGroupsRequest, ListGroupsRequest};
use crate::protocol::ErrorCode;

/// How long to look for a group's coordinator while none is available.
pub(crate) const COORDINATOR_WAIT: Duration = Duration::from_secs(30);

/// First ListGroups version that filters by state.
const STATES_FILTER_VERSION: i16 = 4;

/// Which groups to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListGroupsOptions {
    /// Only groups in one of these states (`Stable`, `Empty`,
    /// `PreparingRebalance`, `CompletingRebalance`, `Dead`, ...; case does
    /// not matter). Empty: every state.
    pub states: Vec<String>,
}

/// One group as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupListing {
    /// The group's id.
    pub group_id: String,
    /// `consumer` for consumer groups, empty for groups that only commit
    /// offsets, another name for other kinds (Connect, ...).
    pub protocol_type: String,
    /// Its state, as the coordinator names it (empty before ListGroups v4).
    pub state: String,
    /// `classic` or `consumer` (the KIP-848 protocol); empty before v5.
    pub group_type: String,
}

/// The groups of every broker that answered, and the brokers that did not.
#[derive(Debug, Clone, Default)]
pub struct GroupList {
    /// Groups sorted by id.
    pub groups: Vec<GroupListing>,
    /// Brokers whose groups are missing from `groups`, with why.
    pub broker_errors: BTreeMap<i32, Error>,
}

/// A group as its coordinator describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDescription {
    /// The group's id.
    pub group_id: String,
    /// `Stable`, `Empty`, `PreparingRebalance`, `CompletingRebalance`, ...
    pub state: String,
    /// `consumer` for consumer groups.
    pub protocol_type: String,
    /// `classic`, or `consumer` for the consumer protocol of KIP-848 (whose
    /// assignor runs on the coordinator).
    pub group_type: String,
    /// The assignor the group uses (`range`, `cooperative-sticky`, ...),
    /// empty while it has none.
    pub assignor: String,
    /// Its members.
    pub members: Vec<MemberDescription>,
}

/// One member of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberDescription {
    /// The id the coordinator gave it.
    pub member_id: String,
    /// Its static instance id, if it has one.
    pub group_instance_id: Option<String>,
    /// Its client id.
    pub client_id: String,
    /// The host it connects from.
    pub client_host: String,
    /// The topics it subscribes to (consumer groups).
    pub subscription: Vec<String>,
    /// The partitions assigned to it (consumer groups), sorted.
    pub assignment: Vec<TopicPartition>,
}

impl Admin {
    /// Lists the groups of every broker, at once. A broker that cannot
    /// answer does not fail the call: it is listed in
    /// [`GroupList::broker_errors`].
    pub async fn list_groups(&self, options: &ListGroupsOptions) -> Result<GroupList> {
        let states = options.states.clone();
        let answers = fanout::each_broker(&self.cluster, |broker| {
            let states = states.clone();
            async move {
                let connection = broker.connection().await?;
                let version = connection.version_for::<ListGroupsRequest>()?;
                let request = ListGroupsRequest {
                    states_filter: if version >= STATES_FILTER_VERSION { states } else { Vec::new() },
                    ..Default::default()
                };
                let response =
                    connection.send_with(&request, RequestOptions { version: Some(version), timeout: None }).await?;
                let node = broker.node_id().map_or(ErrorContext::api("ListGroups"), |id| ErrorContext {
                    api: "ListGroups",
                    resource: Some(crate::Resource::Broker(id)),
                });
                Error::check(response.error_code, node, None)?;
                Ok(response.groups)
            }
        })
        .await?;
        let mut list = GroupList::default();
        for (node_id, answer) in answers {
            match answer {
                Ok(groups) => list.groups.extend(groups.into_iter().map(|g| GroupListing {
                    group_id: g.group_id,
                    protocol_type: g.protocol_type,
                    state: g.group_state,
                    group_type: g.group_type,
                })),
                Err(e) => {
                    list.broker_errors.insert(node_id, e);
                }
            }
        }
        // Older brokers ignore the filter; apply it here as well.
        if !options.states.is_empty() {
            list.groups
                .retain(|g| g.state.is_empty() || options.states.iter().any(|s| s.eq_ignore_ascii_case(&g.state)));
        }
        list.groups.sort_by(|a, b| a.group_id.cmp(&b.group_id));
        list.groups.dedup_by(|a, b| a.group_id == b.group_id);
        Ok(list)
    }

    /// Describes each group, asking each one's coordinator. Each group gets
    /// its own result; a group that does not exist is a
    /// `GROUP_ID_NOT_FOUND` error naming it.
    pub async fn describe_groups<S: AsRef<str>>(
        &self,
        groups: &[S],
    ) -> Result<BTreeMap<String, Result<GroupDescription>>> {
        let jobs = groups
            .iter()
            .map(|g| {
                let (cluster, group) = (self.cluster.clone(), g.as_ref().to_owned());
                (group.clone(), async move { describe_group(&cluster, &group).await })
            })
            .collect();
        Ok(fanout::run_all(jobs).await)
    }

    /// Deletes groups (which must have no members), each through its
    /// coordinator. Each group gets its own result: `NON_EMPTY_GROUP` while
    /// it has members, `GROUP_ID_NOT_FOUND` if it does not exist.
    pub async fn delete_groups<S: AsRef<str>>(&self, groups: &[S]) -> Result<BTreeMap<String, Result<()>>> {
        let jobs = groups
            .iter()
            .map(|g| {
                let (cluster, group) = (self.cluster.clone(), g.as_ref().to_owned());
                (group.clone(), async move { delete_group(&cluster, &group).await })
            })
            .collect();
        Ok(fanout::run_all(jobs).await)
    }
}

/// Runs `job` against the group's coordinator, looking it up again and
/// retrying while the coordinator moves or is still loading the group (up
/// to [`COORDINATOR_WAIT`]).
pub(crate) async fn on_coordinator<T, F, Fut>(cluster: &Cluster, group: &str, job: F) -> Result<T>
where
    F: Fn(Arc<Broker>) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let coordinator = Coordinator::new(cluster.clone(), group);
    let deadline = Instant::now() + COORDINATOR_WAIT;
    loop {
        let broker = coordinator.broker(COORDINATOR_WAIT).await?;
        match job(broker).await {
            Err(e) if coordinator_busy(&e) && Instant::now() < deadline => {
                tracing::debug!(group, error = %e, "group coordinator moved or busy; retrying");
                coordinator.forget_if_moved(&e);
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            other => return other,
        }
    }
}

/// Whether an error means "ask the (possibly new) coordinator again soon".
pub(crate) fn coordinator_busy(e: &Error) -> bool {
    match e.code() {
        Some(code) => matches!(
            code,
            ErrorCode::NOT_COORDINATOR | ErrorCode::COORDINATOR_NOT_AVAILABLE | ErrorCode::COORDINATOR_LOAD_IN_PROGRESS
        ),
        None => matches!(e, Error::Disconnected { .. }),
    }
}

async fn delete_group(cluster: &Cluster, group: &str) -> Result<()> {
    on_coordinator(cluster, group, |broker| async move {
        let request = DeleteGroupsRequest { groups_names: vec![group.to_owned()], ..Default::default() };
        let response = broker.send(&request).await?;
        let result = response.results.into_iter().find(|r| r.group_id == group).ok_or_else(|| not_found(group))?;
        Error::check(result.error_code, ErrorContext::group("DeleteGroups", group), None)
    })
    .await
}
