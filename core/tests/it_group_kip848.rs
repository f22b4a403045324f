//! The KIP-848 consumer group protocol (ConsumerGroupHeartbeat) against a
//! real broker: the coordinator assigns, members reconcile incrementally.

mod common;
mod consumer_support;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer, GroupProtocol, HookFuture, RebalanceListener};

use consumer_support::{produce, records, topic};

#[derive(Default)]
struct Recorder {
    events: Mutex<Vec<(&'static str, Vec<TopicPartition>)>>,
}

impl Recorder {
    fn all(&self, kind: &str) -> Vec<TopicPartition> {
        let events = self.events.lock().expect("events");
        events.iter().filter(|(k, _)| *k == kind).flat_map(|(_, p)| p.clone()).collect()
    }
}

impl RebalanceListener for Recorder {
    fn on_assigned(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.events.lock().expect("events").push(("assigned", partitions));
        Box::pin(async {})
    }
    fn on_revoked(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.events.lock().expect("events").push(("revoked", partitions));
        Box::pin(async {})
    }
    fn on_lost(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.events.lock().expect("events").push(("lost", partitions));
        Box::pin(async {})
    }
}

async fn member(brokers: &str, group: &str, topic: &str, recorder: &Arc<Recorder>) -> GroupConsumer {
    let mut config = GroupConfig::new(group);
    config.group_protocol = GroupProtocol::Consumer;
    config.auto_commit = false;
    let mut consumer = ConsumerConfig::from_bootstrap(brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    let listener: Arc<dyn RebalanceListener> = Arc::clone(recorder) as Arc<dyn RebalanceListener>;
    let member = GroupConsumer::connect(consumer, config, Some(listener)).await.expect("group consumer");
    member.subscribe([topic]);
    member
}

async fn settle(members: &[&GroupConsumer], done: impl Fn(&[Vec<TopicPartition>]) -> bool) -> Vec<Vec<TopicPartition>> {
    let mut last = Vec::new();
    for _ in 0..400 {
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
    assignments.iter().flatten().all(|tp| seen.insert(tp.clone())) && seen.len() == total
}

#[tokio::test]
async fn two_members_share_partitions_commit_and_hand_over_on_leave() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "kip848", 4).await;
    let group = common::unique("kip848");
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..3, |_| 1)).await;

    let (ra, rb) = (Arc::new(Recorder::default()), Arc::new(Recorder::default()));
    let a = member(&brokers, &group, &topic, &ra).await;
    let first = settle(&[&a], |x| x[0].len() == 4).await;
    assert_eq!(first[0].len(), 4, "a lone member owns everything");

    let b = member(&brokers, &group, &topic, &rb).await;
    let both = settle(&[&a, &b], |x| disjoint_cover(x, 4) && x.iter().all(|y| y.len() == 2)).await;
    assert!(disjoint_cover(&both, 4), "each partition has exactly one owner: {both:?}");
    assert_eq!(both.iter().map(Vec::len).collect::<Vec<_>>(), vec![2, 2]);
    // Incremental: `a` revoked only what it gave away.
    let revoked: BTreeSet<_> = ra.all("revoked").into_iter().collect();
    let kept: BTreeSet<_> = both[0].iter().cloned().collect();
    assert_eq!(revoked.len(), 2);
    assert!(revoked.is_disjoint(&kept));

    // Commits carry the member epoch (OffsetCommit v9+).
    let p0 = TopicPartition::new(&topic, 0);
    let owner = if both[0].contains(&p0) { &a } else { &b };
    owner.store_offset(p0.clone(), 2);
    owner.commit().await.expect("commit");
    assert_eq!(owner.committed(std::slice::from_ref(&p0)).await.expect("committed")[&p0], Some(2));

    b.close().await;
    let alone = settle(&[&a], |x| x[0].len() == 4).await;
    assert_eq!(alone[0].len(), 4, "the remaining member takes everything back");
    assert!(ra.all("lost").is_empty() && rb.all("lost").is_empty(), "nothing lost");
    a.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_static_member_that_restarts_gets_its_partitions_back() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "kip848-static", 4).await;
    let group = common::unique("kip848-static");
    let static_member = |id: &'static str, recorder: Arc<Recorder>| {
        let brokers = brokers.clone();
        let group = group.clone();
        let topic = topic.clone();
        async move {
            let mut config = GroupConfig::new(&group);
            config.group_protocol = GroupProtocol::Consumer;
            config.group_instance_id = Some(id.to_owned());
            let consumer = ConsumerConfig::from_bootstrap(&brokers).expect("bootstrap");
            let listener: Arc<dyn RebalanceListener> = recorder;
            let member = GroupConsumer::connect(consumer, config, Some(listener)).await.expect("group consumer");
            member.subscribe([topic.as_str()]);
            member
        }
    };
    let (ra, rb) = (Arc::new(Recorder::default()), Arc::new(Recorder::default()));
    let a = static_member("a", Arc::clone(&ra)).await;
    let b = static_member("b", Arc::clone(&rb)).await;
    let both = settle(&[&a, &b], |x| disjoint_cover(x, 4) && x.iter().all(|y| y.len() == 2)).await;
    assert!(disjoint_cover(&both, 4), "{both:?}");
    let b_events = rb.events.lock().expect("events").len();

    a.close().await;
    let a2 = static_member("a", Arc::clone(&ra)).await;
    let again = settle(&[&a2, &b], |x| x[0].len() == 2).await;
    assert_eq!(again[0], both[0], "the restarted static member gets its partitions back");
    assert_eq!(again[1], both[1], "the other member keeps its partitions");
    assert_eq!(rb.events.lock().expect("events").len(), b_events, "no hooks ran on the other member");
    a2.close().await;
    b.close().await;
}

