//! Errors of encoding and decoding the wire format.

/// What went wrong while reading or writing protocol bytes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProtocolError {
    /// The input ended before a value was complete.
    #[error("truncated input while reading {context}: needed {needed} bytes, {remaining} remain")]
    UnexpectedEof {
        /// What was being read.
        context: &'static str,
        /// Bytes the value needed.
        needed: usize,
        /// Bytes that were left.
        remaining: usize,
    },
    /// A value was read completely but is not valid (negative length, bad
    /// UTF-8, a varint that is too long, ...).
    #[error("invalid {context}: {detail}")]
    Invalid {
        /// What was being read or written.
        context: &'static str,
        /// Why it is invalid.
        detail: String,
    },
    /// The message has no such version.
    #[error("{message} has no version {version} (valid: {min} to {max})")]
    UnsupportedVersion {
        /// The message name.
        message: &'static str,
        /// The version asked for.
        version: i16,
        /// Lowest valid version.
        min: i16,
        /// Highest valid version.
        max: i16,
    },
    /// A field holds a value that the chosen version cannot carry.
    #[error("{message}.{field} cannot be sent at version {version}; use a version that supports it or leave it at its default")]
    FieldNotSupported {
        /// The message or struct name.
        message: &'static str,
        /// The field name.
        field: &'static str,
        /// The version being encoded.
        version: i16,
    },
    /// A null was given for a field that is not nullable at this version.
    #[error("{message}.{field} cannot be null at version {version}")]
    NullNotAllowed {
        /// The message or struct name.
        message: &'static str,
        /// The field name.
        field: &'static str,
        /// The version being encoded or decoded.
        version: i16,
    },
    /// The API key is not one Kafka defines.
    #[error("unknown API key {api_key}")]
    UnknownApiKey {
        /// The key read or asked for.
        api_key: i16,
    },
}
