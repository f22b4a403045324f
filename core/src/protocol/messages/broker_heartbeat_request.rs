//! `BrokerHeartbeatRequest`, the request of API key 63 (BrokerHeartbeat).
//!
//! Versions 0-2; flexible (compact) encoding from version 0.
//!
//! Generated from `BrokerHeartbeatRequest.json` by `cargo run -p ferrokafka-codegen`; change the generator, not this file.

use bytes::{Bytes, BytesMut};

use crate::protocol::primitives as p;
#[cfg(feature = "test-support")]
use crate::protocol::test_support::{Gen, Random};
use crate::protocol::{ApiRequest, Decodable, Encodable, Message, ProtocolError};

/// The `BrokerHeartbeatRequest` message.
///
/// Versions 0-2; flexible (compact) encoding from version 0.
#[derive(Debug, Clone, PartialEq)]
pub struct BrokerHeartbeatRequest {
    /// The broker ID.
    ///
    /// Spec: versions 0+.
    pub broker_id: i32,
    /// The broker epoch.
    ///
    /// Spec: versions 0+, default "-1".
    pub broker_epoch: i64,
    /// The highest metadata offset which the broker has reached.
    ///
    /// Spec: versions 0+.
    pub current_metadata_offset: i64,
    /// True if the broker wants to be fenced, false otherwise.
    ///
    /// Spec: versions 0+.
    pub want_fence: bool,
    /// True if the broker wants to be shut down, false otherwise.
    ///
    /// Spec: versions 0+.
    pub want_shut_down: bool,
    /// Log directories that failed and went offline.
    ///
    /// Spec: versions 1+, tagged (tag 0).
    pub offline_log_dirs: Vec<crate::protocol::Uuid>,
    /// List of log directories that are cordoned. This is null before the broker reaches the RECOVERY state.
    ///
    /// Spec: versions 2+, nullable 2+, tagged (tag 1), default "null".
    pub cordoned_log_dirs: Option<Vec<crate::protocol::Uuid>>,
    /// Tagged fields this code does not know, kept so that encoding writes them back.
    pub unknown_tagged_fields: p::UnknownTaggedFields,
}

impl Default for BrokerHeartbeatRequest {
    fn default() -> Self {
        Self {
            broker_id: 0,
            broker_epoch: -1,
            current_metadata_offset: 0,
            want_fence: false,
            want_shut_down: false,
            offline_log_dirs: Vec::new(),
            cordoned_log_dirs: None,
            unknown_tagged_fields: p::UnknownTaggedFields::default(),
        }
    }
}

impl Encodable for BrokerHeartbeatRequest {
    fn encode(&self, buf: &mut BytesMut, version: i16) -> Result<(), ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        p::write_i32(buf, self.broker_id);
        p::write_i64(buf, self.broker_epoch);
        p::write_i64(buf, self.current_metadata_offset);
        p::write_bool(buf, self.want_fence);
        p::write_bool(buf, self.want_shut_down);
        let write_offline_log_dirs = version >= 1 && !self.offline_log_dirs.is_empty();
        if version < 1 && !self.offline_log_dirs.is_empty() {
            return Err(p::field_not_supported(
                "BrokerHeartbeatRequest",
                "OfflineLogDirs",
                version,
            ));
        }
        let write_cordoned_log_dirs = version >= 2 && self.cordoned_log_dirs.is_some();
        if version < 2 && self.cordoned_log_dirs.is_some() {
            return Err(p::field_not_supported(
                "BrokerHeartbeatRequest",
                "CordonedLogDirs",
                version,
            ));
        }
        let mut tagged = p::TaggedFieldWriter::start(
            buf,
            usize::from(write_offline_log_dirs) + usize::from(write_cordoned_log_dirs),
            &self.unknown_tagged_fields,
        )?;
        if write_offline_log_dirs {
            tagged.field(buf, 0, |buf| {
                p::write_array(buf, &self.offline_log_dirs, version, true)?;
                Ok(())
            })?;
        }
        if write_cordoned_log_dirs {
            tagged.field(buf, 1, |buf| {
                p::write_nullable_array(buf, self.cordoned_log_dirs.as_deref(), version, true)?;
                Ok(())
            })?;
        }
        tagged.finish(buf)?;
        Ok(())
    }
}

impl Decodable for BrokerHeartbeatRequest {
    fn decode(buf: &mut Bytes, version: i16) -> Result<Self, ProtocolError> {
        p::check_version(Self::NAME, version, Self::MIN_VERSION, Self::MAX_VERSION)?;
        let mut this = Self::default();
        this.broker_id = p::read_i32(buf)?;
        this.broker_epoch = p::read_i64(buf)?;
        this.current_metadata_offset = p::read_i64(buf)?;
        this.want_fence = p::read_bool(buf)?;
        this.want_shut_down = p::read_bool(buf)?;
        for _ in 0..p::read_tagged_header(buf)? {
            let (tag, mut data) = p::read_tagged_field(buf)?;
            match tag {
                0 if version >= 1 => {
                    this.offline_log_dirs = p::read_array(&mut data, version, true)?;
                    p::expect_empty(&data, "BrokerHeartbeatRequest.OfflineLogDirs")?;
                }
                1 if version >= 2 => {
                    this.cordoned_log_dirs = p::read_nullable_array(&mut data, version, true)?;
                    p::expect_empty(&data, "BrokerHeartbeatRequest.CordonedLogDirs")?;
                }
                _ => this.unknown_tagged_fields.push(tag, data),
            }
        }
        Ok(this)
    }
}

#[cfg(feature = "test-support")]
impl Random for BrokerHeartbeatRequest {
    fn random(g: &mut Gen, version: i16) -> Self {
        let mut this = Self::default();
        this.broker_id = g.i32();
        this.broker_epoch = g.i64();
        this.current_metadata_offset = g.i64();
        this.want_fence = g.bool();
        this.want_shut_down = g.bool();
        if version >= 1 {
            this.offline_log_dirs = g.vec(|g| g.uuid());
        }
        if version >= 2 {
            this.cordoned_log_dirs = g.maybe(|g| g.vec(|g| g.uuid()));
        }
        this.unknown_tagged_fields = g.unknown_tagged_fields();
        this
    }
}

impl Message for BrokerHeartbeatRequest {
    const NAME: &'static str = "BrokerHeartbeatRequest";
    const MIN_VERSION: i16 = 0;
    const MAX_VERSION: i16 = 2;
    const FLEXIBLE_MIN_VERSION: i16 = 0;
}

impl ApiRequest for BrokerHeartbeatRequest {
    const API_KEY: i16 = 63;
    type Response = super::broker_heartbeat_response::BrokerHeartbeatResponse;
    fn request_header_version(version: i16) -> i16 {
        if version >= 0 {
            2
        } else {
            1
        }
    }
}
