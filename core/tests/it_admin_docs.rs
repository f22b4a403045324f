//! The examples of docs/cluster-and-admin.md, as written there (bootstrap
//! servers aside), run in
//! order against the 1-node cluster, with the setup each needs between
//! them. They use fixed names, so they run in one test.
#![allow(unused_variables)]

mod common;
mod consumer_support;

use ferrokafka::cluster::ClientConfig;
use ferrokafka::Result;

use consumer_support::{cluster as raw_cluster, produce, records};

/// Removes what an interrupted earlier run of this test left behind.
async fn clean(admin: &ferrokafka::admin::Admin) {
    let existing = admin.list_topics(false).await.expect("list");
    let ours: Vec<&str> = ["orders", "payments"].into_iter().filter(|t| existing.iter().any(|e| e == t)).collect();
    if !ours.is_empty() {
        admin.delete_topics(&ours, &Default::default()).await.expect("delete leftovers");
    }
    let _ = admin.delete_groups(&["billing"]).await;
}

#[tokio::test]
async fn the_admin_examples_run() -> Result<()> {
    let brokers = common::brokers();
    clean(&common::admin(&brokers).await).await;

    // --- Topics and partitions
    use ferrokafka::admin::{Admin, CreateTopicsOptions, DeleteTopicsOptions, NewPartitions, NewTopic};

    let admin = Admin::connect(ClientConfig::from_bootstrap(&brokers)?).await?;
    admin.create_topic(NewTopic::new("orders", 3, 1).config("retention.ms", "604800000")).await?;
    let results = admin
        .create_topics_each(&[NewTopic::new("orders", 3, 1), NewTopic::new("payments", 2, 1)], &CreateTopicsOptions::default())
        .await?;
    assert_eq!(results[0].as_ref().unwrap_err().kind(), "TOPIC_ALREADY_EXISTS");
    assert_eq!(results[1].as_ref()?.partitions, 2);
    let described = admin.describe_topics(&["orders"]).await?;   // id, partitions, leaders, replicas, ISR
    let names = admin.list_topics(false).await?;                  // true: internal topics too
    let grown = admin.create_partitions(&[NewPartitions::new("orders", 6)], false).await?;
    grown["orders"].as_ref()?;
    admin.delete_topics(&["orders", "payments"], &DeleteTopicsOptions::default()).await?;

    assert_eq!(described[0].partitions.len(), 3);
    assert!(names.contains(&"orders".to_owned()) && names.contains(&"payments".to_owned()));
    assert!(!admin.list_topics(false).await?.iter().any(|t| t == "orders"));

    // Setup: a topic "orders" with retention.ms set, 2 partitions, records.
    admin.create_topic(NewTopic::new("orders", 2, 1).config("retention.ms", "604800000")).await?;
    let producer = raw_cluster(&brokers).await;
    // Current timestamps: records from long ago would be deleted by time
    // retention whenever the broker's retention check runs.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_millis() as i64;
    produce(&producer, "orders", 0, &records(0..120, |i| now + i as i64)).await;
    produce(&producer, "orders", 1, &records(0..10, |i| now + i as i64)).await;
    producer.shutdown().await;

    {
        // --- The cluster (first section of the page)
        use ferrokafka::cluster::{ClientConfig, Cluster};

        let brokers = brokers.as_str();
        let cluster = Cluster::connect(ClientConfig::from_bootstrap(brokers)?).await?;
        let leader = cluster.leader_for("orders", 0).await?;      // node id and leader epoch
        let broker = cluster.broker(leader.node_id).await?;       // reconnecting handle

        assert_eq!(broker.node_id(), Some(leader.node_id));
        cluster.shutdown().await;
    }

    // --- Configs
    use ferrokafka::admin::{AlterConfigOp, ConfigResource, ConfigSource};

    let topic = ConfigResource::Topic("orders".into());
    let configs = admin.describe_configs(&[topic.clone(), ConfigResource::Broker(1)], true).await?;
    let retention = configs[&topic].as_ref()?.iter().find(|c| c.name == "retention.ms").unwrap();
    assert_eq!(retention.source, ConfigSource::Topic);
    let changes = vec![(topic.clone(), vec![
        AlterConfigOp::Set("max.message.bytes".into(), "2000000".into()),
        AlterConfigOp::Delete("retention.ms".into()),
    ])];
    admin.incremental_alter_configs(&changes, false).await?[&topic].as_ref()?;

    assert!(configs[&ConfigResource::Broker(1)].as_ref()?.iter().any(|c| c.name == "num.partitions"));

    // Setup: a group "billing" with committed offsets and no member.
    let tp = |p| ferrokafka::consumer::TopicPartition::new("orders", p);
    admin.alter_group_offsets("billing", &[(tp(0), 100), (tp(1), 4)].into_iter().collect()).await?;

    // --- Consumer groups, their offsets and lag
    use ferrokafka::admin::{ListGroupsOptions, OffsetSpec};
    use ferrokafka::consumer::TopicPartition;

    let listed = admin.list_groups(&ListGroupsOptions { states: vec!["Empty".into()] }).await?;
    assert!(listed.broker_errors.is_empty());
    let described = admin.describe_groups(&["billing"]).await?;
    let billing = described["billing"].as_ref()?;           // state, assignor, members and their partitions
    let lag = admin.group_lag("billing").await?;            // per partition and lag.total
    let partitions = [TopicPartition::new("orders", 0), TopicPartition::new("orders", 1)];
    let set = admin.reset_group_offsets("billing", &partitions, OffsetSpec::Earliest).await?;
    admin.alter_group_offsets("billing", &[(TopicPartition::new("orders", 0), 42)].into_iter().collect()).await?;
    let committed = admin.list_group_offsets("billing").await?;
    admin.delete_group_offsets("billing", &partitions[1..]).await?;
    admin.delete_groups(&["billing"]).await?["billing"].as_ref()?;

    assert!(listed.groups.iter().any(|g| g.group_id == "billing"));
    assert!(billing.members.is_empty());
    assert_eq!(lag.total, (120 - 100) + (10 - 4));
    assert_eq!(set, [(tp(0), 0), (tp(1), 0)].into_iter().collect());
    assert_eq!(committed, [(tp(0), 42), (tp(1), 0)].into_iter().collect());

    // --- Offsets and records
    use ferrokafka::consumer::IsolationLevel;

    let p0 = TopicPartition::new("orders", 0);
    let year_2100 = OffsetSpec::Timestamp(4_102_444_800_000); // None where no record is that recent
    let asked = [(p0.clone(), OffsetSpec::Earliest), (TopicPartition::new("orders", 1), year_2100)];
    let offsets = admin.list_offsets(&asked, IsolationLevel::ReadCommitted).await?;
    let start = offsets[&p0].as_ref()?.offset;                // the log start offset
    let low = admin.delete_records(&[(p0.clone(), 100)].into_iter().collect()).await?;
    assert_eq!(*low[&p0].as_ref()?, 100);                       // the new log start offset

    assert_eq!(start, Some(0));
    assert_eq!(offsets[&tp(1)].as_ref()?.offset, None);

    // --- ACLs
    use ferrokafka::admin::{AclBinding, AclFilter, AclOperation};

    let acl = AclBinding::allow_topic("User:alice", "orders", AclOperation::Read);
    admin.create_acls(&[acl.clone()]).await?[0].as_ref()?;
    let alices = admin.describe_acls(&AclFilter { principal: Some("User:alice".into()), ..Default::default() }).await?;
    let deleted = admin.delete_acls(&[AclFilter::exactly(&acl)]).await?;

    assert_eq!(deleted[0].as_ref()?, &vec![acl.clone()]);

    // --- The cluster
    let cluster = admin.describe_cluster().await?;        // cluster id, controller, brokers
    let versions = admin.describe_broker_versions().await?;
    for (node, broker) in &versions.brokers {
        let metadata = broker.finalized_features.iter().find(|f| f.name == "metadata.version");
        assert!(metadata.is_some());
    }

    assert_eq!(versions.brokers.len(), cluster.brokers.len());
    admin.delete_topics(&["orders"], &DeleteTopicsOptions::default()).await?;
    admin.close().await;
    Ok(())
}
