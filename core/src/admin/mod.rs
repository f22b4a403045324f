//! Administrative operations: topics, for now.
//!
//! [`Admin`] is a thin layer over [`Cluster`]: it builds the admin requests,
//! sends them where the broker expects them, and turns per-topic error codes
//! into [`Error`](crate::Error)s that name the topic.
//!
//! - `create`: CreateTopics, then waiting until every broker's metadata
//!   shows the new topics with leaders (so that the next request, to any
//!   broker, finds them).
//! - `delete`: DeleteTopics, then waiting until the topics are gone.
//! - `describe`: list and describe topics through Metadata.
//! - `wait`: the polling both waits share.

mod create;
mod delete;
mod describe;
mod wait;

use std::sync::Arc;
use std::time::Duration;

pub use create::{CreateTopicsOptions, CreatedTopic, NewTopic};
pub use delete::DeleteTopicsOptions;

use crate::cluster::{ClientConfig, Cluster, ClusterMetadata, TopicMetadata};
use crate::error::{Error, Result};

/// Default time an admin operation (including its wait for metadata) may take.
pub const DEFAULT_ADMIN_TIMEOUT: Duration = Duration::from_secs(60);

/// Administrative client. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Admin {
    cluster: Cluster,
}

impl Admin {
    /// Connects to the cluster (see [`Cluster::connect`]).
    pub async fn connect(config: ClientConfig) -> Result<Admin> {
        Ok(Admin { cluster: Cluster::connect(config).await? })
    }

    /// An admin client sharing an existing cluster connection.
    pub fn new(cluster: Cluster) -> Admin {
        Admin { cluster }
    }

    /// The cluster this client talks to.
    pub fn cluster(&self) -> &Cluster {
        &self.cluster
    }

    /// Creates topics, and (unless told not to) waits until every broker's
    /// metadata shows them with a leader for each partition.
    ///
    /// Fails with the first topic's error if any topic could not be created;
    /// the other topics of the same call may have been created.
    pub async fn create_topics(
        &self,
        topics: &[NewTopic],
        options: &CreateTopicsOptions,
    ) -> Result<Vec<CreatedTopic>> {
        create::create_topics(&self.cluster, topics, options).await
    }

    /// Creates one topic with default options.
    pub async fn create_topic(&self, topic: NewTopic) -> Result<CreatedTopic> {
        let name = topic.name.clone();
        let created = self.create_topics(&[topic], &CreateTopicsOptions::default()).await?;
        created.into_iter().next().ok_or(Error::UnknownTopic { topic: name })
    }

    /// Deletes topics by name and waits until the metadata no longer shows
    /// them. Fails with [`Error::UnknownTopic`](crate::Error::UnknownTopic)
    /// for a topic that does not exist.
    pub async fn delete_topics<S: AsRef<str>>(&self, names: &[S], options: &DeleteTopicsOptions) -> Result<()> {
        let names: Vec<String> = names.iter().map(|n| n.as_ref().to_owned()).collect();
        delete::delete_topics(&self.cluster, &names, options).await
    }

    /// Names of the topics on the cluster, sorted; internal topics
    /// (`__consumer_offsets`, ...) only with `include_internal`.
    pub async fn list_topics(&self, include_internal: bool) -> Result<Vec<String>> {
        describe::list_topics(&self.cluster, include_internal).await
    }

    /// Partitions, leaders, replicas, in-sync replicas and id of each topic,
    /// in the order asked. Fails with
    /// [`Error::UnknownTopic`](crate::Error::UnknownTopic) if one does not
    /// exist.
    pub async fn describe_topics<S: AsRef<str>>(&self, names: &[S]) -> Result<Vec<TopicMetadata>> {
        let names: Vec<String> = names.iter().map(|n| n.as_ref().to_owned()).collect();
        describe::describe_topics(&self.cluster, &names).await
    }

    /// Fresh cluster id, controller and brokers.
    pub async fn describe_cluster(&self) -> Result<Arc<ClusterMetadata>> {
        self.cluster.refresh().await
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.cluster.shutdown().await;
    }
}
