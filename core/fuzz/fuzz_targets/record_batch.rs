//! Arbitrary bytes as the records of a fetch response: the batch reader,
//! record decoding and every decompressor must return errors, never panic,
//! and never exceed the decompression limit.
#![no_main]

use bytes::Bytes;
use ferrokafka::record::compression::decompress;
use ferrokafka::record::{CompressionCodec, Entry, ReadOptions, RecordBatches};
use libfuzzer_sys::fuzz_target;

/// Small, so that a bomb is caught quickly rather than slowly succeeding.
const LIMIT: usize = 1 << 20;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the options (CRC check on or off, an offset to
    // skip to); the rest is the input.
    let Some((&mode, rest)) = data.split_first() else { return };
    let min_offset = if mode & 2 != 0 { i64::from(mode >> 2) } else { i64::MIN };
    let options = ReadOptions { verify_crc: mode & 1 == 1, min_offset, max_decompressed_bytes: LIMIT };
    let input = Bytes::copy_from_slice(rest);

    let mut batches = RecordBatches::with_options(input.clone(), options);
    for batch in &mut batches {
        let Ok(batch) = batch else { continue };
        assert!(batch.as_bytes().len() <= input.len());
        let _ = (batch.next_offset(), batch.header().timestamp_type(), batch.header().compression());
        let Ok(records) = batch.records() else { continue };
        for entry in records {
            match entry {
                Ok(Entry::Record(r)) => {
                    assert!(r.offset >= min_offset);
                    let _ = (r.key.map(|k| k.len()), r.value.map(|v| v.len()), r.headers.len());
                }
                Ok(Entry::Control(c)) => {
                    assert!(c.offset >= min_offset);
                    let _ = c.control.coordinator_epoch();
                }
                Err(_) => {}
            }
        }
    }
    assert!(batches.position() <= input.len());
    if let Some(tail) = batches.truncated_tail() {
        assert_eq!(tail.position + tail.available, input.len());
    }

    // Each decompressor on the raw input, too.
    for id in 1..=4 {
        if let Some(codec) = CompressionCodec::from_id(id) {
            if let Ok(out) = decompress(codec, rest, LIMIT) {
                assert!(out.len() <= LIMIT);
            }
        }
    }
});
