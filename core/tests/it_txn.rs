//! Transactions against a real broker: what commit and abort show to
//! read_committed and read_uncommitted readers (ours and Java's), sends
//! outside a transaction, a failed send making the transaction abortable,
//! and fencing by a newer producer with the same transactional id.

mod common;
mod consumer_support;
mod txn_support;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, IsolationLevel, TopicPartition};
use ferrokafka::error::Error;
use ferrokafka::group::{GroupConfig, GroupConsumer};
use ferrokafka::producer::{ConsumerGroupMetadata, Message, Producer, ProducerConfig, ProducerRecord};

use consumer_support::topic;
use txn_support::{java_read_committed, messages, read_all, txn_producer, values};

fn sorted(values: Vec<String>) -> Vec<String> {
    let mut values = values;
    values.sort();
    values
}

fn expected(parts: &[(&str, std::ops::Range<usize>)]) -> Vec<String> {
    let all = parts.iter().flat_map(|(prefix, range)| range.clone().map(move |i| format!("{prefix}-{i}")));
    sorted(all.collect())
}

async fn send_all(producer: &Producer, topic: &str, batch: Vec<Message>) {
    for result in producer.send_batch(topic, batch).await {
        result.expect("a record sent in the transaction");
    }
}

#[tokio::test]
async fn committed_records_are_visible_and_aborted_ones_only_to_read_uncommitted() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "txn-visibility", 3).await;
    let producer = txn_producer(&brokers, &common::unique("txn-visibility")).await;

    producer.begin_transaction().await.expect("begin");
    send_all(&producer, &topic, messages("committed", 0..100)).await;
    producer.commit_transaction().await.expect("commit");

    producer.begin_transaction().await.expect("begin");
    send_all(&producer, &topic, messages("aborted", 0..50)).await;
    producer.abort_transaction().await.expect("abort");

    producer.begin_transaction().await.expect("the producer is usable after an abort");
    send_all(&producer, &topic, messages("after", 0..30)).await;
    producer.commit_transaction().await.expect("commit");

    let committed = read_all(&brokers, &topic, 3, IsolationLevel::ReadCommitted).await;
    assert_eq!(sorted(values(&committed)), expected(&[("committed", 0..100), ("after", 0..30)]));
    let uncommitted = read_all(&brokers, &topic, 3, IsolationLevel::ReadUncommitted).await;
    assert_eq!(
        sorted(values(&uncommitted)),
        expected(&[("committed", 0..100), ("aborted", 0..50), ("after", 0..30)])
    );

    // A third-party reader agrees: the first 130 committed records it
    // reads are exactly ours, with nothing of the aborted transaction.
    let java = java_read_committed(&brokers, &topic, 130);
    assert_eq!(sorted(java), expected(&[("committed", 0..100), ("after", 0..30)]));
    producer.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test]
async fn sends_outside_a_transaction_are_refused() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "txn-outside", 1).await;
    let producer = txn_producer(&brokers, &common::unique("txn-outside")).await;
    let record = || ProducerRecord::new(&topic, Message { value: Some("x".into()), ..Default::default() });

    let error = producer.send(record()).await.expect_err("no transaction is open");
    assert!(matches!(error, Error::TransactionState { .. }), "{error:?}");
    assert!(error.to_string().contains("begin_transaction()"), "says what to do: {error}");
    let results = producer.send_batch(&topic, messages("outside", 0..3)).await;
    assert!(results.iter().all(|r| matches!(r, Err(Error::TransactionState { .. }))), "{results:?}");
    let error = producer.commit_transaction().await.expect_err("nothing to commit");
    assert!(matches!(error, Error::TransactionState { .. }), "{error:?}");

    producer.begin_transaction().await.expect("begin");
    producer.send(record()).await.expect("inside a transaction");
    let error = producer.begin_transaction().await.expect_err("one transaction at a time");
    assert!(matches!(error, Error::TransactionState { .. }), "{error:?}");
    producer.commit_transaction().await.expect("commit");
    let error = producer.send(record()).await.expect_err("the transaction is over");
    assert!(matches!(error, Error::TransactionState { .. }), "{error:?}");

    // A producer without a transactional id has no transactions.
    let plain = Producer::connect(
        ferrokafka::cluster::ClientConfig::from_bootstrap(&brokers).expect("bootstrap"),
        ProducerConfig::default(),
    )
    .await
    .expect("producer");
    let error = plain.begin_transaction().await.expect_err("not transactional");
    assert!(error.to_string().contains("transactional_id"), "{error}");
    plain.close(Duration::from_secs(5)).await.expect("close");
    producer.close(Duration::from_secs(5)).await.expect("close");

    let read = read_all(&brokers, &topic, 1, IsolationLevel::ReadCommitted).await;
    assert_eq!(values(&read), vec!["x".to_owned()], "only the record sent inside the transaction");
}

