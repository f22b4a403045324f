//! Building v2 record batches.
//!
//! A producer fills one batch per partition, record by record, and needs to
//! know after every record how large the batch has grown so that it can close
//! it at its byte limit. [`RecordBatchBuilder`] therefore encodes each record
//! immediately into a buffer that already reserves the 61 header bytes, and
//! reports sizes exactly: [`record_size`](RecordBatchBuilder::record_size)
//! before appending, [`size_in_bytes`](RecordBatchBuilder::size_in_bytes)
//! after (the uncompressed size; a compressed batch comes out smaller).
//!
//! Finishing fills in what is only known at the end: the record count, the
//! last offset delta, the max timestamp, and then the length and the CRC32C,
//! which are back-patched over the finished bytes. An uncompressed batch is
//! handed out without a copy (the buffer is split, and its spare capacity
//! stays with the builder for the next batch); a compressed one is encoded
//! into a second reusable buffer.
//!
//! Record layout (all numbers zig-zag varints except `attributes`):
//!
//! ```text
//! length, attributes: i8 (unused, 0), timestampDelta (varlong), offsetDelta,
//! keyLength, key, valueLength, value, headerCount,
//! [headerKeyLength, headerKey, headerValueLength, headerValue]...
//! ```
//!
//! A length of -1 stands for null (key, value, header value).

use bytes::{BufMut, Bytes, BytesMut};

use super::batch_header::{BatchHeader, BATCH_HEADER_SIZE, CRC_OFFSET, LOG_OVERHEAD, MAGIC_V2};
use super::compression::{compress, Compression};
use super::crc::batch_crc;
use super::error::RecordError;
use super::types::{Header, Record, TimestampType};
use super::varint::{put_varint, put_varlong, varint_size, varlong_size};

/// The header fields a writer chooses. The defaults are a plain producer's:
/// no producer id, no sequence, leader epoch unknown, no compression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BatchParams {
    /// Offset of the first record; 0 for producers (the broker assigns).
    pub base_offset: i64,
    /// -1 for producers (the broker stamps its own).
    pub partition_leader_epoch: i32,
    /// Idempotent or transactional producer id, or -1.
    pub producer_id: i64,
    /// Producer epoch, or -1.
    pub producer_epoch: i16,
    /// Sequence of the first record, or -1.
    pub base_sequence: i32,
    /// Whether the batch belongs to a transaction.
    pub transactional: bool,
    /// Whether the batch holds control records.
    pub control: bool,
    /// What the timestamps mean.
    pub timestamp_type: TimestampType,
    /// How the records section is compressed.
    pub compression: Compression,
}

impl Default for BatchParams {
    fn default() -> Self {
        BatchParams {
            base_offset: 0,
            partition_leader_epoch: -1,
            producer_id: -1,
            producer_epoch: -1,
            base_sequence: -1,
            transactional: false,
            control: false,
            timestamp_type: TimestampType::CreateTime,
            compression: Compression::None,
        }
    }
}

/// What [`RecordBatchBuilder::try_append`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppendOutcome {
    /// The record was appended and took this many bytes.
    Appended {
        /// Encoded size of the record, length prefix included.
        bytes: usize,
    },
    /// The record would push the batch past the limit; nothing was appended.
    Full,
}

/// Builds one record batch at a time, reusing its buffers between batches.
#[derive(Debug)]
pub struct RecordBatchBuilder {
    params: BatchParams,
    /// Header placeholder followed by the encoded (uncompressed) records.
    buf: BytesMut,
    /// Output buffer for compressed batches.
    scratch: BytesMut,
    count: i32,
    base_timestamp: i64,
    max_timestamp: i64,
}

/// The largest batch the length field can describe.
const MAX_BATCH_SIZE: usize = LOG_OVERHEAD + i32::MAX as usize;

impl RecordBatchBuilder {
    /// A builder for batches with these header fields.
    pub fn new(params: BatchParams) -> Self {
        Self::with_capacity(params, 16 * 1024)
    }

    /// A builder whose buffer starts with room for `capacity` bytes.
    pub fn with_capacity(params: BatchParams, capacity: usize) -> Self {
        let mut buf = BytesMut::with_capacity(capacity.max(BATCH_HEADER_SIZE));
        buf.put_bytes(0, BATCH_HEADER_SIZE);
        RecordBatchBuilder {
            params,
            buf,
            scratch: BytesMut::new(),
            count: 0,
            base_timestamp: -1,
            max_timestamp: -1,
        }
    }

