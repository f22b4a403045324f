//! Helpers for the interoperability tests: raw Produce and Fetch of record
//! batches through one connection, and kcat (librdkafka) as the third-party
//! producer and consumer, with output formats that leave no ambiguity.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Stdio};

use bytes::Bytes;
use ferrokafka::net::{Connection, ConnectionConfig};
use ferrokafka::protocol::messages::fetch_request::{FetchPartition, FetchTopic};
use ferrokafka::protocol::messages::produce_request::{PartitionProduceData, TopicProduceData};
use ferrokafka::protocol::messages::{FetchRequest, ProduceRequest};
use ferrokafka::protocol::Uuid;
use ferrokafka::record::{CompressionCodec, Entry, Header, ReadOptions, ReadRecord, RecordBatches};

/// kcat's path; tells how to install it when it is missing.
pub fn kcat() -> &'static str {
    let found = Command::new("kcat")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match found {
        Ok(status) if status.success() => "kcat",
        _ => panic!("kcat is not installed: `apt-get install -y kcat` (.ci/run installs it for `make test`)"),
    }
}

/// Connects to the first bootstrap server.
pub async fn connect(brokers: &str) -> Connection {
    let first = brokers.split(',').next().unwrap_or(brokers).trim();
    Connection::connect(first, &ConnectionConfig::default())
        .await
        .expect("connect to the broker")
}

/// Sends one batch to partition 0 with acks=all; returns its base offset.
/// A topic created a moment ago may not be writable yet (the broker answers
/// UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE or NOT_LEADER_OR_FOLLOWER
/// and appends nothing): the batch is sent again for up to 30 s.
pub async fn produce_batch(conn: &Connection, topic: &str, topic_id: Uuid, batch: Bytes) -> i64 {
    for _ in 0..300 {
        match produce_batch_once(conn, topic, topic_id, batch.clone()).await {
            Some(offset) => return offset,
            None => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
        }
    }
    panic!("{topic}-0 did not accept writes for 30 s");
}

/// The batch's base offset, or `None` if the partition is not writable yet.
async fn produce_batch_once(conn: &Connection, topic: &str, topic_id: Uuid, batch: Bytes) -> Option<i64> {
    let request = ProduceRequest {
        acks: -1,
        timeout_ms: 30_000,
        topic_data: vec![TopicProduceData {
            name: topic.to_owned(),
            topic_id,
            partition_data: vec![PartitionProduceData {
                index: 0,
                records: Some(batch),
                ..Default::default()
            }],
            ..Default::default()
        }],
        ..Default::default()
    };
    let response = conn.send(&request).await.expect("Produce");
    let partition = &response.responses[0].partition_responses[0];
    if matches!(partition.error_code, 3 | 5 | 6) {
        return None;
    }
    assert_eq!(
        partition.error_code, 0,
        "the broker refused the batch: {:?} {:?}",
        partition.error_message, partition.record_errors
    );
    Some(partition.base_offset)
}

/// What a raw Fetch of partition 0 returned, read by this crate's reader.
pub struct Fetched {
    /// Codec of each batch, in order.
    pub codecs: Vec<CompressionCodec>,
    /// All user records, in order.
    pub records: Vec<ReadRecord>,
}

