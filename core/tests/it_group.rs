//! Consumer groups against a real broker: assignment across members,
//! cooperative rebalancing seen through the hooks, and committed offsets.

mod common;
mod consumer_support;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer, HookFuture, RebalanceListener};

use consumer_support::{poll_n, produce, records, summary, topic};

/// Remembers every hook call.
#[derive(Default)]
struct Recorder {
    events: Mutex<Vec<(&'static str, Vec<TopicPartition>)>>,
}

impl Recorder {
    fn record(&self, kind: &'static str, partitions: Vec<TopicPartition>) -> HookFuture {
        self.events.lock().expect("events").push((kind, partitions));
        Box::pin(async {})
    }

    fn all(&self, kind: &str) -> Vec<TopicPartition> {
        let events = self.events.lock().expect("events");
        events.iter().filter(|(k, _)| *k == kind).flat_map(|(_, p)| p.clone()).collect()
    }
}

impl RebalanceListener for Recorder {
    fn on_assigned(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.record("assigned", partitions)
    }
    fn on_revoked(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.record("revoked", partitions)
    }
    fn on_lost(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.record("lost", partitions)
    }
}

fn group_config(group: &str) -> GroupConfig {
    let mut config = GroupConfig::new(group);
    config.session_timeout = Duration::from_secs(10);
    config.heartbeat_interval = Duration::from_millis(300);
    config.rebalance_timeout = Duration::from_secs(30);
    config
}

async fn member(brokers: &str, config: GroupConfig, topic: &str, recorder: &Arc<Recorder>) -> GroupConsumer {
    let mut consumer = ConsumerConfig::from_bootstrap(brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    let listener: Arc<dyn RebalanceListener> = Arc::clone(recorder) as Arc<dyn RebalanceListener>;
    let member = GroupConsumer::connect(consumer, config, Some(listener)).await.expect("group consumer");
    member.subscribe([topic]);
    member
}

/// Polls every member until `done` holds for their assignments (bounded
/// number of rounds; the caller's assertions fail if it never does).
async fn settle(members: &[&GroupConsumer], done: impl Fn(&[Vec<TopicPartition>]) -> bool) -> Vec<Vec<TopicPartition>> {
    let mut last = Vec::new();
    for _ in 0..300 {
        for m in members {
            m.poll(Duration::from_millis(50)).await.expect("poll");
        }
        last = members.iter().map(|m| m.assignment()).collect::<Vec<_>>();
        if done(&last) {
            break;
        }
    }
    last
}

fn disjoint_cover(assignments: &[Vec<TopicPartition>], total: usize) -> bool {
    let mut seen = BTreeSet::new();
    for a in assignments {
        for tp in a {
            if !seen.insert(tp.clone()) {
                return false;
            }
        }
    }
    seen.len() == total
}

#[tokio::test]
async fn three_members_share_twelve_partitions_and_cooperative_rebalances_never_revoke_staying_partitions() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "group-coop", 12).await;
    let group = common::unique("group-coop");
    let recorders: Vec<Arc<Recorder>> = (0..3).map(|_| Arc::new(Recorder::default())).collect();

    let first = member(&brokers, group_config(&group), &topic, &recorders[0]).await;
    let a = settle(&[&first], |a| a[0].len() == 12).await;
    assert_eq!(a[0].len(), 12, "a lone member owns everything");

    let second = member(&brokers, group_config(&group), &topic, &recorders[1]).await;
    let a = settle(&[&first, &second], |a| disjoint_cover(a, 12) && a.iter().all(|x| x.len() == 6)).await;
    assert!(disjoint_cover(&a, 12), "each partition has exactly one owner: {a:?}");
    assert_eq!(a.iter().map(Vec::len).collect::<Vec<_>>(), vec![6, 6]);

    let third = member(&brokers, group_config(&group), &topic, &recorders[2]).await;
    let a = settle(&[&first, &second, &third], |a| disjoint_cover(a, 12) && a.iter().all(|x| x.len() == 4)).await;
    assert!(disjoint_cover(&a, 12), "each partition has exactly one owner: {a:?}");
    assert_eq!(a.iter().map(Vec::len).collect::<Vec<_>>(), vec![4, 4, 4]);

