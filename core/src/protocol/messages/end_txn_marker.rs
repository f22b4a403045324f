//! `EndTxnMarker`.
//!
//! Version 0; no flexible versions.
//!
//! Generated from `EndTxnMarker.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `EndTxnMarker` message.
///
/// Version 0; no flexible versions.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EndTxnMarker {
    /// The coordinator epoch when appending the record
    ///
    /// Spec: versions 0+.
    pub coordinator_epoch: i32,
}

impl Encodable for EndTxnMarker {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.coordinator_epoch);
        Ok(())
    }
}

impl Decodable for EndTxnMarker {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.coordinator_epoch = p::read_i32(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for EndTxnMarker {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.coordinator_epoch = g.i32();
        this
    }
}

impl Message for EndTxnMarker {
    const NAME: &'static str = "EndTxnMarker";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = i16::MAX;
}
