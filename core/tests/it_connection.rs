//! One connection against a real broker: version negotiation, pipelining,
//! per-request timeouts, the frame size cap, refused connections, shutdown.

mod common;

use std::time::Duration;

use bytes::BytesMut;
use ferrokafka::admin::NewTopic;
use ferrokafka::net::connection::api_versions_request;
use ferrokafka::net::{Connection, ConnectionConfig, RequestOptions};
use ferrokafka::protocol::messages::alter_client_quotas_request::{EntityData, EntryData, OpData};
use ferrokafka::protocol::messages::fetch_request::{FetchPartition, FetchTopic};
use ferrokafka::protocol::messages::{
    AlterClientQuotasRequest, ApiVersionsRequest, BrokerRegistrationRequest, FetchRequest, MetadataRequest, ProduceRequest,
};
use ferrokafka::protocol::{ApiRequest, Encodable, Message, Uuid};
use ferrokafka::Error;
use common::metadata_for;
use tokio::task::JoinSet;

async fn connect(config: &ConnectionConfig) -> Connection {
    Connection::connect(&common::first(&common::brokers()), config).await.expect("connect to the broker")
}

/// A Fetch the broker holds for `max_wait` (an empty partition, min 1 byte).
fn long_poll(topic: &str, topic_id: Uuid, max_wait: Duration) -> FetchRequest {
    FetchRequest {
        max_wait_ms: max_wait.as_millis() as i32,
        min_bytes: 1,
        topics: vec![FetchTopic {
            topic: topic.to_owned(),
            topic_id,
            partitions: vec![FetchPartition { partition: 0, fetch_offset: 0, partition_max_bytes: 1 << 20, ..Default::default() }],
            ..Default::default()
        }],
        ..Default::default()
    }
}

/// A new, empty topic whose partition 0 already serves fetches: a broker
/// answers a Fetch for a partition it has not finished creating at once,
/// with an error, instead of holding it, which the tests below rely on.
async fn empty_topic(partitions: i32) -> (String, Uuid) {
    let admin = common::admin(&common::brokers()).await;
    let name = common::unique("it-conn");
    let created = admin.create_topic(NewTopic::new(&name, partitions, 1)).await.expect("create topic");
    admin.close().await;
    let conn = connect(&ConnectionConfig::default()).await;
    let probe = long_poll(&name, created.topic_id, Duration::ZERO);
    wait_until_async(|| async {
        let answer = conn.send(&probe).await.expect("Fetch");
        answer.error_code == 0 && answer.responses.iter().flat_map(|t| &t.partitions).all(|p| p.error_code == 0)
    }, "the new topic to serve fetches")
    .await;
    conn.close();
    (name, created.topic_id)
}

#[tokio::test]
async fn negotiates_the_highest_common_versions() {
    let conn = connect(&ConnectionConfig::default()).await;

    // Kafka 4 speaks the newest ApiVersions this client knows.
    assert_eq!(conn.api_versions_version(), ApiVersionsRequest::MAX_VERSION);
    assert_eq!(conn.api_versions().error_code, 0);

    for (api_key, chosen) in [
        (MetadataRequest::API_KEY, conn.version_for::<MetadataRequest>()),
        (ProduceRequest::API_KEY, conn.version_for::<ProduceRequest>()),
        (FetchRequest::API_KEY, conn.version_for::<FetchRequest>()),
    ] {
        let broker = conn.versions().range(api_key).expect("the broker offers the API");
        let chosen = chosen.expect("a common version");
        assert!(broker.contains(chosen), "api {api_key}: {chosen} outside {broker:?}");
        assert!(chosen == broker.max || chosen == client_max(api_key), "api {api_key}: {chosen} is not the highest common version");
    }

    // A controller-only API is not offered on the broker listener.
    assert!(conn.versions().range(BrokerRegistrationRequest::API_KEY).is_none());
    match conn.version_for::<BrokerRegistrationRequest>() {
        Err(e @ Error::UnsupportedVersion { broker_range: None, .. }) => {
            assert!(e.to_string().contains("BrokerRegistration"), "{e}");
        }
        other => panic!("expected UnsupportedVersion, got {other:?}"),
    }

    // An explicit older version is used as asked.
    let old = RequestOptions { version: Some(4), ..Default::default() };
    let answer = conn.send_with(&metadata_for("__no_such_topic__"), old).await.expect("Metadata v4");
    assert_eq!(answer.topics.len(), 1);
    assert_eq!(answer.topics[0].error_code, 3, "UNKNOWN_TOPIC_OR_PARTITION");
    assert!(answer.cluster_id.is_some());
}

