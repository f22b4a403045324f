//! `DescribeLogDirsResponse`, the response of API key 35 (DescribeLogDirs).
//!
//! Versions 1-5; flexible (compact) encoding from version 2.
//!
//! Generated from `DescribeLogDirsResponse.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiResponse, Decodable, Encodable, Message, ProtocolError};

/// The `DescribeLogDirsResponse` message.
///
/// Versions 1-5; flexible (compact) encoding from version 2.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeLogDirsResponse {
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    ///
    /// Spec: versions 0+.
    pub throttle_time_ms: i32,
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 3+, ignorable.
    pub error_code: i16,
    /// The log directories.
    ///
    /// Spec: versions 0+.
    pub results: Vec<DescribeLogDirsResult>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeLogDirsResponse {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.throttle_time_ms);
        if version >= 3 {
            p::write_i16(buf, self.error_code);
        }
        p::write_array(buf, &self.results, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeLogDirsResponse {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.throttle_time_ms = p::read_i32(buf)?;
        if version >= 3 {
            this.error_code = p::read_i16(buf)?;
        }
        this.results = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeLogDirsResponse {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.throttle_time_ms = g.i32();
        if version >= 3 {
            this.error_code = g.i16();
        }
        this.results = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribeLogDirsResult` struct of `DescribeLogDirsResponse`.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeLogDirsResult {
    /// The error code, or 0 if there was no error.
    ///
    /// Spec: versions 0+.
    pub error_code: i16,
    /// The absolute log directory path.
    ///
    /// Spec: versions 0+.
    pub log_dir: String,
    /// The topics.
    ///
    /// Spec: versions 0+.
    pub topics: Vec<DescribeLogDirsTopic>,
    /// The total size in bytes of the volume the log directory is in. This value does not include the size of data stored in remote storage.
    ///
    /// Spec: versions 4+, default "-1", ignorable.
    pub total_bytes: i64,
    /// The usable size in bytes of the volume the log directory is in. This value does not include the size of data stored in remote storage.
    ///
    /// Spec: versions 4+, default "-1", ignorable.
    pub usable_bytes: i64,
    /// True if this log directory is cordoned.
    ///
    /// Spec: versions 5+, default "false", ignorable.
    pub is_cordoned: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for DescribeLogDirsResult {
    fn default() -> Self {
        Self {
            error_code: 0,
            log_dir: String::new(),
            topics: Vec::new(),
            total_bytes: -1,
            usable_bytes: -1,
            is_cordoned: false,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for DescribeLogDirsResult {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_i16(buf, self.error_code);
        p::write_string(buf, &self.log_dir, flex)?;
        p::write_array(buf, &self.topics, version, flex)?;
        if version >= 4 {
            p::write_i64(buf, self.total_bytes);
        }
        if version >= 4 {
            p::write_i64(buf, self.usable_bytes);
        }
        if version >= 5 {
            p::write_bool(buf, self.is_cordoned);
        }
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeLogDirsResult {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.error_code = p::read_i16(buf)?;
        this.log_dir = p::read_string(buf, flex)?;
        this.topics = p::read_array(buf, version, flex)?;
        if version >= 4 {
            this.total_bytes = p::read_i64(buf)?;
        }
        if version >= 4 {
            this.usable_bytes = p::read_i64(buf)?;
        }
        if version >= 5 {
            this.is_cordoned = p::read_bool(buf)?;
        }
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeLogDirsResult {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.error_code = g.i16();
        this.log_dir = g.string();
        this.topics = g.vec(|g| Random::random(g, version));
        if version >= 4 {
            this.total_bytes = g.i64();
        }
        if version >= 4 {
            this.usable_bytes = g.i64();
        }
        if version >= 5 {
            this.is_cordoned = g.bool();
        }
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribeLogDirsTopic` struct of `DescribeLogDirsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeLogDirsTopic {
    /// The topic name.
    ///
    /// Spec: versions 0+.
    pub name: String,
    /// The partitions.
    ///
    /// Spec: versions 0+.
    pub partitions: Vec<DescribeLogDirsPartition>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeLogDirsTopic {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_string(buf, &self.name, flex)?;
        p::write_array(buf, &self.partitions, version, flex)?;
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeLogDirsTopic {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.name = p::read_string(buf, flex)?;
        this.partitions = p::read_array(buf, version, flex)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeLogDirsTopic {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.name = g.string();
        this.partitions = g.vec(|g| Random::random(g, version));
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

/// The `DescribeLogDirsPartition` struct of `DescribeLogDirsResponse`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeLogDirsPartition {
    /// The partition index.
    ///
    /// Spec: versions 0+.
    pub partition_index: i32,
    /// The size of the log segments in this partition in bytes.
    ///
    /// Spec: versions 0+.
    pub partition_size: i64,
    /// The lag of the log's LEO w.r.t. partition's HW (if it is the current log for the partition) or current replica's LEO (if it is the future log for the partition).
    ///
    /// Spec: versions 0+.
    pub offset_lag: i64,
    /// True if this log is created by AlterReplicaLogDirsRequest and will replace the current log of the replica in the future.
    ///
    /// Spec: versions 0+.
    pub is_future_key: bool,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Encodable for DescribeLogDirsPartition {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        let flex = version >= 2;
        p::write_i32(buf, self.partition_index);
        p::write_i64(buf, self.partition_size);
        p::write_i64(buf, self.offset_lag);
        p::write_bool(buf, self.is_future_key);
        if flex {
            p::write_unknown_tagged_fields(buf, &self.unknown_tagged_fields)?;
        }
        Ok(())
    }
}

impl Decodable for DescribeLogDirsPartition {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        let flex = version >= 2;
        let mut this = Self::default();
        this.partition_index = p::read_i32(buf)?;
        this.partition_size = p::read_i64(buf)?;
        this.offset_lag = p::read_i64(buf)?;
        this.is_future_key = p::read_bool(buf)?;
        if flex {
            this.unknown_tagged_fields = p::read_unknown_tagged_fields(buf)?;
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for DescribeLogDirsPartition {
    fn random(g: &mut Gen, version: i16) -> Self {
        let flex = version >= 2;
        let mut this = Self::default();
        this.partition_index = g.i32();
        this.partition_size = g.i64();
        this.offset_lag = g.i64();
        this.is_future_key = g.bool();
        if flex {
            this.unknown_tagged_fields = g.unknown_tagged_fields();
        }
        this
    }
}

impl Message for DescribeLogDirsResponse {
    const NAME: &'static str = "DescribeLogDirsResponse";
    const MIN_VERSION: i16 = 1;
    const MAX_VERSION: i16 = 5;
    const FLEXIBLE_MIN_VERSION: i16 = 2;
}

impl ApiResponse for DescribeLogDirsResponse {
    const API_KEY: i16 = 35;
    fn response_header_version(version: i16) -> i16 {
        if version >= 2 {
            1
        } else {
            0
        }
    }
}
