//! Listing and describing topics, through Metadata.
//!
//! Metadata answers both questions and every broker can answer it, so these
//! go to any broker. Auto-creation is always off: describing a topic must
//! never create it.

use crate::cluster::{Cluster, TopicMetadata, TopicSelection};
use crate::error::Result;

pub(crate) async fn list_topics(cluster: &Cluster, include_internal: bool) -> Result<Vec<String>> {
    let metadata = cluster.fetch(TopicSelection::All).await?;
    Ok(metadata
        .topics
        .into_values()
        .filter(|t| include_internal || !t.is_internal)
        .map(|t| t.name)
        .collect())
}

pub(crate) async fn describe_topics(cluster: &Cluster, names: &[String]) -> Result<Vec<TopicMetadata>> {
    let metadata = cluster.fetch(TopicSelection::Named(names.to_vec())).await?;
    names.iter().map(|name| metadata.topic(name).cloned()).collect()
}
