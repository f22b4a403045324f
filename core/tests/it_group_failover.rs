//! A group member follows its coordinator when the coordinator's node is
//! killed (3-node cluster). One test in its own binary: it takes a node
//! down, which other tests running at the same time would notice.

mod common;
mod consumer_support;

use std::collections::BTreeMap;
use std::time::Duration;

use ferrokafka::admin::NewTopic;
use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer};
use ferrokafka::protocol::messages::FindCoordinatorRequest;

use consumer_support::{produce, records};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commits_reach_the_new_coordinator_after_the_old_one_is_killed() {
    let brokers = common::brokers_3();
    let admin = common::admin(&brokers).await;
    let topic = common::unique("group-failover");
    admin.create_topic(NewTopic::new(&topic, 2, 3)).await.expect("create the topic");
    admin.close().await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..5, |_| 1)).await;

    let group = common::unique("group-failover");
    let mut config = GroupConfig::new(&group);
    config.session_timeout = Duration::from_secs(30);
    config.heartbeat_interval = Duration::from_millis(300);
    config.rebalance_timeout = Duration::from_secs(30);
    config.auto_commit = false;
    let mut consumer = ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    let member = GroupConsumer::connect(consumer, config, None).await.expect("group consumer");
    member.subscribe([topic.as_str()]);
    let mut got = Vec::new();
    for _ in 0..300 {
        got.extend(member.poll(Duration::from_millis(100)).await.expect("poll"));
        if got.len() >= 5 {
            break;
        }
    }
    assert_eq!(got.len(), 5, "read everything");
    member.mark_processed(&got[1]);
    member.commit().await.expect("commit before the kill");

    let find = FindCoordinatorRequest { key_type: 0, coordinator_keys: vec![group.clone()], ..Default::default() };
    let answer = cluster.send_to_any(&find).await.expect("FindCoordinator");
    let coordinator = answer.coordinators.first().expect("one coordinator").node_id;
    let mut stopped = common::StoppedNode::kill(coordinator);

    // Keep polling (heartbeats run meanwhile) and commit until the new
    // coordinator takes the commit.
    member.mark_processed(&got[4]);
    let mut committed = false;
    for _ in 0..120 {
        member.poll(Duration::from_millis(250)).await.expect("poll");
        if member.commit().await.is_ok() {
            committed = true;
            break;
        }
    }
    assert!(committed, "a commit reached the new coordinator");
    let p0 = TopicPartition::new(&topic, 0);
    let mut read_back = BTreeMap::new();
    for _ in 0..40 {
        if let Ok(found) = member.committed(std::slice::from_ref(&p0)).await {
            read_back = found;
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(read_back.get(&p0), Some(&Some(5)));
    assert_eq!(member.assignment().len(), 2, "the member kept its partitions");
    member.close().await;
    cluster.shutdown().await;
    stopped.restart();
}
