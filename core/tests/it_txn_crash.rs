//! Exactly once through crashes: a consume-transform-produce pipeline in a
//! separate process is killed with SIGKILL at random moments and started
//! again, and the output, read with read_committed, holds exactly one
//! transformed record per input record.
//!
//! The pipeline is this test binary run again as a child process: the
//! ignored test `txn_pipeline_child_process` is the pipeline program. It
//! reads the input topic as a static member of a group (read_committed,
//! no auto-commit), and for every poll opens a transaction, writes one
//! output record per input record (same partition, value prefixed with
//! `out-`), adds the consumed offsets with the member's group metadata, and
//! commits; then it logs `C n` to a file. A restarted pipeline's producer
//! (same transactional id) fences the dead one and aborts its open
//! transaction before the consumer reads the committed offsets.

mod common;
mod consumer_support;
mod txn_support;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use bytes::Bytes;
use ferrokafka::cluster::ClientConfig;
use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, IsolationLevel, TopicPartition};
use ferrokafka::group::{GroupConfig, GroupConsumer};
use ferrokafka::producer::{Message, Producer, ProducerConfig};
use rand::Rng;

use consumer_support::topic;
use txn_support::{read_all, txn_producer, values};

const PARTITIONS: i32 = 6;
const RECORDS: usize = 200_000;
const KILLS: usize = 6;
const CHILD_TEST: &str = "txn_pipeline_child_process";

fn member_config(brokers: &str, group: &str) -> (ConsumerConfig, GroupConfig) {
    let mut consumer = ConsumerConfig::from_bootstrap(brokers).expect("bootstrap");
    consumer.auto_offset_reset = AutoOffsetReset::Earliest;
    consumer.isolation_level = IsolationLevel::ReadCommitted;
    consumer.max_poll_records = 1000;
    let mut config = GroupConfig::new(group);
    config.auto_commit = false;
    config.session_timeout = Duration::from_secs(30);
    config.heartbeat_interval = Duration::from_millis(500);
    config.rebalance_timeout = Duration::from_secs(30);
    (consumer, config)
}

/// The pipeline program, run only as a child of
/// `a_killed_pipeline_restarts_and_writes_every_record_exactly_once`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "the pipeline program of it_txn_crash; started by the crash test as a child process"]
async fn txn_pipeline_child_process() {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set by the crash test"));
    let brokers = var("TXN_BROKERS");
    let (input, output, group, id) = (var("TXN_INPUT"), var("TXN_OUTPUT"), var("TXN_GROUP"), var("TXN_ID"));
    // The producer first: its start finishes whatever transaction the
    // killed instance left, so the offsets the consumer reads are stable.
    let producer = txn_producer(&brokers, &id).await;
    let (consumer, mut config) = member_config(&brokers, &group);
    config.group_instance_id = Some("pipeline".to_owned());
    let member = GroupConsumer::connect(consumer, config, None).await.expect("group consumer");
    member.subscribe([input.as_str()]);
    let mut log = std::fs::OpenOptions::new().create(true).append(true).open(var("TXN_LOG")).expect("the log file");
    loop {
        let batch = member.poll(Duration::from_millis(200)).await.expect("poll");
        if batch.is_empty() {
            continue;
        }
        producer.begin_transaction().await.expect("begin");
        let mut offsets = BTreeMap::new();
        let mut out = Vec::with_capacity(batch.len());
        for record in &batch {
            let value = String::from_utf8_lossy(record.value.as_deref().unwrap_or_default()).into_owned();
            out.push(Message {
                partition: Some(record.partition),
                key: record.key.clone(),
                value: Some(Bytes::from(format!("out-{value}"))),
                ..Default::default()
            });
            offsets.insert(TopicPartition::new(&record.topic, record.partition), record.offset + 1);
        }
        for result in producer.send_batch(&output, out).await {
            result.expect("an output record");
        }
        // Processing time inside the transaction: most kills land while
        // its records are written and not committed yet.
        tokio::time::sleep(Duration::from_millis(40)).await;
        producer.send_offsets_to_transaction(&offsets, &member.group_metadata()).await.expect("offsets");
        producer.commit_transaction().await.expect("commit");
        log.write_all(format!("C {}\n", batch.len()).as_bytes()).expect("write the log");
    }
}

/// Transactions the pipelines committed, from the log's complete lines.
fn commits(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.matches('\n').count()
}

/// Kills the child still running when the test ends.
struct Pipeline(Option<Child>);

