//! The admin client: topics (the other areas are in `admin_*.rs`).

use std::collections::HashMap;

use ferrokafka::admin::{Admin, CreateTopicsOptions, DeleteTopicsOptions, NewTopic};
use napi_derive::napi;

use crate::errors::IntoJs;
use crate::options::{self, ClientOptions};

/// A topic to create.
#[napi(object)]
pub struct TopicSpec {
    pub name: String,
    pub partitions: Option<i32>,
    pub replication_factor: Option<i32>,
    pub configs: Option<HashMap<String, String>>,
    /// For each partition, the node ids of its replicas, preferred leader first.
    pub assignment: Option<Vec<Vec<i32>>>,
}

/// A created (or, with `validate_only`, checked) topic.
#[napi(object)]
pub struct CreatedTopicJs {
    pub name: String,
    pub topic_id: String,
    pub partitions: i32,
    pub replication_factor: i32,
}

/// One partition of a described topic.
#[napi(object)]
pub struct PartitionDescription {
    pub partition: i32,
    pub leader: Option<i32>,
    pub leader_epoch: i32,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    pub offline_replicas: Vec<i32>,
}

/// A described topic.
#[napi(object)]
pub struct TopicDescription {
    pub name: String,
    pub topic_id: String,
    pub is_internal: bool,
    pub partitions: Vec<PartitionDescription>,
}

/// An admin client.
#[napi]
pub struct NativeAdmin {
    pub(crate) inner: Admin,
}

/// Connects an admin client.
#[napi]
pub async fn connect_admin(client: ClientOptions) -> napi::Result<NativeAdmin> {
    let client = options::client(client)?;
    Ok(NativeAdmin { inner: Admin::connect(client).await.js()? })
}

#[napi]
impl NativeAdmin {
    /// Creates topics and waits until the metadata shows them; `timeout_ms`
    /// bounds the whole operation.
    #[napi]
    pub async fn create_topics(
        &self,
        topics: Vec<TopicSpec>,
        timeout_ms: u32,
        validate_only: bool,
    ) -> napi::Result<Vec<CreatedTopicJs>> {
        let topics: Vec<NewTopic> = topics
            .into_iter()
            .map(|t| NewTopic {
                name: t.name,
                partitions: t.partitions.unwrap_or(-1),
                replication_factor: t.replication_factor.unwrap_or(-1) as i16,
                configs: t.configs.unwrap_or_default().into_iter().collect(),
                assignment: t.assignment.unwrap_or_default().into_iter().enumerate().map(|(i, r)| (i as i32, r)).collect(),
            })
            .collect();
        let options = CreateTopicsOptions {
            timeout: std::time::Duration::from_millis(u64::from(timeout_ms)),
            validate_only,
            ..CreateTopicsOptions::default()
        };
        let created = self.inner.create_topics(&topics, &options).await.js()?;
        Ok(created
            .into_iter()
            .map(|t| CreatedTopicJs {
                name: t.name,
                topic_id: t.topic_id.to_string(),
                partitions: t.partitions,
                replication_factor: i32::from(t.replication_factor),
            })
            .collect())
    }

    /// Deletes topics and waits until the metadata no longer shows them.
    #[napi]
    pub async fn delete_topics(&self, names: Vec<String>, timeout_ms: u32) -> napi::Result<()> {
        let options = DeleteTopicsOptions {
            timeout: std::time::Duration::from_millis(u64::from(timeout_ms)),
            ..DeleteTopicsOptions::default()
        };
        self.inner.delete_topics(&names, &options).await.js()
    }

    /// Topic names, sorted.
    #[napi]
    pub async fn list_topics(&self, include_internal: bool) -> napi::Result<Vec<String>> {
        self.inner.list_topics(include_internal).await.js()
    }

    /// Partitions, leaders and replicas of each topic, in the order asked.
    #[napi]
    pub async fn describe_topics(&self, names: Vec<String>) -> napi::Result<Vec<TopicDescription>> {
        let topics = self.inner.describe_topics(&names).await.js()?;
        Ok(topics
            .into_iter()
            .map(|t| TopicDescription {
                name: t.name,
                topic_id: t.topic_id.to_string(),
                is_internal: t.is_internal,
                partitions: t
                    .partitions
                    .into_iter()
                    .map(|p| PartitionDescription {
                        partition: p.partition,
                        leader: p.leader,
                        leader_epoch: p.leader_epoch,
                        replicas: p.replicas,
                        isr: p.isr,
                        offline_replicas: p.offline_replicas,
                    })
                    .collect(),
            })
            .collect())
    }

    /// Closes every connection.
    #[napi]
    pub async fn close(&self) {
        self.inner.close().await;
    }
}
