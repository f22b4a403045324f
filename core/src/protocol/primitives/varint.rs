//! Variable-length integers: unsigned LEB128 ("unsigned varint/varlong") and
//! their zigzag-signed forms, as used by compact lengths, tagged fields and
//! record batches.
//!
//! Decoding rejects encodings longer than the type allows and bits that do not
//! fit, rather than silently dropping them: a malformed length must not turn
//! into a plausible small number.

use bytes::{Buf, BufMut, Bytes, BytesMut};

use crate::protocol::ProtocolError;

/// Reads an unsigned LEB128 value of at most `max_bits` bits.
#[inline]
fn read_unsigned(buf: &mut Bytes, max_bits: u32, context: &'static str) -> Result<u64, ProtocolError> {
    let mut value: u64 = 0;
    let mut shift: u32 = 0;
    loop {
        if buf.is_empty() {
            return Err(ProtocolError::UnexpectedEof { context, needed: 1, remaining: 0 });
        }
        let byte = buf.get_u8();
        let bits = u64::from(byte & 0x7f);
        // The bits this byte brings must fit below `max_bits`.
        if shift >= max_bits || (max_bits - shift < 7 && bits >> (max_bits - shift) != 0) {
            return Err(ProtocolError::Invalid {
                context,
                detail: format!("does not fit in {max_bits} bits"),
            });
        }
        value |= bits << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
        shift += 7;
    }
}

#[inline]
fn write_unsigned(buf: &mut BytesMut, mut value: u64) {
    while value >= 0x80 {
        buf.put_u8((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    buf.put_u8(value as u8);
}

/// Reads an unsigned varint (at most 5 bytes, 32 bits).
#[inline]
pub fn read_uvarint(buf: &mut Bytes) -> Result<u32, ProtocolError> {
    // At most 32 bits were accepted, so the conversion cannot fail.
    read_unsigned(buf, 32, "unsigned varint").map(|v| v as u32)
}

/// Reads an unsigned varlong (at most 10 bytes, 64 bits).
#[inline]
pub fn read_uvarlong(buf: &mut Bytes) -> Result<u64, ProtocolError> {
    read_unsigned(buf, 64, "unsigned varlong")
}

/// Reads a zigzag-encoded signed varint.
#[inline]
pub fn read_varint(buf: &mut Bytes) -> Result<i32, ProtocolError> {
    let raw = read_unsigned(buf, 32, "varint")? as u32;
    Ok(((raw >> 1) as i32) ^ -((raw & 1) as i32))
}

/// Reads a zigzag-encoded signed varlong.
#[inline]
pub fn read_varlong(buf: &mut Bytes) -> Result<i64, ProtocolError> {
    let raw = read_unsigned(buf, 64, "varlong")?;
    Ok(((raw >> 1) as i64) ^ -((raw & 1) as i64))
}

/// Writes an unsigned varint.
#[inline]
pub fn write_uvarint(buf: &mut BytesMut, value: u32) {
    write_unsigned(buf, u64::from(value));
}

/// Writes an unsigned varlong.
#[inline]
pub fn write_uvarlong(buf: &mut BytesMut, value: u64) {
    write_unsigned(buf, value);
}

/// Writes a zigzag-encoded signed varint.
#[inline]
pub fn write_varint(buf: &mut BytesMut, value: i32) {
    write_unsigned(buf, u64::from(((value << 1) ^ (value >> 31)) as u32));
}

/// Writes a zigzag-encoded signed varlong.
#[inline]
pub fn write_varlong(buf: &mut BytesMut, value: i64) {
    write_unsigned(buf, ((value << 1) ^ (value >> 63)) as u64);
}

/// How many bytes [`write_uvarint`] uses for `value`.
#[inline]
pub fn uvarint_len(value: u32) -> usize {
    let bits = 32 - value.leading_zeros() as usize;
    bits.max(1).div_ceil(7)
}
