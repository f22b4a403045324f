//! The fixed 61-byte header of a v2 record batch.
//!
//! ```text
//! offset  size  field
//!      0     8  baseOffset
//!      8     4  batchLength           bytes after this field
//!     12     4  partitionLeaderEpoch
//!     16     1  magic                 2
//!     17     4  crc                   CRC32C of bytes 21..end
//!     21     2  attributes            codec, timestamp type, flags
//!     23     4  lastOffsetDelta
//!     27     8  baseTimestamp
//!     35     8  maxTimestamp
//!     43     8  producerId
//!     51     2  producerEpoch
//!     53     4  baseSequence
//!     57     4  recordsCount
//!     61        records (compressed as one unit if a codec is set)
//! ```
//!
//! All fixed-width numbers are big-endian. The magic byte sits at offset 16 in
//! the old v0/v1 message sets too, which is how a reader tells them apart.

use bytes::BufMut;

use super::compression::CompressionCodec;
use super::types::TimestampType;

/// Size of the batch header, and so of a batch with no records.
pub const BATCH_HEADER_SIZE: usize = 61;
/// The message format version this module reads and writes.
pub const MAGIC_V2: i8 = 2;

/// Bytes before the length field's coverage starts: baseOffset + batchLength.
pub(crate) const LOG_OVERHEAD: usize = 12;
pub(crate) const LENGTH_OFFSET: usize = 8;
pub(crate) const MAGIC_OFFSET: usize = 16;
pub(crate) const CRC_OFFSET: usize = 17;
/// The CRC covers everything from the attributes to the end of the batch.
pub(crate) const ATTRIBUTES_OFFSET: usize = 21;

const CODEC_MASK: i16 = 0x07;
const TIMESTAMP_TYPE_FLAG: i16 = 0x08;
const TRANSACTIONAL_FLAG: i16 = 0x10;
const CONTROL_FLAG: i16 = 0x20;
const DELETE_HORIZON_FLAG: i16 = 0x40;

/// The header fields of a v2 record batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BatchHeader {
    /// Offset of the first record.
    pub base_offset: i64,
    /// Bytes of the batch after this field (the whole batch is this + 12).
    pub batch_length: i32,
    /// Leader epoch the broker stamped; -1 from producers.
    pub partition_leader_epoch: i32,
    /// Message format version; 2.
    pub magic: i8,
    /// CRC32C of the bytes from the attributes to the end of the batch.
    pub crc: u32,
    /// Codec (bits 0-2), timestamp type (3), transactional (4), control (5),
    /// delete horizon present (6).
    pub attributes: i16,
    /// Offset of the last record minus `base_offset`.
    pub last_offset_delta: i32,
    /// Timestamp of the first record (or the delete horizon, see
    /// [`has_delete_horizon`](Self::has_delete_horizon)).
    pub base_timestamp: i64,
    /// Largest timestamp of the batch.
    pub max_timestamp: i64,
    /// Idempotent/transactional producer id; -1 if none.
    pub producer_id: i64,
    /// Producer epoch; -1 if none.
    pub producer_epoch: i16,
    /// Sequence number of the first record; -1 if none.
    pub base_sequence: i32,
    /// Number of records, as declared.
    pub records_count: i32,
}

impl BatchHeader {
    /// Reads the header from the first 61 bytes of a batch.
    pub(crate) fn read(b: &[u8; BATCH_HEADER_SIZE]) -> Self {
        fn i16_at(b: &[u8], at: usize) -> i16 {
            i16::from_be_bytes([b[at], b[at + 1]])
        }
        fn i32_at(b: &[u8], at: usize) -> i32 {
            i32::from_be_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
        }
        fn i64_at(b: &[u8], at: usize) -> i64 {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(&b[at..at + 8]);
            i64::from_be_bytes(bytes)
        }
        BatchHeader {
            base_offset: i64_at(b, 0),
            batch_length: i32_at(b, 8),
            partition_leader_epoch: i32_at(b, 12),
            magic: b[16] as i8,
            crc: i32_at(b, 17) as u32,
            attributes: i16_at(b, 21),
            last_offset_delta: i32_at(b, 23),
            base_timestamp: i64_at(b, 27),
            max_timestamp: i64_at(b, 35),
            producer_id: i64_at(b, 43),
            producer_epoch: i16_at(b, 51),
            base_sequence: i32_at(b, 53),
            records_count: i32_at(b, 57),
        }
    }

