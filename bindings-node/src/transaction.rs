//! Transactions of a producer made with a `transactionalId`, and the
//! consumer group metadata their offsets are committed with.

use std::collections::BTreeMap;

use ferrokafka::producer::ConsumerGroupMetadata;
use napi_derive::napi;

use crate::consumer::{to_tp, PartitionOffset};
use crate::errors::{config, IntoJs};
use crate::producer::NativeProducer;

/// Who consumed the offsets a transaction commits (KIP-447).
#[napi(object)]
pub struct GroupMetadata {
    pub group_id: String,
    pub generation_id: i32,
    pub member_id: String,
    pub group_instance_id: Option<String>,
}

impl From<ConsumerGroupMetadata> for GroupMetadata {
    fn from(m: ConsumerGroupMetadata) -> Self {
        GroupMetadata {
            group_id: m.group_id,
            generation_id: m.generation_id,
            member_id: m.member_id,
            group_instance_id: m.group_instance_id,
        }
    }
}

impl From<GroupMetadata> for ConsumerGroupMetadata {
    fn from(m: GroupMetadata) -> Self {
        ConsumerGroupMetadata {
            group_id: m.group_id,
            generation_id: m.generation_id,
            member_id: m.member_id,
            group_instance_id: m.group_instance_id,
        }
    }
}

#[napi]
impl NativeProducer {
    /// Opens a transaction.
    #[napi]
    pub async fn begin_transaction(&self) -> napi::Result<()> {
        self.inner.begin_transaction().await.js()
    }

    /// Adds consumed offsets (the next offset to read) to the open transaction.
    #[napi]
    pub async fn send_offsets_to_transaction(&self, offsets: Vec<PartitionOffset>, group: GroupMetadata) -> napi::Result<()> {
        let mut map = BTreeMap::new();
        for p in &offsets {
            let offset = p.offset.ok_or_else(|| config("offsets", "undefined", "the next offset to read, 0 or more"))?;
            map.insert(to_tp(p), offset);
        }
        self.inner.send_offsets_to_transaction(&map, &group.into()).await.js()
    }

    /// Commits the open transaction.
    #[napi]
    pub async fn commit_transaction(&self) -> napi::Result<()> {
        self.inner.commit_transaction().await.js()
    }

    /// Aborts the open transaction.
    #[napi]
    pub async fn abort_transaction(&self) -> napi::Result<()> {
        self.inner.abort_transaction().await.js()
    }
}
