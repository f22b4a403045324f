//! The consumer follows a partition to its new leader when the old one is
//! killed (3-node cluster). One test in its own binary: it takes a node
//! down, which other tests running at the same time would notice.

mod common;
mod consumer_support;

use std::time::Duration;

use ferrokafka::admin::NewTopic;
use ferrokafka::consumer::{AutoOffsetReset, TopicPartition};
use tokio::time::Instant;

use consumer_support::{consumer, poll_n, produce, records, summary};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reading_continues_from_the_new_leader_after_the_old_one_is_killed() {
    let brokers = common::brokers_3();
    let admin = common::admin(&brokers).await;
    let topic = common::unique("consumer-failover");
    admin.create_topic(NewTopic::new(&topic, 1, 3)).await.expect("create the topic");
    admin.close().await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..10, |_| 1)).await;

    let c = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::Earliest).await;
    let tp = TopicPartition::new(&topic, 0);
    c.assign([tp.clone()]).await.expect("assign");
    let got = poll_n(&c, 10).await;
    assert_eq!(summary(&got), (0..10).map(|i| (0, i as i64, format!("value-{i}"))).collect::<Vec<_>>());

    let old = cluster.leader_for(&topic, 0).await.expect("leader").node_id;
    let mut stopped = common::StoppedNode::kill(old);
    let give_up = Instant::now() + Duration::from_secs(120);
    loop {
        let _ = cluster.refresh().await;
        if cluster.leader_for(&topic, 0).await.is_ok_and(|l| l.node_id != old) {
            break;
        }
        assert!(Instant::now() < give_up, "no new leader was elected for {topic}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    produce(&cluster, &topic, 0, &records(10..20, |_| 1)).await;

    // Everything after the kill, once each and in order.
    let got = poll_n(&c, 10).await;
    assert_eq!(summary(&got), (10..20).map(|i| (0, i as i64, format!("value-{i}"))).collect::<Vec<_>>());
    assert!(c.poll(Duration::from_millis(500)).await.expect("poll").is_empty(), "nothing twice");
    c.close().await;
    cluster.shutdown().await;
    stopped.restart();
}