fn client_max(api_key: i16) -> i16 {
    match api_key {
        k if k == MetadataRequest::API_KEY => MetadataRequest::MAX_VERSION,
        k if k == ProduceRequest::API_KEY => ProduceRequest::MAX_VERSION,
        _ => FetchRequest::MAX_VERSION,
    }
}

#[tokio::test]
async fn many_requests_in_flight_each_get_their_own_answer() {
    let conn = connect(&ConnectionConfig::default()).await;
    let mut tasks = JoinSet::new();
    for i in 0..200 {
        let conn = conn.clone();
        tasks.spawn(async move {
            let topic = format!("no-such-topic-{i}");
            let answer = conn.send(&metadata_for(&topic)).await.expect("Metadata");
            (topic, answer)
        });
    }
    let mut answered = 0;
    while let Some(joined) = tasks.join_next().await {
        let (topic, answer) = joined.expect("task");
        assert_eq!(answer.topics.len(), 1);
        assert_eq!(answer.topics[0].name.as_deref(), Some(topic.as_str()), "answer mixed up");
        answered += 1;
    }
    assert_eq!(answered, 200);
    assert_eq!(conn.in_flight(), 0);
    assert!(!conn.is_closed());
}

#[tokio::test]
async fn requests_queue_behind_a_held_request_and_close_fails_them_all() {
    let (topic, topic_id) = empty_topic(1).await;
    let conn = connect(&ConnectionConfig::default()).await;

    // The broker holds this Fetch for a minute and answers nothing else on
    // the connection meanwhile; every request below is therefore in flight
    // at the same time.
    let held = {
        let conn = conn.clone();
        let fetch = long_poll(&topic, topic_id, Duration::from_secs(60));
        let options = RequestOptions { timeout: Some(Duration::from_secs(120)), ..Default::default() };
        tokio::spawn(async move { conn.send_with(&fetch, options).await })
    };
    let mut queued = JoinSet::new();
    for i in 0..20 {
        let conn = conn.clone();
        queued.spawn(async move { conn.send(&metadata_for(&format!("queued-{i}"))).await });
    }
    wait_until(|| conn.in_flight() == 21, "21 requests in flight").await;

    conn.close();
    assert!(matches!(held.await.expect("task"), Err(Error::Shutdown)));
    while let Some(joined) = queued.join_next().await {
        assert!(matches!(joined.expect("task"), Err(Error::Shutdown)));
    }
    assert!(conn.is_closed());
    assert!(matches!(conn.send(&api_versions_request()).await, Err(Error::Shutdown)));
}

