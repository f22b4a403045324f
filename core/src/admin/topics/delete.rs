//! Deleting topics.
//!
//! DeleteTopics changed shape at v6, from a list of names to a list of
//! (name or id) entries, so the request is built for the version the broker
//! speaks. Like CreateTopics it goes to the controller the metadata names
//! (a forwarding broker on KRaft), again after NOT_CONTROLLER.

use std::time::Duration;

use tokio::time::Instant;

use crate::admin::{wait, DEFAULT_ADMIN_TIMEOUT};
use crate::cluster::Cluster;
use crate::error::{Error, ErrorContext, Result};
use crate::protocol::ErrorCode;
use crate::net::RequestOptions;
use crate::protocol::messages::delete_topics_request::DeleteTopicState;
use crate::protocol::messages::delete_topics_response::DeletableTopicResult;
use crate::protocol::messages::DeleteTopicsRequest;

/// How to delete topics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteTopicsOptions {
    /// How long the whole operation may take, waiting included. Default 60 s.
    pub timeout: Duration,
    /// Return only once every broker's metadata no longer shows the topics.
    /// Default true.
    pub wait_for_metadata: bool,
}

impl Default for DeleteTopicsOptions {
    fn default() -> Self {
        Self { timeout: DEFAULT_ADMIN_TIMEOUT, wait_for_metadata: true }
    }
}

/// First version that names topics as (name, id) entries.
const TOPIC_STATES_VERSION: i16 = 6;

pub(crate) async fn delete_topics(cluster: &Cluster, names: &[String], options: &DeleteTopicsOptions) -> Result<()> {
    let deadline = Instant::now() + options.timeout;
    let mut pending: Vec<String> = names.to_vec();
    while !pending.is_empty() {
        let answers = send_once(cluster, &pending, deadline).await?;
        let mut moved = Vec::new();
        for answer in answers {
            let name = answer.name.clone().unwrap_or_default();
            if answer.error_code == ErrorCode::NOT_CONTROLLER.0 && Instant::now() < deadline {
                moved.push(name);
                continue;
            }
            check(&name, answer)?;
        }
        pending.retain(|n| moved.contains(n));
        if !pending.is_empty() {
            tracing::debug!(topics = ?moved, "controller moved, sending DeleteTopics again");
            wait::after_controller_moved(cluster).await?;
        }
    }
    if options.wait_for_metadata {
        wait::until_every_broker(cluster, names, deadline, "no longer shows the deleted topics", |m| {
            names.iter().all(|n| !m.topics.contains_key(n))
        })
        .await?;
    }
    let cached = cluster.metadata();
    if names.iter().any(|n| cached.topics.contains_key(n)) {
        cluster.refresh().await?;
    }
    Ok(())
}

fn check(name: &str, answer: DeletableTopicResult) -> Result<()> {
    match ErrorCode(answer.error_code) {
        ErrorCode::NONE => Ok(()),
        ErrorCode::UNKNOWN_TOPIC_OR_PARTITION | ErrorCode::UNKNOWN_TOPIC_ID => {
            Err(Error::UnknownTopic { topic: name.to_owned() })
        }
        code => Err(Error::kafka(code.0, ErrorContext::topic("DeleteTopics", name), answer.error_message)),
    }
}

async fn send_once(cluster: &Cluster, names: &[String], deadline: Instant) -> Result<Vec<DeletableTopicResult>> {
    let broker = cluster.controller().await?;
    let connection = broker.connection().await?;
    let version = connection.version_for::<DeleteTopicsRequest>()?;
    let remaining = deadline.saturating_duration_since(Instant::now());
    let timeout_ms = i32::try_from(remaining.as_millis()).unwrap_or(i32::MAX);
    let request = if version >= TOPIC_STATES_VERSION {
        DeleteTopicsRequest {
            topics: names
                .iter()
                .map(|n| DeleteTopicState { name: Some(n.clone()), ..Default::default() })
                .collect(),
            timeout_ms,
            ..Default::default()
        }
    } else {
        DeleteTopicsRequest { topic_names: names.to_vec(), timeout_ms, ..Default::default() }
    };
    let options = RequestOptions {
        version: Some(version),
        timeout: Some(remaining + cluster.config().connection.request_timeout),
    };
    Ok(connection.send_with(&request, options).await?.responses)
}
