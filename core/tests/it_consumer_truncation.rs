//! Log truncation after an unclean leader election (KIP-320), on the 3-node
//! cluster. One test in its own binary: it stops and starts nodes.
//!
//! A partition with replicas A (leader) and B, `min.insync.replicas=1`:
//! B is killed, A alone takes offsets 10..19, two consumers read all 20;
//! then A is killed, B started and made leader by an unclean election (the
//! controller may hold one itself once B is back; the test also asks with
//! ElectLeaders, type unclean), and B writes other records at 10..39.
//! The consumer with `auto_offset_reset = earliest` must notice that its
//! history diverges and go on from offset 10 (reading B's records 10..39,
//! none skipped); the one with `none` must fail with a truncation error
//! naming the partition.

mod common;
mod consumer_support;

use std::time::Duration;

use bytes::Bytes;
use ferrokafka::admin::NewTopic;
use ferrokafka::cluster::Cluster;
use ferrokafka::consumer::{AutoOffsetReset, Consumer, ConsumerRecord, OffsetSpec, TopicPartition};
use ferrokafka::protocol::messages::elect_leaders_request::TopicPartitions;
use ferrokafka::protocol::messages::ElectLeadersRequest;
use ferrokafka::record::Record;
use tokio::time::Instant;

use consumer_support::{consumer, poll_n, produce};

fn batch(label: &str, range: std::ops::Range<usize>) -> Vec<Record> {
    range
        .map(|i| Record {
            key: None,
            value: Some(Bytes::from(format!("{label}-{i}"))),
            headers: Vec::new(),
            // Now: a record from long ago would be deleted by time-based
            // retention at the broker's next retention pass.
            timestamp: now_ms(),
        })
        .collect()
}

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

fn values(records: &[ConsumerRecord]) -> Vec<(i64, String)> {
    records
        .iter()
        .map(|r| (r.offset, String::from_utf8_lossy(r.value.as_deref().unwrap_or_default()).into_owned()))
        .collect()
}

/// Waits (refreshing metadata) until `check` holds for partition 0.
async fn wait_for(
    cluster: &Cluster,
    topic: &str,
    what: &str,
    check: impl Fn(&ferrokafka::cluster::PartitionMetadata) -> bool,
) {
    let give_up = Instant::now() + Duration::from_secs(120);
    loop {
        let _ = cluster.refresh().await;
        if let Ok(meta) = cluster.topic(topic).await {
            if meta.partition(0).is_some_and(&check) {
                return;
            }
        }
        assert!(Instant::now() < give_up, "{topic}-0: {what} did not happen in 120 s");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

/// Asks for an unclean election of partition 0 until `node` leads it.
async fn elect_unclean(cluster: &Cluster, topic: &str, node: i32) {
    let give_up = Instant::now() + Duration::from_secs(120);
    loop {
        let _ = cluster.refresh().await;
        if cluster.leader_for(topic, 0).await.is_ok_and(|l| l.node_id == node) {
            return;
        }
        let request = ElectLeadersRequest {
            election_type: 1,
            topic_partitions: Some(vec![TopicPartitions {
                topic: topic.to_owned(),
                partitions: vec![0],
                ..Default::default()
            }]),
            timeout_ms: 10_000,
            ..Default::default()
        };
        // ELECTION_NOT_NEEDED means the controller elected on its own and
        // the metadata will show it soon.
        if let Err(error) = cluster.send_to_any(&request).await {
            eprintln!("ElectLeaders failed: {error}");
        }
        assert!(Instant::now() < give_up, "{topic}-0: no unclean election of node {node} in 120 s");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

async fn reader(brokers: &str, tp: &TopicPartition, policy: AutoOffsetReset) -> Consumer {
    let c = consumer(brokers, |c| c.auto_offset_reset = policy).await;
    c.assign([tp.clone()]).await.expect("assign");
    c.seek_to(tp, OffsetSpec::Earliest).expect("seek to the beginning");
    c
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unclean_election_that_truncates_the_log_is_detected() {
    let brokers = common::brokers_3();
    let admin = common::admin(&brokers).await;
    let topic = common::unique("consumer-truncation");
    admin
        .create_topic(
            NewTopic::new(&topic, 1, 2)
                .config("min.insync.replicas", "1")
                .config("unclean.leader.election.enable", "true"),
        )
        .await
        .expect("create the topic");
    admin.close().await;
    let cluster = consumer_support::cluster(&brokers).await;
    wait_for(&cluster, &topic, "both replicas in sync", |p| p.leader.is_some() && p.isr.len() == 2).await;
    let meta = cluster.topic(&topic).await.expect("topic");
    let partition = meta.partition(0).expect("partition 0").clone();
    let a = partition.leader.expect("a leader");
    let b = *partition.replicas.iter().find(|&&r| r != a).expect("a follower");
    produce(&cluster, &topic, 0, &batch("both", 0..10)).await;

    // B goes; A alone takes 10..19.
    let mut stopped_b = common::StoppedNode::kill(b);
    wait_for(&cluster, &topic, "the ISR shrinking to the leader", |p| p.isr == vec![a]).await;
    produce(&cluster, &topic, 0, &batch("lost", 10..20)).await;

    let tp = TopicPartition::new(&topic, 0);
    let earliest = reader(&brokers, &tp, AutoOffsetReset::Earliest).await;
    let none = reader(&brokers, &tp, AutoOffsetReset::None).await;
    for c in [&earliest, &none] {
        let got = poll_n(c, 20).await;
        assert_eq!(got.len(), 20, "read the 20 records before the election");
        assert_eq!(got.last().map(|r| r.offset), Some(19));
    }

    // A goes, B comes back and is made leader without A's records 10..19.
    let mut stopped_a = common::StoppedNode::kill(a);
    stopped_b.restart();
    elect_unclean(&cluster, &topic, b).await;
    produce(&cluster, &topic, 0, &batch("new", 10..40)).await;
    stopped_a.restart();

    let got = poll_n(&earliest, 30).await;
    let expected: Vec<(i64, String)> = (10..40).map(|i| (i as i64, format!("new-{i}"))).collect();
    assert_eq!(values(&got), expected, "after the truncation: the new leader's records from offset 10, none skipped");

    let mut error = None;
    for _ in 0..60 {
        match none.poll(Duration::from_millis(500)).await {
            Err(e) => {
                error = Some(e);
                break;
            }
            Ok(records) => assert!(records.is_empty(), "records past a truncation with policy none: {records:?}"),
        }
    }
    let error = error.expect("a truncation error with auto_offset_reset = none");
    let text = error.to_string();
    assert!(text.contains("truncat") && text.contains(&format!("{topic}-0")), "{text}");
    assert!(text.contains("Seek"), "{text}");

    // The error says where to go on from; after that seek, B's records.
    none.seek(&tp, 10).expect("seek");
    let got = poll_n(&none, 30).await;
    assert_eq!(values(&got), expected);

    earliest.close().await;
    none.close().await;
    cluster.shutdown().await;
}
