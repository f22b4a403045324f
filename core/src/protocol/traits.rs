//! The contract every protocol message fulfils.
//!
//! A message is encoded and decoded *at a version*: the same Rust struct holds
//! the union of the fields of all versions, and the version decides which of
//! them are on the wire and how (classic or "flexible" compact encoding).

use bytes::{Bytes, BytesMut};

use super::error::ProtocolError;

/// Writes a value in the wire format of the given version.
pub trait Encodable {
    /// Appends the encoding of `self` at `version` to `buf`.
    ///
    /// Fails when `version` is outside the message's valid versions, or when a
    /// field that the version cannot carry holds a non-default value and the
    /// spec does not mark it ignorable.
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError>;
}

/// Reads a value in the wire format of the given version.
pub trait Decodable: Sized {
    /// Reads one value from the front of `buf`, advancing it.
    ///
    /// Never panics and never allocates more than the bytes that remain in
    /// `buf` can justify: a length or count larger than what remains is an
    /// error.
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError>;
}

/// Facts about a message type taken from its spec.
pub trait Message: Encodable + Decodable + Default + Clone + std::fmt::Debug + PartialEq {
    /// The spec's name, e.g. `"MetadataRequest"`.
    const NAME: &'static str;
    /// Lowest valid version.
    const MIN_VERSION: i16;
    /// Highest stable version (versions marked unstable in the spec are left out).
    const MAX_VERSION: i16;
    /// First version that uses the flexible (compact, tagged-field) encoding;
    /// `i16::MAX` when no version does.
    const FLEXIBLE_MIN_VERSION: i16;

    /// Whether `version` uses the flexible encoding.
    fn is_flexible(version: i16) -> bool {
        version >= Self::FLEXIBLE_MIN_VERSION
    }
}

/// A request a client sends to a broker.
pub trait ApiRequest: Message {
    /// The API key shared by the request and its response.
    const API_KEY: i16;
    /// The response type the broker answers with.
    type Response: ApiResponse;

    /// The request header version to use with this request at `version`:
    /// 2 for flexible versions, 1 otherwise (0 only for ControlledShutdown v0).
    fn request_header_version(version: i16) -> i16;
}

/// A response a broker sends back.
pub trait ApiResponse: Message {
    /// The API key shared by the request and its response.
    const API_KEY: i16;

    /// The response header version at `version`: 1 for flexible versions,
    /// 0 otherwise — and always 0 for ApiVersions, so that a client can read
    /// the answer before it knows which versions the broker speaks.
    fn response_header_version(version: i16) -> i16;
}
