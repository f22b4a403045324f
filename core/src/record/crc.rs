//! The batch checksum.
//!
//! v2 batches use CRC32C (Castagnoli), not the CRC32 of v0/v1, and cover only
//! the bytes from the attributes to the end of the batch. The fields before
//! the attributes (base offset, length, leader epoch, magic, the CRC itself)
//! are left out so that a broker can assign offsets and stamp its leader epoch
//! without recomputing the checksum.

use super::batch_header::ATTRIBUTES_OFFSET;

/// The CRC32C of a whole encoded batch, as stored in its header.
///
/// `batch` must be at least the header's size; shorter input yields the CRC
/// of nothing (the callers never pass one).
pub(crate) fn batch_crc(batch: &[u8]) -> u32 {
    crc32c::crc32c(batch.get(ATTRIBUTES_OFFSET..).unwrap_or(&[]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_castagnoli_over_the_tail_from_the_attributes() {
        // The standard CRC-32C check value is crc("123456789") = 0xe3069283.
        let mut batch = vec![0xaa; ATTRIBUTES_OFFSET];
        batch.extend_from_slice(b"123456789");
        assert_eq!(batch_crc(&batch), 0xe306_9283);
        batch[0] ^= 0xff;
        assert_eq!(
            batch_crc(&batch),
            0xe306_9283,
            "bytes before the attributes are not covered"
        );
    }
}
