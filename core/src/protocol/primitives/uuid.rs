//! `uuid`: 16 raw bytes on the wire, shown the way Kafka shows topic and
//! directory IDs (URL-safe base64 without padding, 22 characters).

use std::fmt;
use std::str::FromStr;

use bytes::{Buf, BufMut, Bytes, BytesMut};

use super::checks::need;
use crate::protocol::ProtocolError;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A Kafka UUID (topic IDs, directory IDs, member IDs of some APIs).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Uuid(pub [u8; 16]);

impl Uuid {
    /// The all-zero UUID Kafka uses for "no ID".
    pub const ZERO: Uuid = Uuid([0; 16]);

    /// Builds a UUID from its 128-bit big-endian value.
    pub const fn from_u128(value: u128) -> Self {
        Uuid(value.to_be_bytes())
    }

    /// The 128-bit big-endian value.
    pub const fn as_u128(&self) -> u128 {
        u128::from_be_bytes(self.0)
    }

    /// Whether this is [`Uuid::ZERO`].
    pub fn is_zero(&self) -> bool {
        *self == Self::ZERO
    }
}

impl fmt::Display for Uuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // 16 bytes = 128 bits = 21 full sextets + 2 bits: 22 characters.
        let value = self.as_u128();
        let mut out = [0u8; 22];
        for (i, c) in out.iter_mut().enumerate() {
            let shift = 128 - 6 * (i as i32 + 1);
            let sextet = if shift >= 0 { (value >> shift) & 0x3f } else { (value << -shift) & 0x3f };
            *c = ALPHABET[sextet as usize];
        }
        // Every byte comes from ALPHABET, so this is valid ASCII.
        f.write_str(std::str::from_utf8(&out).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Uuid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Uuid({self})")
    }
}

/// A string that is not a Kafka UUID.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a Kafka UUID (22 characters of URL-safe base64): {0:?}")]
pub struct ParseUuidError(pub String);

impl FromStr for Uuid {
    type Err = ParseUuidError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || ParseUuidError(s.to_owned());
        let bytes = s.as_bytes();
        if bytes.len() != 22 {
            return Err(bad());
        }
        let mut value: u128 = 0;
        for (i, &c) in bytes.iter().enumerate() {
            let sextet = ALPHABET.iter().position(|&a| a == c).ok_or_else(bad)? as u128;
            if i < 21 {
                value = (value << 6) | sextet;
            } else {
                // The last character carries the final 2 bits; the rest must be 0.
                if sextet & 0x0f != 0 {
                    return Err(bad());
                }
                value = (value << 2) | (sextet >> 4);
            }
        }
        Ok(Uuid::from_u128(value))
    }
}

/// Reads a UUID.
#[inline]
pub fn read_uuid(buf: &mut Bytes) -> Result<Uuid, ProtocolError> {
    need(buf, 16, "uuid")?;
    let mut raw = [0u8; 16];
    buf.copy_to_slice(&mut raw);
    Ok(Uuid(raw))
}

/// Writes a UUID.
#[inline]
pub fn write_uuid(buf: &mut BytesMut, value: &Uuid) {
    buf.put_slice(&value.0);
}