#[tokio::test]
async fn a_timeout_fails_only_its_request() {
    let (topic, topic_id) = empty_topic(1).await;
    let conn = connect(&ConnectionConfig::default()).await;

    let fetch = long_poll(&topic, topic_id, Duration::from_secs(3));
    let short = RequestOptions { timeout: Some(Duration::from_millis(200)), ..Default::default() };
    match conn.send_with(&fetch, short).await {
        Err(e @ Error::Timeout { .. }) => {
            assert!(e.is_retriable());
            assert!(e.to_string().contains("Fetch"), "{e}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }

    // The connection is intact: the late Fetch answer is discarded and the
    // next request gets its own answer.
    assert!(!conn.is_closed());
    let answer = conn.send(&metadata_for(&topic)).await.expect("Metadata after a timeout");
    assert_eq!(answer.topics[0].name.as_deref(), Some(topic.as_str()));
    assert_eq!(answer.topics[0].error_code, 0);
}

#[tokio::test]
async fn a_response_over_the_frame_limit_fails_only_its_request() {
    let (topic, _) = empty_topic(100).await;
    let normal = connect(&ConnectionConfig::default()).await;
    let version = normal.version_for::<MetadataRequest>().expect("Metadata version");
    let big = normal.send(&metadata_for(&topic)).await.expect("Metadata");
    let big_size = encoded_len(&big, version);
    let small_size = encoded_len(normal.api_versions(), normal.api_versions_version());
    assert!(big_size > small_size + 400, "test precondition: {big_size} vs {small_size}");

    // Room for the ApiVersions answer, not for the 100-partition Metadata one.
    let limit = (small_size + big_size) / 2;
    let capped = connect(&ConnectionConfig { max_frame_size: limit, ..Default::default() }).await;
    let e = capped.send(&metadata_for(&topic)).await.expect_err("the answer is over the limit");
    let Error::FrameTooLarge { size, max, .. } = &e else { panic!("expected FrameTooLarge, got {e:?}") };
    assert_eq!(*max, limit);
    assert!(*size > limit as u64);
    assert!(!e.is_retriable());
    assert!(e.to_string().contains("max_frame_size"), "{e}");
    assert!(!capped.is_closed());
    let answer = capped.send(&api_versions_request()).await.expect("ApiVersions on the same connection");
    assert_eq!(answer.error_code, 0);
}

#[tokio::test]
async fn a_refused_connection_names_the_broker() {
    let address = common::closed_port();
    match Connection::connect(&address, &ConnectionConfig::default()).await {
        Err(e @ Error::Unreachable { .. }) => {
            let text = e.to_string();
            assert!(text.contains(&address), "{text}");
            assert!(text.contains("refused"), "{text}");
            assert!(e.is_retriable());
        }
        other => panic!("expected Unreachable, got {other:?}"),
    }
}

#[tokio::test]
async fn an_unknown_host_is_unreachable() {
    let address = "no-such-host.invalid:9092";
    let config = ConnectionConfig { connect_timeout: Duration::from_secs(20), ..Default::default() };
    match Connection::connect(address, &config).await {
        Err(e @ Error::Unreachable { .. }) => assert!(e.to_string().contains(address), "{e}"),
        other => panic!("expected Unreachable, got {other:?}"),
    }
}

#[tokio::test]
async fn bad_options_are_rejected_before_connecting() {
    let config = ConnectionConfig { max_frame_size: 1, ..Default::default() };
    match Connection::connect(&common::first(&common::brokers()), &config).await {
        Err(e @ Error::Config { option: "max_frame_size", .. }) => assert!(!e.is_retriable()),
        other => panic!("expected a config error, got {other:?}"),
    }
}

#[tokio::test]
async fn a_dropped_request_does_not_disturb_the_connection() {
    let (topic, topic_id) = empty_topic(1).await;
    let conn = connect(&ConnectionConfig::default()).await;
    // Give up on a held Fetch by dropping its future part-way.
    let fetch = long_poll(&topic, topic_id, Duration::from_secs(2));
    let _ = tokio::time::timeout(Duration::from_millis(100), conn.send(&fetch)).await;
    // Later requests still get their own answers.
    for i in 0..5 {
        let name = format!("after-drop-{i}");
        let answer = conn.send(&metadata_for(&name)).await.expect("Metadata");
        assert_eq!(answer.topics[0].name.as_deref(), Some(name.as_str()));
    }
}

fn encoded_len<M: Encodable>(message: &M, version: i16) -> usize {
    let mut buf = BytesMut::new();
    message.encode(&mut buf, version).expect("encode");
    buf.len()
}

async fn wait_until_async<F: std::future::Future<Output = bool>>(mut condition: impl FnMut() -> F, what: &str) {
    let give_up = tokio::time::Instant::now() + Duration::from_secs(30);
    while !condition().await {
        assert!(tokio::time::Instant::now() < give_up, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn wait_until(mut condition: impl FnMut() -> bool, what: &str) {
    let give_up = tokio::time::Instant::now() + Duration::from_secs(30);
    while !condition() {
        assert!(tokio::time::Instant::now() < give_up, "gave up waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn request_quota(client_id: &str, percentage: Option<f64>) -> AlterClientQuotasRequest {
    AlterClientQuotasRequest {
        entries: vec![EntryData {
            entity: vec![EntityData {
                entity_type: "client-id".to_owned(),
                entity_name: Some(client_id.to_owned()),
                ..Default::default()
            }],
            ops: vec![OpData {
                key: "request_percentage".to_owned(),
                value: percentage.unwrap_or(0.0),
                remove: percentage.is_none(),
                ..Default::default()
            }],
            ..Default::default()
        }],
        ..Default::default()
    }
}

#[tokio::test]
async fn a_broker_quota_is_reported_as_throttling() {
    let client_id = common::unique("it-throttled");
    let setup = connect(&ConnectionConfig::default()).await;
    let answer = setup.send(&request_quota(&client_id, Some(0.01))).await.expect("AlterClientQuotas");
    assert!(answer.entries.iter().all(|e| e.error_code == 0), "{answer:?}");

    // A client whose requests may use 0.01% of a request thread is
    // throttled after a few requests.
    let config = ConnectionConfig { client_id: Some(client_id.clone()), ..Default::default() };
    let conn = connect(&config).await;
    assert_eq!(conn.throttle().throttled_responses, 0);
    let mut reported = None;
    for _ in 0..5000 {
        let answer = conn.send(&metadata_for("__no_such_topic__")).await.expect("Metadata");
        if answer.throttle_time_ms > 0 {
            reported = Some(answer.throttle_time_ms);
            break;
        }
    }
    let reported = reported.expect("the broker never throttled the client");
    let stats = conn.throttle();
    assert_eq!(stats.throttled_responses, 1);
    assert_eq!(stats.last_throttle_ms, reported);

    setup.send(&request_quota(&client_id, None)).await.expect("remove the quota");
}
