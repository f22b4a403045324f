//! The producer on a 3-node cluster while partition leaders are killed with
//! SIGKILL and restarted: idempotent acks=all delivery must keep every
//! record exactly once and in send order per partition; acks=leader without
//! idempotence reports what it lost.

mod common;
mod producer_support;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ferrokafka::admin::NewTopic;
use ferrokafka::cluster::{ClientConfig, Cluster};
use ferrokafka::producer::{Acks, Message, Producer, ProducerConfig, RecordMetadata};
use ferrokafka::Result;
use tokio::sync::watch;

const PARTITIONS: i32 = 6;

/// The tests of this file stop and start nodes of one cluster; run one at a
/// time, or two could take down two of three replicas at once.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
const CHUNK: usize = 2_000;
/// Chunks awaited at most at once (records in flight: WINDOW * CHUNK).
const WINDOW: usize = 16;

async fn create_topic(prefix: &str) -> String {
    let name = common::unique(prefix);
    common::admin(&common::brokers_3())
        .await
        .create_topic(NewTopic::new(&name, PARTITIONS, 3).config("min.insync.replicas", "2"))
        .await
        .expect("create an RF 3 topic");
    name
}

/// The node leading partition 0 now.
async fn leader_of_partition_0(cluster: &Cluster, topic: &str) -> i32 {
    let _ = cluster.refresh().await;
    cluster
        .leader_for(topic, 0)
        .await
        .expect("a leader")
        .node_id
}

async fn harness(args: Vec<String>) {
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        common::cluster_3(&args);
    })
    .await
    .expect("harness command");
}

/// Outcome of producing `total` records `"{n}"` keyed `k{n % 1000}`.
struct Run {
    results: Vec<Result<RecordMetadata>>,
    kills: usize,
}

