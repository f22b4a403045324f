//! A classic-group member keeps heartbeating while its rebalance hook runs:
//! a hook slower than the session timeout does not cost it its membership.

mod common;
mod consumer_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ferrokafka::consumer::{ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer, HookFuture, RebalanceListener};

use consumer_support::topic;

const SESSION: Duration = Duration::from_secs(6);

/// The first `on_assigned` outlasts the session timeout.
#[derive(Default)]
struct SlowFirstAssign {
    assigned: AtomicUsize,
    assigned_done: Arc<AtomicUsize>,
    lost: AtomicUsize,
}

impl RebalanceListener for SlowFirstAssign {
    fn on_assigned(&self, _partitions: Vec<TopicPartition>) -> HookFuture {
        let first = self.assigned.fetch_add(1, Ordering::SeqCst) == 0;
        let done = Arc::clone(&self.assigned_done);
        Box::pin(async move {
            if first {
                tokio::time::sleep(SESSION + Duration::from_secs(3)).await;
            }
            done.fetch_add(1, Ordering::SeqCst);
        })
    }
    fn on_lost(&self, _partitions: Vec<TopicPartition>) -> HookFuture {
        self.lost.fetch_add(1, Ordering::SeqCst);
        Box::pin(async {})
    }
}

#[tokio::test]
async fn a_hook_slower_than_the_session_timeout_keeps_the_membership() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "slow-hook", 2).await;
    let mut config = GroupConfig::new(common::unique("slow-hook"));
    config.session_timeout = SESSION;
    config.heartbeat_interval = Duration::from_millis(500);
    config.rebalance_timeout = Duration::from_secs(30);
    config.auto_commit = false;
    let consumer = ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap");
    let listener = Arc::new(SlowFirstAssign::default());
    let hooks: Arc<dyn RebalanceListener> = Arc::clone(&listener) as Arc<dyn RebalanceListener>;
    let member = GroupConsumer::connect(consumer, config, Some(hooks)).await.expect("group consumer");
    member.subscribe([topic.as_str()]);

    // Until the slow hook has returned.
    for _ in 0..600 {
        member.poll(Duration::from_millis(100)).await.expect("poll");
        if listener.assigned_done.load(Ordering::SeqCst) > 0 {
            break;
        }
    }
    assert_eq!(listener.assigned_done.load(Ordering::SeqCst), 1, "the slow hook ran to its end");
    assert_eq!(member.assignment().len(), 2, "the member got both partitions");
    let (member_id, generation) = member.membership();
    // Several heartbeat intervals after the hook: a member dropped during
    // the hook learns it now (UNKNOWN_MEMBER_ID) and rejoins.
    for _ in 0..30 {
        member.poll(Duration::from_millis(100)).await.expect("poll");
    }
    assert_eq!(listener.lost.load(Ordering::SeqCst), 0, "the member was not dropped from the group");
    assert_eq!(listener.assigned.load(Ordering::SeqCst), 1, "no second assignment");
    assert_eq!(member.membership(), (member_id, generation), "same member id and generation");
    member.close().await;
}
