//! Fixed-width big-endian integers, `float64` and `bool`.

use bytes::{Buf, BufMut, Bytes, BytesMut};

use super::checks::need;
use crate::protocol::ProtocolError;

macro_rules! fixed_width {
    ($($read:ident, $write:ident, $ty:ty, $get:ident, $put:ident, $ctx:literal;)*) => {$(
        #[doc = concat!("Reads a big-endian `", $ctx, "`.")]
        #[inline]
        pub fn $read(buf: &mut Bytes) -> Result<$ty, ProtocolError> {
            need(buf, std::mem::size_of::<$ty>(), $ctx)?;
            Ok(buf.$get())
        }

        #[doc = concat!("Writes a big-endian `", $ctx, "`.")]
        #[inline]
        pub fn $write(buf: &mut BytesMut, value: $ty) {
            buf.$put(value);
        }
    )*};
}

fixed_width! {
    read_i8, write_i8, i8, get_i8, put_i8, "int8";
    read_i16, write_i16, i16, get_i16, put_i16, "int16";
    read_i32, write_i32, i32, get_i32, put_i32, "int32";
    read_i64, write_i64, i64, get_i64, put_i64, "int64";
    read_u16, write_u16, u16, get_u16, put_u16, "uint16";
    read_u32, write_u32, u32, get_u32, put_u32, "uint32";
    read_f64, write_f64, f64, get_f64, put_f64, "float64";
}

/// Reads a `bool`: one byte, any non-zero value meaning true (as the Java
/// client reads it).
#[inline]
pub fn read_bool(buf: &mut Bytes) -> Result<bool, ProtocolError> {
    need(buf, 1, "bool")?;
    Ok(buf.get_u8() != 0)
}

/// Writes a `bool` as 0 or 1.
#[inline]
pub fn write_bool(buf: &mut BytesMut, value: bool) {
    buf.put_u8(u8::from(value));
}
