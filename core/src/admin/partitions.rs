//! Adding partitions to existing topics (CreatePartitions).
//!
//! Like CreateTopics the request goes to the controller the metadata names
//! (a forwarding broker on KRaft), again after NOT_CONTROLLER, and the call
//! returns once every broker's metadata shows the new partitions with
//! leaders.

use std::collections::BTreeMap;

use tokio::time::Instant;

use super::{wait, Admin, DEFAULT_ADMIN_TIMEOUT};
use crate::error::{Error, ErrorContext, Result};
use crate::net::RequestOptions;
use crate::protocol::messages::create_partitions_request::{CreatePartitionsAssignment, CreatePartitionsTopic};
use crate::protocol::messages::CreatePartitionsRequest;
use crate::protocol::ErrorCode;

/// How many partitions a topic should have after the call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPartitions {
    /// The topic.
    pub topic: String,
    /// Its new total number of partitions (more than it has now).
    pub total: i32,
    /// Replicas of each new partition (node ids, preferred leader first),
    /// or empty to let the controller place them.
    pub assignment: Vec<Vec<i32>>,
}

impl NewPartitions {
    /// Grow `topic` to `total` partitions, placed by the controller.
    pub fn new(topic: impl Into<String>, total: i32) -> Self {
        Self { topic: topic.into(), total, assignment: Vec::new() }
    }
}

impl Admin {
    /// Adds partitions to topics. Each topic gets its own result, keyed by
    /// name: a topic that does not exist, or a total that is not larger
    /// than the current count (`INVALID_PARTITIONS`), fails alone. With
    /// `validate_only` nothing changes and nothing is waited for.
    pub async fn create_partitions(
        &self,
        topics: &[NewPartitions],
        validate_only: bool,
    ) -> Result<BTreeMap<String, Result<()>>> {
        let deadline = Instant::now() + DEFAULT_ADMIN_TIMEOUT;
        let mut out = BTreeMap::new();
        let mut pending: Vec<&NewPartitions> = topics.iter().collect();
        while !pending.is_empty() {
            let request = CreatePartitionsRequest {
                topics: pending.iter().map(|t| to_wire(t)).collect(),
                timeout_ms: 30_000,
                validate_only,
                ..Default::default()
            };
            let options = RequestOptions { version: None, timeout: Some(DEFAULT_ADMIN_TIMEOUT) };
            let response = self.cluster.controller().await?.send_with(&request, options).await?;
            let mut moved = Vec::new();
            for r in response.results {
                if r.error_code == ErrorCode::NOT_CONTROLLER.0 && Instant::now() < deadline {
                    moved.push(r.name);
                    continue;
                }
                let result = match ErrorCode(r.error_code) {
                    ErrorCode::UNKNOWN_TOPIC_OR_PARTITION => Err(Error::UnknownTopic { topic: r.name.clone() }),
                    _ => Error::check(r.error_code, ErrorContext::topic("CreatePartitions", &r.name), r.error_message),
                };
                out.insert(r.name, result);
            }
            pending.retain(|t| moved.contains(&t.topic));
            if !pending.is_empty() {
                wait::after_controller_moved(&self.cluster).await?;
            }
        }
        for t in topics {
            out.entry(t.topic.clone()).or_insert_with(|| {
                Err(Error::kafka(
                    ErrorCode::UNKNOWN_SERVER_ERROR.0,
                    ErrorContext::topic("CreatePartitions", &t.topic),
                    Some("the broker's answer left this topic out".to_owned()),
                ))
            });
        }
        if !validate_only {
            let grown: BTreeMap<String, i32> = topics
                .iter()
                .filter(|t| out.get(&t.topic).is_some_and(|r| r.is_ok()))
                .map(|t| (t.topic.clone(), t.total))
                .collect();
            let names: Vec<String> = grown.keys().cloned().collect();
            if !names.is_empty() {
                wait::until_every_broker(
                    &self.cluster,
                    &names,
                    deadline,
                    "shows the new partitions with leaders",
                    |m| {
                        grown.iter().all(|(name, total)| {
                            m.topics
                                .get(name)
                                .is_some_and(|t| t.partitions.len() == *total as usize && t.all_partitions_led())
                        })
                    },
                )
                .await?;
                self.cluster.refresh().await?;
            }
        }
        Ok(out)
    }
}

fn to_wire(topic: &NewPartitions) -> CreatePartitionsTopic {
    CreatePartitionsTopic {
        name: topic.topic.clone(),
        count: topic.total,
        assignments: (!topic.assignment.is_empty()).then(|| {
            topic
                .assignment
                .iter()
                .map(|ids| CreatePartitionsAssignment { broker_ids: ids.clone(), ..Default::default() })
                .collect()
        }),
        ..Default::default()
    }
}
