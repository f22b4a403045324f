//! The consumer with manually assigned partitions, against a real broker:
//! reading back, seeking, resets, pause/resume and isolation levels.

mod common;
mod consumer_support;

use std::time::Duration;

use ferrokafka::consumer::{AutoOffsetReset, IsolationLevel, OffsetSpec, TopicPartition};
use ferrokafka::record::Header;

use consumer_support::{consumer, poll_n, produce, produce_in_transaction, records, summary, topic};

const WAIT: Duration = Duration::from_secs(30);

fn value(i: usize) -> String {
    format!("value-{i}")
}

#[tokio::test]
async fn assigned_partitions_read_back_from_a_seek_with_keys_headers_and_timestamps() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-read", 2).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..4, |i| 1_000 + i as i64)).await;
    produce(&cluster, &topic, 0, &records(4..10, |i| 1_000 + i as i64)).await;
    produce(&cluster, &topic, 1, &records(100..105, |i| 5_000 + i as i64)).await;

    let c = consumer(&brokers, |_| {}).await;
    let p0 = TopicPartition::new(&topic, 0);
    let p1 = TopicPartition::new(&topic, 1);
    c.assign([p0.clone(), p1.clone()]).await.expect("assign");
    c.seek(&p0, 3).expect("seek p0");
    c.seek_to(&p1, OffsetSpec::Earliest).expect("seek p1");

    let got = poll_n(&c, 12).await;
    let mut p0_got: Vec<_> = summary(&got).into_iter().filter(|r| r.0 == 0).collect();
    let p1_got: Vec<_> = summary(&got).into_iter().filter(|r| r.0 == 1).collect();
    p0_got.sort();
    assert_eq!(p0_got, (3..10).map(|i| (0, i as i64, value(i))).collect::<Vec<_>>());
    assert_eq!(p1_got, (0..5).map(|i| (1, i as i64, value(100 + i))).collect::<Vec<_>>());
    let r = got.iter().find(|r| r.partition == 0 && r.offset == 5).expect("offset 5");
    assert_eq!(r.topic, topic);
    assert_eq!(r.key.as_deref(), Some(&b"key-5"[..]));
    assert_eq!(r.timestamp, 1_005);
    assert_eq!(r.headers, vec![Header::new("h", "5"), Header::new("h", "dup")]);
    assert_eq!(c.position(&p0, WAIT).await.expect("position"), 10);
    assert_eq!(c.position(&p1, WAIT).await.expect("position"), 5);

    // Back to the start: the next record of p0 is offset 0, never one
    // fetched before the seek.
    c.seek(&p0, 0).expect("seek back");
    let again = poll_n(&c, 10).await;
    let p0_again: Vec<_> = summary(&again).into_iter().filter(|r| r.0 == 0).collect();
    assert_eq!(p0_again, (0..10).map(|i| (0, i as i64, value(i))).collect::<Vec<_>>());
    c.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn latest_is_the_default_and_reads_only_new_records() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-latest", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..5, |_| 1)).await;
    let c = consumer(&brokers, |_| {}).await;
    let tp = TopicPartition::new(&topic, 0);
    c.assign([tp.clone()]).await.expect("assign");
    assert_eq!(c.position(&tp, WAIT).await.expect("position"), 5);
    produce(&cluster, &topic, 0, &records(5..8, |_| 1)).await;
    let got = poll_n(&c, 3).await;
    assert_eq!(summary(&got), (5..8).map(|i| (0, i as i64, value(i))).collect::<Vec<_>>());
    c.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn auto_offset_reset_none_fails_naming_the_partition_until_it_is_sought() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-none", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..3, |_| 1)).await;
    let c = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::None).await;
    let tp = TopicPartition::new(&topic, 0);
    c.assign([tp.clone()]).await.expect("assign");
    let error = c.poll(Duration::from_millis(200)).await.expect_err("no position");
    assert_eq!(error.kind(), "OFFSET_OUT_OF_RANGE");
    assert!(error.to_string().contains(&format!("{topic}-0")), "{error}");
    assert!(error.to_string().contains("seek"), "{error}");
    assert!(c.position(&tp, WAIT).await.is_err());

    c.seek(&tp, 1).expect("seek");
    let got = poll_n(&c, 2).await;
    assert_eq!(summary(&got), vec![(0, 1, value(1)), (0, 2, value(2))]);

    // Out of range with `none`: an error naming the partition again.
    c.seek(&tp, 1_000).expect("seek past the end");
    let mut error = None;
    for _ in 0..40 {
        match c.poll(Duration::from_millis(500)).await {
            Err(e) => {
                error = Some(e);
                break;
            }
            Ok(records) => assert!(records.is_empty(), "records after an out-of-range seek: {records:?}"),
        }
    }
    let error = error.expect("an out-of-range error");
    assert_eq!(error.kind(), "OFFSET_OUT_OF_RANGE");
    assert!(error.to_string().contains(&format!("{topic}-0")), "{error}");
    c.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn out_of_range_positions_reset_per_policy() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-oor", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..4, |_| 1)).await;
    let tp = TopicPartition::new(&topic, 0);

    let earliest = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::Earliest).await;
    earliest.assign([tp.clone()]).await.expect("assign");
    earliest.seek(&tp, 999).expect("seek");
    let got = poll_n(&earliest, 4).await;
    assert_eq!(summary(&got), (0..4).map(|i| (0, i as i64, value(i))).collect::<Vec<_>>());
    earliest.close().await;

    let latest = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::Latest).await;
    latest.assign([tp.clone()]).await.expect("assign");
    latest.seek(&tp, 999).expect("seek");
    // The reset lands on the end of the log; only what is written after it
    // arrives.
    let mut position = 999;
    for _ in 0..40 {
        let _ = latest.poll(Duration::from_millis(250)).await.expect("poll");
        position = latest.position(&tp, WAIT).await.expect("position");
        if position != 999 {
            break;
        }
    }
    assert_eq!(position, 4);
    produce(&cluster, &topic, 0, &records(4..6, |_| 1)).await;
    let got = poll_n(&latest, 2).await;
    assert_eq!(summary(&got), vec![(0, 4, value(4)), (0, 5, value(5))]);
    latest.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn seek_to_timestamp_and_end() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-ts", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..5, |i| 10_000 * (i as i64 + 1))).await;
    let c = consumer(&brokers, |_| {}).await;
    let tp = TopicPartition::new(&topic, 0);
    c.assign([tp.clone()]).await.expect("assign");
    c.seek_to(&tp, OffsetSpec::Timestamp(25_000)).expect("seek");
    assert_eq!(c.position(&tp, WAIT).await.expect("position"), 2);
    let got = poll_n(&c, 3).await;
    assert_eq!(summary(&got), (2..5).map(|i| (0, i as i64, value(i))).collect::<Vec<_>>());
    // After every record: the end of the log.
    c.seek_to(&tp, OffsetSpec::Timestamp(1_000_000)).expect("seek");
    assert_eq!(c.position(&tp, WAIT).await.expect("position"), 5);
    c.seek_to(&tp, OffsetSpec::Earliest).expect("seek");
    assert_eq!(c.position(&tp, WAIT).await.expect("position"), 0);
    c.seek_to(&tp, OffsetSpec::Latest).expect("seek");
    assert_eq!(c.position(&tp, WAIT).await.expect("position"), 5);
    c.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn paused_partitions_deliver_nothing_until_resumed() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-pause", 2).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..3, |_| 1)).await;
    produce(&cluster, &topic, 1, &records(10..13, |_| 1)).await;
    let c = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::Earliest).await;
    let p0 = TopicPartition::new(&topic, 0);
    let p1 = TopicPartition::new(&topic, 1);
    c.assign([p0.clone(), p1.clone()]).await.expect("assign");
    c.pause(std::slice::from_ref(&p0)).expect("pause");
    assert_eq!(c.paused(), vec![p0.clone()]);
    let got = poll_n(&c, 3).await;
    assert_eq!(summary(&got), (0..3).map(|i| (1, i as i64, value(10 + i))).collect::<Vec<_>>());
    // Nothing more arrives while p0 is paused.
    let more = c.poll(Duration::from_millis(1_500)).await.expect("poll");
    assert!(more.is_empty(), "records from a paused partition: {:?}", summary(&more));
    c.resume(std::slice::from_ref(&p0)).expect("resume");
    let got = poll_n(&c, 3).await;
    assert_eq!(summary(&got), (0..3).map(|i| (0, i as i64, value(i))).collect::<Vec<_>>());
    c.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn read_committed_skips_aborted_transactions_and_read_uncommitted_sees_them() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-txn", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce_in_transaction(&cluster, &topic, 0, &records(0..3, |_| 1), true).await;
    produce_in_transaction(&cluster, &topic, 0, &records(3..6, |_| 1), false).await;
    produce(&cluster, &topic, 0, &records(6..7, |_| 1)).await;
    produce_in_transaction(&cluster, &topic, 0, &records(7..9, |_| 1), true).await;
    let tp = TopicPartition::new(&topic, 0);

    let committed = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::Earliest).await;
    assert_eq!(committed.config().isolation_level, IsolationLevel::ReadCommitted, "the default");
    committed.assign([tp.clone()]).await.expect("assign");
    let got = poll_n(&committed, 6).await;
    let values: Vec<String> = summary(&got).into_iter().map(|r| r.2).collect();
    assert_eq!(values, [0, 1, 2, 6, 7, 8].map(value).to_vec());
    // Transaction markers take offsets too (where exactly depends on when
    // the coordinator writes them), so offsets only have to increase.
    let offsets: Vec<i64> = got.iter().map(|r| r.offset).collect();
    assert!(offsets.windows(2).all(|w| w[0] < w[1]), "{offsets:?}");
    assert_eq!(&offsets[..3], &[0, 1, 2]);
    committed.close().await;

    let everything = consumer(&brokers, |c| {
        c.auto_offset_reset = AutoOffsetReset::Earliest;
        c.isolation_level = IsolationLevel::ReadUncommitted;
    })
    .await;
    everything.assign([tp.clone()]).await.expect("assign");
    let got = poll_n(&everything, 9).await;
    let values: Vec<String> = summary(&got).into_iter().map(|r| r.2).collect();
    assert_eq!(values, (0..9).map(value).collect::<Vec<_>>());
    everything.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn assigning_a_missing_topic_or_partition_fails() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-missing", 1).await;
    let c = consumer(&brokers, |_| {}).await;
    let error = c.assign([TopicPartition::new(&topic, 3)]).await.expect_err("no partition 3");
    assert_eq!(error.kind(), "UNKNOWN_TOPIC_OR_PARTITION");
    let error = c.assign([TopicPartition::new(common::unique("nope"), 0)]).await.expect_err("no topic");
    assert_eq!(error.kind(), "UNKNOWN_TOPIC_OR_PARTITION");
    c.close().await;
}

