//! The building blocks every Kafka message is made of.
//!
//! Generated message code is deliberately thin: each field turns into one call
//! to a function here. Keeping the logic in one hand-written place means the
//! rules that protect us from hostile input live in one place too:
//!
//! - every read checks the bytes that remain *before* it takes them, and
//!   returns [`ProtocolError::UnexpectedEof`](super::ProtocolError) instead of
//!   panicking;
//! - every length or count read from the wire is compared with the bytes that
//!   remain before anything is allocated for it, so a four-byte message cannot
//!   make us reserve gigabytes;
//! - byte fields are zero-copy slices of the input [`bytes::Bytes`].
//!
//! "Compact" is the encoding of flexible versions (KIP-482): lengths are
//! unsigned varints holding `length + 1`, so that 0 can mean null.

mod array;
mod bytes_and_records;
mod checks;
mod fixed;
mod nullable_struct;
mod string;
mod tagged;
mod uuid;
mod varint;

pub use array::{read_array, read_nullable_array, write_array, write_nullable_array, ArrayItem};
pub use bytes_and_records::{
    read_bytes, read_nullable_bytes, read_records, write_bytes, write_nullable_bytes,
    write_records,
};
pub use checks::{check_version, expect_empty, field_not_supported, null_not_allowed, require};
pub use fixed::{
    read_bool, read_f64, read_i16, read_i32, read_i64, read_i8, read_u16, read_u32, write_bool,
    write_f64, write_i16, write_i32, write_i64, write_i8, write_u16, write_u32,
};
pub use nullable_struct::{read_nullable_struct, write_nullable_struct};
pub use string::{read_nullable_string, read_string, write_nullable_string, write_string};
pub use tagged::{
    read_tagged_field, read_tagged_header, read_unknown_tagged_fields, write_unknown_tagged_fields,
    RawTaggedField,
    TaggedFieldWriter, UnknownTaggedFields,
};
pub use uuid::{read_uuid, write_uuid, ParseUuidError, Uuid};
pub use varint::{
    read_uvarint, read_uvarlong, read_varint, read_varlong, uvarint_len, write_uvarint,
    write_uvarlong, write_varint, write_varlong,
};

#[cfg(test)]
mod tests;
