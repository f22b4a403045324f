//! Helpers for the consumer tests: topics, and records written with raw
//! Produce requests (plain and transactional), routed to each partition's
//! leader.
#![allow(dead_code)]

use std::time::Duration;

use bytes::Bytes;
use ferrokafka::admin::NewTopic;
use ferrokafka::cluster::{ClientConfig, Cluster};
use ferrokafka::consumer::{Consumer, ConsumerConfig, ConsumerRecord};
use ferrokafka::net::RequestOptions;
use ferrokafka::protocol::messages::add_partitions_to_txn_request::AddPartitionsToTxnTopic;
use ferrokafka::protocol::messages::produce_request::{PartitionProduceData, TopicProduceData};
use ferrokafka::protocol::messages::{
    AddPartitionsToTxnRequest, EndTxnRequest, FindCoordinatorRequest, InitProducerIdRequest, ProduceRequest,
};
use ferrokafka::record::{BatchParams, Header, Record, RecordBatchBuilder};

use crate::common;

/// Creates a topic with `partitions` partitions; returns its name.
///
/// Test records carry timestamps from 1970, so time retention would delete
/// them whenever the broker's retention check runs; the topic keeps them.
pub async fn topic(brokers: &str, label: &str, partitions: i32) -> String {
    let admin = common::admin(brokers).await;
    let name = common::unique(label);
    let spec = NewTopic::new(&name, partitions, 1).config("retention.ms", "-1");
    admin.create_topic(spec).await.expect("create the topic");
    admin.close().await;
    name
}

pub async fn cluster(brokers: &str) -> Cluster {
    Cluster::connect(ClientConfig::from_bootstrap(brokers).expect("bootstrap")).await.expect("connect")
}

/// `value-{i}` records with key `key-{i}`, a header, and timestamp `ts(i)`.
pub fn records(range: std::ops::Range<usize>, ts: impl Fn(usize) -> i64) -> Vec<Record> {
    range
        .map(|i| Record {
            key: Some(Bytes::from(format!("key-{i}"))),
            value: Some(Bytes::from(format!("value-{i}"))),
            headers: vec![Header::new("h", format!("{i}")), Header::new("h", "dup")],
            timestamp: ts(i),
        })
        .collect()
}

fn build(params: BatchParams, records: &[Record]) -> Bytes {
    let mut builder = RecordBatchBuilder::new(params);
    for r in records {
        builder.append(r).expect("append");
    }
    builder.finish().expect("finish the batch")
}

/// Error codes that mean the broker appended nothing because it does not
/// (yet) lead the partition: a topic created a moment ago, or a leader that
/// just moved. The batch is sent again after a metadata refresh.
const NOT_THERE_YET: [i16; 3] = [3, 5, 6];

async fn send_batch(cluster: &Cluster, topic: &str, partition: i32, batch: Bytes, txn: Option<&str>) -> i64 {
    for _ in 0..300 {
        let (code, message, offset) = send_batch_once(cluster, topic, partition, batch.clone(), txn).await;
        if NOT_THERE_YET.contains(&code) {
            let _ = cluster.refresh().await;
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            continue;
        }
        assert_eq!(code, 0, "Produce to {topic}-{partition} refused: {message:?}");
        return offset;
    }
    panic!("{topic}-{partition} had no leader that accepted writes for 30 s");
}

async fn send_batch_once(cluster: &Cluster, topic: &str, partition: i32, batch: Bytes, txn: Option<&str>) -> (i16, Option<String>, i64) {
    let (broker, _) = cluster.leader(topic, partition).await.expect("leader");
    let request = ProduceRequest {
        transactional_id: txn.map(str::to_owned),
        acks: -1,
        timeout_ms: 30_000,
        topic_data: vec![TopicProduceData {
            name: topic.to_owned(),
            topic_id: cluster.topic(topic).await.expect("topic").topic_id,
            partition_data: vec![PartitionProduceData { index: partition, records: Some(batch), ..Default::default() }],
            ..Default::default()
        }],
        ..Default::default()
    };
    let response = broker.send(&request).await.expect("Produce");
    let p = &response.responses[0].partition_responses[0];
    (p.error_code, p.error_message.clone(), p.base_offset)
}

/// Writes `records` as one batch compressed with `compression`.
pub async fn produce_compressed(
    cluster: &Cluster,
    topic: &str,
    partition: i32,
    records: &[Record],
    compression: ferrokafka::record::Compression,
) -> i64 {
    let params = BatchParams { compression, ..BatchParams::default() };
    send_batch(cluster, topic, partition, build(params, records), None).await
}

/// Writes `records` as one plain batch; returns the base offset.
pub async fn produce(cluster: &Cluster, topic: &str, partition: i32, records: &[Record]) -> i64 {
    send_batch(cluster, topic, partition, build(BatchParams::default(), records), None).await
}

