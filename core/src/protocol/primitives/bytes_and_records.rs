//! Byte arrays and record sets: an `int32` length (classic) or an unsigned
//! varint `length + 1` (compact), then the raw bytes.
//!
//! Values are zero-copy slices of the input buffer: a fetch response's record
//! batches are handed on without being copied.

use bytes::{BufMut, Bytes, BytesMut};

use super::checks::{read_len, write_len, LenWidth};
use crate::protocol::ProtocolError;

/// Reads nullable bytes.
pub fn read_nullable_bytes(buf: &mut Bytes, compact: bool) -> Result<Option<Bytes>, ProtocolError> {
    Ok(read_len(buf, compact, LenWidth::Int, 1, "bytes")?.map(|len| buf.split_to(len)))
}

/// Reads bytes that must not be null.
pub fn read_bytes(buf: &mut Bytes, compact: bool) -> Result<Bytes, ProtocolError> {
    read_nullable_bytes(buf, compact)?.ok_or_else(|| ProtocolError::Invalid {
        context: "bytes",
        detail: "null where the version requires a value".into(),
    })
}

/// Writes nullable bytes.
pub fn write_nullable_bytes(buf: &mut BytesMut, value: Option<&Bytes>, compact: bool) -> Result<(), ProtocolError> {
    write_len(buf, compact, LenWidth::Int, value.map(Bytes::len), "bytes")?;
    if let Some(b) = value {
        buf.put_slice(b);
    }
    Ok(())
}

/// Writes bytes.
pub fn write_bytes(buf: &mut BytesMut, value: &Bytes, compact: bool) -> Result<(), ProtocolError> {
    write_nullable_bytes(buf, Some(value), compact)
}

/// Reads a `records` field: nullable bytes whose content (record batches) is
/// left for the record layer to parse.
pub fn read_records(buf: &mut Bytes, compact: bool) -> Result<Option<Bytes>, ProtocolError> {
    Ok(read_len(buf, compact, LenWidth::Int, 1, "records")?.map(|len| buf.split_to(len)))
}

/// Writes a `records` field.
pub fn write_records(buf: &mut BytesMut, value: Option<&Bytes>, compact: bool) -> Result<(), ProtocolError> {
    write_len(buf, compact, LenWidth::Int, value.map(Bytes::len), "records")?;
    if let Some(b) = value {
        buf.put_slice(b);
    }
    Ok(())
}
