//! Bootstrap and the metadata cache against a real 1-node cluster.

mod common;

use ferrokafka::admin::NewTopic;
use ferrokafka::cluster::{ClientConfig, Cluster};
use ferrokafka::net::connection::api_versions_request;
use ferrokafka::Error;

#[tokio::test]
async fn bootstrap_skips_servers_that_do_not_answer() {
    let servers = format!("{},{}", common::closed_port(), common::brokers());
    let mut config = ClientConfig::from_bootstrap(&servers).expect("valid servers");
    config.reconnect_backoff_min = std::time::Duration::from_millis(10);
    let cluster = Cluster::connect(config).await.expect("bootstrap through the live server");

    let metadata = cluster.metadata();
    assert!(metadata.cluster_id.as_deref().is_some_and(|id| !id.is_empty()));
    assert_eq!(metadata.brokers.len(), 1);
    let (node_id, broker) = metadata.brokers.iter().next().expect("one broker");
    assert_eq!(broker.node_id, *node_id);
    assert!(common::brokers().contains(&broker.address()), "{} not in bootstrap", broker.address());
    assert_eq!(metadata.controller_id, Some(*node_id));

    // The broker is reachable by node id.
    let handle = cluster.broker(*node_id).await.expect("broker by id");
    let answer = handle.send(&api_versions_request()).await.expect("ApiVersions");
    assert_eq!(answer.error_code, 0);
    cluster.shutdown().await;
}

#[tokio::test]
async fn bootstrap_names_every_server_when_none_answers() {
    let (a, b) = (common::closed_port(), common::closed_port());
    let config = ClientConfig::from_bootstrap(&format!("{a},{b}")).expect("valid servers");
    match Cluster::connect(config).await {
        Err(e @ Error::NoBrokerReachable { .. }) => {
            let text = e.to_string();
            assert!(text.contains(&a) && text.contains(&b), "{text}");
            assert!(text.contains("bootstrap_servers"), "{text}");
            assert!(e.is_retriable());
        }
        other => panic!("expected NoBrokerReachable, got {other:?}"),
    }
}

#[tokio::test]
async fn bad_bootstrap_servers_are_a_config_error() {
    match ClientConfig::from_bootstrap("localhost") {
        Err(e @ Error::Config { option: "bootstrap_servers", .. }) => {
            assert!(e.to_string().contains("host:port"), "{e}");
        }
        other => panic!("expected a config error, got {other:?}"),
    }
}

#[tokio::test]
async fn metadata_has_topic_ids_and_leader_epochs() {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("it-meta");
    let created = admin.create_topic(NewTopic::new(&name, 3, 1)).await.expect("create topic");

    let cluster = admin.cluster();
    let topic = cluster.topic(&name).await.expect("topic metadata");
    assert_eq!(topic.name, name);
    assert_eq!(topic.topic_id, created.topic_id);
    assert!(!topic.topic_id.is_zero());
    assert!(!topic.is_internal);
    assert_eq!(topic.partitions.iter().map(|p| p.partition).collect::<Vec<_>>(), vec![0, 1, 2]);
    let brokers = cluster.metadata().brokers.clone();
    for p in &topic.partitions {
        let leader = p.leader.expect("a leader");
        assert!(brokers.contains_key(&leader));
        assert!(p.leader_epoch >= 0, "leader epoch {}", p.leader_epoch);
        assert_eq!(p.replicas, vec![leader]);
        assert_eq!(p.isr, vec![leader]);
    }

    let leader = cluster.leader_for(&name, 2).await.expect("leader of partition 2");
    assert_eq!(Some(leader.node_id), topic.partitions[2].leader);
    assert_eq!(leader.leader_epoch, topic.partitions[2].leader_epoch);
    let (handle, _) = cluster.leader(&name, 2).await.expect("leader handle");
    assert_eq!(handle.node_id(), Some(leader.node_id));

    match cluster.leader_for(&name, 7).await {
        Err(e) => assert!(e.to_string().contains(&format!("{name}-7")), "{e}"),
        Ok(l) => panic!("partition 7 does not exist, got {l:?}"),
    }
    admin.close().await;
}

#[tokio::test]
async fn the_cache_learns_about_a_topic_created_after_it_was_missing() {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("it-late");
    let cluster = admin.cluster();
    match cluster.topic(&name).await {
        Err(Error::UnknownTopic { topic }) => assert_eq!(topic, name),
        other => panic!("expected UnknownTopic, got {other:?}"),
    }
    admin.create_topic(NewTopic::new(&name, 1, 1)).await.expect("create topic");
    let topic = cluster.topic(&name).await.expect("found after creation");
    assert_eq!(topic.partitions.len(), 1);
    assert!(cluster.metadata().topics.contains_key(&name), "the topic is now cached");
    admin.close().await;
}

#[tokio::test]
async fn a_shut_down_cluster_refuses_requests() {
    let admin = common::admin(&common::brokers()).await;
    admin.close().await;
    assert!(matches!(admin.list_topics(false).await, Err(Error::Shutdown)));
    assert!(matches!(admin.cluster().broker(1).await, Err(Error::Shutdown)));
}
