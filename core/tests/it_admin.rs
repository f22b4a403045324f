//! Topic administration against a real 1-node cluster.

mod common;

use ferrokafka::admin::{CreateTopicsOptions, DeleteTopicsOptions, NewTopic};
use ferrokafka::Error;

#[tokio::test]
async fn create_describe_list_and_delete_a_topic() {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("it-admin");

    let created = admin
        .create_topic(NewTopic::new(&name, 3, 1).config("retention.ms", "3600000").config("cleanup.policy", "compact"))
        .await
        .expect("create topic");
    assert_eq!(created.name, name);
    assert!(!created.topic_id.is_zero());
    assert_eq!(created.partitions, 3);
    assert_eq!(created.replication_factor, 1);
    assert_eq!(created.configs.get("retention.ms"), Some(&Some("3600000".to_owned())));
    assert_eq!(created.configs.get("cleanup.policy"), Some(&Some("compact".to_owned())));

    let described = admin.describe_topics(&[&name]).await.expect("describe");
    assert_eq!(described.len(), 1);
    let topic = &described[0];
    assert_eq!(topic.name, name);
    assert_eq!(topic.topic_id, created.topic_id);
    assert_eq!(topic.partitions.len(), 3);
    let node = *admin.cluster().metadata().brokers.keys().next().expect("a broker");
    for p in &topic.partitions {
        assert_eq!(p.leader, Some(node));
        assert_eq!(p.replicas, vec![node]);
        assert_eq!(p.isr, vec![node]);
        assert!(p.offline_replicas.is_empty());
    }

    let listed = admin.list_topics(false).await.expect("list");
    assert!(listed.contains(&name), "{name} not in {listed:?}");
    assert!(listed.iter().all(|t| !t.starts_with("__")), "internal topics listed: {listed:?}");

    admin.delete_topics(&[&name], &DeleteTopicsOptions::default()).await.expect("delete");
    let listed = admin.list_topics(false).await.expect("list after delete");
    assert!(!listed.contains(&name));
    match admin.describe_topics(&[&name]).await {
        Err(Error::UnknownTopic { topic }) => assert_eq!(topic, name),
        other => panic!("expected UnknownTopic, got {other:?}"),
    }
    admin.close().await;
}

#[tokio::test]
async fn creating_an_existing_topic_fails_with_topic_already_exists() {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("it-twice");
    admin.create_topic(NewTopic::new(&name, 1, 1)).await.expect("first creation");

    let e = admin.create_topic(NewTopic::new(&name, 1, 1)).await.expect_err("second creation fails");
    assert_eq!(e.kind(), "TOPIC_ALREADY_EXISTS");
    assert_eq!(e.code().map(|c| c.0), Some(36));
    assert!(!e.is_retriable());
    let text = e.to_string();
    assert!(text.contains(&name), "{text}");
    assert!(text.contains("CreateTopics"), "{text}");
    admin.close().await;
}

#[tokio::test]
async fn impossible_replication_factor_is_refused() {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("it-rf");
    let e = admin.create_topic(NewTopic::new(&name, 1, 3)).await.expect_err("3 replicas on 1 broker");
    assert_eq!(e.kind(), "INVALID_REPLICATION_FACTOR");
    assert!(!e.is_retriable());
    assert!(e.to_string().contains("replication factor"), "{e}");
    admin.close().await;
}

#[tokio::test]
async fn validate_only_creates_nothing() {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("it-validate");
    let options = CreateTopicsOptions { validate_only: true, ..Default::default() };
    let checked = admin.create_topics(&[NewTopic::new(&name, 2, 1)], &options).await.expect("validation");
    assert_eq!(checked.len(), 1);
    assert!(matches!(admin.describe_topics(&[&name]).await, Err(Error::UnknownTopic { .. })));
    admin.close().await;
}

#[tokio::test]
async fn deleting_a_missing_topic_names_it() {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("it-missing");
    match admin.delete_topics(&[&name], &DeleteTopicsOptions::default()).await {
        Err(Error::UnknownTopic { topic }) => assert_eq!(topic, name),
        other => panic!("expected UnknownTopic, got {other:?}"),
    }
    admin.close().await;
}

#[tokio::test]
async fn several_topics_in_one_call() {
    let admin = common::admin(&common::brokers()).await;
    let names = [common::unique("it-many"), common::unique("it-many"), common::unique("it-many")];
    let topics: Vec<NewTopic> = names.iter().map(|n| NewTopic::new(n, 2, 1)).collect();
    let created = admin.create_topics(&topics, &CreateTopicsOptions::default()).await.expect("create");
    assert_eq!(created.iter().map(|c| c.name.clone()).collect::<Vec<_>>(), names.to_vec());
    let described = admin.describe_topics(&names).await.expect("describe");
    assert!(described.iter().all(|t| t.partitions.len() == 2 && t.all_partitions_led()));
    admin.delete_topics(&names, &DeleteTopicsOptions::default()).await.expect("delete");
    admin.close().await;
}
