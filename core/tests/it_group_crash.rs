//! A classic-group member in a separate process is killed with SIGKILL while
//! it processes records: the others take its partitions over, every record
//! is processed at least once, and only offsets the dead member had not
//! committed yet are processed twice.
//!
//! The members are this test binary run again as child processes: the
//! ignored test `group_member_child_process` is the member program. It logs
//! to a file `A p p ...` whenever its assignment changes and `P p offset`
//! for each record it processed, before marking the record processed and
//! committing.

mod common;
mod consumer_support;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer};

use consumer_support::{produce, records, topic};

const PARTITIONS: i32 = 6;
const PER_PARTITION: i64 = 500;
const CHILD_TEST: &str = "group_member_child_process";

fn member_config(brokers: &str, group: &str) -> (ConsumerConfig, GroupConfig) {
    let mut consumer = ConsumerConfig::from_bootstrap(brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    let mut config = GroupConfig::new(group);
    // Long enough that a member of a loaded machine is not expired by
    // mistake, and that the victim's commits are read before its
    // partitions move.
    config.session_timeout = Duration::from_secs(12);
    config.heartbeat_interval = Duration::from_millis(500);
    config.rebalance_timeout = Duration::from_secs(20);
    config.auto_commit_interval = Duration::from_secs(1);
    (consumer, config)
}

/// The member program, run only as a child of
/// `a_killed_member_s_partitions_are_taken_over_without_loss`.
#[tokio::test]
#[ignore = "the member program of it_group_crash; started by the crash test as a child process"]
async fn group_member_child_process() {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set by the crash test"));
    let (brokers, group, topic, out) = (var("CRASH_BROKERS"), var("CRASH_GROUP"), var("CRASH_TOPIC"), var("CRASH_OUT"));
    let (consumer, config) = member_config(&brokers, &group);
    let member = GroupConsumer::connect(consumer, config, None).await.expect("group consumer");
    member.subscribe([topic.as_str()]);
    let mut log = std::fs::OpenOptions::new().create(true).append(true).open(out).expect("the log file");
    let mut line = |text: String| log.write_all(text.as_bytes()).expect("write the log");
    let mut owned = Vec::new();
    loop {
        let batch = member.poll(Duration::from_millis(200)).await.expect("poll");
        let now = member.assignment();
        if now != owned {
            let parts: Vec<String> = now.iter().map(|tp| tp.partition.to_string()).collect();
            line(format!("A {}\n", parts.join(" ")));
            owned = now;
        }
        for (i, record) in batch.iter().enumerate() {
            line(format!("P {} {}\n", record.partition, record.offset));
            tokio::time::sleep(Duration::from_millis(5)).await;
            member.mark_processed(record);
            if i % 20 == 19 {
                if let Err(error) = member.commit().await {
                    eprintln!("commit failed: {error}");
                }
            }
        }
        if let Err(error) = member.commit().await {
            eprintln!("commit failed: {error}");
        }
    }
}

/// What one member's log says.
#[derive(Default, Debug)]
struct Log {
    assignments: Vec<Vec<i32>>,
    processed: Vec<(i32, i64)>,
}

impl Log {
    /// Reads the complete lines of `path` (a killed member may leave half a
    /// line at the end).
    fn read(path: &Path) -> Log {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let mut log = Log::default();
        let complete = match text.rfind('\n') {
            Some(end) => &text[..end],
            None => "",
        };
        for line in complete.lines() {
            let mut words = line.split(' ');
            match words.next() {
                Some("A") => log.assignments.push(words.filter_map(|w| w.parse().ok()).collect()),
                Some("P") => {
                    let p = words.next().and_then(|w| w.parse().ok()).expect("partition");
                    let o = words.next().and_then(|w| w.parse().ok()).expect("offset");
                    log.processed.push((p, o));
                }
                _ => panic!("unexpected log line {line:?}"),
            }
        }
        log
    }

    fn owned(&self) -> Vec<i32> {
        self.assignments.last().cloned().unwrap_or_default()
    }
}

/// Kills the children still running when the test ends.
struct Members(Vec<(Child, PathBuf)>);

impl Drop for Members {
    fn drop(&mut self) {
        for (child, _) in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn spawn(dir: &Path, index: usize, brokers: &str, group: &str, topic: &str) -> (Child, PathBuf) {
    let out = dir.join(format!("member-{index}.log"));
    let stderr = std::fs::File::create(dir.join(format!("member-{index}.stderr"))).expect("stderr file");
    let child = Command::new(std::env::current_exe().expect("the test binary"))
        .args([CHILD_TEST, "--exact", "--ignored", "--nocapture", "--test-threads=1"])
        .env("CRASH_BROKERS", brokers)
        .env("CRASH_GROUP", group)
        .env("CRASH_TOPIC", topic)
        .env("CRASH_OUT", &out)
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .expect("start a member");
    (child, out)
}

/// Waits (bounded) until `done` holds for the members' logs; returns them.
async fn wait_for(members: &Members, what: &str, done: impl Fn(&[Log]) -> bool) -> Vec<Log> {
    for _ in 0..600 {
        let logs: Vec<Log> = members.0.iter().map(|(_, out)| Log::read(out)).collect();
        if done(&logs) {
            return logs;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let logs: Vec<Log> = members.0.iter().map(|(_, out)| Log::read(out)).collect();
    let owned: Vec<_> = logs.iter().map(Log::owned).collect();
    let counts: Vec<_> = logs.iter().map(|l| l.processed.len()).collect();
    panic!("timed out waiting until {what}: owned {owned:?}, processed {counts:?}");
}

fn disjoint_cover(owned: &[Vec<i32>]) -> bool {
    let mut seen = BTreeSet::new();
    let shared = owned.iter().all(|o| !o.is_empty()) && owned.iter().flatten().all(|p| seen.insert(*p));
    shared && seen.len() == PARTITIONS as usize
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_member_s_partitions_are_taken_over_without_loss() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "group-crash", PARTITIONS).await;
    let group = common::unique("group-crash");
    let dir = std::env::temp_dir().join(common::unique("ferrokafka-group-crash"));
    std::fs::create_dir_all(&dir).expect("a log directory");
    let mut members = Members((0..3).map(|i| spawn(&dir, i, &brokers, &group, &topic)).collect());

    // Records are written once the group is stable, so that the only
    // rebalance while records flow is the one the kill causes.
    wait_for(&members, "three members share the partitions", |logs| {
        disjoint_cover(&logs.iter().map(Log::owned).collect::<Vec<_>>())
    })
    .await;
    let cluster = consumer_support::cluster(&brokers).await;
    for p in 0..PARTITIONS {
        let first = (p as usize) * PER_PARTITION as usize;
        produce(&cluster, &topic, p, &records(first..first + PER_PARTITION as usize, |_| 1)).await;
    }

    // Commits come every 20 records, so after 100 the victim has committed.
    let before = wait_for(&members, "the victim processed 100 records", |logs| logs[0].processed.len() >= 100).await;
    let (mut victim, _) = members.0.remove(0);
    victim.kill().expect("SIGKILL the victim");
    victim.wait().expect("reap the victim");
    let victim_log = Log::read(&dir.join("member-0.log"));
    let victim_owned = victim_log.owned();
    assert_eq!(before[0].owned(), victim_owned, "no rebalance happened before the kill");
    let victim_done = victim_log.processed.iter().filter(|(p, _)| victim_owned.contains(p)).count();
    assert!(
        (victim_done as i64) < PER_PARTITION * victim_owned.len() as i64,
        "the victim still had records to process when it was killed"
    );

    // What the victim committed, read before its session expires (nobody
    // else owns its partitions until then).
    let (consumer, config) = member_config(&brokers, &group);
    let reader = GroupConsumer::connect(consumer, config, None).await.expect("offset reader");
    let victim_tps: Vec<TopicPartition> = victim_owned.iter().map(|p| TopicPartition::new(&topic, *p)).collect();
    let committed: BTreeMap<i32, i64> = reader
        .committed(&victim_tps)
        .await
        .expect("committed offsets")
        .into_iter()
        .map(|(tp, offset)| (tp.partition, offset.unwrap_or(0)))
        .collect();
    reader.close().await;
    assert!(committed.values().sum::<i64>() > 0, "the victim committed before it died: {committed:?}");

    // The survivors take the victim's partitions over (bounded by the
    // session timeout plus a rebalance) and process everything.
    let all = (PARTITIONS as i64 * PER_PARTITION) as usize;
    let logs = wait_for(&members, "the survivors processed every record", |logs| {
        let seen: BTreeSet<_> = logs.iter().flat_map(|l| l.processed.iter()).chain(&victim_log.processed).collect();
        seen.len() == all
    })
    .await;
    let owned: BTreeSet<i32> = logs.iter().flat_map(Log::owned).collect();
    assert_eq!(owned.len(), PARTITIONS as usize, "the survivors own every partition: {owned:?}");

    let mut count: BTreeMap<(i32, i64), usize> = BTreeMap::new();
    for record in logs.iter().flat_map(|l| l.processed.iter()).chain(&victim_log.processed) {
        *count.entry(*record).or_default() += 1;
    }
    for p in 0..PARTITIONS {
        for o in 0..PER_PARTITION {
            assert!(count.contains_key(&(p, o)), "record {p}/{o} was never processed");
        }
    }
    assert_eq!(count.len(), all, "nothing outside the written records was processed");
    for (&(p, o), &n) in &count {
        if n > 1 {
            let from = committed.get(&p).copied();
            assert!(
                from.is_some_and(|c| o >= c),
                "{p}/{o} was processed {n} times but lies before the victim's committed offset {from:?}"
            );
        }
    }
    let duplicates = count.values().filter(|&&n| n > 1).count();
    println!("victim owned {victim_owned:?}, committed {committed:?}, done {victim_done}; {duplicates} duplicates");
    // The survivors never re-read what the victim had committed.
    for log in &logs {
        for &(p, o) in &log.processed {
            if let Some(&c) = committed.get(&p) {
                assert!(o >= c, "a survivor re-read {p}/{o}, before the committed offset {c}");
            }
        }
    }
    drop(members);
    let _ = std::fs::remove_dir_all(&dir);
    cluster.shutdown().await;
}
