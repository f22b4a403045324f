//! The reader on inputs a broker or a broken peer may send: partial batches,
//! corruption, old formats, control batches, bombs.

mod record_support;

use bytes::{Bytes, BytesMut};
use ferrokafka::record::{
    BatchParams, Compression, CompressionCodec, ControlRecord, ControlRecordType, Entry, Header,
    ReadOptions, Record, RecordBatchBuilder, RecordBatches, RecordError, TimestampType,
    TruncatedTail,
};
use record_support::{fix_crc, reseal};

fn record(i: i64) -> Record {
    Record {
        key: Some(Bytes::from(format!("k{i}"))),
        value: Some(Bytes::from(format!("value-{i}"))),
        headers: vec![Header::new("h", "x")],
        timestamp: 1_000 + i,
    }
}

/// One batch of `n` records starting at `base_offset`.
fn batch(base_offset: i64, n: i64, compression: Compression) -> Bytes {
    let mut builder = RecordBatchBuilder::new(BatchParams {
        base_offset,
        compression,
        ..BatchParams::default()
    });
    for i in 0..n {
        builder.append(&record(base_offset + i)).unwrap();
    }
    builder.finish().unwrap()
}

fn concat(parts: &[&[u8]]) -> Bytes {
    let mut out = BytesMut::new();
    for p in parts {
        out.extend_from_slice(p);
    }
    out.freeze()
}

fn no_crc() -> ReadOptions {
    ReadOptions {
        verify_crc: false,
        ..ReadOptions::default()
    }
}

/// All offsets, or the first error.
fn offsets(data: Bytes, options: ReadOptions) -> Result<Vec<i64>, RecordError> {
    let mut out = Vec::new();
    for b in RecordBatches::with_options(data, options) {
        for e in b?.records()? {
            out.push(e?.offset());
        }
    }
    Ok(out)
}

#[test]
fn a_truncated_last_batch_ends_iteration_cleanly_at_every_cut() {
    for compression in [Compression::None, Compression::Zstd { level: None }] {
        let (a, b, c) = (
            batch(0, 3, compression),
            batch(3, 2, compression),
            batch(5, 4, compression),
        );
        let whole = concat(&[&a, &b, &c]);
        let tail_start = a.len() + b.len();
        for cut in tail_start..whole.len() {
            let mut batches = RecordBatches::new(whole.slice(..cut));
            let read: Vec<_> = batches.by_ref().map(|b| b.unwrap().base_offset()).collect();
            assert_eq!(read, [0, 3], "cut at {cut}");
            let available = cut - tail_start;
            let expected = (available > 0).then(|| TruncatedTail {
                position: tail_start,
                available,
                base_offset: (available >= 8).then_some(5),
                batch_size: (available >= 12).then_some(c.len()),
            });
            assert_eq!(batches.truncated_tail(), expected.as_ref(), "cut at {cut}");
        }
        // Nothing cut: no tail reported.
        let mut batches = RecordBatches::new(whole.clone());
        assert_eq!(batches.by_ref().count(), 3);
        assert_eq!(batches.truncated_tail(), None);
        assert_eq!(batches.position(), whole.len());
    }
}

#[test]
fn a_fetch_holding_only_part_of_one_batch_reports_it() {
    let b = batch(40, 5, Compression::None);
    let mut batches = RecordBatches::new(b.slice(..30));
    assert!(batches.next().is_none());
    let tail = batches.truncated_tail().unwrap();
    assert_eq!(
        (
            tail.position,
            tail.available,
            tail.base_offset,
            tail.batch_size
        ),
        (0, 30, Some(40), Some(b.len()))
    );
}

