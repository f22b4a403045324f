//! Produce throughput, three clients, one broker, one run.
//!
//! Each client sends the same number of records of the same size to a fresh
//! topic of its own (same partition count) with acks=all, idempotence on and
//! linger 5 ms, and is timed from its first send until every record is
//! acknowledged:
//! - ferrokafka: `send_batch` in chunks, several chunks outstanding;
//! - rdkafka (librdkafka, built from source by the crate): `BaseProducer`,
//!   polling for delivery reports;
//! - the Java client: Kafka's own `ProducerPerformance` tool, run through
//!   `tests/kafka/run-class`.
//!
//! Usage: `ferrokafka-bench [RECORDS] [VALUE_BYTES] [OUT.md]` with
//! `FERROKAFKA_BROKERS` set; prints a markdown table and, given `OUT.md`,
//! writes it there.

use std::collections::VecDeque;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use ferrokafka::admin::{Admin, NewTopic};
use ferrokafka::cluster::ClientConfig as FkClientConfig;
use ferrokafka::producer::{Message, Producer, ProducerConfig};
use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer as _, ProducerContext};
use rdkafka::ClientContext;

const PARTITIONS: i32 = 6;
const CHUNK: usize = 10_000;
const WINDOW: usize = 8;

struct Outcome {
    client: &'static str,
    records: usize,
    seconds: f64,
    /// `None` where the client does not report failures to us.
    failed: Option<usize>,
    note: String,
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let records: usize = args
        .get(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let value_bytes: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(100);
    let out = args.get(3).cloned();
    let brokers =
        std::env::var("FERROKAFKA_BROKERS").expect("set FERROKAFKA_BROKERS to a running broker");

    let admin = Admin::connect(FkClientConfig::from_bootstrap(&brokers).expect("bootstrap"))
        .await
        .expect("admin");
    let mut outcomes = Vec::new();
    for client in ["ferrokafka", "rdkafka", "java"] {
        let topic = format!("bench-{client}-{}", std::process::id());
        admin
            .create_topic(NewTopic::new(&topic, PARTITIONS, 1))
            .await
            .expect("create topic");
        let outcome = match client {
            "ferrokafka" => ferrokafka_run(&brokers, &topic, records, value_bytes).await,
            "rdkafka" => rdkafka_run(&brokers, &topic, records, value_bytes),
            _ => java_run(&brokers, &topic, records, value_bytes),
        };
        eprintln!(
            "{client}: {:.0} records/s",
            outcome.records as f64 / outcome.seconds
        );
        outcomes.push(outcome);
    }
    admin.close().await;

    let table = render(&outcomes, records, value_bytes);
    println!("{table}");
    if let Some(out) = out {
        std::fs::write(Path::new(&out), table).expect("write the results");
    }
}

async fn ferrokafka_run(brokers: &str, topic: &str, records: usize, value_bytes: usize) -> Outcome {
    let client = FkClientConfig::from_bootstrap(brokers).expect("bootstrap");
    let producer = Producer::connect(client, ProducerConfig::default())
        .await
        .expect("producer");
    producer.cluster().topic(topic).await.expect("metadata");
    let value = Bytes::from(vec![b'x'; value_bytes]);
    let started = Instant::now();
    let mut window = VecDeque::new();
    let mut failed = 0;
    let mut sent = 0;
    while sent < records {
        let n = CHUNK.min(records - sent);
        let messages: Vec<Message> = (0..n)
            .map(|_| Message::new().value(value.clone()))
            .collect();
        let p = producer.clone();
        let topic = topic.to_owned();
        window.push_back(tokio::spawn(
            async move { p.send_batch(&topic, messages).await },
        ));
        sent += n;
        if window.len() >= WINDOW {
            if let Some(h) = window.pop_front() {
                failed += h.await.expect("task").iter().filter(|r| r.is_err()).count();
            }
        }
    }
    for h in window {
        failed += h.await.expect("task").iter().filter(|r| r.is_err()).count();
    }
    let seconds = started.elapsed().as_secs_f64();
    producer
        .close(Duration::from_secs(30))
        .await
        .expect("close");
    Outcome {
        client: "ferrokafka",
        records,
        seconds,
        failed: Some(failed),
        note: "send_batch of 10,000, 8 outstanding".into(),
    }
}

struct Counting {
    failed: Arc<AtomicUsize>,
    done: Arc<AtomicUsize>,
}

impl ClientContext for Counting {}

impl ProducerContext for Counting {
    type DeliveryOpaque = ();
    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        if result.is_err() {
            self.failed.fetch_add(1, Ordering::Relaxed);
        }
        self.done.fetch_add(1, Ordering::Relaxed);
    }
}