    // Cooperative: a member only ever revoked partitions it does not keep,
    // and was never assigned a partition twice.
    for (i, (r, owned)) in recorders.iter().zip(&a).enumerate() {
        let revoked: BTreeSet<_> = r.all("revoked").into_iter().collect();
        let owned: BTreeSet<_> = owned.iter().cloned().collect();
        assert!(revoked.is_disjoint(&owned), "member {i} revoked partitions it kept: {revoked:?} / {owned:?}");
        let assigned = r.all("assigned");
        let unique: BTreeSet<_> = assigned.iter().cloned().collect();
        assert_eq!(assigned.len(), unique.len(), "member {i} was given a partition twice");
        assert!(r.all("lost").is_empty(), "member {i} lost partitions");
    }
    // The first member gave up exactly the 8 partitions that moved.
    assert_eq!(recorders[0].all("revoked").len(), 8);

    // A member leaves: the others take its partitions, keeping their own.
    let before: Vec<BTreeSet<_>> = a.iter().map(|x| x.iter().cloned().collect()).collect();
    third.close().await;
    assert_eq!(recorders[2].all("revoked").len(), 4, "closing revokes (and commits) first");
    let a = settle(&[&first, &second], |a| disjoint_cover(a, 12)).await;
    assert!(disjoint_cover(&a, 12), "the leaver's partitions are taken over: {a:?}");
    for (i, owned) in a.iter().enumerate() {
        let owned: BTreeSet<_> = owned.iter().cloned().collect();
        assert!(before[i].is_subset(&owned), "member {i} lost a partition it should keep");
    }
    first.close().await;
    second.close().await;
}

#[tokio::test]
async fn committed_offsets_survive_a_restart() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "group-commit", 2).await;
    let group = common::unique("group-commit");
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..10, |_| 1)).await;
    produce(&cluster, &topic, 1, &records(10..20, |_| 1)).await;

    let recorder = Arc::new(Recorder::default());
    let mut config = group_config(&group);
    config.auto_commit = false;
    let c = member(&brokers, config.clone(), &topic, &recorder).await;
    let mut got = Vec::new();
    for _ in 0..100 {
        got.extend(c.poll(Duration::from_millis(200)).await.expect("poll"));
        if got.len() >= 20 {
            break;
        }
    }
    assert_eq!(got.len(), 20, "read everything");
    // Processed: p0 up to offset 5, all of p1.
    for r in &got {
        if r.partition == 1 || r.offset <= 5 {
            c.mark_processed(r);
        }
    }
    c.commit().await.expect("commit");
    let p0 = TopicPartition::new(&topic, 0);
    let p1 = TopicPartition::new(&topic, 1);
    let committed = c.committed(&[p0.clone(), p1.clone()]).await.expect("committed");
    assert_eq!(committed[&p0], Some(6));
    assert_eq!(committed[&p1], Some(10));
    c.close().await;

    let again = member(&brokers, config, &topic, &recorder).await;
    let got = {
        let mut got = Vec::new();
        for _ in 0..300 {
            got.extend(again.poll(Duration::from_millis(200)).await.expect("poll"));
            if got.len() >= 4 {
                break;
            }
        }
        got
    };
    assert_eq!(
        summary(&got),
        (6..10).map(|i| (0, i as i64, format!("value-{i}"))).collect::<Vec<_>>(),
        "assignment {:?}, membership {:?}, hooks {:?}",
        again.assignment(),
        again.membership(),
        recorder.events.lock().expect("events")
    );
    produce(&cluster, &topic, 1, &records(20..21, |_| 1)).await;
    let more = poll_n(again.consumer(), 1).await;
    assert_eq!(summary(&more), vec![(1, 10, "value-20".to_owned())]);
    again.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn auto_commit_commits_only_what_was_marked_processed_on_close() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "group-autocommit", 1).await;
    let group = common::unique("group-autocommit");
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..10, |_| 1)).await;
    let recorder = Arc::new(Recorder::default());
    let config = group_config(&group);
    assert!(config.auto_commit, "on by default");
    let c = member(&brokers, config.clone(), &topic, &recorder).await;
    let mut got = Vec::new();
    for _ in 0..300 {
        got.extend(c.poll(Duration::from_millis(100)).await.expect("poll"));
        if got.len() >= 10 {
            break;
        }
    }
    assert_eq!(got.len(), 10, "read everything");
    for r in got.iter().take(4) {
        c.mark_processed(r);
    }
    c.close().await;
    let tp = TopicPartition::new(&topic, 0);

    let again = member(&brokers, config, &topic, &recorder).await;
    let committed = again.committed(std::slice::from_ref(&tp)).await.expect("committed");
    assert_eq!(committed[&tp], Some(4), "delivered but unmarked records are not committed");
    let mut resumed = Vec::new();
    for _ in 0..300 {
        resumed.extend(again.poll(Duration::from_millis(100)).await.expect("poll"));
        if resumed.len() >= 6 {
            break;
        }
    }
    assert_eq!(summary(&resumed), (4..10).map(|i| (0, i as i64, format!("value-{i}"))).collect::<Vec<_>>());
    again.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_static_member_that_restarts_gets_its_partitions_back_without_a_rebalance() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "group-static", 4).await;
    let group = common::unique("group-static");
    let static_config = |id: &str| {
        let mut c = group_config(&group);
        c.group_instance_id = Some(id.to_owned());
        c
    };
    let ra = Arc::new(Recorder::default());
    let rb = Arc::new(Recorder::default());
    let a = member(&brokers, static_config("a"), &topic, &ra).await;
    let b = member(&brokers, static_config("b"), &topic, &rb).await;
    let settled = settle(&[&a, &b], |x| disjoint_cover(x, 4) && x.iter().all(|y| y.len() == 2)).await;
    assert!(disjoint_cover(&settled, 4), "{settled:?}");
    let a_before = a.assignment();
    let b_generation = b.membership().1;
    let b_events = rb.events.lock().expect("events").len();

    a.close().await;
    let a2 = member(&brokers, static_config("a"), &topic, &ra).await;
    let after = settle(&[&a2, &b], |x| x[0].len() == 2).await;
    assert_eq!(after[0], a_before, "the restarted static member gets its partitions back");
    assert_eq!(after[1], settled[1], "the other member keeps its partitions");
    assert_eq!(b.membership().1, b_generation, "no rebalance: the other member's generation is unchanged");
    assert_eq!(rb.events.lock().expect("events").len(), b_events, "no hooks ran on the other member");
    a2.close().await;
    b.close().await;
}