impl Drop for Pipeline {
    fn drop(&mut self) {
        if let Some(child) = &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

struct Setup {
    brokers: String,
    input: String,
    output: String,
    group: String,
    id: String,
    dir: PathBuf,
}

impl Setup {
    fn spawn(&self, run: usize) -> Child {
        let stderr = std::fs::File::create(self.dir.join(format!("pipeline-{run}.stderr"))).expect("stderr file");
        Command::new(std::env::current_exe().expect("the test binary"))
            .args([CHILD_TEST, "--exact", "--ignored", "--nocapture", "--test-threads=1"])
            .env("TXN_BROKERS", &self.brokers)
            .env("TXN_INPUT", &self.input)
            .env("TXN_OUTPUT", &self.output)
            .env("TXN_GROUP", &self.group)
            .env("TXN_ID", &self.id)
            .env("TXN_LOG", self.dir.join("commits.log"))
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .expect("start a pipeline")
    }

    fn log(&self) -> PathBuf {
        self.dir.join("commits.log")
    }
}

async fn write_input(brokers: &str, topic: &str) {
    let producer = Producer::connect(ClientConfig::from_bootstrap(brokers).expect("bootstrap"), ProducerConfig::default())
        .await
        .expect("producer");
    for chunk in (0..RECORDS).collect::<Vec<_>>().chunks(20_000) {
        let messages = chunk
            .iter()
            .map(|&i| Message {
                partition: Some((i % PARTITIONS as usize) as i32),
                key: Some(Bytes::from(format!("{i}"))),
                value: Some(Bytes::from(format!("v{i}"))),
                ..Default::default()
            })
            .collect();
        for result in producer.send_batch(topic, messages).await {
            result.expect("an input record");
        }
    }
    producer.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_pipeline_restarts_and_writes_every_record_exactly_once() {
    let brokers = common::brokers();
    let setup = Setup {
        input: topic(&brokers, "txn-crash-in", PARTITIONS).await,
        output: topic(&brokers, "txn-crash-out", PARTITIONS).await,
        group: common::unique("txn-crash"),
        id: common::unique("txn-crash"),
        dir: std::env::temp_dir().join(common::unique("ferrokafka-txn-crash")),
        brokers,
    };
    std::fs::create_dir_all(&setup.dir).expect("a log directory");
    write_input(&setup.brokers, &setup.input).await;

    // Kill the pipeline at a random moment once it has committed at least
    // one transaction since it started, then start it again.
    let mut rng = rand::thread_rng();
    let mut pipeline = Pipeline(None);
    for run in 0..KILLS {
        let before = commits(&setup.log());
        pipeline.0 = Some(setup.spawn(run));
        for _ in 0..600 {
            if commits(&setup.log()) > before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(commits(&setup.log()) > before, "pipeline run {run} committed nothing within 60 s");
        tokio::time::sleep(Duration::from_millis(rng.gen_range(0..1500))).await;
        let mut child = pipeline.0.take().expect("running");
        let exited = child.try_wait().expect("child status");
        assert!(exited.is_none(), "pipeline run {run} stopped by itself: {exited:?}; see {}", setup.dir.display());
        child.kill().expect("SIGKILL the pipeline");
        child.wait().expect("reap the pipeline");
    }
    let killed_at = commits(&setup.log());

    // The last run finishes the input: every partition's committed offset
    // reaches the end of the input.
    pipeline.0 = Some(setup.spawn(KILLS));
    let (consumer, config) = member_config(&setup.brokers, &setup.group);
    let reader = GroupConsumer::connect(consumer, config, None).await.expect("offset reader");
    let tps: Vec<TopicPartition> = (0..PARTITIONS).map(|p| TopicPartition::new(&setup.input, p)).collect();
    let per_partition = |p: i32| (RECORDS / PARTITIONS as usize + usize::from((p as usize) < RECORDS % PARTITIONS as usize)) as i64;
    let mut done = false;
    for _ in 0..1200 {
        // UNSTABLE_OFFSET_COMMIT (retriable) while a transaction with
        // offsets is being completed: ask again.
        match reader.committed(&tps).await {
            Ok(committed) => done = tps.iter().all(|tp| committed[tp] == Some(per_partition(tp.partition))),
            Err(error) => assert!(error.is_retriable(), "committed offsets: {error}"),
        }
        if done {
            break;
        }
        if let Some(child) = &mut pipeline.0 {
            let exited = child.try_wait().expect("child status");
            assert!(exited.is_none(), "the last pipeline run stopped by itself: {exited:?}; see {}", setup.dir.display());
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert!(done, "the pipeline did not finish the input within 10 minutes");
    drop(pipeline);
    reader.close().await;

    let output = read_all(&setup.brokers, &setup.output, PARTITIONS, IsolationLevel::ReadCommitted).await;
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for value in values(&output) {
        *count.entry(value).or_default() += 1;
    }
    let duplicated: Vec<_> = count.iter().filter(|(_, &n)| n > 1).take(5).collect();
    assert!(duplicated.is_empty(), "records written more than once: {duplicated:?} ...");
    for i in 0..RECORDS {
        assert!(count.contains_key(&format!("out-v{i}")), "input record {i} has no output record");
    }
    assert_eq!(count.len(), RECORDS, "nothing but transformed input records");
    for record in &output {
        let i: usize = record.value.as_deref().and_then(|v| std::str::from_utf8(&v[5..]).ok()?.parse().ok()).expect("a value out-v{i}");
        assert_eq!(record.partition, (i % PARTITIONS as usize) as i32, "written to its input record's partition");
    }
    let uncommitted = read_all(&setup.brokers, &setup.output, PARTITIONS, IsolationLevel::ReadUncommitted).await;
    println!(
        "{KILLS} kills after {killed_at} commits; {} transactions in all; {} output records written, {} of them in aborted transactions",
        commits(&setup.log()),
        uncommitted.len(),
        uncommitted.len() - output.len()
    );
    let _ = std::fs::remove_dir_all(&setup.dir);
}
