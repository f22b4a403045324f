//! Shared by the integration tests: where the brokers are, unique names,
//! and the harness commands that stop and start nodes.
//!
//! The tests run against real Kafka brokers started by `make test`
//! (`tests/kafka/cluster up`), which exports:
//! - `FERROKAFKA_BROKERS`: bootstrap servers of a 1-node cluster;
//! - `FERROKAFKA_BROKERS_3`: bootstrap servers of a 3-node cluster;
//! - `FERROKAFKA_CLUSTER_3` (or `FERROKAFKA_CLUSTER_DIR_3`): the 3-node
//!   cluster's directory, for `tests/kafka/cluster stop N` / `start N`; when
//!   both are unset, the directory `make test` uses (`tests/kafka/.run/triple`).
//!
//! A test whose variable is unset fails, saying how to get one: a test that
//! passes without a broker would prove nothing.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use ferrokafka::admin::Admin;
use ferrokafka::protocol::messages::metadata_request::MetadataRequestTopic;
use ferrokafka::protocol::messages::MetadataRequest;
use ferrokafka::cluster::ClientConfig;

fn required_env(name: &str, what: &str) -> String {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => value,
        _ => panic!(
            "{name} is not set: these tests need {what}. Run them with `make test`, which starts \
             the Kafka clusters (tests/kafka/cluster up) and exports {name}."
        ),
    }
}

/// Bootstrap servers of the 1-node cluster.
pub fn brokers() -> String {
    required_env("FERROKAFKA_BROKERS", "a running 1-node Kafka cluster")
}

/// Bootstrap servers of the 3-node cluster.
pub fn brokers_3() -> String {
    required_env("FERROKAFKA_BROKERS_3", "a running 3-node Kafka cluster")
}

/// The first bootstrap server of a list.
pub fn first(servers: &str) -> String {
    servers.split(',').next().unwrap_or(servers).trim().to_owned()
}

/// A topic name no other test (or earlier run) uses.
pub fn unique(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    format!("{prefix}-{}-{nanos}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}

/// An address on 127.0.0.1 where nothing listens.
pub fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    let address = listener.local_addr().expect("local address").to_string();
    drop(listener);
    address
}

/// A Metadata request about one topic that never creates it.
pub fn metadata_for(topic: &str) -> MetadataRequest {
    MetadataRequest {
        topics: Some(vec![MetadataRequestTopic { name: Some(topic.to_owned()), ..Default::default() }]),
        allow_auto_topic_creation: false,
        ..Default::default()
    }
}

pub async fn admin(servers: &str) -> Admin {
    let config = ClientConfig::from_bootstrap(servers).expect("valid bootstrap servers");
    Admin::connect(config).await.expect("connect to the test cluster")
}

/// The 3-node cluster's directory.
fn cluster_dir_3() -> PathBuf {
    for name in ["FERROKAFKA_CLUSTER_3", "FERROKAFKA_CLUSTER_DIR_3"] {
        if let Ok(dir) = std::env::var(name) {
            return PathBuf::from(dir);
        }
    }
    let default = repo_root().join("tests/kafka/.run/triple");
    assert!(
        default.is_dir(),
        "FERROKAFKA_CLUSTER_3 is not set and {} does not exist: run the tests with `make test`, \
         which starts the 3-node cluster there",
        default.display()
    );
    default
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `tests/kafka/cluster <args>` against the 3-node cluster, whose node
/// numbers are its node ids.
pub fn cluster_3(args: &[&str]) {
    let dir = cluster_dir_3();
    let script = repo_root().join("tests/kafka/cluster");
    let status = Command::new(script)
        .args(args)
        .env("FERROKAFKA_CLUSTER_DIR", dir)
        .status()
        .expect("run tests/kafka/cluster");
    assert!(status.success(), "tests/kafka/cluster {args:?} failed: {status}");
}

/// A node of the 3-node cluster killed with SIGKILL, started again by
/// `restart` or, if the test ends or fails first, when the guard is dropped.
pub struct StoppedNode(Option<i32>);

impl StoppedNode {
    /// Kills node `node` (node numbers are node ids).
    pub fn kill(node: i32) -> StoppedNode {
        cluster_3(&["stop", &node.to_string()]);
        StoppedNode(Some(node))
    }

    /// Starts the node again and waits until the cluster sees it.
    pub fn restart(&mut self) {
        if let Some(node) = self.0.take() {
            cluster_3(&["start", &node.to_string()]);
        }
    }
}

impl Drop for StoppedNode {
    fn drop(&mut self) {
        self.restart();
    }
}

/// `tests/kafka/run-class` (the Java tools of the harness's Kafka), pointed
/// at the harness's cluster directory when one is known.
pub fn run_class() -> Command {
    let mut command = Command::new(repo_root().join("tests/kafka/run-class"));
    if let Ok(dir) = std::env::var("FERROKAFKA_CLUSTER") {
        command.env("FERROKAFKA_CLUSTER_DIR", dir);
    }
    command
}