#[tokio::test]
async fn a_pattern_subscription_follows_topics_as_they_are_created() {
    let brokers = common::brokers();
    let prefix = common::unique("pattern");
    let admin = common::admin(&brokers).await;
    for (name, partitions) in [(format!("{prefix}-a"), 2), (format!("{prefix}-b"), 1), (format!("x{prefix}-other"), 1)]
    {
        admin.create_topic(ferrokafka::admin::NewTopic::new(name, partitions, 1)).await.expect("create");
    }
    let mut consumer = ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap");
    consumer.client.metadata_max_age = Duration::from_millis(500);
    let member = GroupConsumer::connect(consumer, group_config(&common::unique("group-pattern")), None)
        .await
        .expect("group consumer");
    assert!(member.subscribe_pattern("(").is_err(), "an invalid pattern is a configuration error");
    member.subscribe_pattern(&format!("{}-.*", regex_escape(&prefix))).expect("pattern");
    let a = settle(&[&member], |a| a[0].len() == 3).await;
    let topics: BTreeSet<String> = a[0].iter().map(|tp| tp.topic.clone()).collect();
    assert_eq!(topics, [format!("{prefix}-a"), format!("{prefix}-b")].into_iter().collect());

    admin.create_topic(ferrokafka::admin::NewTopic::new(format!("{prefix}-c"), 1, 1)).await.expect("create");
    let a = settle(&[&member], |a| a[0].len() == 4).await;
    assert_eq!(a[0].len(), 4, "the new topic joined the subscription: {a:?}");
    assert!(a[0].contains(&TopicPartition::new(format!("{prefix}-c"), 0)));
    member.close().await;
    admin.close().await;
}

fn regex_escape(text: &str) -> String {
    text.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_string() } else { format!("\\{c}") }).collect()
}

#[tokio::test]
async fn a_member_that_stops_polling_leaves_and_rejoins_at_its_next_poll() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "group-pollinterval", 4).await;
    let group = common::unique("group-pollinterval");
    let ra = Arc::new(Recorder::default());
    let rb = Arc::new(Recorder::default());
    let mut slow_config = group_config(&group);
    slow_config.max_poll_interval = Duration::from_secs(2);
    let slow = member(&brokers, slow_config, &topic, &ra).await;
    let busy = member(&brokers, group_config(&group), &topic, &rb).await;
    let a = settle(&[&slow, &busy], |a| disjoint_cover(a, 4) && a.iter().all(|x| x.len() == 2)).await;
    assert_eq!(a.iter().map(Vec::len).collect::<Vec<_>>(), vec![2, 2]);
    // (A loaded machine may have stalled `slow` past its interval already
    // while the group formed; only what happens from here is counted.)
    let revoked_before = ra.all("revoked").len();

    // Only `busy` polls: `slow` gives its partitions up and leaves.
    let a = settle(&[&busy], |a| a[0].len() == 4).await;
    assert_eq!(a[0].len(), 4, "the polling member took everything");
    assert!(slow.assignment().is_empty());
    assert_eq!(
        ra.all("revoked").len() - revoked_before,
        2,
        "the partitions were revoked (offsets could be committed), not lost"
    );
    assert!(ra.all("lost").is_empty());

    // Polling again brings it back.
    let a = settle(&[&slow, &busy], |a| disjoint_cover(a, 4) && a.iter().all(|x| x.len() == 2)).await;
    assert_eq!(a.iter().map(Vec::len).collect::<Vec<_>>(), vec![2, 2], "rejoined: {a:?}");
    slow.close().await;
    busy.close().await;
}

