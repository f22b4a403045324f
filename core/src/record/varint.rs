//! Zig-zag variable-length integers, as records use them.
//!
//! Inside a v2 batch every per-record number (lengths, deltas, counts) is a
//! zig-zag encoded varint: small magnitudes of either sign take one byte,
//! which is what keeps small records small. An `i32` takes at most 5 bytes,
//! an `i64` at most 10.
//!
//! Decoding mirrors the Java client: a sixth (or eleventh) continuation byte
//! is an error, while surplus high bits in the last byte are dropped rather
//! than rejected, so that anything the reference implementation reads, this
//! one reads the same way.

use bytes::BufMut;

/// Why a varint could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VarintError {
    /// The input ended inside the varint.
    Truncated,
    /// More bytes than the type can use (5 for `i32`, 10 for `i64`).
    TooLong,
}

impl VarintError {
    pub(crate) fn describe(self) -> &'static str {
        match self {
            VarintError::Truncated => "input ends inside a varint",
            VarintError::TooLong => "varint is longer than its type allows",
        }
    }
}

/// Bytes that [`put_varint`] writes for `value`.
pub fn varint_size(value: i32) -> usize {
    varlong_size(i64::from(value))
}

/// Bytes that [`put_varlong`] writes for `value`.
pub fn varlong_size(value: i64) -> usize {
    let zigzag = zigzag64(value);
    // One byte per started group of 7 significant bits, and at least one.
    let bits = 64 - (zigzag | 1).leading_zeros() as usize;
    bits.div_ceil(7)
}

/// Appends `value` as a zig-zag varint.
pub fn put_varint(buf: &mut impl BufMut, value: i32) {
    let zigzag = ((value << 1) ^ (value >> 31)) as u32;
    put_unsigned(buf, u64::from(zigzag));
}

/// Appends `value` as a zig-zag varlong.
pub fn put_varlong(buf: &mut impl BufMut, value: i64) {
    put_unsigned(buf, zigzag64(value));
}

fn zigzag64(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

fn put_unsigned(buf: &mut impl BufMut, mut value: u64) {
    while value >= 0x80 {
        buf.put_u8((value as u8) | 0x80);
        value >>= 7;
    }
    buf.put_u8(value as u8);
}

/// Reads a zig-zag varint from `buf` at `*pos`, advancing `*pos`.
pub(crate) fn read_varint(buf: &[u8], pos: &mut usize) -> Result<i32, VarintError> {
    let raw = read_unsigned(buf, pos, 5)? as u32;
    Ok(((raw >> 1) as i32) ^ -((raw & 1) as i32))
}

/// Reads a zig-zag varlong from `buf` at `*pos`, advancing `*pos`.
pub(crate) fn read_varlong(buf: &[u8], pos: &mut usize) -> Result<i64, VarintError> {
    let raw = read_unsigned(buf, pos, 10)?;
    Ok(((raw >> 1) as i64) ^ -((raw & 1) as i64))
}

fn read_unsigned(buf: &[u8], pos: &mut usize, max_bytes: usize) -> Result<u64, VarintError> {
    let mut value: u64 = 0;
    let mut at = *pos;
    for i in 0..max_bytes {
        let byte = *buf.get(at).ok_or(VarintError::Truncated)?;
        at += 1;
        // Shifts stay below 64 (at most 9 * 7 = 63); bits pushed past the
        // top are dropped, as the Java client drops them.
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            *pos = at;
            return Ok(value);
        }
    }
    Err(VarintError::TooLong)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode32(v: i32) -> Vec<u8> {
        let mut out = Vec::new();
        put_varint(&mut out, v);
        out
    }

    #[test]
    fn known_encodings() {
        // Zig-zag maps 0, -1, 1, -2, 2 ... to 0, 1, 2, 3, 4 ...
        assert_eq!(encode32(0), [0x00]);
        assert_eq!(encode32(-1), [0x01]);
        assert_eq!(encode32(1), [0x02]);
        assert_eq!(encode32(63), [0x7e]);
        assert_eq!(encode32(-64), [0x7f]);
        assert_eq!(encode32(64), [0x80, 0x01]);
        assert_eq!(encode32(i32::MAX), [0xfe, 0xff, 0xff, 0xff, 0x0f]);
        assert_eq!(encode32(i32::MIN), [0xff, 0xff, 0xff, 0xff, 0x0f]);
    }

    #[test]
    fn sizes_match_encodings() {
        for v in [0, 1, -1, 63, 64, -64, -65, 8191, 8192, i32::MAX, i32::MIN] {
            assert_eq!(varint_size(v), encode32(v).len(), "{v}");
        }
        for v in [0i64, -1, i64::MAX, i64::MIN, 1 << 40, -(1 << 40)] {
            let mut out = Vec::new();
            put_varlong(&mut out, v);
            assert_eq!(varlong_size(v), out.len(), "{v}");
        }
        assert_eq!(varlong_size(i64::MIN), 10);
    }

    #[test]
    fn round_trips_extremes() {
        for v in [0i64, 1, -1, i64::MAX, i64::MIN, 300, -300] {
            let mut out = Vec::new();
            put_varlong(&mut out, v);
            let mut pos = 0;
            assert_eq!(read_varlong(&out, &mut pos), Ok(v));
            assert_eq!(pos, out.len());
        }
        for v in [0i32, 1, -1, i32::MAX, i32::MIN] {
            let enc = encode32(v);
            let mut pos = 0;
            assert_eq!(read_varint(&enc, &mut pos), Ok(v));
            assert_eq!(pos, enc.len());
        }
    }

    #[test]
    fn rejects_truncated_and_overlong() {
        let mut pos = 0;
        assert_eq!(
            read_varint(&[0x80, 0x80], &mut pos),
            Err(VarintError::Truncated)
        );
        assert_eq!(pos, 0, "position only moves on success");
        assert_eq!(read_varint(&[0xff; 6], &mut pos), Err(VarintError::TooLong));
        assert_eq!(
            read_varlong(&[0xff; 11], &mut pos),
            Err(VarintError::TooLong)
        );
        assert_eq!(read_varint(&[], &mut pos), Err(VarintError::Truncated));
    }
}
