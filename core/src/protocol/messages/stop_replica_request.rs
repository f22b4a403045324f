//! `StopReplicaRequest`, the request of API key 5 (StopReplica).
//!
//! Kafka has removed this API: no version is valid, so encoding and decoding
//! always fail with `UnsupportedVersion`. The type stays so that every API key has one.
//!
//! Generated from `StopReplicaRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `StopReplicaRequest` message.
///
/// Kafka has removed this API: no version is valid, so encoding and decoding always fail with `UnsupportedVersion`. The type stays so that every API key has one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopReplicaRequest {}

impl Encodable for StopReplicaRequest {
    fn encode(&self, _buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        Ok(())
    }
}

impl Decodable for StopReplicaRequest {
    fn decode(_buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let this = Self::default();
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for StopReplicaRequest {
    fn random(_g: &mut Gen, _version: i16) -> Self {
        let this = Self::default();
        this
    }
}

impl Message for StopReplicaRequest {
    const NAME: &'static str = "StopReplicaRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = -1;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}

impl ApiRequest for StopReplicaRequest {
    const API_KEY: i16 = 5;
    type Response = super::stop_replica_response::StopReplicaResponse;
    fn request_header_version(_version: i16) -> i16 {
        1
    }
}
