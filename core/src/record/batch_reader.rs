//! Lazily reading the record batches of a fetch response.
//!
//! A partition's `records` field in a FetchResponse is a run of batches laid
//! end to end. [`RecordBatches`] walks it one batch at a time, reading only
//! the 61-byte headers and checking the CRC; records are decoded (and
//! decompressed) only when [`RecordBatch::records`] is asked for them, so a
//! consumer that skips a batch (already-seen offsets, an aborted transaction)
//! never pays for it. Batches and records share the fetch buffer: no bytes
//! are copied for uncompressed data.
//!
//! A broker fills a fetch up to a byte limit and may cut the last batch short.
//! That is normal, not corruption: iteration ends cleanly and
//! [`RecordBatches::truncated_tail`] says where and how much was cut, so the
//! next fetch can start at that batch's offset (and grow its size if even the
//! first batch did not fit).
//!
//! Errors come in two kinds. When the framing is broken (a length that cannot
//! be right) nothing after that point can be trusted, so the iterator yields
//! the error and ends. When only one batch's contents are bad (CRC mismatch,
//! old message format) the iterator yields the error and carries on with the
//! next batch, whose position the intact length still gives.
//!
//! Message formats v0 and v1 (magic 0/1, before Kafka 0.11) are not decoded:
//! such a batch yields [`RecordError::UnsupportedMagic`]. Since Kafka 3.0
//! brokers store every append in v2, converting older producers' data, and
//! Kafka 4 dropped v0/v1 altogether; only segments written before that to
//! topics pinned to an old format can still hold them. Leaving them out keeps
//! this reader small and fully checked.

use bytes::Bytes;

use super::batch_header::{
    BatchHeader, BATCH_HEADER_SIZE, LENGTH_OFFSET, LOG_OVERHEAD, MAGIC_OFFSET, MAGIC_V2,
};
use super::compression::{decompress, CompressionCodec};
use super::crc::batch_crc;
use super::error::RecordError;
use super::record_reader::BatchRecords;

/// How a reader treats the batches it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReadOptions {
    /// Check each batch's CRC32C (default `true`). Turning it off saves a pass
    /// over the bytes when the transport is already checked end to end.
    pub verify_crc: bool,
    /// Records below this offset are skipped, and batches that end below it
    /// are not decompressed (default: none skipped). A fetch for offset N may
    /// return the whole batch containing N, starting before it.
    pub min_offset: i64,
    /// Most bytes one batch may decompress to (default 64 MiB); more is an
    /// error rather than an allocation.
    pub max_decompressed_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            verify_crc: true,
            min_offset: i64::MIN,
            max_decompressed_bytes: 64 * 1024 * 1024,
        }
    }
}

/// The incomplete batch at the end of a fetch's records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TruncatedTail {
    /// Where the incomplete batch starts in the input.
    pub position: usize,
    /// Bytes of it that are present.
    pub available: usize,
    /// Its base offset, if the first 8 bytes are present.
    pub base_offset: Option<i64>,
    /// Its full size in bytes, if its length field is present.
    pub batch_size: Option<usize>,
}

/// Iterates the batches of a fetch's records bytes. See the module docs.
#[derive(Debug, Clone)]
pub struct RecordBatches {
    data: Bytes,
    position: usize,
    options: ReadOptions,
    finished: bool,
    truncated: Option<TruncatedTail>,
}

impl RecordBatches {
    /// Reads `data` with the default options.
    pub fn new(data: Bytes) -> Self {
        Self::with_options(data, ReadOptions::default())
    }

    /// Reads `data` with the given options.
    pub fn with_options(data: Bytes, options: ReadOptions) -> Self {
        RecordBatches {
            data,
            position: 0,
            options,
            finished: false,
            truncated: None,
        }
    }

    /// The incomplete last batch, once iteration has reached it.
    pub fn truncated_tail(&self) -> Option<&TruncatedTail> {
        self.truncated.as_ref()
    }

    /// Bytes consumed so far: the start of the next batch.
    pub fn position(&self) -> usize {
        self.position
    }

    fn framing_error(
        &mut self,
        base_offset: i64,
        detail: String,
    ) -> Option<Result<RecordBatch, RecordError>> {
        self.finished = true;
        Some(Err(RecordError::InvalidBatch {
            base_offset,
            detail,
        }))
    }

    fn stop_truncated(
        &mut self,
        base_offset: Option<i64>,
        batch_size: Option<usize>,
    ) -> Option<Result<RecordBatch, RecordError>> {
        self.truncated = Some(TruncatedTail {
            position: self.position,
            available: self.data.len() - self.position,
            base_offset,
            batch_size,
        });
        self.finished = true;
        None
    }
}

