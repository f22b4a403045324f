//! Strings: UTF-8 with an `int16` length (classic) or an unsigned varint
//! `length + 1` (compact); length -1 / 0 respectively means null.

use bytes::{BufMut, Bytes, BytesMut};

use super::checks::{read_len, write_len, LenWidth};
use crate::protocol::ProtocolError;

const CONTEXT: &str = "string";

/// Reads a nullable string.
pub fn read_nullable_string(buf: &mut Bytes, compact: bool) -> Result<Option<String>, ProtocolError> {
    let Some(len) = read_len(buf, compact, LenWidth::Short, 1, CONTEXT)? else {
        return Ok(None);
    };
    let raw = buf.split_to(len);
    match std::str::from_utf8(&raw) {
        Ok(s) => Ok(Some(s.to_owned())),
        Err(e) => Err(ProtocolError::Invalid { context: CONTEXT, detail: format!("not UTF-8: {e}") }),
    }
}

/// Reads a string that must not be null.
pub fn read_string(buf: &mut Bytes, compact: bool) -> Result<String, ProtocolError> {
    read_nullable_string(buf, compact)?.ok_or_else(|| ProtocolError::Invalid {
        context: CONTEXT,
        detail: "null where the version requires a value".into(),
    })
}

/// Writes a nullable string.
pub fn write_nullable_string(buf: &mut BytesMut, value: Option<&str>, compact: bool) -> Result<(), ProtocolError> {
    write_len(buf, compact, LenWidth::Short, value.map(str::len), CONTEXT)?;
    if let Some(s) = value {
        buf.put_slice(s.as_bytes());
    }
    Ok(())
}

/// Writes a string.
pub fn write_string(buf: &mut BytesMut, value: &str, compact: bool) -> Result<(), ProtocolError> {
    write_nullable_string(buf, Some(value), compact)
}
