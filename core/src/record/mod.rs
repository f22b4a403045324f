//! Record batches (message format v2): writing, lazy reading, compression.
//!
//! Records travel and rest in batches: a 61-byte header (offsets, timestamps,
//! producer identity, flags, a CRC32C) followed by the records, compressed as
//! one unit when a codec is set. Produce requests carry batches that the
//! writer builds; fetch responses carry batches that the reader walks. Both
//! sit on every record's path, so they are written by hand for speed rather
//! than generated with the rest of the protocol:
//!
//! - [`RecordBatchBuilder`] encodes records as they are appended, reports the
//!   exact size after each one (so a producer can cap a batch's bytes), and
//!   back-patches length and CRC when the batch is finished. Its buffers are
//!   reused from one batch to the next.
//! - [`RecordBatches`] iterates the batches in a fetch response without
//!   decoding their records; [`RecordBatch::records`] decompresses and decodes
//!   on demand, slicing keys and values out of one buffer.
//!
//! Nothing read from the wire is trusted: every length and count is checked
//! against the bytes that remain, decompression stops at a configured limit,
//! and malformed input is a [`RecordError`], never a panic.

mod batch_header;
mod batch_reader;
mod batch_writer;
pub mod compression;
mod control;
mod crc;
mod error;
mod record_reader;
mod types;
mod varint;

pub use batch_header::{BatchHeader, BATCH_HEADER_SIZE, MAGIC_V2};
pub use batch_reader::{ReadOptions, RecordBatch, RecordBatches, TruncatedTail};
pub use batch_writer::{AppendOutcome, BatchParams, RecordBatchBuilder};
pub use compression::{Compression, CompressionCodec};
pub use control::{ControlRecord, ControlRecordType};
pub use error::RecordError;
pub use record_reader::{BatchRecords, ControlEntry, Entry, ReadRecord};
pub use types::{Header, Record, TimestampType};