#[tokio::test]
async fn a_failed_send_makes_the_transaction_abortable_and_the_next_one_works() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "txn-abortable", 2).await;
    let producer = txn_producer(&brokers, &common::unique("txn-abortable")).await;

    producer.begin_transaction().await.expect("begin");
    send_all(&producer, &topic, messages("doomed", 0..10)).await;
    let bad = Message { partition: Some(7), value: Some("nowhere".into()), ..Default::default() };
    let results = producer.send_batch(&topic, vec![bad]).await;
    assert!(results[0].is_err(), "partition 7 does not exist");
    let error = producer.commit_transaction().await.expect_err("a record of the transaction failed");
    assert!(matches!(error, Error::TransactionAbortable { .. }), "{error:?}");
    assert!(error.to_string().contains("abort_transaction()"), "says what to do: {error}");
    let error = producer.send_batch(&topic, messages("late", 0..1)).await.remove(0).expect_err("abortable");
    assert!(matches!(error, Error::TransactionAbortable { .. }), "{error:?}");
    producer.abort_transaction().await.expect("abort succeeds");

    // The same through `send`, whose record fails before it reaches a batch.
    producer.begin_transaction().await.expect("begin");
    let bad = Message { partition: Some(7), value: Some("nowhere".into()), ..Default::default() };
    producer.send(ProducerRecord::new(&topic, bad)).await.expect_err("partition 7 does not exist");
    let error = producer.commit_transaction().await.expect_err("a record of the transaction failed");
    assert!(matches!(error, Error::TransactionAbortable { .. }), "{error:?}");
    producer.abort_transaction().await.expect("abort succeeds");

    producer.begin_transaction().await.expect("the next transaction");
    send_all(&producer, &topic, messages("kept", 0..10)).await;
    producer.commit_transaction().await.expect("commit");
    producer.close(Duration::from_secs(5)).await.expect("close");

    let read = read_all(&brokers, &topic, 2, IsolationLevel::ReadCommitted).await;
    assert_eq!(sorted(values(&read)), expected(&[("kept", 0..10)]));
}

#[tokio::test]
async fn a_newer_producer_with_the_same_id_fences_the_older_one() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "txn-fence", 2).await;
    let id = common::unique("txn-fence");
    let older = txn_producer(&brokers, &id).await;
    older.begin_transaction().await.expect("begin");
    let to = |partition| Message { partition: Some(partition), value: Some("old".into()), ..Default::default() };
    send_all(&older, &topic, vec![to(0)]).await;

    // The newer instance aborts the older one's open transaction.
    let newer = txn_producer(&brokers, &id).await;
    let sent = older.send_batch(&topic, vec![to(1)]).await.remove(0);
    let error = sent.expect_err("the older producer is fenced");
    assert!(matches!(error, Error::ProducerFenced { .. }), "{error:?}");
    let error = older.commit_transaction().await.expect_err("fenced");
    assert!(matches!(error, Error::ProducerFenced { .. }), "{error:?}");
    assert_eq!(error.kind(), "PRODUCER_FENCED");
    assert!(error.to_string().contains(&id), "names the transactional id: {error}");
    let error = older.begin_transaction().await.expect_err("fenced for good");
    assert!(matches!(error, Error::ProducerFenced { .. }), "{error:?}");

    newer.begin_transaction().await.expect("begin");
    send_all(&newer, &topic, messages("new", 0..20)).await;
    newer.commit_transaction().await.expect("commit");
    older.close(Duration::from_secs(5)).await.expect("close");
    newer.close(Duration::from_secs(5)).await.expect("close");

    let read = read_all(&brokers, &topic, 2, IsolationLevel::ReadCommitted).await;
    assert_eq!(sorted(values(&read)), expected(&[("new", 0..20)]), "nothing of the fenced producer, nothing twice");
}

