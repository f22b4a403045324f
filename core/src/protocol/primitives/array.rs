//! Arrays: an `int32` count (classic) or an unsigned varint `count + 1`
//! (compact), then the elements; -1 / 0 respectively means null.
//!
//! The count is checked against the bytes that remain (each element takes at
//! least [`ArrayItem::MIN_SIZE`] bytes) before any memory is reserved, and the
//! initial reservation is capped besides: a huge count in a small frame is an
//! error, and a large but plausible one grows the vector only as elements
//! actually decode.

use bytes::{Bytes, BytesMut};

use super::checks::{read_len, write_len, LenWidth};
use super::Uuid;
use crate::protocol::{Decodable, Encodable, ProtocolError};

/// Never reserve room for more elements than this up front.
const MAX_PREALLOCATED_ITEMS: usize = 1024;

/// Something that can be an array element.
///
/// Implemented for the primitive element types and, through [`Encodable`] and
/// [`Decodable`], for every generated struct.
pub trait ArrayItem: Sized {
    /// The fewest bytes one element takes on the wire. Structs use 1: every
    /// struct of every spec carries at least one field wherever it can appear.
    const MIN_SIZE: usize;
    /// Reads one element.
    fn read_item(buf: &mut Bytes, version: i16, compact: bool) -> Result<Self, ProtocolError>;
    /// Writes one element.
    fn write_item(&self, buf: &mut BytesMut, version: i16, compact: bool) -> Result<(), ProtocolError>;
}

impl<T: Encodable + Decodable> ArrayItem for T {
    const MIN_SIZE: usize = 1;
    fn read_item(buf: &mut Bytes, version: i16, _compact: bool) -> Result<Self, ProtocolError> {
        T::decode(buf, version)
    }
    fn write_item(&self, buf: &mut BytesMut, version: i16, _compact: bool) -> Result<(), ProtocolError> {
        self.encode(buf, version)
    }
}

macro_rules! fixed_item {
    ($($ty:ty, $size:expr, $read:ident, $write:ident;)*) => {$(
        impl ArrayItem for $ty {
            const MIN_SIZE: usize = $size;
            fn read_item(buf: &mut Bytes, _version: i16, _compact: bool) -> Result<Self, ProtocolError> {
                super::$read(buf)
            }
            fn write_item(&self, buf: &mut BytesMut, _version: i16, _compact: bool) -> Result<(), ProtocolError> {
                super::$write(buf, *self);
                Ok(())
            }
        }
    )*};
}

fixed_item! {
    i8, 1, read_i8, write_i8;
    i16, 2, read_i16, write_i16;
    i32, 4, read_i32, write_i32;
    i64, 8, read_i64, write_i64;
    u16, 2, read_u16, write_u16;
    u32, 4, read_u32, write_u32;
    f64, 8, read_f64, write_f64;
    bool, 1, read_bool, write_bool;
}

impl ArrayItem for Uuid {
    const MIN_SIZE: usize = 16;
    fn read_item(buf: &mut Bytes, _version: i16, _compact: bool) -> Result<Self, ProtocolError> {
        super::read_uuid(buf)
    }
    fn write_item(&self, buf: &mut BytesMut, _version: i16, _compact: bool) -> Result<(), ProtocolError> {
        super::write_uuid(buf, self);
        Ok(())
    }
}

impl ArrayItem for String {
    const MIN_SIZE: usize = 1;
    fn read_item(buf: &mut Bytes, _version: i16, compact: bool) -> Result<Self, ProtocolError> {
        super::read_string(buf, compact)
    }
    fn write_item(&self, buf: &mut BytesMut, _version: i16, compact: bool) -> Result<(), ProtocolError> {
        super::write_string(buf, self, compact)
    }
}

impl ArrayItem for Bytes {
    const MIN_SIZE: usize = 1;
    fn read_item(buf: &mut Bytes, _version: i16, compact: bool) -> Result<Self, ProtocolError> {
        super::read_bytes(buf, compact)
    }
    fn write_item(&self, buf: &mut BytesMut, _version: i16, compact: bool) -> Result<(), ProtocolError> {
        super::write_bytes(buf, self, compact)
    }
}

/// Reads a nullable array.
pub fn read_nullable_array<T: ArrayItem>(
    buf: &mut Bytes,
    version: i16,
    compact: bool,
) -> Result<Option<Vec<T>>, ProtocolError> {
    let Some(count) = read_len(buf, compact, LenWidth::Int, T::MIN_SIZE.max(1), "array count")? else {
        return Ok(None);
    };
    let mut items = Vec::with_capacity(count.min(MAX_PREALLOCATED_ITEMS));
    for _ in 0..count {
        items.push(T::read_item(buf, version, compact)?);
    }
    Ok(Some(items))
}

/// Reads an array that must not be null.
pub fn read_array<T: ArrayItem>(buf: &mut Bytes, version: i16, compact: bool) -> Result<Vec<T>, ProtocolError> {
    read_nullable_array(buf, version, compact)?.ok_or_else(|| ProtocolError::Invalid {
        context: "array",
        detail: "null where the version requires a value".into(),
    })
}

/// Writes a nullable array.
pub fn write_nullable_array<T: ArrayItem>(
    buf: &mut BytesMut,
    items: Option<&[T]>,
    version: i16,
    compact: bool,
) -> Result<(), ProtocolError> {
    write_len(buf, compact, LenWidth::Int, items.map(<[T]>::len), "array count")?;
    for item in items.unwrap_or_default() {
        item.write_item(buf, version, compact)?;
    }
    Ok(())
}

/// Writes an array.
pub fn write_array<T: ArrayItem>(
    buf: &mut BytesMut,
    items: &[T],
    version: i16,
    compact: bool,
) -> Result<(), ProtocolError> {
    write_nullable_array(buf, Some(items), version, compact)
}
