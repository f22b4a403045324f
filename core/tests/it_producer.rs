//! The producer against a real 1-node broker: codecs, order and headers,
//! Java-compatible key placement, partitioners, flush, back-pressure, and
//! the errors users meet (missing topic, no broker, record too large,
//! batches the broker finds too large).

mod common;
mod producer_support;

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use ferrokafka::admin::NewTopic;
use ferrokafka::cluster::ClientConfig;
use ferrokafka::producer::{Message, PartitionerKind, Producer, ProducerConfig, ProducerRecord};
use ferrokafka::record::{Compression, CompressionCodec, Header};
use ferrokafka::Error;

async fn producer(config: ProducerConfig) -> Producer {
    let client = ClientConfig::from_bootstrap(&common::brokers()).expect("bootstrap");
    Producer::connect(client, config)
        .await
        .expect("producer connects")
}

async fn topic(partitions: i32) -> String {
    let name = common::unique("it-producer");
    common::admin(&common::brokers())
        .await
        .create_topic(NewTopic::new(&name, partitions, 1))
        .await
        .expect("create");
    name
}

/// A message whose value names it, with varied keys, nulls and headers.
fn message(i: usize) -> Message {
    let mut m = Message::new().value(format!("value-{i}"));
    if i % 7 != 3 {
        m = m.key(format!("key-{}", i % 50));
    }
    if i % 11 == 5 {
        m.value = None;
    }
    m = m
        .header("trace", format!("t{i}"))
        .header("dup", "first")
        .header("dup", "second");
    if i.is_multiple_of(5) {
        m.headers.push(Header::null("nullable"));
    }
    m.timestamp(1_700_000_000_000 + i as i64)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_codec_round_trips_with_order_headers_and_timestamps() {
    let codecs = [
        (Compression::None, CompressionCodec::None),
        (Compression::Gzip { level: Some(1) }, CompressionCodec::Gzip),
        (Compression::Snappy, CompressionCodec::Snappy),
        (Compression::Lz4, CompressionCodec::Lz4),
        (Compression::Zstd { level: Some(5) }, CompressionCodec::Zstd),
    ];
    for (compression, codec) in codecs {
        let name = topic(3).await;
        let p = producer(ProducerConfig {
            compression,
            linger: Duration::from_millis(20),
            ..Default::default()
        })
        .await;
        let sent: Vec<Message> = (0..600).map(message).collect();
        let results = p.send_batch(&name, sent.clone()).await;
        assert_eq!(results.len(), sent.len());
        let mut expected: HashMap<i32, Vec<(i64, Message)>> = HashMap::new();
        for (m, r) in sent.into_iter().zip(results) {
            let meta = r.unwrap_or_else(|e| panic!("{codec:?}: send failed: {e}"));
            assert_eq!(meta.topic, name);
            assert_eq!(meta.timestamp, m.timestamp.expect("set"));
            expected
                .entry(meta.partition)
                .or_default()
                .push((meta.offset, m));
        }
        assert!(expected.len() > 1, "keys spread over partitions");
        for (partition, sent) in expected {
            let read = producer_support::read_partition(p.cluster(), &name, partition).await;
            assert!(
                read.codecs.iter().all(|c| *c == codec),
                "{codec:?}: batches used {:?}",
                read.codecs
            );
            assert!(
                read.producer_ids.iter().all(|id| *id >= 0),
                "idempotent batches carry a producer id"
            );
            assert_eq!(
                read.records.len(),
                sent.len(),
                "{codec:?}: records of partition {partition}"
            );
            for ((offset, m), r) in sent.iter().zip(&read.records) {
                assert_eq!(r.offset, *offset);
                assert_eq!(r.key, m.key);
                assert_eq!(r.value, m.value);
                assert_eq!(r.headers, m.headers);
                assert_eq!(Some(r.timestamp), m.timestamp);
            }
        }
        p.close(Duration::from_secs(10)).await.expect("close");
    }
}

/// Produces `key-i` records with kcat's murmur2 partitioner (what the Java
/// client does) and with ours, and compares where each key landed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_land_on_the_partitions_the_java_partitioner_picks() {
    const KEYS: usize = 1500;
    let name = topic(7).await;
    let keys: Vec<String> = (0..KEYS)
        .map(|i| format!("user-{i}-{}", i * 7919))
        .collect();

    let mut child = Command::new("kcat")
        .args([
            "-P",
            "-b",
            &common::brokers(),
            "-t",
            &name,
            "-K",
            "\t",
            "-X",
            "partitioner=murmur2_random",
            "-q",
        ])
        .stdin(Stdio::piped())
        .spawn()
        .expect("run kcat");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        for key in &keys {
            writeln!(stdin, "{key}\tfrom-kcat").expect("write");
        }
    }
    assert!(child.wait().expect("kcat").success());
    let output = Command::new("kcat")
        .args([
            "-C",
            "-b",
            &common::brokers(),
            "-t",
            &name,
            "-e",
            "-q",
            "-f",
            "%k\t%p\n",
        ])
        .output()
        .expect("kcat -C");
    assert!(output.status.success());
    let theirs: HashMap<String, i32> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, p)| (k.to_owned(), p.parse().expect("partition")))
        .collect();
    assert_eq!(theirs.len(), KEYS, "kcat read back every key");

    let p = producer(ProducerConfig::default()).await;
    let messages = keys
        .iter()
        .map(|k| Message::new().key(k.clone()).value("ours"))
        .collect();
    let results = p.send_batch(&name, messages).await;
    let mut used = std::collections::BTreeSet::new();
    for (key, result) in keys.iter().zip(results) {
        let ours = result.expect("send").partition;
        used.insert(ours);
        assert_eq!(Some(&ours), theirs.get(key), "key {key}");
    }
    assert_eq!(used.len(), 7, "the keys cover every partition");
    p.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn round_robin_custom_and_explicit_partitions_are_honoured() {
    let name = topic(4).await;
    let rr = producer(ProducerConfig {
        partitioner: PartitionerKind::RoundRobin,
        ..Default::default()
    })
    .await;
    let results = rr
        .send_batch(
            &name,
            (0..8)
                .map(|i| Message::new().key("same").value(format!("{i}")))
                .collect(),
        )
        .await;
    let partitions: Vec<i32> = results
        .into_iter()
        .map(|r| r.expect("send").partition)
        .collect();
    assert_eq!(partitions, [0, 1, 2, 3, 0, 1, 2, 3]);

    let custom = producer(ProducerConfig {
        partitioner: PartitionerKind::Custom(Arc::new(
            |_: &str, key: Option<&[u8]>, _: Option<&[u8]>, n: i32| {
                key.map_or(0, |k| k.len() as i32 % n)
            },
        )),
        ..Default::default()
    })
    .await;
    let meta = custom
        .send(ProducerRecord::new(&name, Message::new().key("abc")))
        .await
        .expect("send");
    assert_eq!(meta.partition, 3);
    let meta = custom
        .send(ProducerRecord::new(
            &name,
            Message::new().key("abc").partition(1),
        ))
        .await
        .expect("send");
    assert_eq!(meta.partition, 1, "an explicit partition wins");
    let error = custom
        .send(ProducerRecord::new(&name, Message::new().partition(9)))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("partitions 0 to 3"), "{error}");

    // Keyless records stick to one partition for a batch's worth of bytes.
    let sticky = producer(ProducerConfig::default()).await;
    let results = sticky
        .send_batch(
            &name,
            (0..50)
                .map(|i| Message::new().value(format!("{i}")))
                .collect(),
        )
        .await;
    let partitions: std::collections::BTreeSet<i32> = results
        .into_iter()
        .map(|r| r.expect("send").partition)
        .collect();
    assert_eq!(
        partitions.len(),
        1,
        "keyless records of one small burst share a partition"
    );
    for p in [rr, custom, sticky] {
        p.close(Duration::from_secs(10)).await.expect("close");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyless_records_spread_over_every_partition_a_batch_at_a_time() {
    let name = topic(6).await;
    // About 20 records of ~110 bytes per 2 KiB switch: some 150 moves.
    let p = producer(ProducerConfig {
        max_batch_bytes: 2048,
        ..Default::default()
    })
    .await;
    let sent: Vec<Message> = (0..3_000)
        .map(|i| Message::new().value(format!("{i:06}-{}", "v".repeat(100))))
        .collect();
    let results = p.send_batch(&name, sent).await;
    let mut per_partition: HashMap<i32, Vec<usize>> = HashMap::new();
    for (i, result) in results.into_iter().enumerate() {
        per_partition
            .entry(result.expect("send").partition)
            .or_default()
            .push(i);
    }
    assert_eq!(
        per_partition.len(),
        6,
        "keyless records reached every partition: {:?}",
        per_partition.iter().map(|(p, r)| (p, r.len())).collect::<Vec<_>>()
    );
    // Sticky, not per record: consecutive records mostly share a partition.
    let runs: usize = per_partition
        .values()
        .map(|records| 1 + records.windows(2).filter(|w| w[1] != w[0] + 1).count())
        .sum();
    assert!(runs < 600, "{runs} runs for 3,000 records: not sticky");
    for partition in 0..6 {
        let read = producer_support::read_partition(p.cluster(), &name, partition).await;
        assert_eq!(read.records.len(), per_partition[&partition].len());
    }
    p.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn flush_sends_without_waiting_for_linger() {
    let name = topic(1).await;
    let p = producer(ProducerConfig {
        linger: Duration::from_secs(600),
        delivery_timeout: Duration::from_secs(900),
        ..Default::default()
    })
    .await;
    // Metadata first, so that send_batch hands its records over on its first poll.
    p.cluster().topic(&name).await.expect("metadata");
    let batch = p.send_batch(
        &name,
        (0..10)
            .map(|i| Message::new().value(format!("{i}")))
            .collect(),
    );
    let flush = async {
        tokio::task::yield_now().await;
        p.flush().await
    };
    let both = tokio::time::timeout(Duration::from_secs(120), async {
        tokio::join!(batch, flush)
    });
    let (results, flushed) = both.await.expect("flush must not wait out a 600 s linger");
    flushed.expect("flush");
    assert!(results.iter().all(Result::is_ok));
    p.close(Duration::from_secs(10)).await.expect("close");
    let after = p
        .send(ProducerRecord::new(&name, Message::new().value("late")))
        .await
        .unwrap_err();
    assert!(matches!(after, Error::Shutdown), "{after:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_small_buffer_applies_back_pressure_without_losing_records() {
    let name = topic(2).await;
    let p = producer(ProducerConfig {
        buffer_memory: 16 * 1024,
        max_batch_bytes: 4 * 1024,
        max_request_size: 16 * 1024,
        ..Default::default()
    })
    .await;
    let value = Bytes::from(vec![b'x'; 500]);
    let messages: Vec<Message> = (0..2000)
        .map(|i| Message::new().key(format!("{i}")).value(value.clone()))
        .collect();
    let results = tokio::time::timeout(Duration::from_secs(300), p.send_batch(&name, messages))
        .await
        .expect("back-pressure must not deadlock");
    assert!(
        results.iter().all(Result::is_ok),
        "{:?}",
        results.iter().find(|r| r.is_err())
    );
    let mut total = 0;
    for partition in 0..2 {
        total += producer_support::read_partition(p.cluster(), &name, partition)
            .await
            .records
            .len();
    }
    assert_eq!(total, 2000);
    p.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_topic_fails_with_an_error_naming_it() {
    let p = producer(ProducerConfig {
        max_block: Duration::from_millis(1500),
        ..Default::default()
    })
    .await;
    let name = common::unique("it-producer-missing");
    let error = p
        .send(ProducerRecord::new(&name, Message::new().value("x")))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::UnknownTopic { .. }), "{error:?}");
    assert!(error.to_string().contains(&name), "{error}");
    let results = p
        .send_batch(&name, vec![Message::new(), Message::new()])
        .await;
    assert_eq!(results.len(), 2);
    assert!(results
        .iter()
        .all(|r| matches!(r, Err(Error::UnknownTopic { .. }))));
    p.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_reachable_broker_is_a_clear_error() {
    let client = ClientConfig::from_bootstrap(&common::closed_port()).expect("bootstrap");
    let error = Producer::connect(client, ProducerConfig::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::NoBrokerReachable { .. }),
        "{error:?}"
    );
    assert!(error.to_string().contains("bootstrap_servers"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_too_large_fails_alone_before_sending() {
    let name = topic(1).await;
    let p = producer(ProducerConfig::default()).await;
    let big = Bytes::from(vec![0u8; 2 * 1024 * 1024]);
    let results = p
        .send_batch(
            &name,
            vec![
                Message::new().value("a"),
                Message::new().value(big),
                Message::new().value("c"),
            ],
        )
        .await;
    assert!(results[0].is_ok() && results[2].is_ok(), "{results:?}");
    let error = results[1].as_ref().unwrap_err();
    assert!(matches!(error, Error::RecordTooLarge { .. }), "{error:?}");
    assert!(error.to_string().contains("max_batch_bytes"), "{error}");
    let read = producer_support::read_partition(p.cluster(), &name, 0).await;
    let values: Vec<_> = read.records.iter().map(|r| r.value.clone()).collect();
    assert_eq!(values, [Some(Bytes::from("a")), Some(Bytes::from("c"))]);
    p.close(Duration::from_secs(10)).await.expect("close");
}

/// The topic accepts batches of at most 8 KB; the producer's 1 MiB batches
/// come back MESSAGE_TOO_LARGE and must be split until they fit, keeping
/// order and sending every record once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batches_the_broker_rejects_as_too_large_are_split() {
    let name = common::unique("it-producer-split");
    common::admin(&common::brokers())
        .await
        .create_topic(NewTopic::new(&name, 1, 1).config("max.message.bytes", "8000"))
        .await
        .expect("create");
    let p = producer(ProducerConfig {
        linger: Duration::from_millis(50),
        ..Default::default()
    })
    .await;
    let messages: Vec<Message> = (0..200)
        .map(|i| Message::new().value(format!("{i:0>300}")))
        .collect();
    let results = p.send_batch(&name, messages.clone()).await;
    assert!(
        results.iter().all(Result::is_ok),
        "{:?}",
        results.iter().find(|r| r.is_err())
    );
    let read = producer_support::read_partition(p.cluster(), &name, 0).await;
    let values: Vec<_> = read.records.iter().map(|r| r.value.clone()).collect();
    let sent: Vec<_> = messages.into_iter().map(|m| m.value).collect();
    assert_eq!(values, sent);
    assert!(
        read.codecs.len() > 1,
        "the records arrived in several batches"
    );
    p.close(Duration::from_secs(10)).await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acks_none_reports_unknown_offsets_and_the_records_arrive() {
    let name = topic(1).await;
    let p = producer(ProducerConfig {
        acks: ferrokafka::producer::Acks::None,
        idempotence: false,
        ..Default::default()
    })
    .await;
    let results = p
        .send_batch(
            &name,
            (0..100)
                .map(|i| Message::new().value(format!("{i}")))
                .collect(),
        )
        .await;
    assert!(
        results
            .iter()
            .all(|r| r.as_ref().is_ok_and(|m| m.offset == -1)),
        "{:?}",
        results.first()
    );
    p.flush().await.expect("flush");
    // Nothing acknowledges these records, so read until all are there.
    let mut read = Vec::new();
    for _ in 0..50 {
        read = producer_support::read_partition(p.cluster(), &name, 0)
            .await
            .records;
        if read.len() >= 100 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let values: Vec<_> = read
        .iter()
        .map(|r| r.value.clone().expect("value"))
        .collect();
    let sent: Vec<Bytes> = (0..100).map(|i| Bytes::from(format!("{i}"))).collect();
    assert_eq!(values, sent);
    p.close(Duration::from_secs(10)).await.expect("close");
}
