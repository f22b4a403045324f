//! `JoinGroupRequest`, the request of API key 11 (JoinGroup).
//!
//! Versions 0-9; flexible (compact) encoding from version 6.
//!
//! Generated from `JoinGroupRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `JoinGroupRequest` message.
///
/// Versions 0-9; flexible (compact) encoding from version 6.
#[derive(Debug, Clone, PartialEq)]
pub struct JoinGroupRequest {
    /// The group identifier.
    ///
    /// Spec: versions 0+.
    pub group_id: String,
    /// The coordinator considers the consumer dead if it receives no heartbeat after this timeout in milliseconds.
    ///
    /// Spec: versions 0+.
    pub session_timeout_ms: i32,
    /// The maximum time in milliseconds that the coordinator will wait for each member to rejoin when rebalancing the group.
    ///
    /// Spec: versions 1+, default "-1", ignorable.
    pub rebalance_timeout_ms: i32,
    /// The member id assigned by the group coordinator.
    ///
    /// Spec: versions 0+.
    pub member_id: String,
    /// The unique identifier of the consumer instance provided by end user.
    ///
    /// Spec: versions 5+, nullable 5+, default "null".
    pub group_instance_id: Option<String>,
    /// The unique name the for class of protocols implemented by the group we want to join.
    ///
    /// Spec: versions 0+.
    pub protocol_type: String,
    /// The list of protocols that the member supports.
    ///
    /// Spec: versions 0+.
    pub protocols: Vec<JoinGroupRequestProtocol>,
    /// The reason why the member (re-)joins the group.
    ///
    /// Spec: versions 8+, nullable 8+, default "null", ignorable.
    pub reason: Option<String>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for JoinGroupRequest {
    fn default() -> Self {
        Self {
            group_id: String::new(),
            session_timeout_ms: 0,
            rebalance_timeout_ms: -1,
            member_id: String::new(),
            group_instance_id: None,
            protocol_type: String::new(),
            protocols: Vec::new(),
            reason: None,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for JoinGroupRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_string(buf, &self.group_id, flex)?;
        p::write_i32(buf, self.session_timeout_ms);
        if version >= 1 {
            p::write_i32(buf, self.rebalance_timeout_ms);
        }
        p::write_string(buf, &self.member_id, flex)?;
        if version >= 5 {
            p::write_nullable_string(buf, self.group_instance_id.as_deref(), flex)?;
        } else if self.group_instance_id.is_some() {
            return Err(p::field_not_supported(
                "JoinGroupRequest",
                "GroupInstanceId",
                version,
            ));
        }
        p::write_string(buf, &self.protocol_type, flex)?;
        p::write_array(buf, &self.protocols, version, flex)?;
        if version >= 8 {
            p::write_nullable_string(buf, self.reason.as_deref(), flex)?;
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for JoinGroupRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_id = p::read_string(buf, flex)?;
        this.session_timeout_ms = p::read_i32(buf)?;
        if version >= 1 {
            this.rebalance_timeout_ms = p::read_i32(buf)?;
        }
        this.member_id = p::read_string(buf, flex)?;
        if version >= 5 {
            this.group_instance_id = p::read_nullable_string(buf, flex)?;
        }
        this.protocol_type = p::read_string(buf, flex)?;
        this.protocols = p::read_array(buf, version, flex)?;
        if version >= 8 {
            this.reason = p::read_nullable_string(buf, flex)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for JoinGroupRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        this.group_id = g.string();
        this.session_timeout_ms = g.i32();
        if version >= 1 {
            this.rebalance_timeout_ms = g.i32();
        }
        this.member_id = g.string();
        if version >= 5 {
            this.group_instance_id = g.maybe(|g| g.string());
        }
        this.protocol_type = g.string();
        this.protocols = g.vec(|g| Random::random(g, version));
        if version >= 8 {
            this.reason = g.maybe(|g| g.string());
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `JoinGroupRequestProtocol` struct of `JoinGroupRequest`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JoinGroupRequestProtocol {
    /// The protocol name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The protocol metadata.
    ///
    /// Spec: versions 0+.
    pub metadata: Bytes,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for JoinGroupRequestProtocol {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 6;
        p::write_string(buf, &self.name, flex)?;
        p::write_bytes(buf, &self.metadata, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for JoinGroupRequestProtocol {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 6;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.metadata = p::read_bytes(buf, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for JoinGroupRequestProtocol {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 6;
        let mut this = Self::default();
        this.name = g.string();
        this.metadata = g.bytes();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for JoinGroupRequest {
    const NAME: &'static str = "JoinGroupRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 9;
    const FLEXIBLE_MIN_VERSION: i16 = 6;
}

impl ApiRequest for JoinGroupRequest {
    const API_KEY: i16 = 11;
    type Response = super::join_group_response::JoinGroupResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 6 {
            2
        } else {
            1
        }
    }
}