/// Writes `records` to one partition in a transaction of its own and
/// commits or aborts it.
pub async fn produce_in_transaction(cluster: &Cluster, topic: &str, partition: i32, records: &[Record], commit: bool) {
    begin_transaction(cluster, topic, partition, records).await.end(commit).await;
}

/// A transaction that wrote records and is not ended yet.
pub struct OpenTransaction {
    coordinator: std::sync::Arc<ferrokafka::net::Broker>,
    txn_id: String,
    producer_id: i64,
    producer_epoch: i16,
}

/// Starts a transaction and writes `records` to one partition in it.
pub async fn begin_transaction(cluster: &Cluster, topic: &str, partition: i32, records: &[Record]) -> OpenTransaction {
    let txn_id = common::unique("txn");
    let find = FindCoordinatorRequest { key_type: 1, coordinator_keys: vec![txn_id.clone()], ..Default::default() };
    let mut coordinator = None;
    for _ in 0..50 {
        let answer = cluster.send_to_any(&find).await.expect("FindCoordinator");
        let (code, node) = match answer.coordinators.first() {
            Some(c) => (c.error_code, c.node_id),
            None => (answer.error_code, answer.node_id),
        };
        if code == 0 {
            coordinator = Some(node);
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let coordinator = cluster.broker(coordinator.expect("a transaction coordinator")).await.expect("coordinator");
    let init = InitProducerIdRequest {
        transactional_id: Some(txn_id.clone()),
        transaction_timeout_ms: 60_000,
        producer_id: -1,
        producer_epoch: -1,
        ..Default::default()
    };
    let mut ids = None;
    for _ in 0..50 {
        let answer = coordinator.send(&init).await.expect("InitProducerId");
        if answer.error_code == 0 {
            ids = Some((answer.producer_id, answer.producer_epoch));
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (producer_id, producer_epoch) = ids.expect("a producer id");
    let add = AddPartitionsToTxnRequest {
        v3_and_below_transactional_id: txn_id.clone(),
        v3_and_below_producer_id: producer_id,
        v3_and_below_producer_epoch: producer_epoch,
        v3_and_below_topics: vec![AddPartitionsToTxnTopic {
            name: topic.to_owned(),
            partitions: vec![partition],
            ..Default::default()
        }],
        ..Default::default()
    };
    let answer = coordinator
        .send_with(&add, RequestOptions { version: Some(3), timeout: None })
        .await
        .expect("AddPartitionsToTxn");
    for t in &answer.results_by_topic_v3_and_below {
        for p in &t.results_by_partition {
            assert_eq!(p.partition_error_code, 0, "AddPartitionsToTxn refused {}-{}", t.name, p.partition_index);
        }
    }
    let params =
        BatchParams { producer_id, producer_epoch, base_sequence: 0, transactional: true, ..BatchParams::default() };
    send_batch(cluster, topic, partition, build(params, records), Some(&txn_id)).await;
    OpenTransaction { coordinator, txn_id, producer_id, producer_epoch }
}

impl OpenTransaction {
    /// Commits or aborts it.
    pub async fn end(self, commit: bool) {
        let OpenTransaction { coordinator, txn_id, producer_id, producer_epoch } = self;
        let end = EndTxnRequest {
            transactional_id: txn_id,
            producer_id,
            producer_epoch,
            committed: commit,
            ..Default::default()
        };
        let answer = coordinator.send(&end).await.expect("EndTxn");
        assert_eq!(answer.error_code, 0, "EndTxn failed");
    }
}

/// A consumer with `tune` applied to the defaults.
pub async fn consumer(brokers: &str, tune: impl FnOnce(&mut ConsumerConfig)) -> Consumer {
    let mut config = ConsumerConfig::from_bootstrap(brokers).expect("bootstrap");
    tune(&mut config);
    Consumer::connect(config).await.expect("consumer")
}

/// Polls until `count` records arrived (or a bounded number of empty polls
/// passed, in which case the test fails on the count it checks).
pub async fn poll_n(consumer: &Consumer, count: usize) -> Vec<ConsumerRecord> {
    let mut out = Vec::new();
    let mut empty = 0;
    while out.len() < count && empty < 40 {
        let batch = consumer.poll(Duration::from_millis(500)).await.expect("poll");
        if batch.is_empty() {
            empty += 1;
        }
        out.extend(batch);
    }
    out
}

/// `(partition, offset, value)` of each record.
pub fn summary(records: &[ConsumerRecord]) -> Vec<(i32, i64, String)> {
    records
        .iter()
        .map(|r| (r.partition, r.offset, String::from_utf8_lossy(r.value.as_deref().unwrap_or_default()).into_owned()))
        .collect()
}
