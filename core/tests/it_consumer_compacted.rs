//! A compacted topic read from the beginning: the broker's log cleaner has
//! removed superseded records, so offsets have gaps; the consumer must step
//! over them without hanging and deliver the latest value of every key.

mod common;
mod consumer_support;
mod producer_support;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use bytes::Bytes;
use ferrokafka::admin::NewTopic;
use ferrokafka::consumer::{AutoOffsetReset, OffsetSpec, TopicPartition};
use ferrokafka::record::Record;

use consumer_support::{cluster, consumer, produce};

const KEYS: usize = 40;
const ROUNDS: usize = 8;

/// Now, in milliseconds: segments roll on record timestamps, so they must
/// advance like the clock.
fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("clock").as_millis() as i64
}

/// The last round that writes key `k`: latest values end up spread over
/// every segment, so compaction leaves gaps all through the log.
fn last_round(k: usize) -> usize {
    k % ROUNDS
}

/// Round `r` writes every key whose last round is `r` or later.
fn round(r: usize) -> Vec<Record> {
    (0..KEYS)
        .filter(|&k| last_round(k) >= r)
        .map(|k| Record {
            key: Some(Bytes::from(format!("k{k:02}"))),
            value: Some(Bytes::from(format!("k{k:02}-r{r}"))),
            headers: Vec::new(),
            timestamp: now_ms(),
        })
        .collect()
}

#[tokio::test]
async fn a_compacted_topic_reads_with_offset_gaps_and_the_latest_value_of_every_key() {
    let brokers = common::brokers();
    let name = common::unique("it-compacted");
    common::admin(&brokers)
        .await
        .create_topic(
            NewTopic::new(&name, 1, 1)
                .config("cleanup.policy", "compact")
                .config("segment.ms", "100")
                .config("min.cleanable.dirty.ratio", "0.01")
                .config("min.compaction.lag.ms", "0"),
        )
        .await
        .expect("create");
    let cluster = cluster(&brokers).await;
    // One segment per round: a segment rolls on the first append whose
    // timestamp is `segment.ms` past the segment's first one.
    for r in 0..ROUNDS {
        produce(&cluster, &name, 0, &round(r)).await;
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    // Rolls the last round's segment so the cleaner may take it too.
    let sentinel = Record {
        key: Some(Bytes::from_static(b"end")),
        value: Some(Bytes::from_static(b"end")),
        headers: Vec::new(),
        timestamp: now_ms(),
    };
    let last_offset = produce(&cluster, &name, 0, &[sentinel]).await;
    let written = (0..ROUNDS).map(|r| round(r).len()).sum::<usize>() + 1;
    assert_eq!(last_offset as usize, written - 1);

    // The cleaner looks every 15 s (log.cleaner.backoff.ms).
    let started = Instant::now();
    let mut remaining = producer_support::read_partition(&cluster, &name, 0).await.records.len();
    while remaining == written {
        assert!(started.elapsed() < Duration::from_secs(180), "the broker did not compact the topic in 3 minutes");
        tokio::time::sleep(Duration::from_secs(2)).await;
        remaining = producer_support::read_partition(&cluster, &name, 0).await.records.len();
    }

    let c = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::Earliest).await;
    let tp = TopicPartition::new(name.clone(), 0);
    c.assign([tp.clone()]).await.expect("assign");
    c.seek_to(&tp, OffsetSpec::Earliest).expect("seek to the beginning");
    let mut offsets = Vec::new();
    let mut latest: BTreeMap<String, String> = BTreeMap::new();
    let mut empty_polls = 0;
    while offsets.last() != Some(&last_offset) {
        let batch = c.poll(Duration::from_millis(500)).await.expect("poll");
        if batch.is_empty() {
            empty_polls += 1;
            assert!(empty_polls < 40, "stuck after offset {:?} of {last_offset}", offsets.last());
        }
        for record in batch {
            offsets.push(record.offset);
            let key = String::from_utf8(record.key.expect("a key").to_vec()).expect("utf-8");
            let value = String::from_utf8(record.value.expect("a value").to_vec()).expect("utf-8");
            latest.insert(key, value);
        }
    }
    c.close().await;

    assert!(offsets.windows(2).all(|w| w[0] < w[1]), "offsets increase");
    assert!(offsets.len() < written, "compaction left gaps: {} of {written} offsets", offsets.len());
    let gaps = offsets.windows(2).filter(|w| w[1] > w[0] + 1).count();
    assert!(gaps > 0, "some offsets are skipped");
    assert_eq!(latest.len(), KEYS + 1, "every key is there");
    for k in 0..KEYS {
        assert_eq!(latest[&format!("k{k:02}")], format!("k{k:02}-r{}", last_round(k)), "latest value of k{k:02}");
    }
}
