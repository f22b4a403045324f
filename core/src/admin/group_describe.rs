//! Describing one group. Groups of the classic protocol are described by
//! DescribeGroups (members' subscriptions and assignments are decoded from
//! the consumer protocol's bytes); groups of the consumer protocol (KIP-848)
//! are unknown to it, so the coordinator is then asked with
//! ConsumerGroupDescribe.

use super::groups::{on_coordinator, GroupDescription, MemberDescription};
use crate::cluster::Cluster;
use crate::consumer::TopicPartition;
use crate::error::{Error, ErrorContext, Result};
use crate::group::protocol::{decode_assignment, decode_subscription};
use crate::net::{Broker, Connection};
use crate::protocol::messages::describe_groups_response::DescribedGroup;
use crate::protocol::messages::{ConsumerGroupDescribeRequest, DescribeGroupsRequest};
use crate::protocol::ErrorCode;

/// Describes one group through its coordinator.
pub(crate) async fn describe_group(cluster: &Cluster, group: &str) -> Result<GroupDescription> {
    on_coordinator(cluster, group, |broker| async move {
        match classic(&broker, group).await {
            Err(e) if e.code() == Some(ErrorCode::GROUP_ID_NOT_FOUND) => {
                // Not a classic group: perhaps one of the consumer protocol.
                let connection = broker.connection().await?;
                if connection.version_for::<ConsumerGroupDescribeRequest>().is_err() {
                    return Err(e);
                }
                match consumer_protocol(&connection, group).await {
                    Err(other) if other.code() == Some(ErrorCode::GROUP_ID_NOT_FOUND) => Err(e),
                    answer => answer,
                }
            }
            answer => answer,
        }
    })
    .await
}

/// DescribeGroups, which knows the groups of the classic protocol.
async fn classic(broker: &Broker, group: &str) -> Result<GroupDescription> {
    let request = DescribeGroupsRequest { groups: vec![group.to_owned()], ..Default::default() };
    let response = broker.send(&request).await?;
    let described = response.groups.into_iter().find(|g| g.group_id == group).ok_or_else(|| not_found(group))?;
    Error::check(described.error_code, ErrorContext::group("DescribeGroups", group), described.error_message.clone())?;
    if described.group_state == "Dead" {
        return Err(not_found(group));
    }
    description(described)
}

/// ConsumerGroupDescribe, which knows the groups of the consumer protocol
/// (KIP-848), whose assignments the coordinator computes.
async fn consumer_protocol(connection: &Connection, group: &str) -> Result<GroupDescription> {
    let request = ConsumerGroupDescribeRequest { group_ids: vec![group.to_owned()], ..Default::default() };
    let response = connection.send(&request).await?;
    let g = response.groups.into_iter().find(|g| g.group_id == group).ok_or_else(|| not_found(group))?;
    Error::check(g.error_code, ErrorContext::group("ConsumerGroupDescribe", group), g.error_message)?;
    let members = g
        .members
        .into_iter()
        .map(|m| {
            let mut assignment: Vec<TopicPartition> = m
                .assignment
                .topic_partitions
                .into_iter()
                .flat_map(|t| t.partitions.into_iter().map(move |p| TopicPartition::new(t.topic_name.clone(), p)))
                .collect();
            assignment.sort();
            let mut subscription = m.subscribed_topic_names;
            subscription.sort();
            MemberDescription {
                member_id: m.member_id,
                group_instance_id: m.instance_id,
                client_id: m.client_id,
                client_host: m.client_host,
                subscription,
                assignment,
            }
        })
        .collect();
    Ok(GroupDescription {
        group_id: g.group_id,
        state: g.group_state,
        protocol_type: "consumer".to_owned(),
        group_type: "consumer".to_owned(),
        assignor: g.assignor_name,
        members,
    })
}

pub(crate) fn not_found(group: &str) -> Error {
    Error::kafka(
        ErrorCode::GROUP_ID_NOT_FOUND.0,
        ErrorContext::group("DescribeGroups", group),
        Some("the group does not exist".to_owned()),
    )
}

fn description(g: DescribedGroup) -> Result<GroupDescription> {
    let consumer = g.protocol_type == "consumer";
    let mut members = Vec::with_capacity(g.members.len());
    for m in g.members {
        let (mut subscription, mut assignment) = (Vec::new(), Vec::new());
        if consumer && !m.member_metadata.is_empty() {
            subscription = decode_subscription(m.member_metadata)?.topics;
        }
        if consumer && !m.member_assignment.is_empty() {
            assignment = decode_assignment(m.member_assignment)?;
            assignment.sort();
        }
        members.push(MemberDescription {
            member_id: m.member_id,
            group_instance_id: m.group_instance_id,
            client_id: m.client_id,
            client_host: m.client_host,
            subscription,
            assignment,
        });
    }
    Ok(GroupDescription {
        group_id: g.group_id,
        state: g.group_state,
        protocol_type: g.protocol_type,
        group_type: "classic".to_owned(),
        assignor: g.protocol_data,
        members,
    })
}
