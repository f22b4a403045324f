//! `SyncGroupResponse`, the response of API key 14 (SyncGroup).
//!
//! Versions 0-5; flexible (compact) encoding from version 4.
//!
//! Generated from `SyncGroupResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `SyncGroupResponse` message.
///
/// Versions 0-5; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncGroupResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The group protocol type.
    ///
    /// Spec: versions 5+, nullable 5+, default "null", ignorable.
    pub protocol_type: Option<String>,
    /// The group protocol name.
    ///
    /// Spec: versions 5+, nullable 5+, default "null", ignorable.
    pub protocol_name: Option<String>,
    /// The member assignment.
    ///
    /// Spec: versions 0+.
    pub assignment: Bytes,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for SyncGroupResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 1 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        p::write_i16(buf, self.error_code);
        if version >= 5 {
            p::write_nullable_string(buf, self.protocol_type.as_deref(), flex)?;
        }
        if version >= 5 {
            p::write_nullable_string(buf, self.protocol_name.as_deref(), flex)?;
        }
        p::write_bytes(buf, &self.assignment, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for SyncGroupResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        this.error_code = p::read_i16(buf)?;
        if version >= 5 {
            this.protocol_type = p::read_nullable_string(buf, flex)?;
        }
        if version >= 5 {
            this.protocol_name = p::read_nullable_string(buf, flex)?;
        }
        this.assignment = p::read_bytes(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SyncGroupResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = g.i32();
        }
        this.error_code = g.i16();
        if version >= 5 {
            this.protocol_type = g.maybe(|g| g.string());
        }
        if version >= 5 {
            this.protocol_name = g.maybe(|g| g.string());
        }
        this.assignment = g.bytes();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for SyncGroupResponse {
    const NAME: &'static str = "SyncGroupResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiResponse for SyncGroupResponse {
    const API_KEY: i16 = 14;
    fn response_header_version(version: i16) -> i16 {
        if version >= 4 {
            1
        } else {
            0
        }
    }
}
