//! ListOffsets (earliest, latest, by timestamp, read committed) and
//! DeleteRecords through the admin client.

mod admin_support;
mod common;
mod consumer_support;

use std::collections::BTreeMap;

use ferrokafka::admin::OffsetSpec;
use ferrokafka::consumer::{IsolationLevel, TopicPartition};

use admin_support::{java_tool, topic_with_records};
use consumer_support::{begin_transaction, cluster, records};

#[tokio::test]
async fn earliest_latest_and_by_timestamp_per_partition() {
    let brokers = common::brokers();
    let topic = topic_with_records(&brokers, "admin-offsets", &[5, 0, 3]).await;
    let admin = common::admin(&brokers).await;
    let tp = |p| TopicPartition::new(&topic, p);
    let ask = |spec| (0..3).map(|p| (tp(p), spec)).collect::<Vec<_>>();
    let offsets = |answer: BTreeMap<TopicPartition, ferrokafka::Result<ferrokafka::admin::ListedOffset>>| {
        answer.into_values().map(|r| r.expect("listed").offset).collect::<Vec<_>>()
    };

    let earliest = admin.list_offsets(&ask(OffsetSpec::Earliest), IsolationLevel::ReadUncommitted).await.expect("list");
    assert_eq!(offsets(earliest), vec![Some(0), Some(0), Some(0)]);
    let latest = admin.list_offsets(&ask(OffsetSpec::Latest), IsolationLevel::ReadUncommitted).await.expect("list");
    assert_eq!(offsets(latest), vec![Some(5), Some(0), Some(3)]);
    let by_time =
        admin.list_offsets(&ask(OffsetSpec::Timestamp(1003)), IsolationLevel::ReadUncommitted).await.expect("list");
    let found = by_time[&tp(0)].as_ref().expect("partition 0");
    assert_eq!((found.offset, found.timestamp), (Some(3), Some(1003)));
    assert_eq!(by_time[&tp(1)].as_ref().expect("partition 1").offset, None, "no record that recent");
    assert_eq!(by_time[&tp(2)].as_ref().expect("partition 2").offset, None);

    // The same latest offsets as Kafka's own tool prints (topic:partition:offset).
    let java = java_tool(&["get-offsets", "--bootstrap-server", &brokers, "--topic", &topic, "--time", "-1"]);
    let mut lines: Vec<&str> = java.lines().filter(|l| l.starts_with(topic.as_str())).collect();
    lines.sort();
    assert_eq!(lines, vec![format!("{topic}:0:5"), format!("{topic}:1:0"), format!("{topic}:2:3")]);

    // A partition that does not exist fails alone.
    let mixed = admin
        .list_offsets(&[(tp(0), OffsetSpec::Latest), (tp(7), OffsetSpec::Latest)], IsolationLevel::ReadUncommitted)
        .await
        .expect("list");
    assert_eq!(mixed[&tp(0)].as_ref().expect("partition 0").offset, Some(5));
    let e = mixed[&tp(7)].as_ref().expect_err("partition 7 does not exist");
    assert_eq!(e.kind(), "UNKNOWN_TOPIC_OR_PARTITION");
    assert!(e.to_string().contains(&format!("{topic}-7")), "{e}");

    // A negative timestamp would be a special lookup on the wire (-1 is
    // latest): it is refused instead of answered with another offset.
    let refused = admin
        .list_offsets(&[(tp(0), OffsetSpec::Timestamp(-1))], IsolationLevel::ReadUncommitted)
        .await
        .expect_err("a negative timestamp is bad input");
    assert!(matches!(refused, ferrokafka::Error::Config { .. }), "{refused:?}");
    admin.close().await;
}

#[tokio::test]
async fn read_committed_stops_at_an_open_transaction() {
    let brokers = common::brokers();
    let topic = topic_with_records(&brokers, "admin-lso", &[2]).await;
    let admin = common::admin(&brokers).await;
    let producer = cluster(&brokers).await;
    let open = begin_transaction(&producer, &topic, 0, &records(0..3, |_| 5)).await;
    let tp = TopicPartition::new(&topic, 0);
    let latest = [(tp.clone(), OffsetSpec::Latest)];
    let uncommitted = admin.list_offsets(&latest, IsolationLevel::ReadUncommitted).await.expect("list");
    let committed = admin.list_offsets(&latest, IsolationLevel::ReadCommitted).await.expect("list");
    assert_eq!(uncommitted[&tp].as_ref().expect("ok").offset, Some(5), "log end offset");
    assert_eq!(committed[&tp].as_ref().expect("ok").offset, Some(2), "last stable offset");
    open.end(true).await;
    producer.shutdown().await;
    admin.close().await;
}

#[tokio::test]
async fn deleting_records_moves_the_log_start() {
    let brokers = common::brokers();
    let topic = topic_with_records(&brokers, "admin-delete-records", &[6, 4]).await;
    let admin = common::admin(&brokers).await;
    let tp = |p| TopicPartition::new(&topic, p);

    let before: BTreeMap<TopicPartition, i64> = [(tp(0), 4), (tp(1), 9)].into_iter().collect();
    let deleted = admin.delete_records(&before).await.expect("delete records");
    assert_eq!(*deleted[&tp(0)].as_ref().expect("partition 0"), 4, "new low watermark");
    let e = deleted[&tp(1)].as_ref().expect_err("offset 9 is past the end of partition 1");
    assert_eq!(e.kind(), "OFFSET_OUT_OF_RANGE");
    assert!(e.to_string().contains(&format!("{topic}-1")), "{e}");

    let earliest = admin
        .list_offsets(&[(tp(0), OffsetSpec::Earliest), (tp(1), OffsetSpec::Earliest)], IsolationLevel::ReadUncommitted)
        .await
        .expect("list");
    assert_eq!(earliest[&tp(0)].as_ref().expect("ok").offset, Some(4));
    assert_eq!(earliest[&tp(1)].as_ref().expect("ok").offset, Some(0), "partition 1 untouched");
    admin.close().await;
}
