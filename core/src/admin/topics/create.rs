//! Creating topics.
//!
//! CreateTopics goes to the broker the metadata names as controller. On a
//! KRaft cluster that is a broker which forwards the request to the active
//! controller (KIP-590); on older clusters it is the controller itself. If it
//! answers NOT_CONTROLLER the controller moved: the client refreshes its
//! metadata and sends the topics that got that answer again.

use std::collections::BTreeMap;
use std::time::Duration;

use tokio::time::Instant;

use crate::admin::{wait, DEFAULT_ADMIN_TIMEOUT};
use crate::cluster::Cluster;
use crate::error::{Error, ErrorContext, Result};
use crate::net::RequestOptions;
use crate::protocol::messages::create_topics_request::{
    CreatableReplicaAssignment, CreatableTopic, CreatableTopicConfig,
};
use crate::protocol::messages::create_topics_response::CreatableTopicResult;
use crate::protocol::messages::CreateTopicsRequest;
use crate::protocol::ErrorCode;
use crate::protocol::Uuid;

/// A topic to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTopic {
    /// The topic's name.
    pub name: String,
    /// Number of partitions; `-1` for the broker's `num.partitions`.
    pub partitions: i32,
    /// Copies of each partition; `-1` for the broker's
    /// `default.replication.factor`.
    pub replication_factor: i16,
    /// Topic configs (`retention.ms`, `cleanup.policy`, ...).
    pub configs: BTreeMap<String, String>,
    /// Explicit replica assignment: for each partition index, the node ids
    /// of its replicas, preferred leader first. When set, `partitions` and
    /// `replication_factor` must be `-1`.
    pub assignment: BTreeMap<i32, Vec<i32>>,
}

impl NewTopic {
    /// A topic with this many partitions and replicas.
    pub fn new(name: impl Into<String>, partitions: i32, replication_factor: i16) -> Self {
        Self {
            name: name.into(),
            partitions,
            replication_factor,
            configs: BTreeMap::new(),
            assignment: BTreeMap::new(),
        }
    }

    /// A topic whose partition `i` has the replicas `replicas[i]` (node
    /// ids, preferred leader first).
    pub fn with_assignment(name: impl Into<String>, replicas: Vec<Vec<i32>>) -> Self {
        let mut topic = Self::new(name, -1, -1);
        topic.assignment = (0..).zip(replicas).collect();
        topic
    }

    /// Adds a topic config.
    pub fn config(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.configs.insert(name.into(), value.into());
        self
    }
}

/// How to create topics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateTopicsOptions {
    /// How long the whole operation may take, waiting included. Default 60 s.
    pub timeout: Duration,
    /// Only check that the topics could be created. Default false.
    pub validate_only: bool,
    /// Return only once every broker's metadata shows the topics with a
    /// leader for each partition. Default true.
    pub wait_for_metadata: bool,
}

impl Default for CreateTopicsOptions {
    fn default() -> Self {
        Self { timeout: DEFAULT_ADMIN_TIMEOUT, validate_only: false, wait_for_metadata: true }
    }
}

/// A topic that was created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreatedTopic {
    /// The topic's name.
    pub name: String,
    /// The id the cluster gave it (all zero before CreateTopics v7).
    pub topic_id: Uuid,
    /// Its number of partitions (`-1` before CreateTopics v5).
    pub partitions: i32,
    /// Its replication factor (`-1` before CreateTopics v5).
    pub replication_factor: i16,
    /// Its configs as the broker reported them (empty before v5), sensitive
    /// values as `None`.
    pub configs: BTreeMap<String, Option<String>>,
}

/// Creates `topics`, failing with the first topic's error; see
/// [`Admin::create_topics`](crate::admin::Admin::create_topics).
pub(crate) async fn create_topics(
    cluster: &Cluster,
    topics: &[NewTopic],
    options: &CreateTopicsOptions,
) -> Result<Vec<CreatedTopic>> {
    create_each(cluster, topics, options).await?.into_iter().collect()
}

