//! What the cluster said about itself in one Metadata answer.
//!
//! The generated `MetadataResponse` mirrors the wire (nullable names, `-1`
//! for "no leader", error codes inline). [`ClusterMetadata`] is the same
//! information in the shape the client works with: brokers and topics by
//! key, `Option` where the wire uses sentinels, and the time it was asked
//! for, which the cache uses to decide when to ask again.

use std::collections::BTreeMap;

use tokio::time::Instant;

use crate::error::{Error, ErrorContext, Result};
use crate::protocol::ErrorCode;
use crate::protocol::messages::MetadataResponse;
use crate::protocol::Uuid;

/// A snapshot of the cluster.
#[derive(Debug, Clone)]
pub struct ClusterMetadata {
    /// The cluster's id, if the broker sent one.
    pub cluster_id: Option<String>,
    /// The node id the broker named as controller, if any. On KRaft
    /// clusters this is a broker that forwards controller requests.
    pub controller_id: Option<i32>,
    /// Live brokers by node id.
    pub brokers: BTreeMap<i32, BrokerInfo>,
    /// Topics by name (only topics the request asked about, or all topics).
    pub topics: BTreeMap<String, TopicMetadata>,
    /// Topics the request named that the broker reported an error for
    /// (`UNKNOWN_TOPIC_OR_PARTITION` for topics that do not exist), with the
    /// error code.
    pub topic_errors: BTreeMap<String, i16>,
    /// When the request for this snapshot was sent.
    pub requested_at: Instant,
}

/// One broker of the cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokerInfo {
    /// The broker's node id.
    pub node_id: i32,
    /// Host name clients should connect to.
    pub host: String,
    /// Port clients should connect to.
    pub port: i32,
    /// The broker's rack, if it has one.
    pub rack: Option<String>,
}

impl BrokerInfo {
    /// `host:port`, with IPv6 hosts in brackets.
    pub fn address(&self) -> String {
        if self.host.contains(':') && !self.host.starts_with('[') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// One topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicMetadata {
    /// The topic's name.
    pub name: String,
    /// The topic's id (all zero when the broker is too old to send one).
    pub topic_id: Uuid,
    /// Whether the topic is internal (`__consumer_offsets`, ...).
    pub is_internal: bool,
    /// Partitions, ordered by index.
    pub partitions: Vec<PartitionMetadata>,
}

/// One partition of a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionMetadata {
    /// The partition's index.
    pub partition: i32,
    /// The node id of the leader, `None` while there is no leader.
    pub leader: Option<i32>,
    /// The leader epoch, `-1` when unknown.
    pub leader_epoch: i32,
    /// All replicas, preferred leader first.
    pub replicas: Vec<i32>,
    /// Replicas in sync with the leader.
    pub isr: Vec<i32>,
    /// Replicas that are offline.
    pub offline_replicas: Vec<i32>,
    /// The partition's error code (`0` when fine), e.g.
    /// `LEADER_NOT_AVAILABLE` during an election.
    pub error_code: i16,
}

/// The leader of a partition, as last seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartitionLeader {
    /// The leader's node id.
    pub node_id: i32,
    /// The leader epoch.
    pub leader_epoch: i32,
}

impl TopicMetadata {
    /// A partition by index.
    pub fn partition(&self, index: i32) -> Option<&PartitionMetadata> {
        self.partitions.iter().find(|p| p.partition == index)
    }

    /// Whether every partition has a leader.
    pub fn all_partitions_led(&self) -> bool {
        !self.partitions.is_empty() && self.partitions.iter().all(|p| p.leader.is_some())
    }

    /// The leader of a partition, or why there is none.
    pub fn leader(&self, index: i32) -> Result<PartitionLeader> {
        let context = || ErrorContext::partition("Metadata", self.name.clone(), index);
        let Some(partition) = self.partition(index) else {
            return Err(Error::kafka(ErrorCode::UNKNOWN_TOPIC_OR_PARTITION.0, context(), None));
        };
        match partition.leader {
            Some(node_id) => Ok(PartitionLeader { node_id, leader_epoch: partition.leader_epoch }),
            None => {
                let code = if partition.error_code != ErrorCode::NONE.0 {
                    partition.error_code
                } else {
                    ErrorCode::LEADER_NOT_AVAILABLE.0
                };
                Err(Error::kafka(code, context(), None))
            }
        }
    }
}

impl ClusterMetadata {
    /// An empty snapshot, as if fetched at `requested_at`.
    pub fn empty(requested_at: Instant) -> Self {
        Self {
            cluster_id: None,
            controller_id: None,
            brokers: BTreeMap::new(),
            topics: BTreeMap::new(),
            topic_errors: BTreeMap::new(),
            requested_at,
        }
    }