fn rdkafka_run(brokers: &str, topic: &str, records: usize, value_bytes: usize) -> Outcome {
    let failed = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let context = Counting {
        failed: Arc::clone(&failed),
        done: Arc::clone(&done),
    };
    let producer: BaseProducer<Counting> = ClientConfig::new()
        .set("bootstrap.servers", brokers)
        .set("acks", "all")
        .set("enable.idempotence", "true")
        .set("linger.ms", "5")
        .set("queue.buffering.max.messages", "1000000")
        .create_with_context(context)
        .expect("rdkafka producer");
    let value = vec![b'x'; value_bytes];
    let started = Instant::now();
    for _ in 0..records {
        let mut record = BaseRecord::<(), [u8]>::to(topic).payload(&value[..]);
        loop {
            match producer.send(record) {
                Ok(()) => break,
                Err((_, back)) => {
                    record = back;
                    producer.poll(Duration::from_millis(1));
                }
            }
        }
        producer.poll(Duration::ZERO);
    }
    while done.load(Ordering::Relaxed) < records {
        producer.poll(Duration::from_millis(10));
    }
    let seconds = started.elapsed().as_secs_f64();
    let _ = producer.flush(Duration::from_secs(30));
    let (_, version) = rdkafka::util::get_rdkafka_version();
    Outcome {
        client: "rdkafka",
        records,
        seconds,
        failed: Some(failed.load(Ordering::Relaxed)),
        note: format!("librdkafka {version}, BaseProducer"),
    }
}

fn java_run(brokers: &str, topic: &str, records: usize, value_bytes: usize) -> Outcome {
    let run_class = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/kafka/run-class");
    let output = Command::new(run_class)
        .args([
            "org.apache.kafka.tools.ProducerPerformance",
            "--topic",
            topic,
        ])
        .args([
            "--num-records",
            &records.to_string(),
            "--record-size",
            &value_bytes.to_string(),
        ])
        .args(["--throughput", "-1", "--producer-props"])
        .arg(format!("bootstrap.servers={brokers}"))
        .args(["acks=all", "enable.idempotence=true", "linger.ms=5"])
        .output()
        .expect("run ProducerPerformance");
    let stdout = String::from_utf8_lossy(&output.stdout);
    // Last line: "N records sent, X records/sec (Y MB/sec), ..."
    let summary = stdout
        .lines()
        .rev()
        .find(|l| l.contains("records sent"))
        .unwrap_or("")
        .to_owned();
    let rate: f64 = summary
        .split(", ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            panic!(
                "ProducerPerformance printed no summary: {stdout}\n{}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
    Outcome {
        client: "java",
        records,
        seconds: records as f64 / rate,
        failed: None,
        note: "ProducerPerformance (batch.size 16 KiB default)".into(),
    }
}

fn render(outcomes: &[Outcome], records: usize, value_bytes: usize) -> String {
    let mut s = String::from(
        "| client | records/s | MB/s (values) | seconds | failed | notes |\n| --- | ---: | ---: | ---: | ---: | --- |\n",
    );
    for o in outcomes {
        let rate = o.records as f64 / o.seconds;
        s.push_str(&format!(
            "| {} | {:.0} | {:.1} | {:.2} | {} | {} |\n",
            o.client,
            rate,
            rate * value_bytes as f64 / 1e6,
            o.seconds,
            o.failed.map_or_else(|| "n/a".to_owned(), |f| f.to_string()),
            o.note
        ));
    }
    s.push_str(&format!(
        "\n{records} records of {value_bytes}-byte values (no key), one topic of {PARTITIONS} partitions per client, acks=all, idempotence on, linger 5 ms, no compression.\n"
    ));
    s
}
