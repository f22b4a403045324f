//! `SnapshotHeaderRecord`.
//!
//! Version 0; flexible (compact) encoding from version 0.
//!
//! Generated from `SnapshotHeaderRecord.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{Decodable, Encodable, Message, ProtocolError};

/// The `SnapshotHeaderRecord` message.
///
/// Version 0; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SnapshotHeaderRecord {
    /// The version of the snapshot header record.
    ///
    /// Spec: versions 0+.
    pub version: i16,
    /// The append time of the last record from the log contained in this snapshot.
    ///
    /// Spec: versions 0+.
    pub last_contained_log_timestamp: i64,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for SnapshotHeaderRecord {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i16(buf, self.version);
        p::write_i64(buf, self.last_contained_log_timestamp);
        p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        Ok(())
    }
}

impl Decodable for SnapshotHeaderRecord {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.version = p::read_i16(buf)?;
        this.last_contained_log_timestamp = p::read_i64(buf)?;
        this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for SnapshotHeaderRecord {
    fn random(g: &mut Gen, _version: i16) -> Self {
        let mut this = Self::default();
        this.version = g.i16();
        this.last_contained_log_timestamp = g.i64();
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for SnapshotHeaderRecord {
    const NAME: &'static str = "SnapshotHeaderRecord";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 0;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}
