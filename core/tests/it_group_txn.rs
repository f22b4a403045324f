//! A group member taking over partitions whose offsets a transaction is
//! committing waits for that transaction, then starts at the offsets it
//! committed, instead of falling back to `auto_offset_reset`.

mod common;
mod consumer_support;
mod txn_support;

use std::collections::BTreeMap;
use std::time::Duration;

use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer};
use ferrokafka::producer::ConsumerGroupMetadata;

use consumer_support::{produce, records, topic};
use txn_support::txn_producer;

#[tokio::test]
async fn a_member_joining_during_an_offset_transaction_starts_at_its_committed_offset() {
    let brokers = common::brokers();
    let input = topic(&brokers, "group-txn-in", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &input, 0, &records(0..10, |_| 1)).await;
    let tp = TopicPartition::new(&input, 0);
    let group = common::unique("group-txn");

    // Offset 6 of the group is committed by a transaction left open.
    let producer = txn_producer(&brokers, &common::unique("group-txn")).await;
    producer.begin_transaction().await.expect("begin");
    let offsets = BTreeMap::from([(tp.clone(), 6)]);
    producer.send_offsets_to_transaction(&offsets, &ConsumerGroupMetadata::new(&group)).await.expect("offsets");

    let mut consumer = ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    let mut config = GroupConfig::new(&group);
    config.auto_commit = false;
    let member = GroupConsumer::connect(consumer, config, None).await.expect("group consumer");
    member.subscribe([input.as_str()]);

    // The member joins and asks for its offsets while the transaction is
    // open; the commit comes well after the member's first attempts.
    let commit = async {
        tokio::time::sleep(Duration::from_secs(3)).await;
        producer.commit_transaction().await.expect("commit");
    };
    let read = async {
        let mut got = Vec::new();
        for _ in 0..600 {
            got.extend(member.poll(Duration::from_millis(100)).await.expect("poll"));
            if got.len() >= 4 {
                break;
            }
        }
        got
    };
    let asked = member.committed(std::slice::from_ref(&tp));
    let ((), got, asked) = tokio::join!(commit, read, asked);

    let committed = asked.expect("committed waits for the transaction instead of failing");
    assert_eq!(committed[&tp], Some(6));
    let offsets: Vec<i64> = got.iter().map(|r| r.offset).collect();
    assert_eq!(offsets, vec![6, 7, 8, 9], "read from the committed offset, nothing before it");
    assert_eq!(member.consumer().position(&tp, Duration::from_secs(10)).await.expect("position"), 10);

    producer.close(Duration::from_secs(5)).await.expect("close");
    member.close().await;
    cluster.shutdown().await;
}