    /// Reads a Metadata answer. Fails on a top-level error (v13+).
    pub fn from_response(response: MetadataResponse, requested_at: Instant) -> Result<Self> {
        Error::check(response.error_code, ErrorContext::api("Metadata"), None)?;
        let brokers = response
            .brokers
            .into_iter()
            .map(|b| {
                let info = BrokerInfo { node_id: b.node_id, host: b.host, port: b.port, rack: b.rack };
                (b.node_id, info)
            })
            .collect();
        let mut topics = BTreeMap::new();
        let mut topic_errors = BTreeMap::new();
        for topic in response.topics {
            let Some(name) = topic.name else { continue };
            if topic.error_code != ErrorCode::NONE.0 {
                topic_errors.insert(name, topic.error_code);
                continue;
            }
            let mut partitions: Vec<PartitionMetadata> = topic
                .partitions
                .into_iter()
                .map(|p| PartitionMetadata {
                    partition: p.partition_index,
                    leader: (p.leader_id >= 0).then_some(p.leader_id),
                    leader_epoch: p.leader_epoch,
                    replicas: p.replica_nodes,
                    isr: p.isr_nodes,
                    offline_replicas: p.offline_replicas,
                    error_code: p.error_code,
                })
                .collect();
            partitions.sort_by_key(|p| p.partition);
            let metadata = TopicMetadata {
                name: name.clone(),
                topic_id: topic.topic_id,
                is_internal: topic.is_internal,
                partitions,
            };
            topics.insert(name, metadata);
        }
        Ok(Self {
            cluster_id: response.cluster_id,
            controller_id: (response.controller_id >= 0).then_some(response.controller_id),
            brokers,
            topics,
            topic_errors,
            requested_at,
        })
    }

    /// A topic, or the error the broker gave for it, or
    /// [`Error::UnknownTopic`] when the snapshot does not know it.
    pub fn topic(&self, name: &str) -> Result<&TopicMetadata> {
        if let Some(topic) = self.topics.get(name) {
            return Ok(topic);
        }
        match self.topic_errors.get(name) {
            Some(&code) if code != ErrorCode::UNKNOWN_TOPIC_OR_PARTITION.0 => {
                Err(Error::kafka(code, ErrorContext::topic("Metadata", name), None))
            }
            _ => Err(Error::UnknownTopic { topic: name.to_owned() }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::messages::metadata_response::{
        MetadataResponseBroker, MetadataResponsePartition, MetadataResponseTopic,
    };

    fn response() -> MetadataResponse {
        MetadataResponse {
            cluster_id: Some("abc".into()),
            controller_id: 2,
            brokers: vec![
                MetadataResponseBroker { node_id: 1, host: "h1".into(), port: 9092, ..Default::default() },
                MetadataResponseBroker { node_id: 2, host: "::1".into(), port: 9093, ..Default::default() },
            ],
            topics: vec![
                MetadataResponseTopic {
                    name: Some("t".into()),
                    partitions: vec![
                        MetadataResponsePartition {
                            partition_index: 1,
                            leader_id: -1,
                            leader_epoch: 3,
                            error_code: ErrorCode::LEADER_NOT_AVAILABLE.0,
                            ..Default::default()
                        },
                        MetadataResponsePartition {
                            partition_index: 0,
                            leader_id: 2,
                            leader_epoch: 7,
                            replica_nodes: vec![2, 1],
                            isr_nodes: vec![2],
                            ..Default::default()
                        },
                    ],
                    ..Default::default()
                },
                MetadataResponseTopic {
                    name: Some("missing".into()),
                    error_code: ErrorCode::UNKNOWN_TOPIC_OR_PARTITION.0,
                    ..Default::default()
                },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn reads_brokers_controller_and_topics() {
        let m = ClusterMetadata::from_response(response(), Instant::now()).expect("valid");
        assert_eq!(m.cluster_id.as_deref(), Some("abc"));
        assert_eq!(m.controller_id, Some(2));
        assert_eq!(m.brokers[&1].address(), "h1:9092");
        assert_eq!(m.brokers[&2].address(), "[::1]:9093");
        let t = m.topic("t").expect("known");
        assert_eq!(t.partitions.iter().map(|p| p.partition).collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(t.leader(0).ok(), Some(PartitionLeader { node_id: 2, leader_epoch: 7 }));
        assert!(!t.all_partitions_led());
    }

    #[test]
    fn partition_without_leader_is_a_retriable_error() {
        let m = ClusterMetadata::from_response(response(), Instant::now()).expect("valid");
        let e = m.topic("t").expect("known").leader(1).expect_err("no leader");
        assert!(e.is_retriable(), "{e}");
        assert_eq!(e.kind(), "LEADER_NOT_AVAILABLE");
        let e = m.topic("t").expect("known").leader(9).expect_err("no such partition");
        assert!(e.to_string().contains("partition t-9"), "{e}");
    }

    #[test]
    fn unknown_topics_are_named() {
        let m = ClusterMetadata::from_response(response(), Instant::now()).expect("valid");
        match m.topic("missing") {
            Err(Error::UnknownTopic { topic }) => assert_eq!(topic, "missing"),
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(m.topic("never-asked"), Err(Error::UnknownTopic { .. })));
    }
}
