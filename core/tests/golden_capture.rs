//! Captures response bodies from a real broker into `core/tests/golden/`,
//! for `golden_responses.rs` to decode and re-encode.
//!
//! Ignored by default: the committed files are the fixture, and capturing
//! again changes the values (cluster id, ports, topic id) that
//! `golden_responses.rs` asserts. To capture from a fresh 1-node cluster:
//!
//! ```text
//! tests/kafka/cluster up
//! FERROKAFKA_BROKERS=<printed address> \
//!   cargo test -p ferrokafka --test golden_capture -- --ignored --nocapture
//! ```
//!
//! then update the values in `golden_responses.rs` from what it prints.
//! Each file holds one response body exactly as the broker sent it, after
//! the size prefix and the response header.

mod common;

use std::path::PathBuf;

use ferrokafka::admin::NewTopic;
use ferrokafka::net::connection::api_versions_request;
use ferrokafka::net::{Connection, ConnectionConfig, RequestOptions};
use ferrokafka::protocol::messages::create_topics_request::CreatableTopic;
use ferrokafka::protocol::messages::CreateTopicsRequest;
use ferrokafka::Error;

const TOPIC: &str = "ferrokafka-golden";

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

fn save(name: &str, bytes: &[u8]) {
    let path = golden_dir().join(name);
    std::fs::write(&path, bytes).expect("write golden file");
    println!("wrote {} ({} bytes)", path.display(), bytes.len());
}

#[tokio::test]
#[ignore = "captures fixtures from a live broker; run by hand, see the module docs"]
async fn capture_golden_responses() {
    let servers = common::brokers();
    let admin = common::admin(&servers).await;
    match admin.create_topic(NewTopic::new(TOPIC, 2, 1)).await {
        Ok(_) => {}
        Err(e) if e.kind() == "TOPIC_ALREADY_EXISTS" => {}
        Err(e) => panic!("create {TOPIC}: {e}"),
    }
    std::fs::create_dir_all(golden_dir()).expect("create the golden directory");

    let conn = Connection::connect(&common::first(&servers), &ConnectionConfig::default()).await.expect("connect");
    let at = |version| RequestOptions { version: Some(version), ..Default::default() };

    let api_versions = conn.send_raw(&api_versions_request(), at(3)).await.expect("ApiVersions v3");
    save("api_versions_v3.bin", &api_versions);

    let metadata = common::metadata_for(TOPIC);
    let body = conn.send_raw(&metadata, at(12)).await.expect("Metadata v12");
    save("metadata_v12.bin", &body);

    let again = CreateTopicsRequest {
        topics: vec![CreatableTopic {
            name: TOPIC.to_owned(),
            num_partitions: 2,
            replication_factor: 1,
            ..Default::default()
        }],
        timeout_ms: 10_000,
        ..Default::default()
    };
    let body = conn.send_raw(&again, at(7)).await.expect("CreateTopics v7");
    save("create_topics_v7_exists.bin", &body);

    // Print what the golden test should assert.
    let decoded = conn.send_with(&metadata, at(12)).await.map_err(|e: Error| e.to_string());
    println!("{decoded:#?}");
    admin.close().await;
}