/// Creates `topics` and returns each one's own result, in the order given.
/// The outer error is for failures that concern the whole call (no broker
/// reachable, timeout while waiting for metadata).
pub(crate) async fn create_each(
    cluster: &Cluster,
    topics: &[NewTopic],
    options: &CreateTopicsOptions,
) -> Result<Vec<Result<CreatedTopic>>> {
    // The answer is matched to the topics by name, so a name given twice
    // could not get two results (and the broker refuses the request).
    let mut seen = std::collections::BTreeSet::new();
    if let Some(twice) = topics.iter().find(|t| !seen.insert(t.name.as_str())) {
        return Err(Error::Config {
            option: "topics",
            value: twice.name.clone(),
            allowed: "each topic name once per call".to_owned(),
        });
    }
    let deadline = Instant::now() + options.timeout;
    let mut results: BTreeMap<String, CreatableTopicResult> = BTreeMap::new();
    let mut pending: Vec<&NewTopic> = topics.iter().collect();
    while !pending.is_empty() {
        let answers = send_once(cluster, &pending, options, deadline).await?;
        let mut moved = Vec::new();
        for answer in answers {
            if answer.error_code == ErrorCode::NOT_CONTROLLER.0 && Instant::now() < deadline {
                moved.push(answer.name.clone());
            } else {
                results.insert(answer.name.clone(), answer);
            }
        }
        pending.retain(|t| moved.contains(&t.name));
        if !pending.is_empty() {
            tracing::debug!(topics = ?moved, "controller moved, sending CreateTopics again");
            wait::after_controller_moved(cluster).await?;
        }
    }

    let outcomes: Vec<Result<CreatedTopic>> = topics
        .iter()
        .map(|topic| {
            let answer = results.remove(&topic.name).ok_or_else(|| {
                Error::protocol(
                    "reading the CreateTopics answer",
                    crate::protocol::ProtocolError::Invalid {
                        context: "CreateTopicsResponse",
                        detail: format!("no result for topic '{}'", topic.name),
                    },
                )
            })?;
            let context = ErrorContext::topic("CreateTopics", &topic.name);
            Error::check(answer.error_code, context, answer.error_message.clone())?;
            Ok(created_topic(answer))
        })
        .collect();

    if options.wait_for_metadata && !options.validate_only {
        let names: Vec<String> = outcomes.iter().flatten().map(|t| t.name.clone()).collect();
        if !names.is_empty() {
            wait::until_every_broker(cluster, &names, deadline, "shows the new topics with leaders", |m| {
                names.iter().all(|n| m.topics.get(n).is_some_and(|t| t.all_partitions_led()))
            })
            .await?;
        }
    }
    Ok(outcomes)
}

async fn send_once(
    cluster: &Cluster,
    topics: &[&NewTopic],
    options: &CreateTopicsOptions,
    deadline: Instant,
) -> Result<Vec<CreatableTopicResult>> {
    let remaining = deadline.saturating_duration_since(Instant::now());
    let request = CreateTopicsRequest {
        topics: topics.iter().map(|t| creatable(t)).collect(),
        timeout_ms: i32::try_from(remaining.as_millis()).unwrap_or(i32::MAX),
        validate_only: options.validate_only,
        ..Default::default()
    };
    let broker = match cluster.controller().await {
        Ok(broker) => broker,
        Err(error) => {
            tracing::debug!(%error, "no controller known, sending CreateTopics to any broker");
            return Ok(cluster.send_to_any(&request).await?.topics);
        }
    };
    // The broker itself waits up to timeout_ms; give the answer time to come back.
    let request_options =
        RequestOptions { timeout: Some(remaining + cluster.config().connection.request_timeout), ..Default::default() };
    Ok(broker.send_with(&request, request_options).await?.topics)
}

fn creatable(topic: &NewTopic) -> CreatableTopic {
    CreatableTopic {
        name: topic.name.clone(),
        num_partitions: topic.partitions,
        replication_factor: topic.replication_factor,
        assignments: topic
            .assignment
            .iter()
            .map(|(partition, replicas)| CreatableReplicaAssignment {
                partition_index: *partition,
                broker_ids: replicas.clone(),
                ..Default::default()
            })
            .collect(),
        configs: topic
            .configs
            .iter()
            .map(|(name, value)| CreatableTopicConfig {
                name: name.clone(),
                value: Some(value.clone()),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    }
}

fn created_topic(answer: CreatableTopicResult) -> CreatedTopic {
    CreatedTopic {
        name: answer.name,
        topic_id: answer.topic_id,
        partitions: answer.num_partitions,
        replication_factor: answer.replication_factor,
        configs: answer
            .configs
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.name, if c.is_sensitive { None } else { c.value }))
            .collect(),
    }
}
