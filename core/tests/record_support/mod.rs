//! Helpers shared by the record tests: an independent CRC32C, re-sealing a
//! hand-edited batch, and hand-made snappy blocks.
#![allow(dead_code)]

/// Bit-by-bit CRC32C (Castagnoli, reflected polynomial 0x82F63B78): slow,
/// but independent of the implementation under test.
pub fn crc32c_reference(data: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0x82f6_3b78
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Replaces a v2 batch's records section and attributes, then recomputes its
/// length and CRC, as a producer with another encoder would have written it.
pub fn reseal(batch: &[u8], attributes: i16, records: &[u8]) -> Vec<u8> {
    let mut out = batch[..61].to_vec();
    out.extend_from_slice(records);
    let length = (out.len() - 12) as i32;
    out[8..12].copy_from_slice(&length.to_be_bytes());
    out[21..23].copy_from_slice(&attributes.to_be_bytes());
    let crc = crc32c_reference(&out[21..]);
    out[17..21].copy_from_slice(&crc.to_be_bytes());
    out
}

/// Recomputes only the CRC of a batch after its covered bytes were edited.
pub fn fix_crc(batch: &mut [u8]) {
    let crc = crc32c_reference(&batch[21..]);
    batch[17..21].copy_from_slice(&crc.to_be_bytes());
}

/// A raw snappy block holding `data` as literals only, built from the
/// format's definition: varint of the decoded length, then literal elements
/// (tag `(len-1) << 2` for up to 60 bytes, or tag `60 << 2` followed by one
/// byte `len-1` for up to 256 bytes).
pub fn snappy_literal_block(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut n = data.len() as u64;
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
    for chunk in data.chunks(256) {
        let len = chunk.len();
        if len <= 60 {
            out.push(((len - 1) as u8) << 2);
        } else {
            out.push(60 << 2);
            out.push((len - 1) as u8);
        }
        out.extend_from_slice(chunk);
    }
    out
}

/// snappy-java framing around the given raw blocks: magic, version 1,
/// compatible version 1, then each block with a big-endian length.
pub fn xerial_frame(blocks: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"\x82SNAPPY\x00".to_vec();
    out.extend_from_slice(&1i32.to_be_bytes());
    out.extend_from_slice(&1i32.to_be_bytes());
    for block in blocks {
        out.extend_from_slice(&(block.len() as i32).to_be_bytes());
        out.extend_from_slice(block);
    }
    out
}
