//! A node of the 3-node cluster is killed (SIGKILL) and restarted.
//!
//! One test in its own binary: it takes a node down, which other tests
//! running at the same time would notice.

mod common;

use std::time::Duration;

use ferrokafka::admin::NewTopic;
use ferrokafka::cluster::PartitionLeader;
use ferrokafka::net::connection::api_versions_request;
use ferrokafka::Error;
use tokio::time::Instant;

const PATIENCE: Duration = Duration::from_secs(120);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_node_loses_leadership_and_is_reconnected_after_restart() {
    let admin = common::admin(&common::brokers_3()).await;
    let cluster = admin.cluster().clone();
    let name = common::unique("it-failover");
    admin.create_topic(NewTopic::new(&name, 1, 3)).await.expect("create rf 3");

    let before = cluster.leader_for(&name, 0).await.expect("leader");
    let victim = before.node_id;
    let broker = cluster.broker(victim).await.expect("leader handle");
    broker.send(&api_versions_request()).await.expect("the leader answers");
    let connects_before = broker.connects();

    let mut stopped = common::StoppedNode::kill(victim);

    // Requests to the dead node fail with a retriable error.
    let error = first_error(|| async { broker.send(&api_versions_request()).await.map(|_| ()) }).await;
    assert!(error.is_retriable(), "{error}");
    assert!(matches!(error, Error::Disconnected { .. } | Error::Unreachable { .. }), "{error:?}");
    assert!(error.to_string().contains(broker.address()), "{error}");

    // The others elect a new leader, with a higher epoch, and keep serving.
    let after = new_leader(&cluster, &name, victim).await;
    assert_ne!(after.node_id, victim);
    assert!(after.leader_epoch > before.leader_epoch, "epoch {} then {}", before.leader_epoch, after.leader_epoch);
    let listed = admin.list_topics(false).await.expect("the cluster serves with a node down");
    assert!(listed.contains(&name));

    stopped.restart();

    // The same handle reconnects by itself once the node is back.
    let give_up = Instant::now() + PATIENCE;
    loop {
        match broker.send(&api_versions_request()).await {
            Ok(answer) => {
                assert_eq!(answer.error_code, 0);
                break;
            }
            Err(e) if e.is_retriable() && Instant::now() < give_up => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => panic!("the restarted node does not answer: {e}"),
        }
    }
    assert!(broker.connects() > connects_before, "a new connection was opened");
    admin.close().await;
}

async fn first_error<F, Fut>(mut attempt: F) -> Error
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<(), Error>>,
{
    let give_up = Instant::now() + PATIENCE;
    loop {
        if let Err(e) = attempt().await {
            return e;
        }
        assert!(Instant::now() < give_up, "the killed node kept answering");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn new_leader(cluster: &ferrokafka::cluster::Cluster, topic: &str, old: i32) -> PartitionLeader {
    let give_up = Instant::now() + PATIENCE;
    loop {
        let _ = cluster.refresh().await;
        if let Ok(leader) = cluster.leader_for(topic, 0).await {
            if leader.node_id != old {
                return leader;
            }
        }
        assert!(Instant::now() < give_up, "no new leader was elected for {topic}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