/// Produces while killing the leader of partition 0 `kills` times: before
/// the chunk at each kill point the producer waits for the kill, keeps
/// producing while the node is down, and the node is restarted once a
/// further slice of records has been acknowledged.
async fn produce_with_kills(producer: &Producer, topic: &str, total: usize, kills: usize) -> Run {
    let done = Arc::new(AtomicUsize::new(0));
    let (killed_tx, mut killed_rx) = watch::channel(0usize);
    let kill_points: Vec<usize> = (1..=kills).map(|k| total * k / (kills + 2)).collect();
    let killer = {
        let cluster = producer.cluster().clone();
        let topic = topic.to_owned();
        let done = Arc::clone(&done);
        let points = kill_points.clone();
        tokio::spawn(async move {
            for (k, point) in points.iter().enumerate() {
                while done.load(Ordering::Relaxed) < *point {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                let node = leader_of_partition_0(&cluster, &topic).await;
                eprintln!(
                    "killing node {node} at {} done",
                    done.load(Ordering::Relaxed)
                );
                harness(vec!["stop".into(), node.to_string()]).await;
                let _ = killed_tx.send(k + 1);
                let resume_at = done.load(Ordering::Relaxed) + total / (4 * (kills + 2));
                while done.load(Ordering::Relaxed) < resume_at.min(total) {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                eprintln!(
                    "restarting node {node} at {} done",
                    done.load(Ordering::Relaxed)
                );
                harness(vec!["start".into(), node.to_string()]).await;
                eprintln!("node {node} is back");
            }
        })
    };

    let mut results = Vec::with_capacity(total);
    let mut window = std::collections::VecDeque::new();
    let mut next = 0usize;
    while next < total {
        let kills_due = kill_points.iter().filter(|p| **p <= next).count();
        if *killed_rx.borrow() < kills_due {
            // Drain so that the count of results can reach the kill point.
            while let Some(handle) = window.pop_front() {
                results.extend(finish(handle, &done).await);
            }
            while *killed_rx.borrow() < kills_due {
                killed_rx.changed().await.expect("the killer runs");
            }
        }
        let end = (next + CHUNK).min(total);
        let messages: Vec<Message> = (next..end)
            .map(|n| {
                Message::new()
                    .key(format!("k{}", n % 1000))
                    .value(n.to_string())
            })
            .collect();
        let producer = producer.clone();
        let topic = topic.to_owned();
        // The test runtime has one thread, so spawned chunks start (and
        // hand their records to the producer) in spawn order.
        window.push_back(tokio::spawn(async move {
            producer.send_batch(&topic, messages).await
        }));
        next = end;
        if window.len() >= WINDOW {
            if let Some(handle) = window.pop_front() {
                results.extend(finish(handle, &done).await);
            }
        }
    }
    while let Some(handle) = window.pop_front() {
        results.extend(finish(handle, &done).await);
    }
    killer.await.expect("the killer finishes");
    Run { results, kills }
}

async fn finish(
    handle: tokio::task::JoinHandle<Vec<Result<RecordMetadata>>>,
    done: &AtomicUsize,
) -> Vec<Result<RecordMetadata>> {
    let results = handle.await.expect("send_batch task");
    let ok = results.iter().filter(|r| r.is_ok()).count();
    let now = done.fetch_add(results.len(), Ordering::Relaxed) + results.len();
    if ok < results.len() || now % 50_000 < CHUNK {
        eprintln!(
            "{now} done; this chunk: {ok} of {} ok, first error: {:?}",
            results.len(),
            results.iter().find_map(|r| r.as_ref().err())
        );
    }
    results
}

/// Every record read back, by partition: (offset, n).
async fn read_back(cluster: &Cluster, topic: &str) -> HashMap<i32, Vec<(i64, usize)>> {
    let mut out = HashMap::new();
    for partition in 0..PARTITIONS {
        let read = producer_support::read_partition(cluster, topic, partition).await;
        let values = read
            .records
            .iter()
            .map(|r| {
                let value = r.value.as_ref().expect("a value");
                (
                    r.offset,
                    std::str::from_utf8(value)
                        .expect("utf-8")
                        .parse::<usize>()
                        .expect("a number"),
                )
            })
            .collect();
        out.insert(partition, values);
    }
    out
}

async fn producer(config: ProducerConfig) -> Producer {
    let client = ClientConfig::from_bootstrap(&common::brokers_3()).expect("bootstrap");
    Producer::connect(client, config)
        .await
        .expect("producer connects")
}

#[tokio::test(flavor = "current_thread")]
async fn idempotent_acks_all_keeps_every_record_once_and_in_order_across_leader_kills() {
    let _serial = ONE_AT_A_TIME.lock().await;
    const TOTAL: usize = 500_000;
    let topic = create_topic("it-producer-kill").await;
    let p = producer(ProducerConfig {
        delivery_timeout: Duration::from_secs(300),
        buffer_memory: 64 * 1024 * 1024,
        ..Default::default()
    })
    .await;
    let run = produce_with_kills(&p, &topic, TOTAL, 3).await;
    assert_eq!(run.kills, 3);
    assert_eq!(run.results.len(), TOTAL);
    let failed: Vec<_> = run
        .results
        .iter()
        .enumerate()
        .filter_map(|(n, r)| r.as_ref().err().map(|e| (n, e)))
        .collect();
    assert!(
        failed.is_empty(),
        "{} records failed, first: {:?}",
        failed.len(),
        failed.first()
    );

    let read = read_back(p.cluster(), &topic).await;
    let mut seen = vec![false; TOTAL];
    for (partition, records) in &read {
        let mut previous: Option<usize> = None;
        for &(offset, n) in records {
            assert!(n < TOTAL, "unknown record {n}");
            assert!(!seen[n], "record {n} was written twice");
            seen[n] = true;
            if let Some(previous) = previous {
                assert!(
                    n > previous,
                    "partition {partition}: record {n} after {previous}, out of send order"
                );
            }
            previous = Some(n);
            let meta = run.results[n].as_ref().expect("acknowledged");
            assert_eq!(meta.partition, *partition, "record {n}");
            if meta.offset >= 0 {
                assert_eq!(meta.offset, offset, "record {n}: acknowledged offset");
            }
        }
    }
    let missing = seen.iter().filter(|s| !**s).count();
    assert_eq!(missing, 0, "acknowledged records missing from the log");
    p.close(Duration::from_secs(30)).await.expect("close");
}

#[tokio::test(flavor = "current_thread")]
async fn acks_leader_without_idempotence_reports_its_losses() {
    let _serial = ONE_AT_A_TIME.lock().await;
    const TOTAL: usize = 100_000;
    let topic = create_topic("it-producer-kill-leader-acks").await;
    let p = producer(ProducerConfig {
        acks: Acks::Leader,
        idempotence: false,
        delivery_timeout: Duration::from_secs(300),
        ..Default::default()
    })
    .await;
    let run = produce_with_kills(&p, &topic, TOTAL, 2).await;
    assert_eq!(run.results.len(), TOTAL, "every record got a result");
    let read = read_back(p.cluster(), &topic).await;
    let mut copies = vec![0u32; TOTAL];
    for records in read.values() {
        for &(_, n) in records {
            assert!(n < TOTAL, "unknown record {n}");
            copies[n] += 1;
        }
    }
    let acked = run.results.iter().filter(|r| r.is_ok()).count();
    let lost = run
        .results
        .iter()
        .enumerate()
        .filter(|(n, r)| r.is_ok() && copies[*n] == 0)
        .count();
    let duplicated = copies.iter().filter(|c| **c > 1).count();
    let failed = TOTAL - acked;
    eprintln!(
        "acks=leader, {} leader kills: {TOTAL} sent, {acked} acknowledged, {failed} failed, \
         {lost} acknowledged but lost, {duplicated} duplicated",
        run.kills
    );
    p.close(Duration::from_secs(30)).await.expect("close");
}

/// A partition whose only replica is down: records are retried until
/// `delivery_timeout`, then fail with a timeout naming the partition and
/// the last error; records for live partitions are unaffected; a full
/// buffer makes sends fail after `max_block`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_for_an_unreachable_leader_fail_after_delivery_timeout() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let name = common::unique("it-producer-down");
    let admin = common::admin(&common::brokers_3()).await;
    admin
        .create_topic(NewTopic::new(&name, 3, 1))
        .await
        .expect("create an RF 1 topic");
    // The live partition's record has to get through within this delivery
    // timeout on a loaded machine, so it is not cut fine; every partition
    // is written once first, so connections and metadata are warm.
    let p = producer(ProducerConfig {
        request_timeout: Duration::from_secs(2),
        delivery_timeout: Duration::from_secs(8),
        ..Default::default()
    })
    .await;
    let warm_up = (0..3).map(|partition| Message::new().value("warm-up").partition(partition)).collect();
    for result in p.send_batch(&name, warm_up).await {
        result.expect("warm-up");
    }
    let victim = p
        .cluster()
        .leader_for(&name, 0)
        .await
        .expect("leader")
        .node_id;
    let live = (0..3).find(|partition| {
        p.cluster().metadata().topics[&name]
            .partition(*partition)
            .and_then(|m| m.leader)
            != Some(victim)
    });
    harness(vec!["stop".into(), victim.to_string()]).await;
    let mut messages = vec![Message::new().value("doomed").partition(0)];
    if let Some(live) = live {
        messages.push(Message::new().value("fine").partition(live));
    }
    let results = p.send_batch(&name, messages).await;

    // A small buffer fills with records nobody acknowledges: sends wait
    // `max_block`, then fail saying so, while the records that got memory
    // fail later with the delivery timeout. Every record gets a result.
    let small = producer(ProducerConfig {
        buffer_memory: 16 * 1024,
        max_batch_bytes: 4 * 1024,
        max_request_size: 16 * 1024,
        max_block: Duration::from_millis(500),
        request_timeout: Duration::from_secs(2),
        delivery_timeout: Duration::from_secs(4),
        ..Default::default()
    })
    .await;
    let value = bytes::Bytes::from(vec![b'x'; 500]);
    let blocked = small
        .send_batch(
            &name,
            (0..100)
                .map(|_| Message::new().value(value.clone()).partition(0))
                .collect(),
        )
        .await;
    assert_eq!(blocked.len(), 100);
    let texts: Vec<String> = blocked
        .iter()
        .map(|r| {
            r.as_ref()
                .expect_err("nothing can be acknowledged")
                .to_string()
        })
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("buffer_memory")),
        "{:?}",
        texts.last()
    );
    assert!(
        texts.iter().any(|t| t.contains("delivery_timeout")),
        "{:?}",
        texts.first()
    );
    small.close(Duration::from_secs(10)).await.expect("close");

    harness(vec!["start".into(), victim.to_string()]).await;
    let error = results[0].as_ref().unwrap_err();
    assert!(
        matches!(error, ferrokafka::Error::Timeout { .. }),
        "{error:?}"
    );
    let text = error.to_string();
    assert!(
        text.contains(&format!("{name}-0")) && text.contains("last error"),
        "{text}"
    );
    if live.is_some() {
        results[1]
            .as_ref()
            .expect("a partition with a live leader is unaffected");
    }
    p.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyless_records_avoid_partitions_without_a_leader() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let name = common::unique("it-producer-sticky-down");
    let admin = common::admin(&common::brokers_3()).await;
    admin
        .create_topic(NewTopic::new(&name, 6, 1))
        .await
        .expect("create an RF 1 topic");
    let p = producer(ProducerConfig {
        max_batch_bytes: 2048,
        delivery_timeout: Duration::from_secs(20),
        request_timeout: Duration::from_secs(5),
        ..Default::default()
    })
    .await;
    let _ = p.cluster().refresh().await;
    let victim = p.cluster().leader_for(&name, 0).await.expect("leader").node_id;
    let mut stopped = common::StoppedNode::kill(victim);
    // Once the controller has fenced the node its partitions show no leader.
    let give_up = tokio::time::Instant::now() + Duration::from_secs(120);
    let down: Vec<i32> = loop {
        let metadata = p.cluster().refresh().await.expect("metadata");
        let partitions = &metadata.topics[&name].partitions;
        let down: Vec<i32> = partitions
            .iter()
            .filter(|m| m.leader.is_none())
            .map(|m| m.partition)
            .collect();
        if down.contains(&0) {
            break down;
        }
        assert!(tokio::time::Instant::now() < give_up, "partition 0 kept a leader");
        tokio::time::sleep(Duration::from_millis(300)).await;
    };
    assert!(down.len() < 6, "some partitions still have a leader");

    let sent: Vec<Message> = (0..2_000)
        .map(|i| Message::new().value(format!("{i:06}-{}", "v".repeat(100))))
        .collect();
    let results = p.send_batch(&name, sent).await;
    let mut used = std::collections::BTreeSet::new();
    for (i, result) in results.into_iter().enumerate() {
        let meta = result.unwrap_or_else(|e| panic!("record {i}: {e}"));
        assert!(
            !down.contains(&meta.partition),
            "record {i} went to partition {} whose leader is down",
            meta.partition
        );
        used.insert(meta.partition);
    }
    assert_eq!(used.len(), 6 - down.len(), "every partition with a leader got records");
    p.close(Duration::from_secs(10)).await.expect("close");
    stopped.restart();
}
