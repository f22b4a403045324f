//! One batch whose every byte is derived by hand from the v2 format.

mod record_support;

use bytes::Bytes;
use ferrokafka::record::{BatchParams, Entry, Header, Record, RecordBatchBuilder, RecordBatches};
use record_support::crc32c_reference;

/// A producer's batch (no producer id, leader epoch -1, CreateTime, no
/// compression) holding one record: timestamp 1_700_000_000_000 ms
/// (0x0000018bcfe56800), key "key", value "value", header ("h", "1").
#[rustfmt::skip]
const GOLDEN: [u8; 80] = [
    0, 0, 0, 0, 0, 0, 0, 0,             // baseOffset 0
    0, 0, 0, 68,                        // batchLength: 80 - 12
    0xff, 0xff, 0xff, 0xff,             // partitionLeaderEpoch -1
    2,                                  // magic
    0x16, 0xc8, 0x33, 0x4a,             // crc32c of bytes 21..80
    0, 0,                               // attributes: none, CreateTime
    0, 0, 0, 0,                         // lastOffsetDelta 0
    0, 0, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0,  // baseTimestamp
    0, 0, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0,  // maxTimestamp
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, // producerId -1
    0xff, 0xff,                         // producerEpoch -1
    0xff, 0xff, 0xff, 0xff,             // baseSequence -1
    0, 0, 0, 1,                         // recordsCount 1
    // The record; varints are zig-zag (n -> 2n, -n -> 2n-1).
    0x24,                               // length 18
    0x00,                               // attributes
    0x00,                               // timestampDelta 0
    0x00,                               // offsetDelta 0
    0x06, b'k', b'e', b'y',             // key length 3, key
    0x0a, b'v', b'a', b'l', b'u', b'e', // value length 5, value
    0x02,                               // 1 header
    0x02, b'h',                         // header key length 1, key
    0x02, b'1',                         // header value length 1, value
];

fn golden_record() -> Record {
    Record {
        key: Some(Bytes::from_static(b"key")),
        value: Some(Bytes::from_static(b"value")),
        headers: vec![Header::new("h", "1")],
        timestamp: 1_700_000_000_000,
    }
}

#[test]
fn reference_crc_is_crc32c() {
    // The standard CRC-32C check value.
    assert_eq!(crc32c_reference(b"123456789"), 0xe306_9283);
    assert_eq!(
        crc32c_reference(&GOLDEN[21..]).to_be_bytes(),
        GOLDEN[17..21]
    );
}

#[test]
fn writer_produces_the_golden_bytes() {
    let mut builder = RecordBatchBuilder::new(BatchParams::default());
    builder.append(&golden_record()).unwrap();
    let batch = builder.finish().unwrap();
    assert_eq!(&batch[..], &GOLDEN[..]);
}

#[test]
fn reader_decodes_the_golden_bytes() {
    let mut batches = RecordBatches::new(Bytes::from_static(&GOLDEN));
    let batch = batches.next().unwrap().unwrap();
    assert!(batches.next().is_none());
    assert!(batches.truncated_tail().is_none());
    let h = batch.header();
    assert_eq!(
        (
            h.base_offset,
            h.batch_length,
            h.partition_leader_epoch,
            h.magic
        ),
        (0, 68, -1, 2)
    );
    assert_eq!(
        (
            h.producer_id,
            h.producer_epoch,
            h.base_sequence,
            h.records_count
        ),
        (-1, -1, -1, 1)
    );
    let entries: Vec<Entry> = batch.records().unwrap().collect::<Result<_, _>>().unwrap();
    let [Entry::Record(r)] = entries.as_slice() else {
        panic!("one user record expected: {entries:?}")
    };
    assert_eq!(r.offset, 0);
    assert_eq!(r.clone().into_record(), golden_record());
}