#[test]
fn crc_mismatch_is_reported_and_the_next_batch_still_read() {
    let (a, b) = (
        batch(0, 2, Compression::None),
        batch(2, 2, Compression::None),
    );
    let mut bad = a.to_vec();
    let last = bad.len() - 1;
    bad[last] ^= 0x01;
    let data = concat(&[&bad, &b]);
    let mut batches = RecordBatches::new(data.clone());
    match batches.next() {
        Some(Err(RecordError::CrcMismatch {
            base_offset: 0,
            stored,
            computed,
        })) => assert_ne!(stored, computed),
        other => panic!("expected a CRC mismatch, got {other:?}"),
    }
    assert_eq!(batches.next().unwrap().unwrap().base_offset(), 2);
    assert!(batches.next().is_none());
    // Without verification the damaged batch is handed out.
    assert_eq!(
        RecordBatches::with_options(data, no_crc())
            .filter(Result::is_ok)
            .count(),
        2
    );
}

#[test]
fn fields_outside_the_crc_may_change_without_a_mismatch() {
    // Brokers rewrite base offset and leader epoch without touching the CRC.
    let mut b = batch(0, 2, Compression::None).to_vec();
    b[..8].copy_from_slice(&1000i64.to_be_bytes());
    b[12..16].copy_from_slice(&7i32.to_be_bytes());
    let batch = RecordBatches::new(Bytes::from(b)).next().unwrap().unwrap();
    assert_eq!(
        (batch.base_offset(), batch.header().partition_leader_epoch),
        (1000, 7)
    );
    assert_eq!(
        batch
            .records()
            .unwrap()
            .map(|e| e.unwrap().offset())
            .collect::<Vec<_>>(),
        [1000, 1001]
    );
}

#[test]
fn old_message_formats_give_a_clear_error_and_are_stepped_over() {
    // A v1 message: offset, size, crc, magic 1, attributes, timestamp, null
    // key, value "hi". (Its CRC is not checked: the format is refused first.)
    let mut v1 = Vec::new();
    v1.extend_from_slice(&7i64.to_be_bytes());
    let body: Vec<u8> = [
        &[0u8; 4][..],
        &[1, 0],
        &0i64.to_be_bytes(),
        &(-1i32).to_be_bytes(),
        &2i32.to_be_bytes(),
        b"hi",
    ]
    .concat();
    v1.extend_from_slice(&(body.len() as i32).to_be_bytes());
    v1.extend_from_slice(&body);
    let data = concat(&[&v1, &batch(8, 1, Compression::None)]);
    let mut batches = RecordBatches::new(data);
    let err = batches.next().unwrap().unwrap_err();
    assert_eq!(
        err,
        RecordError::UnsupportedMagic {
            base_offset: 7,
            magic: 1
        }
    );
    assert!(err.to_string().contains("only v2 (magic 2)"), "{err}");
    assert_eq!(batches.next().unwrap().unwrap().base_offset(), 8);
}

#[test]
fn impossible_lengths_end_iteration_with_an_error() {
    let good = batch(0, 1, Compression::None);
    for (length, what) in [
        (-1i32, "negative"),
        (3, "magic"),
        (30, "smaller than a v2 header"),
    ] {
        let mut bad = good.to_vec();
        bad[8..12].copy_from_slice(&length.to_be_bytes());
        let data = concat(&[&good, &bad, &good]);
        let mut batches = RecordBatches::new(data);
        assert!(batches.next().unwrap().is_ok());
        let err = batches.next().unwrap().unwrap_err();
        assert!(
            matches!(&err, RecordError::InvalidBatch { detail, .. } if detail.contains(what)),
            "{err:?}"
        );
        assert!(batches.next().is_none(), "framing errors end iteration");
    }
}

#[test]
fn record_count_must_match_the_records_present() {
    let b = batch(0, 2, Compression::None);
    for (count, what) in [
        (3i32, "end after 2 of the 3"),
        (1, "follow the 1 records"),
        (-1, "negative record count"),
    ] {
        let mut bad = b.to_vec();
        bad[57..61].copy_from_slice(&count.to_be_bytes());
        fix_crc(&mut bad);
        let err = offsets(Bytes::from(bad), ReadOptions::default()).unwrap_err();
        assert!(err.to_string().contains(what), "{err}");
    }
}

