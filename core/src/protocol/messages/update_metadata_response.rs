//! `UpdateMetadataResponse`, the response of API key 6 (UpdateMetadata).
//!
//! Kafka has removed this API: no version is valid, so encoding and decoding
//! always fail with `UnsupportedVersion`. The type stays so that every API key has one.
//!
//! Generated from `UpdateMetadataResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `UpdateMetadataResponse` message.
///
/// Kafka has removed this API: no version is valid, so encoding and decoding always fail with `UnsupportedVersion`. The type stays so that every API key has one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateMetadataResponse {}

impl Encodable for UpdateMetadataResponse {
    fn encode(&self, _buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        Ok(())
    }
}

impl Decodable for UpdateMetadataResponse {
    fn decode(_buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let this = Self::default();
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for UpdateMetadataResponse {
    fn random(_g: &mut Gen, _version: i16) -> Self {
        let this = Self::default();
        this
    }
}

impl Message for UpdateMetadataResponse {
    const NAME: &'static str = "UpdateMetadataResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = -1;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}

impl ApiResponse for UpdateMetadataResponse {
    const API_KEY: i16 = 6;
    fn response_header_version(_version: i16) -> i16 {
        0
    }
}