    /// The header fields in use.
    pub fn params(&self) -> &BatchParams {
        &self.params
    }

    /// The header fields, to change before finishing (a producer assigns the
    /// base sequence when it sends the batch, not when it starts it).
    pub fn params_mut(&mut self) -> &mut BatchParams {
        &mut self.params
    }

    /// Drops any appended records and starts over with new header fields.
    pub fn reset(&mut self, params: BatchParams) {
        self.params = params;
        self.clear();
    }

    fn clear(&mut self) {
        self.buf.clear();
        self.buf.put_bytes(0, BATCH_HEADER_SIZE);
        self.count = 0;
        self.base_timestamp = -1;
        self.max_timestamp = -1;
    }

    /// Records appended so far.
    pub fn len(&self) -> usize {
        self.count as usize
    }

    /// Whether no record was appended yet.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Size of the batch as it stands, uncompressed: header plus records.
    /// Exact for uncompressed batches, an upper estimate for compressed ones.
    pub fn size_in_bytes(&self) -> usize {
        self.buf.len()
    }

    /// Bytes `record` would add if appended now (length prefix included).
    pub fn record_size(&self, record: &Record) -> Result<usize, RecordError> {
        let body = self.body_size(
            record.timestamp,
            record.key.as_deref(),
            record.value.as_deref(),
            &record.headers,
        )?;
        Ok(varint_size(body) + body as usize)
    }

    /// Appends a record; returns the bytes it took.
    pub fn append(&mut self, record: &Record) -> Result<usize, RecordError> {
        self.append_parts(
            record.timestamp,
            record.key.as_deref(),
            record.value.as_deref(),
            &record.headers,
        )
    }

    /// Appends a record unless the batch would then exceed `max_batch_bytes`.
    ///
    /// The first record of a batch is always accepted, however large, so that
    /// an oversized record travels alone instead of blocking the producer; it
    /// is the broker's `max.message.bytes` that finally judges it.
    pub fn try_append(
        &mut self,
        record: &Record,
        max_batch_bytes: usize,
    ) -> Result<AppendOutcome, RecordError> {
        let size = self.record_size(record)?;
        if !self.is_empty() && self.buf.len().saturating_add(size) > max_batch_bytes {
            return Ok(AppendOutcome::Full);
        }
        let bytes = self.append(record)?;
        Ok(AppendOutcome::Appended { bytes })
    }

    /// Appends a record given as parts; returns the bytes it took.
    pub fn append_parts(
        &mut self,
        timestamp: i64,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        headers: &[Header],
    ) -> Result<usize, RecordError> {
        if self.count == i32::MAX {
            return Err(RecordError::TooLarge {
                what: "record count",
                size: i32::MAX as u64 + 1,
                max: i32::MAX as u64,
            });
        }
        let body = self.body_size(timestamp, key, value, headers)?;
        let size = varint_size(body) + body as usize;
        let new_len = self.buf.len().saturating_add(size);
        if new_len > MAX_BATCH_SIZE {
            return Err(RecordError::TooLarge {
                what: "batch",
                size: new_len as u64,
                max: MAX_BATCH_SIZE as u64,
            });
        }
        if self.count == 0 {
            self.base_timestamp = timestamp;
            self.max_timestamp = timestamp;
        }
        self.max_timestamp = self.max_timestamp.max(timestamp);
        let delta = timestamp.wrapping_sub(self.base_timestamp);

        let buf = &mut self.buf;
        buf.reserve(size);
        put_varint(buf, body);
        buf.put_i8(0);
        put_varlong(buf, delta);
        put_varint(buf, self.count);
        put_nullable(buf, key);
        put_nullable(buf, value);
        put_varint(buf, headers.len() as i32);
        for header in headers {
            put_varint(buf, header.key.len() as i32);
            buf.put_slice(header.key.as_bytes());
            put_nullable(buf, header.value.as_deref());
        }
        self.count += 1;
        Ok(size)
    }