#[test]
fn malformed_records_are_errors() {
    let b = batch(0, 1, Compression::None);
    // Record layout after the header: length, attributes, ts delta, offset
    // delta, key length (2 -> "k0"), key, value length ...
    let cases: [(usize, u8, &str); 4] = [
        (61, 0x7e, "exceeds"), // record length 63 > what remains
        (61, 0x01, "negative record length"),
        (65, 0x7e, "key length 63 exceeds"),
        (65, 0x03, "key length -2 is negative"),
    ];
    for (at, byte, what) in cases {
        let mut bad = b.to_vec();
        bad[at] = byte;
        fix_crc(&mut bad);
        let err = offsets(Bytes::from(bad), ReadOptions::default()).unwrap_err();
        assert!(
            matches!(&err, RecordError::InvalidRecord { index: 0, .. }),
            "{err:?}"
        );
        assert!(err.to_string().contains(what), "{what}: {err}");
    }
}

#[test]
fn header_keys_must_not_be_null_and_bad_utf8_is_replaced() {
    let mut builder = RecordBatchBuilder::new(BatchParams::default());
    let r = Record {
        key: None,
        value: None,
        headers: vec![Header::new("ab", "v")],
        timestamp: 0,
    };
    builder.append(&r).unwrap();
    let good = builder.finish().unwrap();
    // Record: len, attr, ts, off, key -1, value -1, count 1, key len 2 "ab".
    let key_len_at = 61 + 7;
    assert_eq!(good[key_len_at], 0x04);

    let mut bad_utf8 = good.to_vec();
    bad_utf8[key_len_at + 1] = 0xff;
    fix_crc(&mut bad_utf8);
    let batch = RecordBatches::new(Bytes::from(bad_utf8))
        .next()
        .unwrap()
        .unwrap();
    let Entry::Record(read) = batch.records().unwrap().next().unwrap().unwrap() else {
        panic!()
    };
    assert_eq!(read.headers[0].key, "\u{fffd}b");

    let mut null_key = good.to_vec();
    null_key[key_len_at] = 0x01;
    fix_crc(&mut null_key);
    let err = offsets(Bytes::from(null_key), ReadOptions::default()).unwrap_err();
    assert!(err.to_string().contains("header key"), "{err}");
}

#[test]
fn control_batches_yield_control_entries() {
    let params = BatchParams {
        base_offset: 50,
        producer_id: 4,
        producer_epoch: 1,
        transactional: true,
        control: true,
        ..BatchParams::default()
    };
    let mut builder = RecordBatchBuilder::new(params);
    builder
        .append(&ControlRecord::end_transaction_marker(false, 12, 999))
        .unwrap();
    let data = builder.finish().unwrap();
    let batch = RecordBatches::new(data).next().unwrap().unwrap();
    assert!(batch.is_control() && batch.is_transactional());
    let entries: Vec<Entry> = batch.records().unwrap().map(Result::unwrap).collect();
    let [Entry::Control(c)] = entries.as_slice() else {
        panic!("{entries:?}")
    };
    assert_eq!((c.offset, c.timestamp), (50, 999));
    assert_eq!(c.control.kind, ControlRecordType::Abort);
    assert_eq!(c.control.coordinator_epoch(), Some(12));
}

#[test]
fn a_control_batch_with_a_short_key_is_an_error() {
    let params = BatchParams {
        control: true,
        ..BatchParams::default()
    };
    let mut builder = RecordBatchBuilder::new(params);
    builder
        .append(&Record {
            key: Some(Bytes::from_static(b"\0")),
            ..Record::default()
        })
        .unwrap();
    let data = builder.finish().unwrap();
    let err = offsets(data, ReadOptions::default()).unwrap_err();
    assert!(
        matches!(err, RecordError::InvalidControlRecord { offset: 0, .. }),
        "{err:?}"
    );
}

