//! Replication on a real 3-node cluster.

mod common;

use std::collections::BTreeSet;

use ferrokafka::admin::{DeleteTopicsOptions, NewTopic};
use ferrokafka::net::{Connection, ConnectionConfig};
use ferrokafka::protocol::messages::metadata_request::MetadataRequestTopic;
use ferrokafka::protocol::messages::MetadataRequest;

#[tokio::test]
async fn the_cluster_reports_three_brokers_and_a_controller() {
    let admin = common::admin(&common::brokers_3()).await;
    let metadata = admin.describe_cluster().await.expect("cluster metadata");
    assert_eq!(metadata.brokers.len(), 3);
    let controller = metadata.controller_id.expect("a controller");
    assert!(metadata.brokers.contains_key(&controller));
    for broker in metadata.brokers.values() {
        assert!(common::brokers_3().contains(&broker.address()), "{} not in bootstrap", broker.address());
    }
    admin.close().await;
}

#[tokio::test]
async fn replication_factor_three_puts_a_replica_on_every_broker() {
    let admin = common::admin(&common::brokers_3()).await;
    let name = common::unique("it-rf3");
    let created = admin.create_topic(NewTopic::new(&name, 4, 3)).await.expect("create rf 3");
    assert_eq!(created.replication_factor, 3);

    let brokers: BTreeSet<i32> = admin.cluster().metadata().brokers.keys().copied().collect();
    let topic = admin.describe_topics(&[&name]).await.expect("describe").remove(0);
    assert_eq!(topic.partitions.len(), 4);
    let mut leaders = BTreeSet::new();
    for p in &topic.partitions {
        let replicas: BTreeSet<i32> = p.replicas.iter().copied().collect();
        assert_eq!(replicas, brokers, "partition {} replicas {:?}", p.partition, p.replicas);
        let isr: BTreeSet<i32> = p.isr.iter().copied().collect();
        assert_eq!(isr, brokers, "partition {} isr {:?}", p.partition, p.isr);
        let leader = p.leader.expect("a leader");
        assert!(replicas.contains(&leader));
        leaders.insert(leader);
    }
    // Leadership is spread over the brokers, not piled on one.
    assert!(leaders.len() > 1, "all 4 partitions led by {leaders:?}");

    admin.delete_topics(&[&name], &DeleteTopicsOptions::default()).await.expect("delete");
    admin.close().await;
}

#[tokio::test]
async fn every_broker_knows_a_topic_once_creation_returns() {
    let admin = common::admin(&common::brokers_3()).await;
    let name = common::unique("it-everywhere");
    admin.create_topic(NewTopic::new(&name, 2, 2)).await.expect("create");
    // Ask each broker directly: none may still say the topic is unknown.
    let request = MetadataRequest {
        topics: Some(vec![MetadataRequestTopic { name: Some(name.clone()), ..Default::default() }]),
        allow_auto_topic_creation: false,
        ..Default::default()
    };
    for server in common::brokers_3().split(',') {
        let conn = Connection::connect(server, &ConnectionConfig::default()).await.expect("connect");
        let answer = conn.send(&request).await.expect("Metadata");
        assert_eq!(answer.topics[0].error_code, 0, "{server} does not know {name} yet");
        assert!(answer.topics[0].partitions.iter().all(|p| p.leader_id >= 0), "{server}: {answer:?}");
    }
    admin.close().await;
}