/// Polls `members` until the `(partition, offset)` pairs in `wanted` were all
/// read (or a bounded number of rounds passed); returns what each read.
async fn read_until(members: &[&GroupConsumer], wanted: &BTreeSet<(i32, i64)>) -> Vec<Vec<(i32, i64)>> {
    let mut read = vec![Vec::new(); members.len()];
    for _ in 0..400 {
        for (i, m) in members.iter().enumerate() {
            let batch = m.poll(Duration::from_millis(50)).await.expect("poll");
            read[i].extend(batch.iter().map(|r| (r.partition, r.offset)));
        }
        let seen: BTreeSet<_> = read.iter().flatten().copied().collect();
        if wanted.is_subset(&seen) {
            break;
        }
    }
    read
}

fn owns_what_it_read(owned: &[Vec<TopicPartition>], read: &[Vec<(i32, i64)>]) -> bool {
    owned.iter().zip(read).all(|(owned, read)| read.iter().all(|(p, _)| owned.iter().any(|tp| tp.partition == *p)))
}

#[tokio::test]
async fn three_members_share_partitions_and_survive_one_leaving() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "kip848-three", 6).await;
    let group = common::unique("kip848-three");
    let cluster = consumer_support::cluster(&brokers).await;
    let recorders: Vec<Arc<Recorder>> = (0..3).map(|_| Arc::new(Recorder::default())).collect();
    let a = member(&brokers, &group, &topic, &recorders[0]).await;
    let b = member(&brokers, &group, &topic, &recorders[1]).await;
    let c = member(&brokers, &group, &topic, &recorders[2]).await;
    let three = settle(&[&a, &b, &c], |x| disjoint_cover(x, 6) && x.iter().all(|y| y.len() == 2)).await;
    assert!(disjoint_cover(&three, 6), "each partition has exactly one owner: {three:?}");
    assert_eq!(three.iter().map(Vec::len).collect::<Vec<_>>(), vec![2, 2, 2]);

    let first: BTreeSet<(i32, i64)> = (0..6).flat_map(|p| (0..5).map(move |o| (p, o))).collect();
    for p in 0..6 {
        produce(&cluster, &topic, p, &records(0..5, |_| 1)).await;
    }
    let read = read_until(&[&a, &b, &c], &first).await;
    let all: Vec<_> = read.iter().flatten().copied().collect();
    assert_eq!(all.iter().copied().collect::<BTreeSet<_>>(), first, "all three together read everything");
    assert_eq!(all.len(), first.len(), "each record was read once");
    assert!(owns_what_it_read(&three, &read), "each member read only its own partitions");

    c.close().await;
    let two = settle(&[&a, &b], |x| disjoint_cover(x, 6) && x.iter().all(|y| y.len() == 3)).await;
    assert!(disjoint_cover(&two, 6), "the two remaining members own everything: {two:?}");
    assert_eq!(two.iter().map(Vec::len).collect::<Vec<_>>(), vec![3, 3]);
    for (before, after) in three.iter().zip(&two) {
        assert!(before.iter().all(|tp| after.contains(tp)), "a member kept its partitions: {before:?} -> {after:?}");
    }
    assert!(recorders.iter().all(|r| r.all("lost").is_empty()), "nothing lost");

    let second: BTreeSet<(i32, i64)> = (0..6).flat_map(|p| (5..10).map(move |o| (p, o))).collect();
    for p in 0..6 {
        produce(&cluster, &topic, p, &records(5..10, |_| 1)).await;
    }
    let read = read_until(&[&a, &b], &second).await;
    let seen: BTreeSet<_> = read.iter().flatten().copied().collect();
    assert!(second.is_subset(&seen), "the two remaining members read everything written after the leave");
    assert!(owns_what_it_read(&two, &read), "each member read only its own partitions");
    a.close().await;
    b.close().await;
    cluster.shutdown().await;
}
