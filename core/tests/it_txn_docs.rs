//! The example of docs/transactions.md, run: the function between the
//! `doc-example` markers below is the one the page shows (a test checks the
//! text is the same), and the test runs it against the broker.

mod common;
mod consumer_support;
mod txn_support;

use std::time::Duration;

use ferrokafka::consumer::{IsolationLevel, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer};
use ferrokafka::producer::Producer;

use consumer_support::topic;
use txn_support::{messages, read_all, values};

// doc-example: start
use std::collections::BTreeMap;

use ferrokafka::cluster::ClientConfig;
use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig};
use ferrokafka::error::Error;
use ferrokafka::producer::{Message, ProducerConfig};

/// Copies records of `input` to `output`, upper-cased, exactly once: each
/// poll's output records and consumed offsets commit together. Returns
/// after `limit` records (a real pipeline runs until told to stop).
async fn uppercase(brokers: &str, input: &str, output: &str, group_id: &str, limit: usize) -> Result<(), Error> {
    let config = ProducerConfig {
        transactional_id: Some(format!("{group_id}-uppercase")),
        ..Default::default()
    };
    // Fences any older producer with this transactional id.
    let producer = Producer::connect(ClientConfig::from_bootstrap(brokers)?, config).await?;
    let mut group = GroupConfig::new(group_id);
    group.auto_commit = false; // the transactions commit the offsets
    let mut consumer = ConsumerConfig::from_bootstrap(brokers)?; // read_committed by default
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    let consumer = GroupConsumer::connect(consumer, group, None).await?;
    consumer.subscribe([input]);
    let mut copied = 0;
    while copied < limit {
        let records = consumer.poll(Duration::from_secs(1)).await?;
        if records.is_empty() {
            continue;
        }
        producer.begin_transaction().await?;
        let mut offsets = BTreeMap::new();
        let mut out = Vec::new();
        for record in &records {
            let value = record.value.as_deref().unwrap_or_default().to_ascii_uppercase();
            out.push(Message::new().value(value));
            offsets.insert(TopicPartition::new(&record.topic, record.partition), record.offset + 1);
        }
        let sent: Result<(), Error> = async {
            for result in producer.send_batch(output, out).await {
                result?;
            }
            producer.send_offsets_to_transaction(&offsets, &consumer.group_metadata()).await?;
            producer.commit_transaction().await
        }
        .await;
        if let Err(error) = sent {
            // Nothing of this poll is visible to read_committed readers and
            // its offsets are not committed: a restart reads it again.
            producer.abort_transaction().await?;
            return Err(error);
        }
        copied += records.len();
    }
    consumer.close().await;
    producer.close(Duration::from_secs(30)).await
}
// doc-example: end

#[test]
fn the_page_shows_this_example() {
    let source = include_str!("it_txn_docs.rs");
    let start = source.find("// doc-example: start\n").expect("start marker") + "// doc-example: start\n".len();
    let end = source.find("// doc-example: end").expect("end marker");
    let page = include_str!("../../docs/transactions.md");
    let block = format!("```rust\n{}```", &source[start..end]);
    assert!(page.contains(&block), "docs/transactions.md must show the example of it_txn_docs.rs word for word");
}

#[tokio::test]
async fn the_example_copies_every_record_once() {
    let brokers = common::brokers();
    let input = topic(&brokers, "txn-docs-in", 2).await;
    let output = topic(&brokers, "txn-docs-out", 2).await;
    let group = common::unique("txn-docs");
    let producer = Producer::connect(
        ferrokafka::cluster::ClientConfig::from_bootstrap(&brokers).expect("bootstrap"),
        ferrokafka::producer::ProducerConfig::default(),
    )
    .await
    .expect("producer");
    for result in producer.send_batch(&input, messages("order", 0..500)).await {
        result.expect("an input record");
    }
    producer.close(Duration::from_secs(5)).await.expect("close");

    let run = uppercase(&brokers, &input, &output, &group, 500);
    tokio::time::timeout(Duration::from_secs(120), run).await.expect("the example ends").expect("the example runs");

    let mut got = values(&read_all(&brokers, &output, 2, IsolationLevel::ReadCommitted).await);
    got.sort();
    let mut want: Vec<String> = (0..500).map(|i| format!("ORDER-{i}")).collect();
    want.sort();
    assert_eq!(got, want);
    let reader = GroupConsumer::connect(
        ferrokafka::consumer::ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap"),
        GroupConfig::new(&group),
        None,
    )
    .await
    .expect("offset reader");
    let tps: Vec<TopicPartition> = (0..2).map(|p| TopicPartition::new(&input, p)).collect();
    let committed = reader.committed(&tps).await.expect("committed");
    let total: i64 = committed.values().map(|o| o.expect("committed by the transactions")).sum();
    assert_eq!(total, 500, "the offsets after every input record are committed");
    reader.close().await;
}