/// Fetches partition 0 from offset 0 until `expected` records are read (a
/// bounded number of rounds, each waiting for data on the broker's side).
pub async fn fetch_records(
    conn: &Connection,
    topic: &str,
    topic_id: Uuid,
    expected: usize,
) -> Fetched {
    let mut fetched = Fetched {
        codecs: Vec::new(),
        records: Vec::new(),
    };
    let mut next_offset = 0i64;
    for _ in 0..30 {
        if fetched.records.len() >= expected {
            break;
        }
        let request = FetchRequest {
            max_wait_ms: 1_000,
            min_bytes: 1,
            topics: vec![FetchTopic {
                topic: topic.to_owned(),
                topic_id,
                partitions: vec![FetchPartition {
                    partition: 0,
                    fetch_offset: next_offset,
                    partition_max_bytes: 8 << 20,
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        };
        let response = conn.send(&request).await.expect("Fetch");
        assert_eq!(response.error_code, 0, "Fetch failed");
        let partition = &response.responses[0].partitions[0];
        assert_eq!(partition.error_code, 0, "Fetch of {topic}-0 failed");
        let data = partition.records.clone().unwrap_or_default();
        let options = ReadOptions {
            min_offset: next_offset,
            ..ReadOptions::default()
        };
        let mut batches = RecordBatches::with_options(data, options);
        for batch in &mut batches {
            let batch = batch.expect("a valid batch");
            fetched
                .codecs
                .push(batch.header().compression().expect("a known codec"));
            for entry in batch.records().expect("decodable records") {
                match entry.expect("a valid record") {
                    Entry::Record(r) => fetched.records.push(r),
                    Entry::Control(c) => panic!("unexpected control record {c:?}"),
                }
            }
            next_offset = batch.next_offset();
        }
    }
    assert_eq!(
        fetched.records.len(),
        expected,
        "records fetched from {topic}"
    );
    fetched
}

/// One record as kcat printed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KcatRecord {
    pub offset: i64,
    pub timestamp: i64,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: HeaderPairs,
}

/// Headers as (name, value) text pairs, in order.
pub type HeaderPairs = Vec<(String, Option<String>)>;

/// Consumes partition 0 from the beginning to the end with kcat and
/// returns every record, combining two passes: a JSON pass (`-J`), whose
/// headers array keeps order, duplicates and nulls, and a length-framed pass
/// (`%K`/`%S` lengths followed by the raw bytes) that gives keys and values
/// byte for byte, whatever they contain.
pub fn kcat_consume(brokers: &str, topic: &str) -> Vec<KcatRecord> {
    let json = run_kcat_consume(brokers, topic, &["-J"]);
    let framed = run_kcat_consume(brokers, topic, &["-f", "%o %T %K %S\n%k%s\n"]);
    let mut records = parse_framed(&framed);
    let headers = parse_json_headers(&json);
    assert_eq!(
        headers.len(),
        records.len(),
        "kcat's two passes saw different record counts"
    );
    for (record, (offset, headers)) in records.iter_mut().zip(headers) {
        assert_eq!(record.offset, offset);
        record.headers = headers;
    }
    records
}

fn run_kcat_consume(brokers: &str, topic: &str, format: &[&str]) -> Vec<u8> {
    let output = Command::new(kcat())
        .args([
            "-C",
            "-b",
            brokers,
            "-t",
            topic,
            "-p",
            "0",
            "-o",
            "beginning",
            "-e",
            "-q",
        ])
        .args(format)
        .stdin(Stdio::null())
        .output()
        .expect("run kcat");
    assert!(
        output.status.success(),
        "kcat failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// Parses records printed as `"<offset> <ts> <keylen> <valuelen>\n<key><value>\n"`,
/// where a length of -1 is null (and prints no bytes).
fn parse_framed(mut out: &[u8]) -> Vec<KcatRecord> {
    let mut records = Vec::new();
    while !out.is_empty() {
        let line_end = out.iter().position(|&b| b == b'\n').expect("a header line");
        let line = std::str::from_utf8(&out[..line_end]).expect("an ASCII header line");
        let fields: Vec<i64> = line
            .split(' ')
            .map(|f| f.parse().expect("a number"))
            .collect();
        let [offset, timestamp, key_len, value_len] = fields[..] else {
            panic!("bad kcat line {line:?}")
        };
        out = &out[line_end + 1..];
        let mut take = |len: i64| {
            (len >= 0).then(|| {
                let (bytes, rest) = out.split_at(len as usize);
                out = rest;
                bytes.to_vec()
            })
        };
        let key = take(key_len);
        let value = take(value_len);
        assert_eq!(
            out.first(),
            Some(&b'\n'),
            "record {offset} is not followed by a newline"
        );
        out = &out[1..];
        records.push(KcatRecord {
            offset,
            timestamp,
            key,
            value,
            headers: Vec::new(),
        });
    }
    records
}

/// Reads the offset and the headers of each JSON line. kcat prints headers
/// as a flat array `[name, value-or-null, name, ...]`, in order; without
/// headers the field is absent. Key and payload may be arbitrary bytes (kcat
/// does not escape non-UTF-8), so the line is made valid UTF-8 first; they
/// are checked by the framed pass instead.
fn parse_json_headers(out: &[u8]) -> Vec<(i64, HeaderPairs)> {
    String::from_utf8_lossy(out)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line from kcat");
            let offset = v["offset"].as_i64().expect("an offset");
            let flat = v
                .get("headers")
                .and_then(|h| h.as_array())
                .cloned()
                .unwrap_or_default();
            let headers = flat
                .chunks(2)
                .map(|pair| {
                    let name = pair[0].as_str().expect("a header name").to_owned();
                    let value = pair.get(1).and_then(|v| v.as_str()).map(str::to_owned);
                    (name, value)
                })
                .collect();
            (offset, headers)
        })
        .collect()
}

/// Produces `lines` (each `key<TAB>value`) to partition 0 with kcat: the
/// codec given, the same headers on every record (`name=value`, or `name`
/// alone for a null value), and `-Z` so that an empty key or value is sent
/// as null.
pub fn kcat_produce(brokers: &str, topic: &str, codec: &str, headers: &[&str], lines: &[String]) {
    let mut command = Command::new(kcat());
    command
        .args([
            "-P", "-b", brokers, "-t", topic, "-p", "0", "-z", codec, "-K", "\t", "-Z", "-q",
        ])
        .args(["-X", "linger.ms=50"]);
    for header in headers {
        command.args(["-H", header]);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run kcat");
    {
        let mut stdin = child.stdin.take().expect("kcat's stdin");
        for line in lines {
            stdin.write_all(line.as_bytes()).expect("write to kcat");
            stdin.write_all(b"\n").expect("write to kcat");
        }
    }
    let output = child.wait_with_output().expect("wait for kcat");
    assert!(
        output.status.success(),
        "kcat -P failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Headers as (name, value) pairs with values as text, for comparing with
/// kcat's output.
pub fn header_pairs(headers: &[Header]) -> HeaderPairs {
    headers
        .iter()
        .map(|h| {
            let value = h
                .value
                .as_ref()
                .map(|v| String::from_utf8(v.to_vec()).expect("UTF-8 header values"));
            (h.key.clone(), value)
        })
        .collect()
}

/// The Kafka version the harness runs (`FERROKAFKA_KAFKA_VERSION`, else the
/// harness default), which decides the console tools' option names.
fn kafka_major() -> u32 {
    let version = std::env::var("FERROKAFKA_KAFKA_VERSION").unwrap_or_default();
    version
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(4)
}

/// `tests/kafka/run-class` with the harness's cluster directory, if known.
fn run_class() -> Command {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/kafka/run-class");
    let mut command = Command::new(script);
    if let Ok(dir) = std::env::var("FERROKAFKA_CLUSTER") {
        command.env("FERROKAFKA_CLUSTER_DIR", dir);
    }
    command
}

/// Separators and null marker for the Java console tools. ASCII, since the
/// JVM decodes its arguments in the locale's charset; control characters,
/// so that text data never holds them. (Binary data may, which is why the
/// consumer's output is compared whole rather than split.)
pub const JAVA_FIELD: &str = "\u{1e}";
pub const JAVA_LINE: &str = "\u{1d}\n";
pub const JAVA_HEADERS: &str = "\u{1f}";
pub const JAVA_NULL: &str = "\u{1}null\u{1}";

/// Reads `count` records of partition 0 with the Java console consumer,
/// printing timestamp, offset, headers, key and value with the separators
/// above. Returns its raw stdout.
pub fn java_consume(brokers: &str, topic: &str, count: usize) -> Vec<u8> {
    let option = if kafka_major() >= 4 {
        "--formatter-property"
    } else {
        "--property"
    };
    let mut command = run_class();
    command.args([
        "console-consumer",
        "--bootstrap-server",
        brokers,
        "--topic",
        topic,
    ]);
    command.args([
        "--partition",
        "0",
        "--offset",
        "earliest",
        "--timeout-ms",
        "60000",
    ]);
    command.args(["--max-messages", &count.to_string()]);
    for property in [
        "print.timestamp=true".to_owned(),
        "print.offset=true".to_owned(),
        "print.headers=true".to_owned(),
        "print.key=true".to_owned(),
        format!("key.separator={JAVA_FIELD}"),
        format!("line.separator={JAVA_LINE}"),
        format!("headers.separator={JAVA_HEADERS}"),
        format!("null.literal={JAVA_NULL}"),
    ] {
        command.args([option, &property]);
    }
    let output = command
        .stdin(Stdio::null())
        .output()
        .expect("run the Java console consumer");
    assert!(
        output.status.success(),
        "console consumer failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// What the Java console consumer prints for `record` at `offset` with the
/// options of [`java_consume`] (see Kafka's `DefaultMessageFormatter`).
pub fn java_rendering(offset: i64, record: &ferrokafka::record::Record) -> Vec<u8> {
    let nullable = |b: &Option<Bytes>| {
        b.as_deref()
            .map_or(JAVA_NULL.as_bytes().to_vec(), <[u8]>::to_vec)
    };
    let mut out = format!(
        "CreateTime:{}{JAVA_FIELD}Offset:{offset}{JAVA_FIELD}",
        record.timestamp
    )
    .into_bytes();
    if record.headers.is_empty() {
        out.extend_from_slice(b"NO_HEADERS");
    }
    for (i, header) in record.headers.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(JAVA_HEADERS.as_bytes());
        }
        out.extend_from_slice(header.key.as_bytes());
        out.push(b':');
        out.extend_from_slice(&nullable(&header.value));
    }
    out.extend_from_slice(JAVA_FIELD.as_bytes());
    out.extend_from_slice(&nullable(&record.key));
    out.extend_from_slice(JAVA_FIELD.as_bytes());
    out.extend_from_slice(&nullable(&record.value));
    out.extend_from_slice(JAVA_LINE.as_bytes());
    out
}

/// Produces `lines` to partition 0 with the Java console producer and the
/// given codec. Each line is `headers<TAB>key<TAB>value`, headers as
/// `name:value` joined by `,`; [`JAVA_NULL`] in place of a key, value or
/// header value stands for null.
pub fn java_produce(brokers: &str, topic: &str, codec: &str, lines: &[String]) {
    let option = if kafka_major() >= 4 {
        "--reader-property"
    } else {
        "--property"
    };
    let mut command = run_class();
    command.args([
        "console-producer",
        "--bootstrap-server",
        brokers,
        "--topic",
        topic,
    ]);
    command.args(["--compression-codec", codec]);
    for property in [
        "parse.key=true".to_owned(),
        "parse.headers=true".to_owned(),
        format!("null.marker={JAVA_NULL}"),
    ] {
        command.args([option, &property]);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the Java console producer");
    {
        let mut stdin = child.stdin.take().expect("the producer's stdin");
        for line in lines {
            stdin
                .write_all(line.as_bytes())
                .expect("write to the console producer");
            stdin
                .write_all(b"\n")
                .expect("write to the console producer");
        }
    }
    let output = child
        .wait_with_output()
        .expect("wait for the console producer");
    assert!(
        output.status.success(),
        "console producer failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
