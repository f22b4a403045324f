//! A Java console consumer (range assignor) and this client in one group:
//! the coordinator picks the assignor both list, and the partitions are
//! split between them with no partition read twice.

mod common;
mod consumer_support;

use std::collections::BTreeSet;
use std::process::{Command, Stdio};
use std::time::Duration;

use bytes::Bytes;
use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer};
use ferrokafka::record::Record;

use consumer_support::{produce, topic};

fn run_class() -> Command {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/kafka/run-class");
    let mut command = Command::new(script);
    if let Ok(dir) = std::env::var("FERROKAFKA_CLUSTER") {
        command.env("FERROKAFKA_CLUSTER_DIR", dir);
    }
    command
}

#[tokio::test]
async fn a_java_range_consumer_shares_the_group() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "group-java", 12).await;
    let group = common::unique("group-java");

    let mut config = GroupConfig::new(&group);
    config.session_timeout = Duration::from_secs(10);
    config.heartbeat_interval = Duration::from_millis(300);
    config.rebalance_timeout = Duration::from_secs(30);
    config.assignors = vec!["cooperative-sticky".into(), "range".into()];
    let mut consumer = ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    let ours = GroupConsumer::connect(consumer, config, None).await.expect("group consumer");
    ours.subscribe([topic.as_str()]);
    for _ in 0..200 {
        ours.poll(Duration::from_millis(50)).await.expect("poll");
        if ours.assignment().len() == 12 {
            break;
        }
    }
    assert_eq!(ours.assignment().len(), 12, "alone, this member owns everything");

    let mut java = run_class()
        .args(["console-consumer", "--bootstrap-server", &brokers, "--topic", &topic, "--group", &group])
        .args(["--from-beginning", "--max-messages", "6", "--timeout-ms", "90000"])
        .args(["--consumer-property", "partition.assignment.strategy=org.apache.kafka.clients.consumer.RangeAssignor"])
        .args(["--consumer-property", "heartbeat.interval.ms=300"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the Java console consumer");

    for _ in 0..600 {
        ours.poll(Duration::from_millis(100)).await.expect("poll");
        if ours.assignment().len() == 6 {
            break;
        }
    }
    let mine: BTreeSet<TopicPartition> = ours.assignment().into_iter().collect();
    assert_eq!(mine.len(), 6, "the range assignor splits 12 partitions between two members");
    let partitions: BTreeSet<i32> = mine.iter().map(|tp| tp.partition).collect();
    let (lo, hi) = (*partitions.iter().next().expect("some"), *partitions.iter().last().expect("some"));
    assert_eq!(hi - lo, 5, "range gives a consecutive range: {partitions:?}");

    let cluster = consumer_support::cluster(&brokers).await;
    for p in 0..12 {
        let record = Record { value: Some(Bytes::from(format!("p{p}"))), timestamp: 1, ..Default::default() };
        produce(&cluster, &topic, p, &[record]).await;
    }
    let mut ours_read = BTreeSet::new();
    for _ in 0..200 {
        for r in ours.poll(Duration::from_millis(100)).await.expect("poll") {
            ours_read.insert(String::from_utf8_lossy(r.value.as_deref().unwrap_or_default()).into_owned());
        }
        if ours_read.len() == 6 {
            break;
        }
    }
    let output = tokio::task::spawn_blocking(move || {
        let _ = &mut java;
        java.wait_with_output()
    })
    .await
    .expect("join")
    .expect("the Java console consumer ran");
    assert!(output.status.success(), "console consumer failed: {}", String::from_utf8_lossy(&output.stderr));
    // Values only: newer tools also print a deprecation notice for
    // `--consumer-property` on stdout (its replacement does not exist in 3.x).
    let is_value =
        |l: &&str| l.strip_prefix('p').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let java_read: BTreeSet<String> =
        String::from_utf8_lossy(&output.stdout).lines().map(str::trim).filter(is_value).map(str::to_owned).collect();

    let expected_ours: BTreeSet<String> = partitions.iter().map(|p| format!("p{p}")).collect();
    assert_eq!(ours_read, expected_ours, "this client read exactly its partitions");
    let everything: BTreeSet<String> = (0..12).map(|p| format!("p{p}")).collect();
    let expected_java: BTreeSet<String> = everything.difference(&expected_ours).cloned().collect();
    assert_eq!(java_read, expected_java, "the Java consumer read exactly the other partitions");
    ours.close().await;
    cluster.shutdown().await;
}
