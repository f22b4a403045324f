//! A group member keeps heartbeating while its rebalance hook runs: a hook
//! slower than the session timeout does not cost it its membership, with
//! the classic protocol and with KIP-848's (the group gets a 6 s session
//! through its `consumer.session.timeout.ms` config; the harness lowers the
//! broker's minimum for that).

mod common;
mod consumer_support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ferrokafka::consumer::{ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer, GroupProtocol, HookFuture, RebalanceListener};
use ferrokafka::protocol::messages::describe_configs_request::DescribeConfigsResource;
use ferrokafka::protocol::messages::incremental_alter_configs_request::{AlterConfigsResource, AlterableConfig};
use ferrokafka::protocol::messages::{DescribeConfigsRequest, IncrementalAlterConfigsRequest};

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

/// Gives a KIP-848 group the test's session timeout and a short heartbeat
/// interval (group configs, resource type GROUP = 32).
async fn short_kip848_session(brokers: &str, group: &str) {
    let cluster = consumer_support::cluster(brokers).await;
    let set = |name: &str, value: Duration| AlterableConfig {
        name: name.to_owned(),
        config_operation: 0,
        value: Some(value.as_millis().to_string()),
        ..Default::default()
    };
    let response = cluster
        .send_to_any(&IncrementalAlterConfigsRequest {
            resources: vec![AlterConfigsResource {
                resource_type: 32,
                resource_name: group.to_owned(),
                configs: vec![
                    set("consumer.session.timeout.ms", SESSION),
                    set("consumer.heartbeat.interval.ms", Duration::from_millis(500)),
                ],
                ..Default::default()
            }],
            ..Default::default()
        })
        .await
        .expect("IncrementalAlterConfigs");
    let answer = &response.responses[0];
    assert_eq!(answer.error_code, 0, "group config refused: {answer:?}");

    // The change reaches the brokers through the metadata log a moment
    // after the answer; a member that joined before would get the default
    // heartbeat interval.
    let wanted = [
        ("consumer.session.timeout.ms".to_owned(), SESSION.as_millis().to_string()),
        ("consumer.heartbeat.interval.ms".to_owned(), "500".to_owned()),
    ];
    let describe = DescribeConfigsRequest {
        resources: vec![DescribeConfigsResource {
            resource_type: 32,
            resource_name: group.to_owned(),
            configuration_keys: Some(wanted.iter().map(|(name, _)| name.clone()).collect()),
            ..Default::default()
        }],
        ..Default::default()
    };
    for _ in 0..200 {
        let response = cluster.send_to_any(&describe).await.expect("DescribeConfigs");
        let shown: Vec<(String, String)> = response.results[0]
            .configs
            .iter()
            .map(|c| (c.name.clone(), c.value.clone().unwrap_or_default()))
            .collect();
        if wanted.iter().all(|w| shown.contains(w)) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the group configs of {group} did not show in 20 s");
}

#[tokio::test]
async fn a_hook_slower_than_the_session_timeout_keeps_the_membership() {
    slow_hook_keeps_membership(GroupProtocol::Classic).await;
}

#[tokio::test]
async fn a_kip848_hook_slower_than_the_session_timeout_keeps_the_membership() {
    slow_hook_keeps_membership(GroupProtocol::Consumer).await;
}

async fn slow_hook_keeps_membership(protocol: GroupProtocol) {
    let brokers = common::brokers();
    let topic = topic(&brokers, "slow-hook", 2).await;
    let group = common::unique("slow-hook");
    let mut config = GroupConfig::new(&group);
    if protocol == GroupProtocol::Consumer {
        short_kip848_session(&brokers, &group).await;
    }
    config.group_protocol = protocol;
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
