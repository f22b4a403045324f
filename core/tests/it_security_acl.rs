//! ACLs on the secured 1-node cluster: alice may use topics and groups
//! named `alice-*`, and topics named `private-*` are closed to her (see
//! docs/harness.md). A denied topic gives an authorization error naming the
//! topic and the operation, and the same client keeps working for the
//! topics it may use.

mod common;
mod security_support;

use std::time::Duration;

use ferrokafka::consumer::{Consumer, ConsumerConfig, TopicPartition};
use ferrokafka::producer::{Message, Producer, ProducerConfig, ProducerRecord};
use ferrokafka::Error;
use security_support as s;

fn alice() -> ferrokafka::cluster::ClientConfig {
    s::client(&s::sasl_plaintext(), None, Some(s::scram256("alice", s::ALICE_PASSWORD)))
}

fn assert_denied(error: &Error, topic: &str, operation: &str) {
    let text = error.to_string();
    assert!(matches!(error, Error::Authorization { .. }), "not an authorization error: {error:?}");
    assert_eq!(error.kind(), "TOPIC_AUTHORIZATION_FAILED");
    assert!(text.contains(topic), "the topic is not named: {text}");
    assert!(text.contains(operation), "the operation is not named: {text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn producing_to_a_denied_topic_fails_and_allowed_topics_keep_working() {
    let denied = s::topic("private-it-security").await;
    let allowed = s::topic("alice-it-security").await;
    let producer = Producer::connect(alice(), ProducerConfig::default()).await.expect("alice connects");

    let error = producer
        .send(ProducerRecord::new(&denied, Message::new().value("no")))
        .await
        .expect_err("alice may not write to a private topic");
    // Producing first looks the topic up, which needs Describe.
    assert_denied(&error, &denied, "Describe operation");

    let sent = producer
        .send(ProducerRecord::new(&allowed, Message::new().value("yes")))
        .await
        .expect("alice may write to her own topics after the denial");
    assert_eq!(sent.topic, allowed);
    producer.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consuming_a_denied_topic_fails_and_allowed_topics_keep_working() {
    let denied = s::topic("private-it-security").await;
    let allowed = s::topic("alice-it-security").await;
    s::round_trip(alice(), &allowed).await;

    let consumer = Consumer::connect(ConsumerConfig::new(alice())).await.expect("alice connects");
    let denied_tp = TopicPartition::new(&denied, 0);
    let error = match consumer.assign([denied_tp]).await {
        Err(error) => error,
        Ok(()) => consumer.poll(Duration::from_secs(2)).await.expect_err("alice may not read a private topic"),
    };
    assert_denied(&error, &denied, "operation");
    consumer.close().await;

    s::round_trip(alice(), &allowed).await;
}
