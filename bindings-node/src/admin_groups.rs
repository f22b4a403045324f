//! The admin client: consumer groups, their offsets and lag.

use std::collections::BTreeMap;

use ferrokafka::admin::OffsetSpec;
use ferrokafka::consumer::TopicPartition;
use napi_derive::napi;

use crate::admin::NativeAdmin;
use crate::errors::{coded, config, IntoJs};

/// A partition and an offset.
#[napi(object)]
pub struct GroupPartitionOffset {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

/// A partition.
#[napi(object)]
pub struct PartitionRef {
    pub topic: String,
    pub partition: i32,
}

/// One row of a group's lag.
#[napi(object)]
pub struct PartitionLagJs {
    pub topic: String,
    pub partition: i32,
    pub committed: Option<i64>,
    pub log_end: Option<i64>,
    pub lag: Option<i64>,
    pub member_id: Option<String>,
    pub client_id: Option<String>,
    pub host: Option<String>,
}

/// A group's lag.
#[napi(object)]
pub struct GroupLagJs {
    pub group_id: String,
    pub state: String,
    pub total: i64,
    pub partitions: Vec<PartitionLagJs>,
}

/// The outcome for one group: `error` is a coded error, or absent.
#[napi(object)]
pub struct GroupOutcome {
    pub group_id: String,
    pub error: Option<String>,
}

fn rows(offsets: BTreeMap<TopicPartition, i64>) -> Vec<GroupPartitionOffset> {
    offsets
        .into_iter()
        .map(|(tp, offset)| GroupPartitionOffset { topic: tp.topic, partition: tp.partition, offset })
        .collect()
}

#[napi]
impl NativeAdmin {
    /// Every committed offset of the group.
    #[napi]
    pub async fn list_group_offsets(&self, group: String) -> napi::Result<Vec<GroupPartitionOffset>> {
        Ok(rows(self.inner.list_group_offsets(&group).await.js()?))
    }

    /// Sets the group's committed offsets (the group must have no members).
    #[napi]
    pub async fn alter_group_offsets(&self, group: String, offsets: Vec<GroupPartitionOffset>) -> napi::Result<()> {
        let offsets = offsets.into_iter().map(|o| (TopicPartition::new(o.topic, o.partition), o.offset)).collect();
        self.inner.alter_group_offsets(&group, &offsets).await.js()
    }

    /// Resets the group's offsets of `partitions` to `earliest`, `latest` or
    /// the first offset at or after `timestamp`; returns the offsets set.
    #[napi]
    pub async fn reset_group_offsets(
        &self,
        group: String,
        partitions: Vec<PartitionRef>,
        to: String,
        timestamp: Option<i64>,
    ) -> napi::Result<Vec<GroupPartitionOffset>> {
        let spec = match (to.as_str(), timestamp) {
            ("earliest", _) => OffsetSpec::Earliest,
            ("latest", _) => OffsetSpec::Latest,
            ("timestamp", Some(ms)) => OffsetSpec::Timestamp(ms),
            (other, _) => return Err(config("to", other, "'earliest', 'latest' or { timestamp }")),
        };
        let partitions: Vec<TopicPartition> =
            partitions.into_iter().map(|p| TopicPartition::new(p.topic, p.partition)).collect();
        Ok(rows(self.inner.reset_group_offsets(&group, &partitions, spec).await.js()?))
    }

    /// The group's lag per partition.
    #[napi]
    pub async fn group_lag(&self, group: String) -> napi::Result<GroupLagJs> {
        let lag = self.inner.group_lag(&group).await.js()?;
        Ok(GroupLagJs {
            group_id: lag.group_id,
            state: lag.state,
            total: lag.total,
            partitions: lag
                .partitions
                .into_iter()
                .map(|p| PartitionLagJs {
                    topic: p.partition.topic,
                    partition: p.partition.partition,
                    committed: p.committed,
                    log_end: p.log_end,
                    lag: p.lag,
                    member_id: p.member_id,
                    client_id: p.client_id,
                    host: p.host,
                })
                .collect(),
        })
    }

    /// Deletes groups; each carries its own error.
    #[napi]
    pub async fn delete_groups(&self, groups: Vec<String>) -> napi::Result<Vec<GroupOutcome>> {
        let mut done = self.inner.delete_groups(&groups).await.js()?;
        Ok(groups
            .into_iter()
            .map(|g| {
                let error = match done.remove(&g) {
                    Some(Ok(())) => None,
                    Some(Err(e)) => Some(coded(e)),
                    None => Some("no answer for this group".to_owned()),
                };
                GroupOutcome { group_id: g, error }
            })
            .collect())
    }
}