#[tokio::test]
async fn eager_assignors_and_mixed_assignor_lists_cover_every_partition_once() {
    let brokers = common::brokers();
    // (assignors of the first member, assignors of the second)
    let cases: [(&[&str], &[&str]); 4] = [
        (&["range"], &["range"]),
        (&["roundrobin"], &["roundrobin"]),
        (&["sticky"], &["sticky"]),
        (&["cooperative-sticky", "roundrobin"], &["roundrobin"]),
    ];
    for (first, second) in cases {
        let topic = topic(&brokers, "group-eager", 6).await;
        let group = common::unique("group-eager");
        let config = |assignors: &[&str]| {
            let mut c = group_config(&group);
            c.assignors = assignors.iter().map(|a| (*a).to_owned()).collect();
            c
        };
        let (ra, rb) = (Arc::new(Recorder::default()), Arc::new(Recorder::default()));
        let a = member(&brokers, config(first), &topic, &ra).await;
        let b = member(&brokers, config(second), &topic, &rb).await;
        let got = settle(&[&a, &b], |x| disjoint_cover(x, 6) && x.iter().all(|y| y.len() == 3)).await;
        assert!(disjoint_cover(&got, 6), "{first:?} + {second:?}: {got:?}");
        assert_eq!(got.iter().map(Vec::len).collect::<Vec<_>>(), vec![3, 3], "{first:?} + {second:?}");
        a.close().await;
        b.close().await;
    }
}

#[tokio::test]
async fn commit_positions_commits_what_was_delivered() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "group-positions", 1).await;
    let group = common::unique("group-positions");
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..3, |_| 1)).await;
    let mut config = group_config(&group);
    config.auto_commit = false;
    let recorder = Arc::new(Recorder::default());
    let c = member(&brokers, config, &topic, &recorder).await;
    let mut got = Vec::new();
    for _ in 0..300 {
        got.extend(c.poll(Duration::from_millis(100)).await.expect("poll"));
        if got.len() >= 3 {
            break;
        }
    }
    assert_eq!(got.len(), 3);
    let tp = TopicPartition::new(&topic, 0);
    assert_eq!(c.committed(std::slice::from_ref(&tp)).await.expect("committed")[&tp], None, "nothing yet");
    c.commit_positions().await.expect("commit positions");
    assert_eq!(c.committed(std::slice::from_ref(&tp)).await.expect("committed")[&tp], Some(3));
    c.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn the_group_is_reassigned_when_a_topic_gains_partitions() {
    use ferrokafka::protocol::messages::create_partitions_request::CreatePartitionsTopic;
    use ferrokafka::protocol::messages::CreatePartitionsRequest;

    let brokers = common::brokers();
    let topic = topic(&brokers, "group-grow", 2).await;
    let mut consumer = ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap");
    consumer.client.metadata_max_age = Duration::from_millis(500);
    let recorder = Arc::new(Recorder::default());
    let listener: Arc<dyn RebalanceListener> = Arc::clone(&recorder) as Arc<dyn RebalanceListener>;
    let member = GroupConsumer::connect(consumer, group_config(&common::unique("group-grow")), Some(listener))
        .await
        .expect("group consumer");
    member.subscribe([topic.as_str()]);
    let a = settle(&[&member], |a| a[0].len() == 2).await;
    assert_eq!(a[0].len(), 2);

    let cluster = consumer_support::cluster(&brokers).await;
    let request = CreatePartitionsRequest {
        topics: vec![CreatePartitionsTopic { name: topic.clone(), count: 4, assignments: None, ..Default::default() }],
        timeout_ms: 30_000,
        ..Default::default()
    };
    let answer = cluster.controller().await.expect("controller").send(&request).await.expect("CreatePartitions");
    assert_eq!(answer.results[0].error_code, 0, "{:?}", answer.results[0].error_message);
    let a = settle(&[&member], |a| a[0].len() == 4).await;
    assert_eq!(a[0].len(), 4, "the new partitions were assigned: {a:?}");
    member.close().await;
    cluster.shutdown().await;
}