impl Iterator for RecordBatches {
    type Item = Result<RecordBatch, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        let rest = &self.data[self.position..];
        if rest.is_empty() {
            self.finished = true;
            return None;
        }
        let Some(prefix) = rest.first_chunk::<LOG_OVERHEAD>() else {
            let base_offset = rest.first_chunk::<8>().map(|b| i64::from_be_bytes(*b));
            return self.stop_truncated(base_offset, None);
        };
        let base_offset = i64::from_be_bytes([
            prefix[0], prefix[1], prefix[2], prefix[3], prefix[4], prefix[5], prefix[6], prefix[7],
        ]);
        let length = i32::from_be_bytes([
            prefix[LENGTH_OFFSET],
            prefix[LENGTH_OFFSET + 1],
            prefix[LENGTH_OFFSET + 2],
            prefix[LENGTH_OFFSET + 3],
        ]);
        let Ok(length) = usize::try_from(length) else {
            return self.framing_error(base_offset, format!("negative batch length {length}"));
        };
        // The magic byte (offset 16) must be inside the declared length.
        if length < MAGIC_OFFSET + 1 - LOG_OVERHEAD {
            return self.framing_error(
                base_offset,
                format!("batch length {length} is too small to hold a magic byte"),
            );
        }
        let size = LOG_OVERHEAD + length;
        if rest.len() < size {
            return self.stop_truncated(Some(base_offset), Some(size));
        }
        let start = self.position;
        let magic = rest[MAGIC_OFFSET] as i8;
        if magic != MAGIC_V2 {
            self.position += size;
            return Some(Err(RecordError::UnsupportedMagic { base_offset, magic }));
        }
        if size < BATCH_HEADER_SIZE {
            return self.framing_error(
                base_offset,
                format!(
                    "batch length {length} is smaller than a v2 header ({} bytes)",
                    BATCH_HEADER_SIZE - LOG_OVERHEAD
                ),
            );
        }
        self.position += size;
        let bytes = self.data.slice(start..start + size);
        let Some(head) = bytes.first_chunk::<BATCH_HEADER_SIZE>() else {
            // Unreachable: size >= BATCH_HEADER_SIZE was checked above.
            return self.framing_error(base_offset, "batch shorter than its header".into());
        };
        let header = BatchHeader::read(head);
        if self.options.verify_crc {
            let computed = batch_crc(&bytes);
            if computed != header.crc {
                return Some(Err(RecordError::CrcMismatch {
                    base_offset,
                    stored: header.crc,
                    computed,
                }));
            }
        }
        Some(Ok(RecordBatch {
            header,
            bytes,
            options: self.options,
        }))
    }
}

/// One record batch: its header, read; its records, on demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordBatch {
    header: BatchHeader,
    bytes: Bytes,
    options: ReadOptions,
}

impl RecordBatch {
    /// The header fields.
    pub fn header(&self) -> &BatchHeader {
        &self.header
    }

    /// The whole batch as received, header included (e.g. to forward it
    /// unchanged).
    pub fn as_bytes(&self) -> &Bytes {
        &self.bytes
    }

    /// Offset of the first record.
    pub fn base_offset(&self) -> i64 {
        self.header.base_offset
    }

    /// Offset of the last record.
    pub fn last_offset(&self) -> i64 {
        self.header.last_offset()
    }

    /// Offset after the batch.
    pub fn next_offset(&self) -> i64 {
        self.header.next_offset()
    }

    /// Whether this is a control batch (transaction markers).
    pub fn is_control(&self) -> bool {
        self.header.is_control()
    }

    /// Whether a transactional producer wrote the batch.
    pub fn is_transactional(&self) -> bool {
        self.header.is_transactional()
    }

    /// The records section as stored (compressed if a codec is set).
    pub fn raw_records(&self) -> Bytes {
        self.bytes.slice(BATCH_HEADER_SIZE..)
    }

    /// Decompresses the records if needed and iterates them, skipping those
    /// below the reader's `min_offset`.
    ///
    /// A batch that ends below `min_offset` is not decompressed at all.
    pub fn records(&self) -> Result<BatchRecords, RecordError> {
        let h = &self.header;
        if h.last_offset() < self.options.min_offset {
            return Ok(BatchRecords::empty(h));
        }
        if h.records_count < 0 {
            return Err(RecordError::InvalidBatch {
                base_offset: h.base_offset,
                detail: format!("negative record count {}", h.records_count),
            });
        }
        let codec = h.compression().ok_or(RecordError::UnknownCodec {
            base_offset: h.base_offset,
            id: h.codec_id(),
        })?;
        let data = match codec {
            CompressionCodec::None => self.raw_records(),
            codec => {
                let raw = &self.bytes[BATCH_HEADER_SIZE..];
                Bytes::from(decompress(codec, raw, self.options.max_decompressed_bytes)?)
            }
        };
        Ok(BatchRecords::new(h, data, self.options.min_offset))
    }
}
