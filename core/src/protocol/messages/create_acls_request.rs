//! `CreateAclsRequest`, the request of API key 30 (CreateAcls).
//!
//! Versions 1-3; flexible (compact) encoding from version 2.
//!
//! Generated from `CreateAclsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `CreateAclsRequest` message.
///
/// Versions 1-3; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAclsRequest {
    /// The ACLs that we want to create.
    ///
    /// Spec: versions 0+.
    pub creations: Vec<AclCreation>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for CreateAclsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.creations, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for CreateAclsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.creations = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for CreateAclsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.creations = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `AclCreation` struct of `CreateAclsRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct AclCreation {
    /// The type of the resource.
    ///
    /// Spec: versions 0+.
    pub resource_type: i8,
    /// The resource name for the ACL.
    ///
    /// Spec: versions 0+.
    pub resource_name: String,
    /// The pattern type for the ACL.
    ///
    /// Spec: versions 1+, default "3".
    pub resource_pattern_type: i8,
    /// The principal for the ACL.
    ///
    /// Spec: versions 0+.
    pub principal: String,
    /// The host for the ACL.
    ///
    /// Spec: versions 0+.
    pub host: String,
    /// The operation type for the ACL (read, write, etc.).
    ///
    /// Spec: versions 0+.
    pub operation: i8,
    /// The permission type for the ACL (allow, deny, etc.).
    ///
    /// Spec: versions 0+.
    pub permission_type: i8,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for AclCreation {
    fn default() -> Self {
        Self {
            resource_type: 0,
            resource_name: String::new(),
            resource_pattern_type: 3,
            principal: String::new(),
            host: String::new(),
            operation: 0,
            permission_type: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for AclCreation {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_i8(buf, self.resource_type);
        p::write_string(buf, &self.resource_name, flex)?;
        p::write_i8(buf, self.resource_pattern_type);
        p::write_string(buf, &self.principal, flex)?;
        p::write_string(buf, &self.host, flex)?;
        p::write_i8(buf, self.operation);
        p::write_i8(buf, self.permission_type);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for AclCreation {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.resource_type = p::read_i8(buf)?;
        this.resource_name = p::read_string(buf, flex)?;
        this.resource_pattern_type = p::read_i8(buf)?;
        this.principal = p::read_string(buf, flex)?;
        this.host = p::read_string(buf, flex)?;
        this.operation = p::read_i8(buf)?;
        this.permission_type = p::read_i8(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for AclCreation {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.resource_type = g.i8();
        this.resource_name = g.string();
        this.resource_pattern_type = g.i8();
        this.principal = g.string();
        this.host = g.string();
        this.operation = g.i8();
        this.permission_type = g.i8();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for CreateAclsRequest {
    const NAME: &'static str = "CreateAclsRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiRequest for CreateAclsRequest {
    const API_KEY: i16 = 30;
    type Response = super::create_acls_response::CreateAclsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 2 {
            2
        } else {
            1
        }
    }
}
