//! `ControlRecordTypeSchema`.
//!
//! Version 0; no flexible versions.
//!
//! Generated from `ControlRecordTypeSchema.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `ControlRecordTypeSchema` message.
///
/// Version 0; no flexible versions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ControlRecordTypeSchema {
    /// The type of the control record, such as commit or abort
    ///
    /// Spec: versions 0+.
    pub r#type: i16,
}

impl Encodable for ControlRecordTypeSchema {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.r#type);
        Ok(())
    }
}

impl Decodable for ControlRecordTypeSchema {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.r#type = p::read_i16(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for ControlRecordTypeSchema {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.r#type = g.i16();
        this
    }
}

impl Message for ControlRecordTypeSchema {
    const NAME: &'static str = "ControlRecordTypeSchema";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}
