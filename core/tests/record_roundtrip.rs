//! Property tests: whatever the writer writes, the reader reads back equal.

use bytes::{Bytes, BytesMut};
use ferrokafka::record::{
    BatchParams, Compression, Entry, Header, ReadOptions, ReadRecord, Record, RecordBatchBuilder,
    RecordBatches,
};
use proptest::prelude::*;

fn bytes(max: usize) -> impl Strategy<Value = Option<Bytes>> {
    prop::option::weighted(
        0.85,
        prop::collection::vec(any::<u8>(), 0..max).prop_map(Bytes::from),
    )
}

fn header() -> impl Strategy<Value = Header> {
    // A small key alphabet makes duplicate keys common; "" and non-ASCII too.
    let key = prop_oneof![
        Just(String::new()),
        Just("trace".to_string()),
        Just("dup".to_string()),
        Just("ключ".to_string()),
        "[a-z]{1,12}",
    ];
    (key, bytes(40)).prop_map(|(key, value)| Header { key, value })
}

fn record() -> impl Strategy<Value = Record> {
    let timestamp = prop_oneof![
        1_500_000_000_000i64..1_900_000_000_000,
        any::<i64>(),
        Just(-1i64)
    ];
    (
        bytes(64),
        bytes(300),
        prop::collection::vec(header(), 0..6),
        timestamp,
    )
        .prop_map(|(key, value, headers, timestamp)| Record {
            key,
            value,
            headers,
            timestamp,
        })
}

fn compression() -> impl Strategy<Value = Compression> {
    prop_oneof![
        Just(Compression::None),
        prop::option::of(0..=9i32).prop_map(|level| Compression::Gzip { level }),
        Just(Compression::Snappy),
        Just(Compression::Lz4),
        prop::option::of(-5..=9i32).prop_map(|level| Compression::Zstd { level }),
    ]
}

/// Writes each inner vector as one batch, offsets following on, all into
/// one buffer as a fetch response would hold them.
fn write_batches(batches: &[Vec<Record>], compression: Compression) -> Bytes {
    let mut out = BytesMut::new();
    let mut builder = RecordBatchBuilder::new(BatchParams::default());
    let mut next_offset = 0i64;
    for records in batches {
        builder.reset(BatchParams {
            base_offset: next_offset,
            compression,
            ..BatchParams::default()
        });
        for r in records {
            builder.append(r).unwrap();
        }
        builder.finish_into(&mut out).unwrap();
        next_offset += records.len() as i64;
    }
    out.freeze()
}

fn read_all(data: Bytes, options: ReadOptions) -> Vec<ReadRecord> {
    let mut batches = RecordBatches::with_options(data, options);
    let mut out = Vec::new();
    for batch in &mut batches {
        for entry in batch.unwrap().records().unwrap() {
            match entry.unwrap() {
                Entry::Record(r) => out.push(r),
                Entry::Control(c) => panic!("unexpected control record {c:?}"),
            }
        }
    }
    assert!(batches.truncated_tail().is_none());
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn written_batches_read_back_equal(
        batches in prop::collection::vec(prop::collection::vec(record(), 1..25), 1..4),
        compression in compression(),
    ) {
        let data = write_batches(&batches, compression);
        let read = read_all(data, ReadOptions::default());
        let expected: Vec<Record> = batches.into_iter().flatten().collect();
        prop_assert_eq!(read.len(), expected.len());
        for (i, (got, want)) in read.into_iter().zip(expected).enumerate() {
            prop_assert_eq!(got.offset, i as i64);
            prop_assert_eq!(got.into_record(), want);
        }
    }

    #[test]
    fn records_below_min_offset_are_skipped(
        batches in prop::collection::vec(prop::collection::vec(record(), 1..10), 1..4),
        compression in compression(),
        min_fraction in 0.0f64..1.2,
    ) {
        let total: usize = batches.iter().map(Vec::len).sum();
        let min_offset = (total as f64 * min_fraction) as i64;
        let data = write_batches(&batches, compression);
        let read = read_all(data, ReadOptions { min_offset, ..ReadOptions::default() });
        let offsets: Vec<i64> = read.iter().map(|r| r.offset).collect();
        let expected: Vec<i64> = (min_offset.max(0)..total as i64).collect();
        prop_assert_eq!(offsets, expected);
    }

    #[test]
    fn reported_size_is_the_uncompressed_batch_size(records in prop::collection::vec(record(), 1..30)) {
        let mut builder = RecordBatchBuilder::new(BatchParams::default());
        for r in &records {
            let before = builder.size_in_bytes();
            let predicted = builder.record_size(r).unwrap();
            prop_assert_eq!(builder.append(r).unwrap(), predicted);
            prop_assert_eq!(builder.size_in_bytes(), before + predicted);
        }
        let size = builder.size_in_bytes();
        prop_assert_eq!(builder.finish().unwrap().len(), size);
    }
}

#[test]
fn builder_is_reusable_across_codecs() {
    let record = Record {
        key: Some(Bytes::from_static(b"k")),
        value: Some(Bytes::from(vec![b'v'; 5000])),
        headers: vec![
            Header::new("a", "1"),
            Header::new("a", "2"),
            Header::null("a"),
        ],
        timestamp: 42,
    };
    let mut builder = RecordBatchBuilder::new(BatchParams::default());
    for compression in [
        Compression::Zstd { level: None },
        Compression::None,
        Compression::Lz4,
        Compression::Snappy,
        Compression::Gzip { level: Some(9) },
        Compression::None,
    ] {
        builder.reset(BatchParams {
            compression,
            ..BatchParams::default()
        });
        builder.append(&record).unwrap();
        builder.append(&record).unwrap();
        let batch = builder.finish().unwrap();
        if compression != Compression::None {
            assert!(
                batch.len() < 5000,
                "{compression:?} should shrink repetitive data: {}",
                batch.len()
            );
        }
        let read = read_all(batch, ReadOptions::default());
        assert_eq!(read.len(), 2, "{compression:?}");
        assert!(read.into_iter().all(|r| r.into_record() == record));
    }
}
