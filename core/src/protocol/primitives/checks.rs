//! Small guards shared by the primitives and the generated messages.
//!
//! They exist so that generated code can say "this field must not be null
//! here" or "this version is out of range" in one short call, and so that
//! every such failure produces the same, descriptive [`ProtocolError`].

use bytes::Bytes;

use crate::protocol::ProtocolError;

/// Fails unless `buf` still holds at least `needed` bytes.
#[inline]
pub(crate) fn need(buf: &Bytes, needed: usize, context: &'static str) -> Result<(), ProtocolError> {
    if buf.len() < needed {
        return Err(ProtocolError::UnexpectedEof { context, needed, remaining: buf.len() });
    }
    Ok(())
}

/// Fails unless `version` lies in `min..=max` (an empty range when `max < min`,
/// as for APIs that Kafka has removed).
#[inline]
pub fn check_version(message: &'static str, version: i16, min: i16, max: i16) -> Result<(), ProtocolError> {
    if version < min || version > max {
        return Err(ProtocolError::UnsupportedVersion { message, version, min, max });
    }
    Ok(())
}

/// Borrows the value of a field that may not be null at this version.
#[inline]
pub fn require<'a, T: ?Sized>(
    value: Option<&'a T>,
    message: &'static str,
    field: &'static str,
    version: i16,
) -> Result<&'a T, ProtocolError> {
    value.ok_or(ProtocolError::NullNotAllowed { message, field, version })
}

/// The error for a null value where the version requires one.
#[cold]
pub fn null_not_allowed(message: &'static str, field: &'static str, version: i16) -> ProtocolError {
    ProtocolError::NullNotAllowed { message, field, version }
}

/// The error for a non-default value in a field the version cannot carry.
#[cold]
pub fn field_not_supported(message: &'static str, field: &'static str, version: i16) -> ProtocolError {
    ProtocolError::FieldNotSupported { message, field, version }
}

/// Fails unless a tagged field's value used up exactly the bytes its size
/// announced: leftover bytes mean the sender and we disagree on its type.
#[inline]
pub fn expect_empty(data: &Bytes, context: &'static str) -> Result<(), ProtocolError> {
    if !data.is_empty() {
        return Err(ProtocolError::Invalid {
            context,
            detail: format!("{} bytes left over after the tagged field's value", data.len()),
        });
    }
    Ok(())
}

/// How a classic (non-compact) length prefix is written.
#[derive(Clone, Copy)]
pub(crate) enum LenWidth {
    /// `int16`, used by strings.
    Short,
    /// `int32`, used by bytes, records and arrays.
    Int,
}

/// Reads a length prefix: `None` for null, otherwise the length, which is
/// checked to be at most what `buf` still holds once multiplied by
/// `min_item_size` (1 for byte lengths, the smallest element for arrays).
pub(crate) fn read_len(
    buf: &mut Bytes,
    compact: bool,
    width: LenWidth,
    min_item_size: usize,
    context: &'static str,
) -> Result<Option<usize>, ProtocolError> {
    let len: i64 = if compact {
        i64::from(super::read_uvarint(buf)?) - 1
    } else {
        match width {
            LenWidth::Short => i64::from(super::read_i16(buf)?),
            LenWidth::Int => i64::from(super::read_i32(buf)?),
        }
    };
    if len == -1 {
        return Ok(None);
    }
    let len = usize::try_from(len)
        .map_err(|_| ProtocolError::Invalid { context, detail: format!("negative length {len}") })?;
    let needed = len.saturating_mul(min_item_size);
    need(buf, needed, context)?;
    Ok(Some(len))
}

/// Writes a length prefix; `None` writes null.
pub(crate) fn write_len(
    buf: &mut bytes::BytesMut,
    compact: bool,
    width: LenWidth,
    len: Option<usize>,
    context: &'static str,
) -> Result<(), ProtocolError> {
    let too_long = || ProtocolError::Invalid { context, detail: "too long for its length prefix".into() };
    match (compact, len) {
        (true, None) => super::write_uvarint(buf, 0),
        (true, Some(n)) => {
            let n = u32::try_from(n).ok().and_then(|n| n.checked_add(1)).ok_or_else(too_long)?;
            super::write_uvarint(buf, n);
        }
        (false, None) => match width {
            LenWidth::Short => super::write_i16(buf, -1),
            LenWidth::Int => super::write_i32(buf, -1),
        },
        (false, Some(n)) => match width {
            LenWidth::Short => super::write_i16(buf, i16::try_from(n).map_err(|_| too_long())?),
            LenWidth::Int => super::write_i32(buf, i32::try_from(n).map_err(|_| too_long())?),
        },
    }
    Ok(())
}
