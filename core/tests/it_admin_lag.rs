//! A group's lag, compared with what `kafka-consumer-groups --describe`
//! prints for the same group at the same moment, and resetting, altering
//! and deleting its offsets once its members are stopped.

mod admin_support;
mod common;
mod consumer_support;

use std::collections::BTreeMap;

use ferrokafka::admin::OffsetSpec;
use ferrokafka::consumer::TopicPartition;

use admin_support::{java_tool, member, partitions, topic_with_records, wait_for_state};
use consumer_support::{cluster, produce, records};

/// (topic, partition) -> (current offset, log end offset, lag) as the Java
/// tool prints them (`-` as None).
type Rows = BTreeMap<(String, i32), (Option<i64>, Option<i64>, Option<i64>)>;

fn java_lag(brokers: &str, group: &str) -> Rows {
    let out = java_tool(&["consumer-groups", "--bootstrap-server", brokers, "--describe", "--group", group]);
    let number = |s: &str| s.parse::<i64>().ok();
    out.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|cols| cols.len() >= 6 && cols[0] == group)
        .map(|cols| {
            let partition = cols[2].parse().expect("a partition number");
            ((cols[1].to_owned(), partition), (number(cols[3]), number(cols[4]), number(cols[5])))
        })
        .collect()
}

#[tokio::test]
async fn lag_matches_the_java_tool_and_offsets_reset_once_members_stop() {
    let brokers = common::brokers();
    let topic = topic_with_records(&brokers, "admin-lag", &[5, 3, 4]).await;
    let group = common::unique("admin-lag");
    let admin = common::admin(&brokers).await;

    let live = member(&brokers, &group, &topic, 3).await;
    let tp = |p| TopicPartition::new(&topic, p);
    live.commit_offsets([(tp(0), 2), (tp(1), 3), (tp(2), 1)].into_iter().collect()).await.expect("commit");
    live.close().await;
    wait_for_state(&admin, &group, "Empty").await;
    // More records after the commit: the lag grows on partition 0.
    let producer = cluster(&brokers).await;
    produce(&producer, &topic, 0, &records(5..9, |i| 1000 + i as i64)).await;
    producer.shutdown().await;

    let ours = admin.group_lag(&group).await.expect("group lag");
    let java = java_lag(&brokers, &group);
    assert_eq!(ours.state, "Empty");
    assert!(ours.errors.is_empty(), "{:?}", ours.errors);
    let rows: Rows = ours
        .partitions
        .iter()
        .map(|p| ((p.partition.topic.clone(), p.partition.partition), (p.committed, p.log_end, p.lag)))
        .collect();
    assert_eq!(rows, java, "our lag rows differ from kafka-consumer-groups --describe");
    assert_eq!(rows.get(&(topic.clone(), 0)), Some(&(Some(2), Some(9), Some(7))));
    assert_eq!(ours.total, 7 + 0 + 3);
    assert!(ours.partitions.iter().all(|p| p.member_id.is_none()), "no member owns a partition of a stopped group");

    let all = partitions(&topic, 3);
    let set = admin.reset_group_offsets(&group, &all, OffsetSpec::Earliest).await.expect("reset to earliest");
    assert_eq!(set.values().copied().collect::<Vec<_>>(), vec![0, 0, 0]);
    assert_eq!(admin.list_group_offsets(&group).await.expect("list"), set);
    assert_eq!(admin.group_lag(&group).await.expect("lag").total, 9 + 3 + 4);

    let set = admin.reset_group_offsets(&group, &all, OffsetSpec::Latest).await.expect("reset to latest");
    assert_eq!(set.values().copied().collect::<Vec<_>>(), vec![9, 3, 4]);
    assert_eq!(admin.group_lag(&group).await.expect("lag").total, 0);
    assert_eq!(java_lag(&brokers, &group).values().map(|r| r.2).collect::<Vec<_>>(), vec![Some(0); 3]);

    // Timestamps are 1000 + index: 1002 is offset 2 where it exists; a
    // timestamp later than every record resets to the end.
    let set = admin.reset_group_offsets(&group, &all, OffsetSpec::Timestamp(1002)).await.expect("reset to time");
    assert_eq!(set.values().copied().collect::<Vec<_>>(), vec![2, 2, 2]);
    let set = admin.reset_group_offsets(&group, &all[1..2], OffsetSpec::Timestamp(1_000_000)).await.expect("future");
    assert_eq!(set, [(tp(1), 3)].into_iter().collect());

    let given: BTreeMap<TopicPartition, i64> = [(tp(0), 4), (tp(2), 1)].into_iter().collect();
    admin.alter_group_offsets(&group, &given).await.expect("alter");
    let committed = admin.list_group_offsets(&group).await.expect("list");
    assert_eq!(committed, [(tp(0), 4), (tp(1), 3), (tp(2), 1)].into_iter().collect());
    // A negative offset is refused before anything changes.
    let negative: BTreeMap<TopicPartition, i64> = [(tp(0), -1)].into_iter().collect();
    let refused = admin.alter_group_offsets(&group, &negative).await.expect_err("negative offset");
    assert!(matches!(refused, ferrokafka::Error::Config { .. }), "{refused:?}");
    assert_eq!(admin.list_group_offsets(&group).await.expect("list"), committed);

    let deleted = admin.delete_group_offsets(&group, &[tp(1)]).await.expect("delete offsets");
    assert!(deleted[&tp(1)].is_ok(), "{deleted:?}");
    let committed = admin.list_group_offsets(&group).await.expect("list");
    assert_eq!(committed.keys().cloned().collect::<Vec<_>>(), vec![tp(0), tp(2)]);

    admin.delete_groups(&[&group]).await.expect("delete")[&group].as_ref().expect("deleted");
    admin.close().await;
}