#[tokio::test]
async fn a_tiny_prefetch_bound_and_small_polls_still_deliver_everything_in_order() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-bounded", 3).await;
    let cluster = consumer_support::cluster(&brokers).await;
    for p in 0..3 {
        for chunk in 0..4 {
            let from = p as usize * 100 + chunk * 5;
            produce(&cluster, &topic, p, &records(from..from + 5, |_| 1)).await;
        }
    }
    let c = consumer(&brokers, |c| {
        c.auto_offset_reset = AutoOffsetReset::Earliest;
        c.max_prefetch_bytes = 1;
        c.max_partition_fetch_bytes = 64;
        c.max_poll_records = 3;
    })
    .await;
    c.assign((0..3).map(|p| TopicPartition::new(&topic, p))).await.expect("assign");
    let mut got = Vec::new();
    for _ in 0..400 {
        let batch = c.poll(Duration::from_millis(100)).await.expect("poll");
        assert!(batch.len() <= 3, "max_poll_records is honoured");
        got.extend(batch);
        if got.len() >= 60 {
            break;
        }
    }
    for p in 0..3 {
        let mine: Vec<_> = summary(&got).into_iter().filter(|r| r.0 == p).collect();
        let want: Vec<_> = (0..20).map(|i| (p, i as i64, value(p as usize * 100 + i))).collect();
        assert_eq!(mine, want, "partition {p}: every record once, in order");
    }
    c.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn read_committed_holds_back_an_open_transaction_until_it_commits() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-open-txn", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..2, |_| 1)).await;
    let open = consumer_support::begin_transaction(&cluster, &topic, 0, &records(2..4, |_| 1)).await;
    // A plain record after the open transaction: above the last stable offset.
    produce(&cluster, &topic, 0, &records(4..5, |_| 1)).await;
    let tp = TopicPartition::new(&topic, 0);

    let uncommitted = consumer(&brokers, |c| {
        c.auto_offset_reset = AutoOffsetReset::Earliest;
        c.isolation_level = IsolationLevel::ReadUncommitted;
    })
    .await;
    uncommitted.assign([tp.clone()]).await.expect("assign");
    let all = poll_n(&uncommitted, 5).await;
    assert_eq!(summary(&all).into_iter().map(|r| r.2).collect::<Vec<_>>(), (0..5).map(value).collect::<Vec<_>>());
    uncommitted.close().await;

    let committed = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::Earliest).await;
    committed.assign([tp.clone()]).await.expect("assign");
    let before = poll_n(&committed, 2).await;
    assert_eq!(summary(&before).into_iter().map(|r| r.2).collect::<Vec<_>>(), vec![value(0), value(1)]);
    // Nothing past the last stable offset while the transaction is open.
    let held = committed.poll(Duration::from_millis(1_500)).await.expect("poll");
    assert!(held.is_empty(), "records past the last stable offset: {:?}", summary(&held));
    assert_eq!(committed.position(&tp, WAIT).await.expect("position"), 2);

    open.end(true).await;
    let after = poll_n(&committed, 3).await;
    assert_eq!(summary(&after).into_iter().map(|r| r.2).collect::<Vec<_>>(), vec![value(2), value(3), value(4)]);
    committed.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_seek_discards_records_already_fetched() {
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-fence", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    produce(&cluster, &topic, 0, &records(0..10, |_| 1)).await;
    let c = consumer(&brokers, |c| {
        c.auto_offset_reset = AutoOffsetReset::Earliest;
        c.max_poll_records = 1;
    })
    .await;
    let tp = TopicPartition::new(&topic, 0);
    c.assign([tp.clone()]).await.expect("assign");
    // One record delivered; the other nine of the batch are buffered.
    let first = poll_n(&c, 1).await;
    assert_eq!(summary(&first), vec![(0, 0, value(0))]);
    c.seek(&tp, 7).expect("seek forward");
    let next = poll_n(&c, 1).await;
    assert_eq!(summary(&next), vec![(0, 7, value(7))], "nothing fetched before the seek is delivered after it");
    c.seek(&tp, 2).expect("seek back");
    let next = poll_n(&c, 1).await;
    assert_eq!(summary(&next), vec![(0, 2, value(2))]);
    c.close().await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn compressed_batches_of_every_codec_read_back() {
    use ferrokafka::record::Compression;
    let brokers = common::brokers();
    let topic = topic(&brokers, "consumer-codecs", 1).await;
    let cluster = consumer_support::cluster(&brokers).await;
    let codecs = [
        Compression::None,
        Compression::Gzip { level: None },
        Compression::Snappy,
        Compression::Lz4,
        Compression::Zstd { level: None },
    ];
    for (i, codec) in codecs.into_iter().enumerate() {
        consumer_support::produce_compressed(&cluster, &topic, 0, &records(i * 10..i * 10 + 10, |_| 1), codec).await;
    }
    let c = consumer(&brokers, |c| c.auto_offset_reset = AutoOffsetReset::Earliest).await;
    let tp = TopicPartition::new(&topic, 0);
    c.assign([tp.clone()]).await.expect("assign");
    // Start inside the gzip batch: records before the position are skipped.
    c.seek(&tp, 13).expect("seek");
    let got = poll_n(&c, 37).await;
    assert_eq!(summary(&got), (13..50).map(|i| (0, i as i64, value(i))).collect::<Vec<_>>());
    c.close().await;
    cluster.shutdown().await;
}
