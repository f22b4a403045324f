//! `HeartbeatRequest`, the request of API key 12 (Heartbeat).
//!
//! Versions 0-4; flexible (compact) encoding from version 4.
//!
//! Generated from `HeartbeatRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `HeartbeatRequest` message.
///
/// Versions 0-4; flexible (compact) encoding from version 4.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeartbeatRequest {
    /// The group id.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The generation of the group.
    ///
    /// Spec: versions 0+.
    pub generation_id: i32,
    /// The member ID.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The unique identifier of the consumer instance provided by end user.
    ///
    /// Spec: versions 3+, nullable 3+, default "null".
    pub group_instance_id: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for HeartbeatRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.group_id, flex)?;
        p::write_i32(buf, self.generation_id);
        p::write_string(buf, &self.member_id, flex)?;
        if version >= 3 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        } else if self.group_instance_id.is_some() {
            return Err(p::field_not_supported(
                "HeartbeatRequest",
                "GroupInstanceId",
                version,
            ));
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for HeartbeatRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 4;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_string(buf, flex)?;
        this.generation_id = p::read_i32(buf)?;
        this.member_id = p::read_string(buf, flex)?;
        if version >= 3 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for HeartbeatRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 4;
        let mut this = Self::default();
        this.group_id = g.string();
        this.generation_id = g.i32();
        this.member_id = g.string();
        if version >= 3 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for HeartbeatRequest {
    const NAME: &'static str = "HeartbeatRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 4;
    const FLEXIBLE_MIN_VERSION: i16 = 4;
}

impl ApiRequest for HeartbeatRequest {
    const API_KEY: i16 = 12;
    type Response = super::heartbeat_response::HeartbeatResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 4 {
            2
        } else {
            1
        }
    }
}
