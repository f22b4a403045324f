//! `StopReplicaResponse`, the response of API key 5 (StopReplica).
//!
//! Kafka has removed this API: no version is valid, so encoding and decoding
//! always fail with `UnsupportedVersion`. The type stays so that every API key has one.
//!
//! Generated from `StopReplicaResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `StopReplicaResponse` message.
///
/// Kafka has removed this API: no version is valid, so encoding and decoding always fail with `UnsupportedVersion`. The type stays so that every API key has one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopReplicaResponse {}

impl Encodable for StopReplicaResponse {
    fn encode(&self, _buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        Ok(())
    }
}

impl Decodable for StopReplicaResponse {
    fn decode(_buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let this = Self::default();
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for StopReplicaResponse {
    fn random(_g: &mut Gen, _version: i16) -> Self {
        let this = Self::default();
        this
    }
}

impl Message for StopReplicaResponse {
    const NAME: &'static str = "StopReplicaResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = -1;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}

impl ApiResponse for StopReplicaResponse {
    const API_KEY: i16 = 5;
    fn response_header_version(_version: i16) -> i16 {
        0
    }
}