    /// Exact size of a record's body (everything after its length prefix),
    /// checking that every length fits the format's signed 32-bit fields.
    fn body_size(
        &self,
        timestamp: i64,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        headers: &[Header],
    ) -> Result<i32, RecordError> {
        let base = if self.count == 0 {
            timestamp
        } else {
            self.base_timestamp
        };
        let mut body = 1 + varlong_size(timestamp.wrapping_sub(base)) + varint_size(self.count);
        body = add_len(body, nullable_size("key", key)?)?;
        body = add_len(body, nullable_size("value", value)?)?;
        body = add_len(
            body,
            varint_size(checked_len("header count", headers.len())?),
        )?;
        for header in headers {
            let key_len = checked_len("header key", header.key.len())?;
            body = add_len(body, varint_size(key_len) + header.key.len())?;
            body = add_len(
                body,
                nullable_size("header value", header.value.as_deref())?,
            )?;
        }
        checked_len("record", body)
    }

    /// Finishes the batch and returns its bytes; the builder is then empty
    /// (same params) and ready for the next batch.
    pub fn finish(&mut self) -> Result<Bytes, RecordError> {
        if self.params.compression == Compression::None {
            let header = self.header()?;
            seal(&mut self.buf[..], &header);
            let batch = self.buf.split().freeze();
            self.clear();
            return Ok(batch);
        }
        let mut out = std::mem::take(&mut self.scratch);
        out.clear();
        let result = self.finish_into(&mut out);
        let batch = out.split().freeze();
        self.scratch = out;
        result.map(|_| batch)
    }

    /// Finishes the batch by appending its bytes to `out`; returns the number
    /// of bytes appended. On error `out` is left as it was; on success the
    /// builder is empty (same params) and ready for the next batch.
    pub fn finish_into(&mut self, out: &mut BytesMut) -> Result<usize, RecordError> {
        let header = self.header()?;
        let start = out.len();
        out.reserve(self.buf.len());
        out.put_bytes(0, BATCH_HEADER_SIZE);
        if let Err(e) = compress(self.params.compression, &self.buf[BATCH_HEADER_SIZE..], out) {
            out.truncate(start);
            return Err(e);
        }
        let written = out.len() - start;
        if written > MAX_BATCH_SIZE {
            out.truncate(start);
            return Err(RecordError::TooLarge {
                what: "batch",
                size: written as u64,
                max: MAX_BATCH_SIZE as u64,
            });
        }
        seal(&mut out[start..], &header);
        self.clear();
        Ok(written)
    }

    /// The header for the records appended so far (length and CRC left 0).
    fn header(&self) -> Result<BatchHeader, RecordError> {
        if self.count == 0 {
            return Err(RecordError::EmptyBatch);
        }
        self.params.compression.validate()?;
        let p = &self.params;
        Ok(BatchHeader {
            base_offset: p.base_offset,
            batch_length: 0,
            partition_leader_epoch: p.partition_leader_epoch,
            magic: MAGIC_V2,
            crc: 0,
            attributes: BatchHeader::attributes_for(
                p.compression.codec(),
                p.timestamp_type,
                p.transactional,
                p.control,
            ),
            last_offset_delta: self.count - 1,
            base_timestamp: self.base_timestamp,
            max_timestamp: self.max_timestamp,
            producer_id: p.producer_id,
            producer_epoch: p.producer_epoch,
            base_sequence: p.base_sequence,
            records_count: self.count,
        })
    }
}

/// Writes `header` over the first 61 bytes of a complete batch, with the
/// length and CRC computed from the batch itself.
fn seal(batch: &mut [u8], header: &BatchHeader) {
    // Callers bound the batch size by MAX_BATCH_SIZE, so this fits an i32.
    let length = (batch.len() - LOG_OVERHEAD) as i32;
    let header = BatchHeader {
        batch_length: length,
        crc: 0,
        ..*header
    };
    let mut head = &mut batch[..BATCH_HEADER_SIZE];
    header.write(&mut head);
    let crc = batch_crc(batch);
    batch[CRC_OFFSET..CRC_OFFSET + 4].copy_from_slice(&crc.to_be_bytes());
}

fn put_nullable(buf: &mut BytesMut, bytes: Option<&[u8]>) {
    match bytes {
        None => put_varint(buf, -1),
        Some(b) => {
            put_varint(buf, b.len() as i32);
            buf.put_slice(b);
        }
    }
}

