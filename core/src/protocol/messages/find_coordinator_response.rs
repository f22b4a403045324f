//! `FindCoordinatorResponse`, the response of API key 10 (FindCoordinator).
//!
//! Versions 0-6; flexible (compact) encoding from version 3.
//!
//! Generated from `FindCoordinatorResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `FindCoordinatorResponse` message.
///
/// Versions 0-6; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq)]
pub struct FindCoordinatorResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 1+, ignorable.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0-3.
    pub error_code: i16,
    /// The error message, or null if there was no error.
    ///
    /// Spec: versions 1-3, nullable 1-3, ignorable.
    pub error_message: Option<String>,
    /// The node id.
    ///
    /// Spec: versions 0-3.
    pub node_id: i32,
    /// The host name.
    ///
    /// Spec: versions 0-3.
    pub host: String,
    /// The port.
    ///
    /// Spec: versions 0-3.
    pub port: i32,
    /// Each coordinator result in the response.
    ///
    /// Spec: versions 4+.
    pub coordinators: Vec<Coordinator>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for FindCoordinatorResponse {
    fn default() -> Self {
        Self {
            throttle_time_ms: 0,
            error_code: 0,
            error_message: Some(String::new()),
            node_id: 0,
            host: String::new(),
            port: 0,
            coordinators: Vec::new(),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for FindCoordinatorResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version >= 1 {
            p::write_i32(buf, self.throttle_time_ms);
        }
        if version <= 3 {
            p::write_i16(buf, self.error_code);
        } else if self.error_code != 0 {
            return Err(p::field_not_supported(
                "FindCoordinatorResponse",
                "ErrorCode",
                version,
            ));
        }
        if (1..=3).contains(&version) {
            p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        }
        if version <= 3 {
            p::write_i32(buf, self.node_id);
        } else if self.node_id != 0 {
            return Err(p::field_not_supported(
                "FindCoordinatorResponse",
                "NodeId",
                version,
            ));
        }
        if version <= 3 {
            p::write_string(buf, &self.host, flex)?;
        } else if !self.host.is_empty() {
            return Err(p::field_not_supported(
                "FindCoordinatorResponse",
                "Host",
                version,
            ));
        }
        if version <= 3 {
            p::write_i32(buf, self.port);
        } else if self.port != 0 {
            return Err(p::field_not_supported(
                "FindCoordinatorResponse",
                "Port",
                version,
            ));
        }
        if version >= 4 {
            p::write_array(buf, &self.coordinators, version, flex)?;
        } else if !self.coordinators.is_empty() {
            return Err(p::field_not_supported(
                "FindCoordinatorResponse",
                "Coordinators",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for FindCoordinatorResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = p::read_i32(buf)?;
        }
        if version <= 3 {
            this.error_code = p::read_i16(buf)?;
        }
        if (1..=3).contains(&version) {
            this.error_message = p::read_nullable_string(buf, flex)?;
        }
        if version <= 3 {
            this.node_id = p::read_i32(buf)?;
        }
        if version <= 3 {
            this.host = p::read_string(buf, flex)?;
        }
        if version <= 3 {
            this.port = p::read_i32(buf)?;
        }
        if version >= 4 {
            this.coordinators = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FindCoordinatorResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 1 {
            this.throttle_time_ms = g.i32();
        }
        if version <= 3 {
            this.error_code = g.i16();
        }
        if (1..=3).contains(&version) {
            this.error_message = g.maybe(|g| g.string());
        }
        if version <= 3 {
            this.node_id = g.i32();
        }
        if version <= 3 {
            this.host = g.string();
        }
        if version <= 3 {
            this.port = g.i32();
        }
        if version >= 4 {
            this.coordinators = g.vec(|g| Random::random(g, version));
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `Coordinator` struct of `FindCoordinatorResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct Coordinator {
    /// The coordinator key.
    ///
    /// Spec: versions 4+.
    pub key: String,
    /// The node id.
    ///
    /// Spec: versions 4+.
    pub node_id: i32,
    /// The host name.
    ///
    /// Spec: versions 4+.
    pub host: String,
    /// The port.
    ///
    /// Spec: versions 4+.
    pub port: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 4+.
    pub error_code: i16,
    /// The error message, or null if there was no error.
    ///
    /// Spec: versions 4+, nullable 4+, ignorable.
    pub error_message: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for Coordinator {
    fn default() -> Self {
        Self {
            key: String::new(),
            node_id: 0,
            host: String::new(),
            port: 0,
            error_code: 0,
            error_message: Some(String::new()),
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for Coordinator {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        if version >= 4 {
            p::write_string(buf, &self.key, flex)?;
        } else if !self.key.is_empty() {
            return Err(p::field_not_supported("Coordinator", "Key", version));
        }
        if version >= 4 {
            p::write_i32(buf, self.node_id);
        } else if self.node_id != 0 {
            return Err(p::field_not_supported("Coordinator", "NodeId", version));
        }
        if version >= 4 {
            p::write_string(buf, &self.host, flex)?;
        } else if !self.host.is_empty() {
            return Err(p::field_not_supported("Coordinator", "Host", version));
        }
        if version >= 4 {
            p::write_i32(buf, self.port);
        } else if self.port != 0 {
            return Err(p::field_not_supported("Coordinator", "Port", version));
        }
        if version >= 4 {
            p::write_i16(buf, self.error_code);
        } else if self.error_code != 0 {
            return Err(p::field_not_supported("Coordinator", "ErrorCode", version));
        }
        if version >= 4 {
            p::write_nullable_string(buf, self.error_message.as_deref(), flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for Coordinator {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 4 {
            this.key = p::read_string(buf, flex)?;
        }
        if version >= 4 {
            this.node_id = p::read_i32(buf)?;
        }
        if version >= 4 {
            this.host = p::read_string(buf, flex)?;
        }
        if version >= 4 {
            this.port = p::read_i32(buf)?;
        }
        if version >= 4 {
            this.error_code = p::read_i16(buf)?;
        }
        if version >= 4 {
            this.error_message = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for Coordinator {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version >= 4 {
            this.key = g.string();
        }
        if version >= 4 {
            this.node_id = g.i32();
        }
        if version >= 4 {
            this.host = g.string();
        }
        if version >= 4 {
            this.port = g.i32();
        }
        if version >= 4 {
            this.error_code = g.i16();
        }
        if version >= 4 {
            this.error_message = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for FindCoordinatorResponse {
    const NAME: &'static str = "FindCoordinatorResponse";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 6;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiResponse for FindCoordinatorResponse {
    const API_KEY: i16 = 10;
    fn response_header_version(version: i16) -> i16 {
        if version >= 3 {
            1
        } else {
            0
        }
    }
}
