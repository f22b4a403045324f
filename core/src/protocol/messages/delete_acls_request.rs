//! `DeleteAclsRequest`, the request of API key 31 (DeleteAcls).
//!
//! Versions 1-3; flexible (compact) encoding from version 2.
//!
//! Generated from `DeleteAclsRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DeleteAclsRequest` message.
///
/// Versions 1-3; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteAclsRequest {
    /// The filters to use when deleting ACLs.
    ///
    /// Spec: versions 0+.
    pub filters: Vec<DeleteAclsFilter>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DeleteAclsRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.filters, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteAclsRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.filters = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeleteAclsRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.filters = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DeleteAclsFilter` struct of `DeleteAclsRequest`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAclsFilter {
    /// The resource type.
    ///
    /// Spec: versions 0+.
    pub resource_type_filter: i8,
    /// The resource name, or null to match any resource name.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub resource_name_filter: Option<String>,
    /// The pattern type.
    ///
    /// Spec: versions 1+, default "3".
    pub pattern_type_filter: i8,
    /// The principal filter, or null to accept all principals.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub principal_filter: Option<String>,
    /// The host filter, or null to accept all hosts.
    ///
    /// Spec: versions 0+, nullable 0+.
    pub host_filter: Option<String>,
    /// The ACL operation.
    ///
    /// Spec: versions 0+.
    pub operation: i8,
    /// The permission type.
    ///
    /// Spec: versions 0+.
    pub permission_type: i8,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DeleteAclsFilter {
    fn default() -> Self {
        Self {
            resource_type_filter: 0,
            resource_name_filter: Some(String::new()),
            pattern_type_filter: 3,
            principal_filter: Some(String::new()),
            host_filter: Some(String::new()),
            operation: 0,
            permission_type: 0,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DeleteAclsFilter {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_i8(buf, self.resource_type_filter);
        p::write_nullable_string(buf, self.resource_name_filter.as_deref(), flex)?;
        p::write_i8(buf, self.pattern_type_filter);
        p::write_nullable_string(buf, self.principal_filter.as_deref(), flex)?;
        p::write_nullable_string(buf, self.host_filter.as_deref(), flex)?;
        p::write_i8(buf, self.operation);
        p::write_i8(buf, self.permission_type);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DeleteAclsFilter {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.resource_type_filter = p::read_i8(buf)?;
        this.resource_name_filter = p::read_nullable_string(buf, flex)?;
        this.pattern_type_filter = p::read_i8(buf)?;
        this.principal_filter = p::read_nullable_string(buf, flex)?;
        this.host_filter = p::read_nullable_string(buf, flex)?;
        this.operation = p::read_i8(buf)?;
        this.permission_type = p::read_i8(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DeleteAclsFilter {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.resource_type_filter = g.i8();
        this.resource_name_filter = g.maybe(|g| g.string());
        this.pattern_type_filter = g.i8();
        this.principal_filter = g.maybe(|g| g.string());
        this.host_filter = g.maybe(|g| g.string());
        this.operation = g.i8();
        this.permission_type = g.i8();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DeleteAclsRequest {
    const NAME: &'static str = "DeleteAclsRequest";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 3;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiRequest for DeleteAclsRequest {
    const API_KEY: i16 = 31;
    type Response = super::delete_acls_response::DeleteAclsResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 2 {
            2
        } else {
            1
        }
    }
}
