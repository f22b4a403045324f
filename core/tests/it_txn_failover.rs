//! The transaction coordinator's broker killed with SIGKILL in the middle
//! of a transaction (3-node cluster): the producer finds the new
//! coordinator, the transaction completes or aborts as a whole, and
//! read_committed readers never see part of it. The producer stays usable.

mod common;
mod txn_support;

use std::collections::BTreeSet;
use std::time::Duration;

use ferrokafka::admin::NewTopic;
use ferrokafka::consumer::IsolationLevel;
use ferrokafka::producer::Producer;
use ferrokafka::protocol::messages::FindCoordinatorRequest;

use common::StoppedNode;
use txn_support::{messages, read_all, txn_producer, values};

const PARTITIONS: i32 = 3;

/// The tests of this file stop and start nodes of one cluster; one at a time.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn create_topic(prefix: &str) -> String {
    let name = common::unique(prefix);
    let admin = common::admin(&common::brokers_3()).await;
    admin
        .create_topic(NewTopic::new(&name, PARTITIONS, 3).config("min.insync.replicas", "2"))
        .await
        .expect("create an RF 3 topic");
    admin.close().await;
    name
}

/// The node that coordinates transactional id `id` now.
async fn coordinator_of(producer: &Producer, id: &str) -> i32 {
    let request = FindCoordinatorRequest {
        key_type: 1,
        coordinator_keys: vec![id.to_owned()],
        ..Default::default()
    };
    let response = producer.cluster().send_to_any(&request).await.expect("FindCoordinator");
    let coordinator = &response.coordinators[0];
    assert_eq!(coordinator.error_code, 0, "FindCoordinator: {coordinator:?}");
    coordinator.node_id
}

fn kill(node: i32) -> StoppedNode {
    tokio::task::block_in_place(|| StoppedNode::kill(node))
}

/// What read_committed shows of the transaction's records `txn-*` once
/// every partition has its marker: all of them or none, never a part.
async fn all_or_nothing(topic: &str, count: usize) -> bool {
    let read = read_all(&common::brokers_3(), topic, PARTITIONS, IsolationLevel::ReadCommitted).await;
    let seen: BTreeSet<String> = values(&read).into_iter().filter(|v| v.starts_with("txn-")).collect();
    assert!(
        seen.is_empty() || seen.len() == count,
        "read_committed shows {} of the transaction's {count} records",
        seen.len()
    );
    !seen.is_empty()
}

/// After the failover: a new transaction on the same producer commits.
async fn next_transaction_commits(producer: &Producer, topic: &str) {
    producer.begin_transaction().await.expect("begin after the failover");
    for result in producer.send_batch(topic, messages("next", 0..30)).await {
        result.expect("a record of the next transaction");
    }
    producer.commit_transaction().await.expect("commit after the failover");
    let read = read_all(&common::brokers_3(), topic, PARTITIONS, IsolationLevel::ReadCommitted).await;
    let next = values(&read).into_iter().filter(|v| v.starts_with("next-")).count();
    assert_eq!(next, 30, "the next transaction is visible once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_coordinator_dies_between_the_sends_and_the_commit() {
    let _one = ONE_AT_A_TIME.lock().await;
    let topic = create_topic("txn-coord-kill").await;
    let id = common::unique("txn-coord-kill");
    let producer = txn_producer(&common::brokers_3(), &id).await;
    producer.begin_transaction().await.expect("begin");
    for result in producer.send_batch(&topic, messages("txn", 0..300)).await {
        result.expect("a record of the transaction");
    }
    let coordinator = coordinator_of(&producer, &id).await;
    let mut stopped = kill(coordinator);
    // More records after the kill (their leaders may have died too), then
    // the commit, which has to find the new coordinator.
    for result in producer.send_batch(&topic, messages("txn", 300..400)).await {
        result.expect("a record sent while the coordinator is down");
    }
    let visible = match producer.commit_transaction().await {
        Ok(()) => {
            let visible = all_or_nothing(&topic, 400).await;
            assert!(visible, "a committed transaction is visible");
            visible
        }
        Err(error) => {
            println!("commit failed ({error}); aborting");
            producer.abort_transaction().await.expect("abort after a failed commit");
            all_or_nothing(&topic, 400).await
        }
    };
    assert_ne!(coordinator_of(&producer, &id).await, coordinator, "the coordinator moved");
    tokio::task::block_in_place(|| stopped.restart());
    assert_eq!(visible, all_or_nothing(&topic, 400).await, "the outcome holds after the node is back");
    next_transaction_commits(&producer, &topic).await;
    producer.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_coordinator_dies_while_the_commit_is_in_flight() {
    let _one = ONE_AT_A_TIME.lock().await;
    let topic = create_topic("txn-commit-kill").await;
    let id = common::unique("txn-commit-kill");
    let producer = txn_producer(&common::brokers_3(), &id).await;
    producer.begin_transaction().await.expect("begin");
    for result in producer.send_batch(&topic, messages("txn", 0..300)).await {
        result.expect("a record of the transaction");
    }
    let coordinator = coordinator_of(&producer, &id).await;
    let committing = {
        let producer = producer.clone();
        tokio::spawn(async move { producer.commit_transaction().await })
    };
    let mut stopped = kill(coordinator);
    let visible = match committing.await.expect("the commit task") {
        Ok(()) => {
            let visible = all_or_nothing(&topic, 300).await;
            assert!(visible, "a committed transaction is visible");
            visible
        }
        Err(error) => {
            println!("commit failed ({error}); aborting");
            producer.abort_transaction().await.expect("abort after a failed commit");
            all_or_nothing(&topic, 300).await
        }
    };
    tokio::task::block_in_place(|| stopped.restart());
    assert_eq!(visible, all_or_nothing(&topic, 300).await, "the outcome holds after the node is back");
    next_transaction_commits(&producer, &topic).await;
    producer.close(Duration::from_secs(10)).await.expect("close");
}
