//! Helpers for the transaction tests: transactional producers, and reading
//! a topic to its end with a chosen isolation level.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::time::Duration;

use bytes::Bytes;
use ferrokafka::cluster::{ClientConfig, Cluster};
use ferrokafka::consumer::{AutoOffsetReset, Consumer, ConsumerConfig, ConsumerRecord, IsolationLevel, TopicPartition};
use ferrokafka::producer::{Message, Producer, ProducerConfig};
use ferrokafka::protocol::messages::list_offsets_request::{ListOffsetsPartition, ListOffsetsTopic};
use ferrokafka::protocol::messages::ListOffsetsRequest;

/// A transactional producer with id `id` (connected: older producers with
/// the same id are fenced when this returns).
pub async fn txn_producer(brokers: &str, id: &str) -> Producer {
    let config = ProducerConfig {
        transactional_id: Some(id.to_owned()),
        linger: Duration::from_millis(2),
        ..Default::default()
    };
    Producer::connect(ClientConfig::from_bootstrap(brokers).expect("bootstrap"), config)
        .await
        .expect("a transactional producer")
}

/// Messages with values `{prefix}-{i}` for `i` in `range`, keyed by `i`.
pub fn messages(prefix: &str, range: std::ops::Range<usize>) -> Vec<Message> {
    range
        .map(|i| Message {
            key: Some(Bytes::from(format!("{i}"))),
            value: Some(Bytes::from(format!("{prefix}-{i}"))),
            ..Default::default()
        })
        .collect()
}

/// The offset a reader with `isolation` stops at in each partition (the
/// high watermark, or the last stable offset for read_committed).
pub async fn end_offsets(cluster: &Cluster, topic: &str, partitions: i32, isolation: IsolationLevel) -> BTreeMap<i32, i64> {
    let mut out = BTreeMap::new();
    for partition in 0..partitions {
        let mut tries = 0;
        loop {
            tries += 1;
            let attempt = async {
                let (broker, _) = cluster.leader(topic, partition).await?;
                let request = ListOffsetsRequest {
                    replica_id: -1,
                    isolation_level: i8::from(isolation == IsolationLevel::ReadCommitted),
                    topics: vec![ListOffsetsTopic {
                        name: topic.to_owned(),
                        partitions: vec![ListOffsetsPartition {
                            partition_index: partition,
                            current_leader_epoch: -1,
                            timestamp: -1,
                            ..Default::default()
                        }],
                        ..Default::default()
                    }],
                    ..Default::default()
                };
                broker.send(&request).await
            }
            .await;
            match attempt {
                Ok(r) if r.topics[0].partitions[0].error_code == 0 => {
                    out.insert(partition, r.topics[0].partitions[0].offset);
                    break;
                }
                other => {
                    assert!(tries < 60, "ListOffsets for {topic}-{partition} kept failing: {other:?}");
                    let _ = cluster.refresh().await;
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        }
    }
    out
}

/// Waits until no transaction is open on any partition of `topic`: the
/// last stable offset has caught up with the high watermark everywhere.
/// A commit or abort returns once the coordinator has logged its decision;
/// the markers that make the records visible (or drop them) reach each
/// partition after that, so a reader that looks at once may find some
/// partitions decided and others not yet.
pub async fn wait_settled(cluster: &Cluster, topic: &str, partitions: i32) {
    for round in 0..180 {
        let stable = end_offsets(cluster, topic, partitions, IsolationLevel::ReadCommitted).await;
        let written = end_offsets(cluster, topic, partitions, IsolationLevel::ReadUncommitted).await;
        if stable == written {
            return;
        }
        if round == 0 {
            println!("{topic}: markers still on their way (stable {stable:?}, written {written:?})");
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    panic!("a transaction on {topic} stayed open for 90 s after it ended");
}

/// Every record of `topic` a reader with `isolation` sees, read from the
/// start up to the end offsets as they are when called. Tests call it
/// after their transactions have ended, so a read_committed reader first
/// waits until every partition has its commit or abort marker.
pub async fn read_all(brokers: &str, topic: &str, partitions: i32, isolation: IsolationLevel) -> Vec<ConsumerRecord> {
    let mut config = ConsumerConfig::from_bootstrap(brokers).expect("bootstrap");
    config.isolation_level = isolation;
    config.auto_offset_reset = AutoOffsetReset::Earliest;
    let consumer = Consumer::connect(config).await.expect("a consumer");
    if isolation == IsolationLevel::ReadCommitted {
        wait_settled(consumer.cluster(), topic, partitions).await;
    }
    let ends = end_offsets(consumer.cluster(), topic, partitions, isolation).await;
    let tps: Vec<TopicPartition> = (0..partitions).map(|p| TopicPartition::new(topic, p)).collect();
    consumer.assign(tps.clone()).await.expect("assign");
    let mut out = Vec::new();
    let mut idle = 0;
    loop {
        let mut done = true;
        for tp in &tps {
            let position = consumer.position(tp, Duration::from_secs(10)).await.expect("position");
            if position < ends[&tp.partition] {
                done = false;
            }
        }
        if done {
            break;
        }
        let batch = consumer.poll(Duration::from_millis(500)).await.expect("poll");
        idle = if batch.is_empty() { idle + 1 } else { 0 };
        assert!(idle < 120, "no progress reading {topic} up to {ends:?}");
        out.extend(batch);
    }
    consumer.close().await;
    out
}

/// The values of `records`, as text.
pub fn values(records: &[ConsumerRecord]) -> Vec<String> {
    records
        .iter()
        .map(|r| String::from_utf8_lossy(r.value.as_deref().unwrap_or_default()).into_owned())
        .collect()
}

/// The values the Java console consumer reads from every partition of
/// `topic` with `--isolation-level read_committed`, stopping after `count`.
pub fn java_read_committed(brokers: &str, topic: &str, count: usize) -> Vec<String> {
    let output = crate::common::run_class()
        .args(["console-consumer", "--bootstrap-server", brokers, "--topic", topic])
        .args(["--from-beginning", "--isolation-level", "read_committed"])
        .args(["--max-messages", &count.to_string(), "--timeout-ms", "60000"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run the Java console consumer");
    assert!(output.status.success(), "console consumer failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).lines().map(str::to_owned).collect()
}