    /// Writes the 61 header bytes, fields as they are (including `crc`).
    pub(crate) fn write(&self, out: &mut impl BufMut) {
        out.put_i64(self.base_offset);
        out.put_i32(self.batch_length);
        out.put_i32(self.partition_leader_epoch);
        out.put_i8(self.magic);
        out.put_u32(self.crc);
        out.put_i16(self.attributes);
        out.put_i32(self.last_offset_delta);
        out.put_i64(self.base_timestamp);
        out.put_i64(self.max_timestamp);
        out.put_i64(self.producer_id);
        out.put_i16(self.producer_epoch);
        out.put_i32(self.base_sequence);
        out.put_i32(self.records_count);
    }

    /// Offset of the last record.
    pub fn last_offset(&self) -> i64 {
        self.base_offset
            .wrapping_add(i64::from(self.last_offset_delta))
    }

    /// The offset after the batch, where the next fetch continues.
    pub fn next_offset(&self) -> i64 {
        self.last_offset().wrapping_add(1)
    }

    /// Bytes of the whole batch, header included.
    pub fn size_in_bytes(&self) -> usize {
        LOG_OVERHEAD + usize::try_from(self.batch_length).unwrap_or(0)
    }

    /// The codec id of attribute bits 0-2 (0 to 7; 5 to 7 are unassigned).
    pub fn codec_id(&self) -> u8 {
        (self.attributes & CODEC_MASK) as u8
    }

    /// The compression codec, if the id is one this client knows.
    pub fn compression(&self) -> Option<CompressionCodec> {
        CompressionCodec::from_id(self.codec_id())
    }

    /// Meaning of the timestamps.
    pub fn timestamp_type(&self) -> TimestampType {
        if self.attributes & TIMESTAMP_TYPE_FLAG != 0 {
            TimestampType::LogAppendTime
        } else {
            TimestampType::CreateTime
        }
    }

    /// Whether a transactional producer wrote the batch.
    pub fn is_transactional(&self) -> bool {
        self.attributes & TRANSACTIONAL_FLAG != 0
    }

    /// Whether the batch holds control records (transaction markers and the
    /// like) rather than user records.
    pub fn is_control(&self) -> bool {
        self.attributes & CONTROL_FLAG != 0
    }

    /// Whether `base_timestamp` holds the delete horizon the log cleaner set
    /// (KIP-534) rather than the first record's timestamp.
    pub fn has_delete_horizon(&self) -> bool {
        self.attributes & DELETE_HORIZON_FLAG != 0
    }

    /// Attributes for the given settings.
    pub(crate) fn attributes_for(
        codec: CompressionCodec,
        timestamp_type: TimestampType,
        transactional: bool,
        control: bool,
    ) -> i16 {
        let mut attributes = i16::from(codec.id());
        if timestamp_type == TimestampType::LogAppendTime {
            attributes |= TIMESTAMP_TYPE_FLAG;
        }
        if transactional {
            attributes |= TRANSACTIONAL_FLAG;
        }
        if control {
            attributes |= CONTROL_FLAG;
        }
        attributes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_then_read_is_identity_and_61_bytes() {
        let header = BatchHeader {
            base_offset: 0x0102_0304_0506_0708,
            batch_length: 49,
            partition_leader_epoch: -1,
            magic: 2,
            crc: 0xdead_beef,
            attributes: BatchHeader::attributes_for(
                CompressionCodec::Zstd,
                TimestampType::LogAppendTime,
                true,
                true,
            ),
            last_offset_delta: 3,
            base_timestamp: -5,
            max_timestamp: i64::MAX,
            producer_id: 77,
            producer_epoch: 3,
            base_sequence: i32::MAX,
            records_count: 4,
        };
        let mut out = Vec::new();
        header.write(&mut out);
        assert_eq!(out.len(), BATCH_HEADER_SIZE);
        assert_eq!(out[MAGIC_OFFSET], 2);
        assert_eq!(&out[CRC_OFFSET..CRC_OFFSET + 4], &[0xde, 0xad, 0xbe, 0xef]);
        let back = BatchHeader::read(out.as_slice().try_into().unwrap());
        assert_eq!(back, header);
        assert_eq!(back.attributes, 0x04 | 0x08 | 0x10 | 0x20);
        assert_eq!(back.compression(), Some(CompressionCodec::Zstd));
        assert_eq!(back.timestamp_type(), TimestampType::LogAppendTime);
        assert!(back.is_transactional() && back.is_control() && !back.has_delete_horizon());
        assert_eq!(back.last_offset(), 0x0102_0304_0506_070b);
        assert_eq!(back.size_in_bytes(), 61);
    }
}
