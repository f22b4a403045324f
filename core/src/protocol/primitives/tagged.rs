//! The tagged-field section that ends every struct in flexible versions
//! (KIP-482): a count, then `(tag, size, value)` triples in ascending tag
//! order, each part an unsigned varint except the value.
//!
//! Tags this code does not know are kept as raw bytes in
//! [`UnknownTaggedFields`] and written back on encode, merged in tag order
//! with the known ones. A proxy, a mock broker or an older client then passes
//! on what a newer peer sent instead of dropping it.

use bytes::{BufMut, Bytes, BytesMut};

use super::checks::need;
use super::{read_uvarint, uvarint_len, write_uvarint};
use crate::protocol::ProtocolError;

/// One tagged field whose tag the decoder did not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawTaggedField {
    /// The field's tag.
    pub tag: u32,
    /// The field's value, exactly as it was on the wire.
    pub data: Bytes,
}

/// The tagged fields of a struct that its version does not define, in the
/// order they were read (ascending tags, for well-formed input).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UnknownTaggedFields(pub Vec<RawTaggedField>);

impl UnknownTaggedFields {
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Adds one.
    pub fn push(&mut self, tag: u32, data: Bytes) {
        self.0.push(RawTaggedField { tag, data });
    }

    /// The fields, in order.
    pub fn iter(&self) -> impl Iterator<Item = &RawTaggedField> {
        self.0.iter()
    }
}

/// Reads the number of tagged fields that follow.
#[inline]
pub fn read_tagged_header(buf: &mut Bytes) -> Result<u32, ProtocolError> {
    read_uvarint(buf)
}

/// Reads one tagged field's tag and its value as a slice of `buf`.
#[inline]
pub fn read_tagged_field(buf: &mut Bytes) -> Result<(u32, Bytes), ProtocolError> {
    let tag = read_uvarint(buf)?;
    let size = read_uvarint(buf)? as usize;
    need(buf, size, "tagged field")?;
    Ok((tag, buf.split_to(size)))
}

/// Reads a whole tagged-field section for a struct that knows no tags.
pub fn read_unknown_tagged_fields(buf: &mut Bytes) -> Result<UnknownTaggedFields, ProtocolError> {
    let count = read_tagged_header(buf)?;
    let mut fields = UnknownTaggedFields::default();
    for _ in 0..count {
        let (tag, data) = read_tagged_field(buf)?;
        fields.push(tag, data);
    }
    Ok(fields)
}

/// Writes a tagged-field section, interleaving the known fields (which the
/// caller passes in ascending tag order) with the unknown ones.
pub struct TaggedFieldWriter<'a> {
    unknown: &'a [RawTaggedField],
}

impl<'a> TaggedFieldWriter<'a> {
    /// Writes the section's field count: `known` fields the caller will pass
    /// to [`field`](Self::field), plus the unknown ones.
    pub fn start(
        buf: &mut BytesMut,
        known: usize,
        unknown: &'a UnknownTaggedFields,
    ) -> Result<Self, ProtocolError> {
        let total = u32::try_from(known + unknown.len()).map_err(|_| ProtocolError::Invalid {
            context: "tagged fields",
            detail: "too many tagged fields".into(),
        })?;
        write_uvarint(buf, total);
        Ok(Self { unknown: &unknown.0 })
    }

    /// Writes one known field whose value `write` produces.
    pub fn field(
        &mut self,
        buf: &mut BytesMut,
        tag: u32,
        write: impl FnOnce(&mut BytesMut) -> Result<(), ProtocolError>,
    ) -> Result<(), ProtocolError> {
        self.flush_below(buf, tag)?;
        let mut value = BytesMut::new();
        write(&mut value)?;
        write_raw(buf, tag, &value)
    }

    /// Writes the unknown fields not written yet.
    pub fn finish(mut self, buf: &mut BytesMut) -> Result<(), ProtocolError> {
        self.flush_below(buf, u32::MAX)?;
        for field in std::mem::take(&mut self.unknown) {
            write_raw(buf, field.tag, &field.data)?;
        }
        Ok(())
    }

    fn flush_below(&mut self, buf: &mut BytesMut, tag: u32) -> Result<(), ProtocolError> {
        while let Some((first, rest)) = self.unknown.split_first() {
            if first.tag >= tag {
                break;
            }
            write_raw(buf, first.tag, &first.data)?;
            self.unknown = rest;
        }
        Ok(())
    }
}

fn write_raw(buf: &mut BytesMut, tag: u32, value: &[u8]) -> Result<(), ProtocolError> {
    let size = u32::try_from(value.len()).map_err(|_| ProtocolError::Invalid {
        context: "tagged field",
        detail: "value too large".into(),
    })?;
    buf.reserve(uvarint_len(tag) + uvarint_len(size) + value.len());
    write_uvarint(buf, tag);
    write_uvarint(buf, size);
    buf.put_slice(value);
    Ok(())
}

/// Writes the tagged-field section of a struct that knows no tags.
pub fn write_unknown_tagged_fields(buf: &mut BytesMut, fields: &UnknownTaggedFields) -> Result<(), ProtocolError> {
    TaggedFieldWriter::start(buf, 0, fields)?.finish(buf)
}
