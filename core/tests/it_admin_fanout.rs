//! Requests sent to every broker while one broker is down: the call
//! succeeds with the others' answers and reports the broker that failed.
//! (A test binary of its own: it stops a node of the shared 3-node cluster.)

mod common;

use std::time::Duration;

use ferrokafka::admin::ListGroupsOptions;
use ferrokafka::consumer::TopicPartition;
use ferrokafka::group::coordinator::Coordinator;

#[tokio::test]
async fn a_stopped_broker_is_reported_not_fatal() {
    let admin = common::admin(&common::brokers_3()).await;
    let topic = common::unique("admin-fanout");
    admin.create_topic(ferrokafka::admin::NewTopic::new(&topic, 1, 3)).await.expect("create");
    let groups: Vec<String> = (0..6).map(|_| common::unique("admin-fanout")).collect();
    for g in &groups {
        admin.alter_group_offsets(g, &[(TopicPartition::new(&topic, 0), 1)].into_iter().collect()).await.expect("commit");
    }
    let before = admin.list_groups(&ListGroupsOptions::default()).await.expect("list");
    assert!(before.broker_errors.is_empty(), "{:?}", before.broker_errors);

    let victim = 3;
    let mut elsewhere = Vec::new();
    for g in &groups {
        let coordinator = Coordinator::new(admin.cluster().clone(), g.as_str());
        let node = coordinator.broker(Duration::from_secs(30)).await.expect("coordinator").node_id();
        if node != Some(victim) {
            elsewhere.push(g.clone());
        }
    }
    let mut stopped = common::StoppedNode::kill(victim);
    let listed = admin.list_groups(&ListGroupsOptions::default()).await.expect("one broker down does not fail the call");
    let versions = admin.describe_broker_versions().await.expect("one broker down does not fail the call");
    // The metadata the calls used may still list the stopped node (until the
    // controller fences it); if it does, its failure is reported.
    if admin.cluster().metadata().brokers.contains_key(&victim) {
        let e = listed.broker_errors.get(&victim).expect("the stopped broker is reported");
        assert!(e.is_retriable(), "{e}");
        assert!(versions.broker_errors.contains_key(&victim) || versions.brokers.contains_key(&victim));
    }
    assert!(!listed.broker_errors.keys().any(|n| *n != victim), "{:?}", listed.broker_errors);
    assert!(versions.brokers.len() >= 2, "the live brokers answered: {:?}", versions.broker_errors);
    for g in &elsewhere {
        assert!(listed.groups.iter().any(|l| &l.group_id == g), "{g}, coordinated by a live broker, is listed");
    }
    eprintln!("stopped broker reported: {:?}", listed.broker_errors.get(&victim).map(|e| e.kind()));
    stopped.restart();

    let deleted = admin.delete_groups(&groups).await.expect("delete");
    assert!(deleted.values().all(|r| r.is_ok()), "{deleted:?}");
    admin.delete_topics(&[&topic], &Default::default()).await.expect("delete topic");
    admin.close().await;
}
