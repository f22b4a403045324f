//! KIP-360 epoch bump of the idempotent producer against a real broker.
//!
//! A Kafka 4.x broker accepts any sequence from a producer it has forgotten
//! (retention and DeleteRecords no longer yield UNKNOWN_PRODUCER_ID), so the
//! reliable way to break a partition's numbering is a real sequence gap: the
//! test writes a batch under the producer's own id and epoch (read with
//! DescribeProducers) with the next sequences, exactly what the broker would
//! hold had an acknowledged-nowhere batch landed. The producer's next batches
//! then get OUT_OF_ORDER_SEQUENCE_NUMBER with nothing of its own outstanding:
//! it must bump its epoch, renumber from 0 and resend, keeping order.

mod common;
mod producer_support;

use std::collections::HashMap;
use std::time::Duration;

use bytes::Bytes;
use ferrokafka::admin::NewTopic;
use ferrokafka::cluster::{ClientConfig, Cluster};
use ferrokafka::producer::{Message, Producer, ProducerConfig};
use ferrokafka::protocol::messages::describe_producers_request::TopicRequest;
use ferrokafka::protocol::messages::describe_producers_response::ProducerState;
use ferrokafka::protocol::messages::produce_request::{PartitionProduceData, TopicProduceData};
use ferrokafka::protocol::messages::{DescribeProducersRequest, ProduceRequest};
use ferrokafka::record::{BatchParams, Record, RecordBatchBuilder};

/// Records the test writes itself under the producer's identity.
const FOREIGN: usize = 100;
/// Padding that keeps the producer's batches well under `FOREIGN` records,
/// so no batch of ours can match the foreign one's sequence range.
const PAD: usize = 100;

fn ours(i: usize) -> Message {
    Message::new()
        .value(format!("ours-{i:06}-{}", "x".repeat(PAD)))
        .partition((i % 2) as i32)
}

async fn producer_state(cluster: &Cluster, topic: &str, partition: i32) -> Vec<ProducerState> {
    let (broker, _) = cluster.leader(topic, partition).await.expect("leader");
    let response = broker
        .send(&DescribeProducersRequest {
            topics: vec![TopicRequest {
                name: topic.to_owned(),
                partition_indexes: vec![partition],
                ..Default::default()
            }],
            ..Default::default()
        })
        .await
        .expect("DescribeProducers");
    let answer = &response.topics[0].partitions[0];
    assert_eq!(answer.error_code, 0, "DescribeProducers: {answer:?}");
    answer.active_producers.clone()
}

/// Writes `FOREIGN` records under `state`'s producer id and epoch with the
/// sequences that follow its last one.
async fn open_sequence_gap(cluster: &Cluster, topic: &str, partition: i32, state: &ProducerState) {
    let mut builder = RecordBatchBuilder::new(BatchParams {
        producer_id: state.producer_id,
        producer_epoch: state.producer_epoch as i16,
        base_sequence: state.last_sequence + 1,
        ..BatchParams::default()
    });
    for j in 0..FOREIGN {
        builder
            .append(&Record {
                key: None,
                value: Some(Bytes::from(format!("foreign-{j}"))),
                headers: Vec::new(),
                timestamp: 1_700_000_000_000,
            })
            .expect("append");
    }
    let records = builder.finish().expect("batch");
    let (broker, _) = cluster.leader(topic, partition).await.expect("leader");
    let response = broker
        .send(&ProduceRequest {
            acks: -1,
            timeout_ms: 30_000,
            topic_data: vec![TopicProduceData {
                name: topic.to_owned(),
                topic_id: cluster.topic(topic).await.expect("topic").topic_id,
                partition_data: vec![PartitionProduceData {
                    index: partition,
                    records: Some(records),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        })
        .await
        .expect("Produce");
    let answer = &response.responses[0].partition_responses[0];
    assert_eq!(answer.error_code, 0, "the gap batch was refused: {answer:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sequence_gap_bumps_the_epoch_and_loses_nothing() {
    let topic = common::unique("it-producer-epoch");
    common::admin(&common::brokers())
        .await
        .create_topic(NewTopic::new(&topic, 2, 1))
        .await
        .expect("create");
    let client = ClientConfig::from_bootstrap(&common::brokers()).expect("bootstrap");
    let producer = Producer::connect(
        client,
        ProducerConfig {
            max_batch_bytes: 4096,
            linger: Duration::from_millis(2),
            delivery_timeout: Duration::from_secs(60),
            ..Default::default()
        },
    )
    .await
    .expect("producer connects");

    let first: Vec<Message> = (0..2_000).map(ours).collect();
    let mut acknowledged: HashMap<usize, (i32, i64)> = HashMap::new();
    for (i, result) in producer.send_batch(&topic, first).await.into_iter().enumerate() {
        let meta = result.unwrap_or_else(|e| panic!("record {i} before the gap: {e}"));
        acknowledged.insert(i, (meta.partition, meta.offset));
    }

    let before = producer_state(producer.cluster(), &topic, 0).await;
    assert_eq!(before.len(), 1, "one producer wrote partition 0: {before:?}");
    let before = before[0].clone();
    open_sequence_gap(producer.cluster(), &topic, 0, &before).await;

    // Many batches of partition 0 are in flight when the first one meets
    // the gap; all of them must land once, in order, under the new epoch.
    let second: Vec<Message> = (2_000..6_000).map(ours).collect();
    let results = producer.send_batch(&topic, second).await;
    for (i, result) in (2_000..).zip(results) {
        let meta = result.unwrap_or_else(|e| panic!("record {i} after the gap: {e}"));
        assert!(meta.offset >= 0, "record {i} reported as a duplicate: {meta:?}");
        acknowledged.insert(i, (meta.partition, meta.offset));
    }

    let after = producer_state(producer.cluster(), &topic, 0).await;
    let mine = after
        .iter()
        .find(|s| s.producer_id == before.producer_id)
        .unwrap_or_else(|| panic!("the producer kept its id: {after:?}"));
    assert!(
        mine.producer_epoch > before.producer_epoch,
        "the epoch was bumped: before {before:?}, after {mine:?}"
    );

    let mut foreign = 0;
    for partition in 0..2 {
        let read = producer_support::read_partition(producer.cluster(), &topic, partition).await;
        let mut last: Option<usize> = None;
        for record in read.records {
            let value = record.value.expect("a value");
            let text = std::str::from_utf8(&value).expect("utf-8");
            if text.starts_with("foreign-") {
                foreign += 1;
                continue;
            }
            let i: usize = text[5..11].parse().expect("a record number");
            assert_eq!(i % 2, partition as usize, "record {i} on partition {partition}");
            assert!(last.is_none_or(|l| l < i), "record {i} after {last:?}: order broken or a duplicate");
            last = Some(i);
            let (p, offset) = acknowledged.remove(&i).unwrap_or_else(|| panic!("record {i} read twice"));
            assert_eq!((p, offset), (partition, record.offset), "record {i} where it was acknowledged");
        }
    }
    assert_eq!(foreign, FOREIGN, "the gap batch is in the log");
    assert!(acknowledged.is_empty(), "acknowledged but missing: {} records", acknowledged.len());
    producer.close(Duration::from_secs(10)).await.expect("close");
}
