//! snappy data in the two shapes Kafka logs hold, built by hand: the
//! snappy-java framing the Java client writes and the raw form librdkafka
//! writes.

mod record_support;

use bytes::Bytes;
use ferrokafka::record::{
    BatchParams, Compression, CompressionCodec, Entry, Header, Record, RecordBatchBuilder,
    RecordBatches, RecordError,
};
use record_support::{reseal, snappy_literal_block, xerial_frame};

const SNAPPY_ATTRIBUTES: i16 = 2;

fn records() -> Vec<Record> {
    (0..20)
        .map(|i| Record {
            key: Some(Bytes::from(format!("key-{i}"))),
            value: if i % 5 == 0 {
                None
            } else {
                Some(Bytes::from(format!("value {i} ").repeat(i + 1)))
            },
            headers: vec![
                Header::new("dup", "a"),
                Header::new("dup", "b"),
                Header::null("nothing"),
            ],
            timestamp: 1_000 + i as i64,
        })
        .collect()
}

/// An uncompressed batch of [`records`], and its records section.
fn plain_batch() -> (Bytes, Vec<u8>) {
    let mut builder = RecordBatchBuilder::new(BatchParams::default());
    for r in records() {
        builder.append(&r).unwrap();
    }
    let batch = builder.finish().unwrap();
    let section = batch[61..].to_vec();
    (batch, section)
}

fn read_back(batch: Vec<u8>) -> Result<Vec<Record>, RecordError> {
    let mut batches = RecordBatches::new(Bytes::from(batch));
    let batch = batches.next().expect("one batch")?;
    assert_eq!(batch.header().compression(), Some(CompressionCodec::Snappy));
    batch
        .records()?
        .map(|e| match e? {
            Entry::Record(r) => Ok(r.into_record()),
            Entry::Control(c) => panic!("unexpected control record {c:?}"),
        })
        .collect()
}

#[test]
fn xerial_framed_records_with_several_blocks_are_read() {
    let (batch, section) = plain_batch();
    // Three blocks of uneven sizes, as a stream with small blocks would be.
    let (a, rest) = section.split_at(7);
    let (b, c) = rest.split_at(rest.len() / 2);
    let framed = xerial_frame(&[
        snappy_literal_block(a),
        snappy_literal_block(b),
        snappy_literal_block(c),
    ]);
    assert_eq!(
        read_back(reseal(&batch, SNAPPY_ATTRIBUTES, &framed)).unwrap(),
        records()
    );
}

#[test]
fn xerial_block_using_a_copy_element_is_read() {
    // "abcabcabc": literal "abc" (tag 0x08), then a copy of 6 bytes from 3
    // back with a one-byte offset (tag ((6-4) << 2) | 1 = 0x09, offset 3).
    let block = vec![0x09, 0x08, b'a', b'b', b'c', 0x09, 0x03];
    // A single record whose value is that block's content.
    let mut builder = RecordBatchBuilder::new(BatchParams::default());
    let record = Record {
        key: None,
        value: Some(Bytes::from_static(b"abcabcabc")),
        headers: vec![],
        timestamp: 5,
    };
    builder.append(&record).unwrap();
    let single = builder.finish().unwrap();
    let section = &single[61..];
    let value_at = section.windows(9).position(|w| w == b"abcabcabc").unwrap();
    let framed = xerial_frame(&[
        snappy_literal_block(&section[..value_at]),
        block,
        snappy_literal_block(&section[value_at + 9..]),
    ]);
    assert_eq!(
        read_back(reseal(&single, SNAPPY_ATTRIBUTES, &framed)).unwrap(),
        vec![record]
    );
}

#[test]
fn raw_snappy_records_are_read() {
    let (batch, section) = plain_batch();
    let raw = snappy_literal_block(&section);
    assert_eq!(
        read_back(reseal(&batch, SNAPPY_ATTRIBUTES, &raw)).unwrap(),
        records()
    );
}

#[test]
fn truncated_framing_is_an_error() {
    let (batch, section) = plain_batch();
    let mut framed = xerial_frame(&[snappy_literal_block(&section)]);
    framed.truncate(framed.len() - 3);
    let err = read_back(reseal(&batch, SNAPPY_ATTRIBUTES, &framed)).unwrap_err();
    assert!(
        matches!(
            err,
            RecordError::Decompression {
                codec: CompressionCodec::Snappy,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn our_snappy_batches_use_the_xerial_framing() {
    let mut builder = RecordBatchBuilder::new(BatchParams {
        compression: Compression::Snappy,
        ..BatchParams::default()
    });
    for r in records() {
        builder.append(&r).unwrap();
    }
    let batch = builder.finish().unwrap();
    assert_eq!(&batch[61..69], b"\x82SNAPPY\x00");
    assert_eq!(&batch[69..77], &[0, 0, 0, 1, 0, 0, 0, 1]);
    assert_eq!(read_back(batch.to_vec()).unwrap(), records());
}
