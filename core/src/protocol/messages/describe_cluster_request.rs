//! `DescribeClusterRequest`, the request of API key 60 (DescribeCluster).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `DescribeClusterRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeClusterRequest` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeClusterRequest {
    /// Whether to include cluster authorized operations.
    ///
    /// Spec: versions 0+.
    pub include_cluster_authorized_operations: bool,
    /// The endpoint type to describe. 1=brokers, 2=controllers.
    ///
    /// Spec: versions 1+, default "1".
    pub endpoint_type: i8,
    /// Whether to include fenced brokers when listing brokers.
    ///
    /// Spec: versions 2+.
    pub include_fenced_brokers: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeClusterRequest {
    fn default() -> Self {
        Self {
            include_cluster_authorized_operations: false,
            endpoint_type: 1,
            include_fenced_brokers: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeClusterRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_bool(buf, self.include_cluster_authorized_operations);
        if version >= 1 {
            p::write_i8(buf, self.endpoint_type);
        } else if self.endpoint_type != 1 {
            return Err(p::field_not_supported(
                "DescribeClusterRequest",
                "EndpointType",
                version,
            ));
        }
        if version >= 2 {
            p::write_bool(buf, self.include_fenced_brokers);
        } else if self.include_fenced_brokers {
            return Err(p::field_not_supported(
                "DescribeClusterRequest",
                "IncludeFencedBrokers",
                version,
            ));
        }
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for DescribeClusterRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.include_cluster_authorized_operations = p::read_bool(buf)?;
        if version >= 1 {
            this.endpoint_type = p::read_i8(buf)?;
        }
        if version >= 2 {
            this.include_fenced_brokers = p::read_bool(buf)?;
        }
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeClusterRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.include_cluster_authorized_operations = g.bool();
        if version >= 1 {
            this.endpoint_type = g.i8();
        }
        if version >= 2 {
            this.include_fenced_brokers = g.bool();
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for DescribeClusterRequest {
    const NAME: &'static str = "DescribeClusterRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for DescribeClusterRequest {
    const API_KEY: i16 = 60;
    type Response = super::describe_cluster_response::DescribeClusterResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