#[tokio::test]
async fn offsets_sent_to_a_transaction_commit_only_with_it() {
    let brokers = common::brokers();
    let input = topic(&brokers, "txn-offsets-in", 1).await;
    let output = topic(&brokers, "txn-offsets-out", 1).await;
    let group = common::unique("txn-offsets");
    let mut consumer = ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    let mut config = GroupConfig::new(&group);
    config.auto_commit = false;
    let member = GroupConsumer::connect(consumer, config, None).await.expect("group consumer");
    member.subscribe([input.as_str()]);
    for _ in 0..600 {
        member.poll(Duration::from_millis(50)).await.expect("poll");
        if !member.assignment().is_empty() {
            break;
        }
    }
    assert!(!member.assignment().is_empty(), "the member joined its group");
    let metadata = member.group_metadata();
    assert_eq!(metadata.group_id, group);
    assert!(metadata.generation_id > 0 && !metadata.member_id.is_empty(), "{metadata:?}");

    let producer = txn_producer(&brokers, &common::unique("txn-offsets")).await;
    let tp = TopicPartition::new(&input, 0);
    let offsets = |at: i64| BTreeMap::from([(tp.clone(), at)]);

    producer.begin_transaction().await.expect("begin");
    send_all(&producer, &output, messages("out", 0..1)).await;
    producer.send_offsets_to_transaction(&offsets(5), &metadata).await.expect("offsets");
    producer.abort_transaction().await.expect("abort");
    let committed = member.committed(std::slice::from_ref(&tp)).await.expect("committed");
    assert_eq!(committed[&tp], None, "aborted offsets are not committed");

    producer.begin_transaction().await.expect("begin");
    producer.send_offsets_to_transaction(&offsets(7), &metadata).await.expect("offsets");
    producer.commit_transaction().await.expect("commit");
    let committed = member.committed(std::slice::from_ref(&tp)).await.expect("committed");
    assert_eq!(committed[&tp], Some(7), "committed with the transaction");

    // A member id the group does not know is refused (KIP-447), and the
    // transaction must be aborted.
    let stale = ConsumerGroupMetadata { member_id: "gone".into(), ..metadata.clone() };
    producer.begin_transaction().await.expect("begin");
    let error = producer.send_offsets_to_transaction(&offsets(9), &stale).await.expect_err("unknown member");
    assert!(matches!(error.code(), Some(c) if c.name() == "UNKNOWN_MEMBER_ID" || c.name() == "ILLEGAL_GENERATION"), "{error:?}");
    let error = producer.commit_transaction().await.expect_err("abortable");
    assert!(matches!(error, Error::TransactionAbortable { .. }), "{error:?}");
    producer.abort_transaction().await.expect("abort");
    let committed = member.committed(std::slice::from_ref(&tp)).await.expect("committed");
    assert_eq!(committed[&tp], Some(7));

    producer.close(Duration::from_secs(5)).await.expect("close");
    member.close().await;
    let read: BTreeSet<String> = values(&read_all(&brokers, &output, 1, IsolationLevel::ReadCommitted).await).into_iter().collect();
    assert!(read.is_empty(), "the only output record was aborted: {read:?}");
}

#[tokio::test]
async fn a_batch_the_broker_rejects_makes_the_transaction_abortable_and_a_new_epoch_follows() {
    let brokers = common::brokers();
    let topic = common::unique("txn-rejected");
    let admin = common::admin(&brokers).await;
    admin
        .create_topic(ferrokafka::admin::NewTopic::new(&topic, 1, 1).config("max.message.bytes", "2000"))
        .await
        .expect("create a topic with small batches");
    admin.close().await;
    let producer = txn_producer(&brokers, &common::unique("txn-rejected")).await;

    producer.begin_transaction().await.expect("begin");
    send_all(&producer, &topic, messages("first", 0..5)).await;
    let big = Message { value: Some(vec![b'x'; 5000].into()), ..Default::default() };
    let error = producer.send(ProducerRecord::new(&topic, big)).await.expect_err("larger than max.message.bytes");
    assert_eq!(error.kind(), "MESSAGE_TOO_LARGE", "{error:?}");
    // The gap it left cannot be filled inside the transaction: later
    // records fail at once, saying to abort (not after delivery_timeout).
    let results = producer.send_batch(&topic, messages("later", 0..3)).await;
    for result in results {
        let error = result.expect_err("the transaction's sequence is broken");
        assert_eq!(error.kind(), "INVALID_TXN_STATE", "{error:?}");
        assert!(error.to_string().contains("abort the transaction"), "{error}");
    }
    let error = producer.commit_transaction().await.expect_err("a record of the transaction failed");
    assert!(matches!(&error, Error::TransactionAbortable { cause } if cause.kind() == "MESSAGE_TOO_LARGE"), "{error:?}");
    producer.abort_transaction().await.expect("abort");

    // The rejected batch left a gap in the sequence numbers; the abort
    // took a new epoch, so the next transaction's records are accepted.
    producer.begin_transaction().await.expect("begin");
    send_all(&producer, &topic, messages("second", 0..5)).await;
    producer.commit_transaction().await.expect("commit");
    producer.close(Duration::from_secs(5)).await.expect("close");

    let committed = read_all(&brokers, &topic, 1, IsolationLevel::ReadCommitted).await;
    assert_eq!(values(&committed), expected(&[("second", 0..5)]));
    let uncommitted = read_all(&brokers, &topic, 1, IsolationLevel::ReadUncommitted).await;
    assert_eq!(sorted(values(&uncommitted)), expected(&[("first", 0..5), ("second", 0..5)]));
}
