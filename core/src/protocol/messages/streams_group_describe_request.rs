//! `StreamsGroupDescribeRequest`, the request of API key 89 (StreamsGroupDescribe).
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `StreamsGroupDescribeRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `StreamsGroupDescribeRequest` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StreamsGroupDescribeRequest {
    /// The ids of the groups to describe
    ///
    /// Spec: versions 0+.
    pub group_ids: Vec<String>,
    /// Whether to include authorized operations.
    ///
    /// Spec: versions 0+.
    pub include_authorized_operations: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for StreamsGroupDescribeRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_array(buf, &self.group_ids, version, true)?;
        p::write_bool(buf, self.include_authorized_operations);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for StreamsGroupDescribeRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.group_ids = p::read_array(buf, version, true)?;
        this.include_authorized_operations = p::read_bool(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for StreamsGroupDescribeRequest {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.group_ids = g.vec(|g| g.string());
        this.include_authorized_operations = g.bool();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for StreamsGroupDescribeRequest {
    const NAME: &'static str = "StreamsGroupDescribeRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for StreamsGroupDescribeRequest {
    const API_KEY: i16 = 89;
    type Response = super::streams_group_describe_response::StreamsGroupDescribeResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
