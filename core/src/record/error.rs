//! What can go wrong writing or reading record batches.
//!
//! Every malformed input becomes one of these values; the reader never
//! panics. Variants carry the batch's base offset where one is known, so that
//! a consumer can report *where* a partition's log is unreadable.

use super::compression::CompressionCodec;

/// An error writing or reading record batches.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The batch uses a message format other than v2 (magic 2).
    #[error(
        "record batch at offset {base_offset} uses message format v{magic}; only v2 (magic 2) \
         is supported, which every broker since Kafka 3.0 writes: re-produce older data to read \
         it with this client"
    )]
    UnsupportedMagic {
        /// Base offset of the batch.
        base_offset: i64,
        /// The magic byte that was found.
        magic: i8,
    },

    /// The stored CRC32C does not match the batch's bytes.
    #[error(
        "record batch at offset {base_offset} is corrupt: stored CRC {stored:#010x}, computed \
         {computed:#010x}"
    )]
    CrcMismatch {
        /// Base offset of the batch.
        base_offset: i64,
        /// The CRC in the batch header.
        stored: u32,
        /// The CRC of the bytes that were received.
        computed: u32,
    },

    /// The batch header or framing is malformed.
    #[error("record batch at offset {base_offset} is malformed: {detail}")]
    InvalidBatch {
        /// Base offset of the batch (or of the bytes where one was expected).
        base_offset: i64,
        /// What is wrong.
        detail: String,
    },

    /// A record inside a batch is malformed.
    #[error("record {index} of the batch at offset {base_offset} is malformed: {detail}")]
    InvalidRecord {
        /// Base offset of the batch.
        base_offset: i64,
        /// Position of the record in the batch, from 0.
        index: i32,
        /// What is wrong.
        detail: String,
    },

    /// A control record's key or value does not have the expected layout.
    #[error("control record at offset {offset} is malformed: {detail}")]
    InvalidControlRecord {
        /// Offset of the control record.
        offset: i64,
        /// What is wrong.
        detail: String,
    },

    /// The attributes name a compression codec this client does not know.
    #[error("record batch at offset {base_offset} uses unknown compression codec id {id}")]
    UnknownCodec {
        /// Base offset of the batch.
        base_offset: i64,
        /// The codec id from the attributes (bits 0-2).
        id: u8,
    },

    /// Compressed data could not be decompressed.
    #[error("{codec} decompression failed: {detail}")]
    Decompression {
        /// The codec in use.
        codec: CompressionCodec,
        /// The decoder's complaint.
        detail: String,
    },

    /// Decompressed data grew beyond the configured limit.
    #[error(
        "{codec} data decompresses to more than {limit} bytes; raise the reader's \
         max_decompressed_bytes if such batches are expected"
    )]
    DecompressedTooLarge {
        /// The codec in use.
        codec: CompressionCodec,
        /// The configured limit in bytes.
        limit: usize,
    },

    /// Compression failed while writing a batch.
    #[error("{codec} compression failed: {detail}")]
    Compression {
        /// The codec in use.
        codec: CompressionCodec,
        /// The encoder's complaint.
        detail: String,
    },

    /// A compression level outside what the codec accepts.
    #[error("{codec} does not accept compression level {level} (valid: {min} to {max})")]
    InvalidLevel {
        /// The codec in use.
        codec: CompressionCodec,
        /// The level asked for.
        level: i32,
        /// Lowest valid level.
        min: i32,
        /// Highest valid level.
        max: i32,
    },

    /// A value is too large for the wire format (sizes and counts are signed
    /// 32-bit numbers).
    #[error("{what} is too large for a record batch: {size} (at most {max})")]
    TooLarge {
        /// What overflowed.
        what: &'static str,
        /// Its size.
        size: u64,
        /// The largest size the format allows.
        max: u64,
    },

    /// A batch with no records was finished; Kafka producers never send one.
    #[error("cannot finish a record batch with no records")]
    EmptyBatch,
}
