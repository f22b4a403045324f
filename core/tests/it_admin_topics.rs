//! Topics beyond the basics of it_admin: each topic's own result, explicit
//! replica assignment, internal topics, adding partitions.

mod common;

use ferrokafka::admin::{CreateTopicsOptions, DeleteTopicsOptions, NewPartitions, NewTopic};
use ferrokafka::Error;

#[tokio::test]
async fn each_topic_gets_its_own_result() {
    let admin = common::admin(&common::brokers()).await;
    let existing = common::unique("admin-each");
    admin.create_topic(NewTopic::new(&existing, 1, 1)).await.expect("create");
    let fresh = common::unique("admin-each");
    let too_many_replicas = common::unique("admin-each");
    let topics = [NewTopic::new(&existing, 1, 1), NewTopic::new(&fresh, 2, 1), NewTopic::new(&too_many_replicas, 1, 5)];

    let results = admin.create_topics_each(&topics, &CreateTopicsOptions::default()).await.expect("create");
    assert_eq!(results.len(), 3);
    let e = results[0].as_ref().expect_err("exists");
    assert_eq!(e.kind(), "TOPIC_ALREADY_EXISTS");
    assert!(e.to_string().contains(&existing), "{e}");
    let created = results[1].as_ref().expect("created");
    assert_eq!((created.name.as_str(), created.partitions), (fresh.as_str(), 2));
    let e = results[2].as_ref().expect_err("5 replicas on 1 broker");
    assert_eq!(e.kind(), "INVALID_REPLICATION_FACTOR");
    assert!(e.to_string().contains(&too_many_replicas), "{e}");
    // The topic that was created is usable at once.
    assert_eq!(admin.describe_topics(&[&fresh]).await.expect("describe")[0].partitions.len(), 2);
    admin.delete_topics(&[&existing, &fresh], &DeleteTopicsOptions::default()).await.expect("delete");

    // The same name twice in one call is bad input, refused before sending.
    let twice = common::unique("admin-each");
    let e = admin
        .create_topics_each(&[NewTopic::new(&twice, 1, 1), NewTopic::new(&twice, 2, 1)], &CreateTopicsOptions::default())
        .await
        .expect_err("a name given twice");
    assert!(matches!(e, ferrokafka::Error::Config { option: "topics", .. }), "{e:?}");
    assert!(e.to_string().contains(&twice), "{e}");
    assert!(!admin.list_topics(false).await.expect("list").contains(&twice), "nothing was created");
    admin.close().await;
}

#[tokio::test]
async fn explicit_assignment_and_internal_topics() {
    let admin = common::admin(&common::brokers()).await;
    let node = *admin.cluster().metadata().brokers.keys().next().expect("a broker");
    let name = common::unique("admin-assign");
    let created = admin.create_topic(NewTopic::with_assignment(&name, vec![vec![node]; 3])).await.expect("create");
    assert_eq!((created.partitions, created.replication_factor), (3, 1));
    let topic = admin.describe_topics(&[&name]).await.expect("describe").remove(0);
    assert!(topic.partitions.iter().all(|p| p.replicas == vec![node] && p.leader == Some(node)));

    let e = admin.create_topic(NewTopic::with_assignment(common::unique("admin-assign"), vec![vec![9999]])).await;
    let e = e.expect_err("no broker 9999");
    assert_eq!(e.kind(), "INVALID_REPLICA_ASSIGNMENT", "{e}");

    // Internal topics only when asked for (__consumer_offsets exists once a
    // group has been used; the group tests and this one's own commit make sure).
    let group = common::unique("admin-internal");
    let tp = ferrokafka::consumer::TopicPartition::new(&name, 0);
    admin.alter_group_offsets(&group, &[(tp, 0)].into_iter().collect()).await.expect("commit");
    let all = admin.list_topics(true).await.expect("list");
    assert!(all.iter().any(|t| t == "__consumer_offsets"), "{all:?}");
    assert!(!admin.list_topics(false).await.expect("list").iter().any(|t| t == "__consumer_offsets"));
    admin.delete_groups(&[&group]).await.expect("delete group");
    admin.delete_topics(&[&name], &DeleteTopicsOptions::default()).await.expect("delete");
    admin.close().await;
}

#[tokio::test]
async fn partitions_are_added_per_topic() {
    let admin = common::admin(&common::brokers()).await;
    let grow = common::unique("admin-grow");
    admin.create_topic(NewTopic::new(&grow, 2, 1)).await.expect("create");
    let missing = common::unique("admin-grow-missing");

    let checked = admin.create_partitions(&[NewPartitions::new(&grow, 5)], true).await.expect("validate");
    checked[&grow].as_ref().expect("valid");
    assert_eq!(admin.describe_topics(&[&grow]).await.expect("describe")[0].partitions.len(), 2, "validate only");

    let results = admin
        .create_partitions(&[NewPartitions::new(&grow, 5), NewPartitions::new(&missing, 3)], false)
        .await
        .expect("create partitions");
    results[&grow].as_ref().expect("grown");
    assert!(matches!(&results[&missing], Err(Error::UnknownTopic { topic }) if *topic == missing), "{results:?}");
    let topic = admin.describe_topics(&[&grow]).await.expect("describe").remove(0);
    assert_eq!(topic.partitions.len(), 5);
    assert!(topic.all_partitions_led());

    let results = admin.create_partitions(&[NewPartitions::new(&grow, 3)], false).await.expect("shrink");
    let e = results[&grow].as_ref().expect_err("cannot shrink");
    assert_eq!(e.kind(), "INVALID_PARTITIONS");
    assert!(e.to_string().contains(&grow), "{e}");
    admin.delete_topics(&[&grow], &DeleteTopicsOptions::default()).await.expect("delete");
    admin.close().await;
}
