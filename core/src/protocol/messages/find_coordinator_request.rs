//! `FindCoordinatorRequest`, the request of API key 10 (FindCoordinator).
//!
//! Versions 0-6; flexible (compact) encoding from version 3.
//!
//! Generated from `FindCoordinatorRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `FindCoordinatorRequest` message.
///
/// Versions 0-6; flexible (compact) encoding from version 3.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FindCoordinatorRequest {
    /// The coordinator key.
    ///
    /// Spec: versions 0-3.
    pub key: String,
    /// The coordinator key type. (group, transaction, share).
    ///
    /// Spec: versions 1+, default "0".
    pub key_type: i8,
    /// The coordinator keys.
    ///
    /// Spec: versions 4+.
    pub coordinator_keys: Vec<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for FindCoordinatorRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        if version <= 3 {
            p::write_string(buf, &self.key, flex)?;
        } else if !self.key.is_empty() {
            return Err(p::field_not_supported(
                "FindCoordinatorRequest",
                "Key",
                version,
            ));
        }
        if version >= 1 {
            p::write_i8(buf, self.key_type);
        } else if self.key_type != 0 {
            return Err(p::field_not_supported(
                "FindCoordinatorRequest",
                "KeyType",
                version,
            ));
        }
        if version >= 4 {
            p::write_array(buf, &self.coordinator_keys, version, flex)?;
        } else if !self.coordinator_keys.is_empty() {
            return Err(p::field_not_supported(
                "FindCoordinatorRequest",
                "CoordinatorKeys",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for FindCoordinatorRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 3;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        if version <= 3 {
            this.key = p::read_string(buf, flex)?;
        }
        if version >= 1 {
            this.key_type = p::read_i8(buf)?;
        }
        if version >= 4 {
            this.coordinator_keys = p::read_array(buf, version, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for FindCoordinatorRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 3;
        let mut this = Self::default();
        if version <= 3 {
            this.key = g.string();
        }
        if version >= 1 {
            this.key_type = g.i8();
        }
        if version >= 4 {
            this.coordinator_keys = g.vec(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for FindCoordinatorRequest {
    const NAME: &'static str = "FindCoordinatorRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 6;
    const FLEXIBLE_MIN_VERSION: i16 = 3;
}

impl ApiRequest for FindCoordinatorRequest {
    const API_KEY: i16 = 10;
    type Response = super::find_coordinator_response::FindCoordinatorResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 3 {
            2
        } else {
            1
        }
    }
}