#[test]
fn log_append_time_batches_give_every_record_the_max_timestamp() {
    let params = BatchParams {
        timestamp_type: TimestampType::LogAppendTime,
        ..BatchParams::default()
    };
    let mut builder = RecordBatchBuilder::new(params);
    for ts in [30, 10, 20] {
        builder
            .append(&Record {
                timestamp: ts,
                ..record(0)
            })
            .unwrap();
    }
    let batch = RecordBatches::new(builder.finish().unwrap())
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(
        batch.header().timestamp_type(),
        TimestampType::LogAppendTime
    );
    let stamps: Vec<i64> = batch
        .records()
        .unwrap()
        .map(|e| match e.unwrap() {
            Entry::Record(r) => r.timestamp,
            Entry::Control(_) => unreachable!(),
        })
        .collect();
    assert_eq!(stamps, [30, 30, 30]);
}

#[test]
fn a_decompression_bomb_is_refused() {
    let mut builder = RecordBatchBuilder::new(BatchParams {
        compression: Compression::Gzip { level: Some(9) },
        ..BatchParams::default()
    });
    builder
        .append(&Record {
            value: Some(Bytes::from(vec![0u8; 8 << 20])),
            ..Record::default()
        })
        .unwrap();
    let data = builder.finish().unwrap();
    assert!(
        data.len() < 64 * 1024,
        "8 MiB of zeros compresses to {} bytes",
        data.len()
    );
    let options = ReadOptions {
        max_decompressed_bytes: 1 << 20,
        ..ReadOptions::default()
    };
    let batch = RecordBatches::with_options(data.clone(), options)
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(
        batch.records().unwrap_err(),
        RecordError::DecompressedTooLarge {
            codec: CompressionCodec::Gzip,
            limit: 1 << 20
        }
    );
    assert_eq!(offsets(data, ReadOptions::default()).unwrap(), [0]);
}

#[test]
fn batches_below_min_offset_are_not_decompressed() {
    let good = batch(0, 3, Compression::Lz4);
    // Garbage in place of the compressed records: decompressing would fail.
    let garbage = reseal(&good, 3, b"not an lz4 frame");
    let next = batch(3, 2, Compression::Lz4);
    let data = concat(&[&garbage, &next]);
    let options = ReadOptions {
        min_offset: 3,
        ..ReadOptions::default()
    };
    assert_eq!(offsets(data.clone(), options).unwrap(), [3, 4]);
    assert!(matches!(
        offsets(data, ReadOptions::default()),
        Err(RecordError::Decompression { .. })
    ));
}

#[test]
fn unknown_codecs_are_reported_per_batch() {
    let good = batch(0, 1, Compression::None);
    let unknown = reseal(&good, 5, &good[61..]);
    let batch = RecordBatches::new(Bytes::from(unknown))
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(batch.header().compression(), None);
    assert_eq!(
        batch.records().unwrap_err(),
        RecordError::UnknownCodec {
            base_offset: 0,
            id: 5
        }
    );
}

#[test]
fn null_and_empty_keys_values_and_header_values_are_distinct() {
    let records = vec![
        Record {
            key: None,
            value: None,
            headers: vec![Header::null("n"), Header::new("e", "")],
            timestamp: 1,
        },
        Record {
            key: Some(Bytes::new()),
            value: Some(Bytes::new()),
            headers: vec![],
            timestamp: 2,
        },
    ];
    for compression in [Compression::None, Compression::Snappy] {
        let mut builder = RecordBatchBuilder::new(BatchParams {
            compression,
            ..BatchParams::default()
        });
        for r in &records {
            builder.append(r).unwrap();
        }
        let batch = RecordBatches::new(builder.finish().unwrap())
            .next()
            .unwrap()
            .unwrap();
        let read: Vec<Record> = batch
            .records()
            .unwrap()
            .map(|e| match e.unwrap() {
                Entry::Record(r) => r.into_record(),
                Entry::Control(_) => unreachable!(),
            })
            .collect();
        assert_eq!(read, records);
    }
}
