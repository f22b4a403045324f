//! The admin client: listing and describing consumer groups, and deleting
//! a group's offsets.

use ferrokafka::admin::{Admin, GroupDescription, GroupList, ListGroupsOptions};
use ferrokafka::consumer::TopicPartition;
use napi_derive::napi;

use crate::admin::NativeAdmin;
use crate::admin_groups::PartitionRef;
use crate::errors::{coded, IntoJs};

/// One listed group.
#[napi(object)]
pub struct GroupListingJs {
    pub group_id: String,
    pub protocol_type: String,
    pub state: String,
    pub group_type: String,
}

/// A broker that could not list its groups, with its coded error.
#[napi(object)]
pub struct BrokerErrorJs {
    pub node_id: i32,
    pub error: String,
}

/// The groups of the brokers that answered, and the brokers that did not.
#[napi(object)]
pub struct GroupListJs {
    pub groups: Vec<GroupListingJs>,
    pub broker_errors: Vec<BrokerErrorJs>,
}

/// Whether every broker of the metadata the listing used failed, so that
/// nothing at all was listed.
fn nobody_answered(admin: &Admin, list: &GroupList) -> bool {
    !list.broker_errors.is_empty()
        && list.groups.is_empty()
        && admin.cluster().metadata().brokers.keys().all(|n| list.broker_errors.contains_key(n))
}

/// One member of a described group.
#[napi(object)]
pub struct MemberJs {
    pub member_id: String,
    pub group_instance_id: Option<String>,
    pub client_id: String,
    pub client_host: String,
    pub subscription: Vec<String>,
    pub assignment: Vec<PartitionRef>,
}

/// A described group, or the coded error it got.
#[napi(object)]
pub struct GroupDescriptionJs {
    pub group_id: String,
    pub error: Option<String>,
    pub state: Option<String>,
    pub protocol_type: Option<String>,
    pub assignor: Option<String>,
    pub members: Vec<MemberJs>,
}

/// The outcome for one partition: `error` is a coded error, or absent.
#[napi(object)]
pub struct PartitionOutcome {
    pub topic: String,
    pub partition: i32,
    pub error: Option<String>,
}

fn described(group_id: String, d: GroupDescription) -> GroupDescriptionJs {
    GroupDescriptionJs {
        group_id,
        error: None,
        state: Some(d.state),
        protocol_type: Some(d.protocol_type),
        assignor: Some(d.assignor),
        members: d
            .members
            .into_iter()
            .map(|m| MemberJs {
                member_id: m.member_id,
                group_instance_id: m.group_instance_id,
                client_id: m.client_id,
                client_host: m.client_host,
                subscription: m.subscription,
                assignment: m
                    .assignment
                    .into_iter()
                    .map(|tp| PartitionRef { topic: tp.topic, partition: tp.partition })
                    .collect(),
            })
            .collect(),
    }
}

#[napi]
impl NativeAdmin {
    /// The groups of every broker that answered, optionally only in some
    /// states, and the brokers that could not be asked. Rejects only when no
    /// broker answered (with the first broker's error).
    #[napi]
    pub async fn list_groups(&self, states: Vec<String>) -> napi::Result<GroupListJs> {
        let mut list = self.inner.list_groups(&ListGroupsOptions { states }).await.js()?;
        if nobody_answered(&self.inner, &list) {
            if let Some((_, error)) = list.broker_errors.pop_first() {
                return Err(crate::errors::to_js(error));
            }
        }
        Ok(GroupListJs {
            groups: list
                .groups
                .into_iter()
                .map(|g| GroupListingJs {
                    group_id: g.group_id,
                    protocol_type: g.protocol_type,
                    state: g.state,
                    group_type: g.group_type,
                })
                .collect(),
            broker_errors: list
                .broker_errors
                .into_iter()
                .map(|(node_id, e)| BrokerErrorJs { node_id, error: coded(e) })
                .collect(),
        })
    }

    /// Each group's state and members, in the order asked; each group
    /// carries its own error.
    #[napi]
    pub async fn describe_groups(&self, groups: Vec<String>) -> napi::Result<Vec<GroupDescriptionJs>> {
        let mut found = self.inner.describe_groups(&groups).await.js()?;
        Ok(groups
            .into_iter()
            .map(|g| match found.remove(&g) {
                Some(Ok(d)) => described(g, d),
                Some(Err(e)) => GroupDescriptionJs {
                    group_id: g,
                    error: Some(coded(e)),
                    state: None,
                    protocol_type: None,
                    assignor: None,
                    members: Vec::new(),
                },
                None => GroupDescriptionJs {
                    group_id: g,
                    error: Some("no answer for this group".to_owned()),
                    state: None,
                    protocol_type: None,
                    assignor: None,
                    members: Vec::new(),
                },
            })
            .collect())
    }

    /// Deletes the group's committed offsets of `partitions`; each
    /// partition carries its own error.
    #[napi]
    pub async fn delete_group_offsets(&self, group: String, partitions: Vec<PartitionRef>) -> napi::Result<Vec<PartitionOutcome>> {
        let asked: Vec<TopicPartition> = partitions.into_iter().map(|p| TopicPartition::new(p.topic, p.partition)).collect();
        let mut done = self.inner.delete_group_offsets(&group, &asked).await.js()?;
        Ok(asked
            .into_iter()
            .map(|tp| {
                let error = match done.remove(&tp) {
                    Some(Ok(())) => None,
                    Some(Err(e)) => Some(coded(e)),
                    None => Some("no answer for this partition".to_owned()),
                };
                PartitionOutcome { topic: tp.topic, partition: tp.partition, error }
            })
            .collect())
    }
}
