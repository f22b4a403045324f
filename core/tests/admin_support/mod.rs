//! Helpers for the admin tests: topics with records, a consumer group with
//! a live member, and Kafka's Java tools.
#![allow(dead_code)]

use std::process::Command;
use std::time::Duration;

use ferrokafka::admin::NewTopic;
use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer, GroupProtocol};

use crate::common;
use crate::consumer_support::{cluster, produce, records};

/// Creates a topic with `partitions` partitions and writes `counts[p]`
/// records (timestamps 1000, 1001, ...) to partition `p`.
pub async fn topic_with_records(brokers: &str, label: &str, counts: &[usize]) -> String {
    let admin = common::admin(brokers).await;
    let name = common::unique(label);
    let partitions = i32::try_from(counts.len()).expect("few partitions");
    // The records carry timestamps from 1970 (1000 + index), which time
    // retention would delete whenever the broker's retention check runs
    // (every 5 minutes), moving the log start mid-test: keep them.
    let topic = NewTopic::new(&name, partitions, 1).config("retention.ms", "-1");
    admin.create_topic(topic).await.expect("create the topic");
    admin.close().await;
    let cluster = cluster(brokers).await;
    for (p, count) in counts.iter().enumerate() {
        if *count > 0 {
            let partition = i32::try_from(p).expect("few partitions");
            produce(&cluster, &name, partition, &records(0..*count, |i| 1000 + i as i64)).await;
        }
    }
    cluster.shutdown().await;
    name
}

/// Every partition of a topic with `count` partitions.
pub fn partitions(topic: &str, count: i32) -> Vec<TopicPartition> {
    (0..count).map(|p| TopicPartition::new(topic, p)).collect()
}

/// A member of `group` subscribed to `topic`, polled until it owns all
/// `partitions` partitions.
pub async fn member(brokers: &str, group: &str, topic: &str, partitions: usize) -> GroupConsumer {
    member_with(brokers, group, topic, partitions, GroupProtocol::Classic).await
}

/// Like [`member`], with the group protocol given.
pub async fn member_with(
    brokers: &str,
    group: &str,
    topic: &str,
    partitions: usize,
    protocol: GroupProtocol,
) -> GroupConsumer {
    let mut config = GroupConfig::new(group);
    config.group_protocol = protocol;
    config.session_timeout = Duration::from_secs(10);
    config.heartbeat_interval = Duration::from_millis(300);
    config.auto_commit = false;
    let mut consumer = ConsumerConfig::from_bootstrap(brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    consumer.client.connection.client_id = Some("admin-test-member".to_owned());
    let member = GroupConsumer::connect(consumer, config, None).await.expect("group consumer");
    member.subscribe([topic]);
    for _ in 0..600 {
        member.poll(Duration::from_millis(100)).await.expect("poll");
        if member.assignment().len() == partitions {
            break;
        }
    }
    assert_eq!(member.assignment().len(), partitions, "the only member owns every partition");
    member
}

/// `tests/kafka/run-class` for the cluster the tests use.
pub fn run_class() -> Command {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/kafka/run-class");
    let mut command = Command::new(script);
    if let Ok(dir) = std::env::var("FERROKAFKA_CLUSTER") {
        command.env("FERROKAFKA_CLUSTER_DIR", dir);
    }
    command
}

/// Runs a Java tool and returns its stdout; fails the test if it fails.
pub fn java_tool(args: &[&str]) -> String {
    let output = run_class().args(args).output().expect("run tests/kafka/run-class");
    assert!(
        output.status.success(),
        "{args:?} failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Describes `group` until it is in `state` (members leave asynchronously);
/// fails the test after a generous while.
pub async fn wait_for_state(admin: &ferrokafka::admin::Admin, group: &str, state: &str) {
    let mut last = String::new();
    for _ in 0..300 {
        let mut described = admin.describe_groups(&[group]).await.expect("describe");
        match described.remove(group).expect("our group") {
            Ok(d) if d.state == state => return,
            Ok(d) => last = d.state,
            Err(e) => last = e.to_string(),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("group {group} never reached {state}; last seen: {last}");
}
