//! Describing and incrementally altering topic and broker configs.

mod common;

use std::time::Duration;

use ferrokafka::admin::{Admin, AlterConfigOp, ConfigEntry, ConfigResource, ConfigSource, NewTopic};

fn find<'a>(entries: &'a [ConfigEntry], name: &str) -> &'a ConfigEntry {
    entries.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no config {name}"))
}

/// Describes `resource` until `done` holds: an altered config reaches the
/// broker through the cluster's metadata log, a moment after the alter
/// returns.
async fn describe_until(
    admin: &Admin,
    resource: &ConfigResource,
    done: impl Fn(&[ConfigEntry]) -> bool,
) -> Vec<ConfigEntry> {
    let mut entries = Vec::new();
    for _ in 0..200 {
        entries =
            admin.describe_configs(&[resource.clone()], false).await.expect("describe")[resource].clone().expect("ok");
        if done(&entries) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    entries
}

#[tokio::test]
async fn topic_configs_are_described_and_altered_incrementally() {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("admin-configs");
    admin.create_topic(NewTopic::new(&name, 1, 1).config("retention.ms", "3600000")).await.expect("create");
    let topic = ConfigResource::Topic(name.clone());

    let mut described = admin.describe_configs(&[topic.clone()], true).await.expect("describe");
    let entries = described.remove(&topic).expect("our topic").expect("described");
    let retention = find(&entries, "retention.ms");
    assert_eq!(retention.value.as_deref(), Some("3600000"));
    assert_eq!(retention.source, ConfigSource::Topic);
    assert!(!retention.is_default);
    assert_eq!(retention.synonyms.first().map(|s| s.source), Some(ConfigSource::Topic));
    let segment = find(&entries, "segment.bytes");
    assert!(segment.is_default, "{segment:?}");
    assert_eq!(segment.source, ConfigSource::Default);

    let changes = vec![(
        topic.clone(),
        vec![
            AlterConfigOp::Delete("retention.ms".into()),
            AlterConfigOp::Set("max.message.bytes".into(), "200000".into()),
            AlterConfigOp::Append("cleanup.policy".into(), "compact".into()),
        ],
    )];
    let validated = admin.incremental_alter_configs(&changes, true).await.expect("validate");
    validated[&topic].as_ref().expect("valid changes");
    let altered = admin.incremental_alter_configs(&changes, false).await.expect("alter");
    altered[&topic].as_ref().expect("altered");

    let entries = describe_until(&admin, &topic, |e| find(e, "max.message.bytes").source == ConfigSource::Topic).await;
    assert!(find(&entries, "retention.ms").is_default);
    let max = find(&entries, "max.message.bytes");
    assert_eq!((max.value.as_deref(), max.source), (Some("200000"), ConfigSource::Topic));
    assert_eq!(find(&entries, "cleanup.policy").value.as_deref(), Some("delete,compact"));

    let bad = vec![(topic.clone(), vec![AlterConfigOp::Set("retention.ms".into(), "soon".into())])];
    let e = admin.incremental_alter_configs(&bad, false).await.expect("alter")[&topic].clone().expect_err("refused");
    assert_eq!(e.kind(), "INVALID_CONFIG");
    assert!(e.to_string().contains(&format!("topic '{name}'")), "{e}");
    admin.close().await;
}

#[tokio::test]
async fn broker_configs_and_per_resource_errors() {
    let admin = common::admin(&common::brokers()).await;
    let node = *admin.cluster().metadata().brokers.keys().next().expect("a broker");
    let broker = ConfigResource::Broker(node);
    let missing = ConfigResource::Topic(common::unique("admin-no-such-topic"));

    let mut described = admin.describe_configs(&[broker.clone(), missing.clone()], true).await.expect("describe");
    let entries = described.remove(&broker).expect("the broker").expect("described");
    // The harness writes num.partitions=1 into server.properties.
    let partitions = find(&entries, "num.partitions");
    assert_eq!((partitions.value.as_deref(), partitions.source), (Some("1"), ConfigSource::StaticBroker));
    assert!(partitions.synonyms.iter().any(|s| s.source == ConfigSource::Default), "{partitions:?}");
    let e = described.remove(&missing).expect("the missing topic").expect_err("does not exist");
    assert_eq!(e.kind(), "UNKNOWN_TOPIC_OR_PARTITION");

    // A dynamic per-broker setting, then back to the static value.
    let set = vec![(broker.clone(), vec![AlterConfigOp::Set("log.cleaner.threads".into(), "2".into())])];
    admin.incremental_alter_configs(&set, false).await.expect("alter")[&broker].as_ref().expect("set");
    let entries =
        describe_until(&admin, &broker, |e| find(e, "log.cleaner.threads").value.as_deref() == Some("2")).await;
    let threads = find(&entries, "log.cleaner.threads");
    assert_eq!((threads.value.as_deref(), threads.source), (Some("2"), ConfigSource::DynamicBroker));
    let unset = vec![(broker.clone(), vec![AlterConfigOp::Delete("log.cleaner.threads".into())])];
    admin.incremental_alter_configs(&unset, false).await.expect("alter")[&broker].as_ref().expect("deleted");

    let nobody = ConfigResource::Broker(9999);
    let e = admin.describe_configs(&[nobody.clone()], false).await.expect("describe")[&nobody]
        .clone()
        .expect_err("no broker");
    assert!(e.to_string().contains("broker 9999"), "{e}");
    admin.close().await;
}