fn nullable_size(what: &'static str, bytes: Option<&[u8]>) -> Result<usize, RecordError> {
    match bytes {
        None => Ok(varint_size(-1)),
        Some(b) => Ok(varint_size(checked_len(what, b.len())?) + b.len()),
    }
}

fn checked_len(what: &'static str, len: usize) -> Result<i32, RecordError> {
    i32::try_from(len).map_err(|_| RecordError::TooLarge {
        what,
        size: len as u64,
        max: i32::MAX as u64,
    })
}

fn add_len(a: usize, b: usize) -> Result<usize, RecordError> {
    a.checked_add(b).ok_or(RecordError::TooLarge {
        what: "record",
        size: u64::MAX,
        max: i32::MAX as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(key: &str, value: &str, ts: i64) -> Record {
        Record {
            key: Some(Bytes::copy_from_slice(key.as_bytes())),
            value: Some(Bytes::copy_from_slice(value.as_bytes())),
            headers: vec![
                Header::new("h", "1"),
                Header::new("h", "2"),
                Header::null("n"),
            ],
            timestamp: ts,
        }
    }

    #[test]
    fn reported_sizes_are_exact() {
        let mut b = RecordBatchBuilder::new(BatchParams::default());
        assert_eq!(b.size_in_bytes(), BATCH_HEADER_SIZE);
        let mut expected = BATCH_HEADER_SIZE;
        for i in 0..200 {
            let r = rec(&"k".repeat(i), &"v".repeat(i * 3), 1_000 + i as i64 * 977);
            let predicted = b.record_size(&r).unwrap();
            assert_eq!(b.append(&r).unwrap(), predicted);
            expected += predicted;
            assert_eq!(b.size_in_bytes(), expected);
        }
        let batch = b.finish().unwrap();
        assert_eq!(batch.len(), expected);
        assert!(b.is_empty());
        assert_eq!(b.size_in_bytes(), BATCH_HEADER_SIZE);
    }

    #[test]
    fn try_append_stops_at_the_limit_but_takes_a_first_large_record() {
        let mut b = RecordBatchBuilder::new(BatchParams::default());
        let big = rec("k", &"x".repeat(500), 1);
        assert!(matches!(
            b.try_append(&big, 100).unwrap(),
            AppendOutcome::Appended { .. }
        ));
        assert_eq!(
            b.try_append(&rec("k", "v", 1), 100).unwrap(),
            AppendOutcome::Full
        );
        assert_eq!(b.len(), 1);
    }

    #[test]
    fn empty_batches_are_refused() {
        let mut b = RecordBatchBuilder::new(BatchParams::default());
        assert_eq!(b.finish(), Err(RecordError::EmptyBatch));
        let mut out = BytesMut::from(&b"prefix"[..]);
        assert_eq!(b.finish_into(&mut out), Err(RecordError::EmptyBatch));
        assert_eq!(&out[..], b"prefix");
    }

    #[test]
    fn header_fields_are_filled_in() {
        let params = BatchParams {
            base_offset: 100,
            producer_id: 9,
            producer_epoch: 2,
            base_sequence: 17,
            transactional: true,
            compression: Compression::Zstd { level: None },
            ..BatchParams::default()
        };
        let mut b = RecordBatchBuilder::new(params);
        b.append(&rec("a", "b", 50)).unwrap();
        b.append(&rec("a", "b", 70)).unwrap();
        b.append(&rec("a", "b", 10)).unwrap();
        let mut out = BytesMut::from(&b"xyz"[..]);
        let n = b.finish_into(&mut out).unwrap();
        assert_eq!(out.len(), 3 + n);
        let h = BatchHeader::read(out[3..3 + BATCH_HEADER_SIZE].try_into().unwrap());
        assert_eq!(h.base_offset, 100);
        assert_eq!(h.size_in_bytes(), n);
        assert_eq!((h.last_offset_delta, h.records_count), (2, 3));
        assert_eq!((h.base_timestamp, h.max_timestamp), (50, 70));
        assert_eq!(
            (h.producer_id, h.producer_epoch, h.base_sequence),
            (9, 2, 17)
        );
        assert_eq!(h.attributes, 0x04 | 0x10);
        assert_eq!(h.crc, batch_crc(&out[3..]));
    }
}
