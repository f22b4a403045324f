//! Nullable structs: an `int8` marker (-1 for null, 1 for present) before
//! the struct, as Kafka writes struct fields with `nullableVersions`.

use bytes::{Bytes, BytesMut};

use crate::protocol::{Decodable, Encodable, ProtocolError};

/// Reads a nullable struct.
pub fn read_nullable_struct<T: Decodable>(buf: &mut Bytes, version: i16) -> Result<Option<T>, ProtocolError> {
    if super::read_i8(buf)? < 0 {
        return Ok(None);
    }
    T::decode(buf, version).map(Some)
}

/// Writes a nullable struct.
pub fn write_nullable_struct<T: Encodable>(
    buf: &mut BytesMut,
    value: Option<&T>,
    version: i16,
) -> Result<(), ProtocolError> {
    match value {
        None => {
            super::write_i8(buf, -1);
            Ok(())
        }
        Some(v) => {
            super::write_i8(buf, 1);
            v.encode(buf, version)
        }
    }
}
