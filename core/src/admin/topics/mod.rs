//! Topics: create, delete, list and describe.
//!
//! - `create`: CreateTopics, then waiting until every broker's metadata
//!   shows the new topics with leaders (so that the next request, to any
//!   broker, finds them).
//! - `delete`: DeleteTopics, then waiting until the topics are gone.
//! - `describe`: list and describe topics through Metadata.

mod create;
mod delete;
mod describe;

use std::sync::Arc;

pub use create::{CreateTopicsOptions, CreatedTopic, NewTopic};
pub use delete::DeleteTopicsOptions;

use super::Admin;
use crate::cluster::{ClusterMetadata, TopicMetadata};
use crate::error::{Error, Result};

impl Admin {
    /// Creates topics, and (unless told not to) waits until every broker's
    /// metadata shows them with a leader for each partition.
    ///
    /// Fails with the first topic's error if any topic could not be created;
    /// the other topics of the same call may have been created. Use
    /// [`create_topics_each`](Admin::create_topics_each) to learn each
    /// topic's own outcome.
    pub async fn create_topics(&self, topics: &[NewTopic], options: &CreateTopicsOptions) -> Result<Vec<CreatedTopic>> {
        create::create_topics(&self.cluster, topics, options).await
    }

    /// Creates topics and returns each topic's own result, in the order
    /// given: the created topic, or the error (naming the topic) the broker
    /// gave for it. The outer `Err` is for failures of the whole call,
    /// including a name given twice ([`Error::Config`], nothing sent).
    pub async fn create_topics_each(
        &self,
        topics: &[NewTopic],
        options: &CreateTopicsOptions,
    ) -> Result<Vec<Result<CreatedTopic>>> {
        create::create_each(&self.cluster, topics, options).await
    }

    /// Creates one topic with default options.
    pub async fn create_topic(&self, topic: NewTopic) -> Result<CreatedTopic> {
        let name = topic.name.clone();
        let created = self.create_topics(&[topic], &CreateTopicsOptions::default()).await?;
        created.into_iter().next().ok_or(Error::UnknownTopic { topic: name })
    }

    /// Deletes topics by name and waits until the metadata no longer shows
    /// them. Fails with [`Error::UnknownTopic`] for a topic that does not
    /// exist.
    pub async fn delete_topics<S: AsRef<str>>(&self, names: &[S], options: &DeleteTopicsOptions) -> Result<()> {
        delete::delete_topics(&self.cluster, &owned(names), options).await
    }

    /// Names of the topics on the cluster, sorted; internal topics
    /// (`__consumer_offsets`, ...) only with `include_internal`.
    pub async fn list_topics(&self, include_internal: bool) -> Result<Vec<String>> {
        describe::list_topics(&self.cluster, include_internal).await
    }

    /// Partitions, leaders, replicas, in-sync replicas and id of each topic,
    /// in the order asked. Fails with [`Error::UnknownTopic`] if one does
    /// not exist.
    pub async fn describe_topics<S: AsRef<str>>(&self, names: &[S]) -> Result<Vec<TopicMetadata>> {
        describe::describe_topics(&self.cluster, &owned(names)).await
    }

    /// Fresh cluster id, controller and brokers.
    pub async fn describe_cluster(&self) -> Result<Arc<ClusterMetadata>> {
        self.cluster.refresh().await
    }
}

pub(crate) fn owned<S: AsRef<str>>(names: &[S]) -> Vec<String> {
    names.iter().map(|n| n.as_ref().to_owned()).collect()
}
