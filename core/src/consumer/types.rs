//! The values the consumer hands out and takes in: partitions, records,
//! and where to start reading.

use bytes::Bytes;

use crate::error::{Error, Result};
use crate::record::Header;

/// A partition of a topic.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TopicPartition {
    /// The topic's name.
    pub topic: String,
    /// The partition's index.
    pub partition: i32,
}

impl TopicPartition {
    /// `topic`'s partition `partition`.
    pub fn new(topic: impl Into<String>, partition: i32) -> Self {
        Self { topic: topic.into(), partition }
    }
}

impl std::fmt::Display for TopicPartition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.topic, self.partition)
    }
}

/// One record as the consumer delivers it. Key, value and header values are
/// slices of the fetch buffer (no copy for uncompressed batches).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerRecord {
    /// The topic it was read from.
    pub topic: String,
    /// The partition it was read from.
    pub partition: i32,
    /// Its offset in the partition.
    pub offset: i64,
    /// Its timestamp in milliseconds since the epoch (create time or log
    /// append time, as the topic is configured).
    pub timestamp: i64,
    /// The leader epoch of the batch it came in (`-1` when unknown).
    pub leader_epoch: i32,
    /// Its key, if any.
    pub key: Option<Bytes>,
    /// Its value (`None` for a tombstone).
    pub value: Option<Bytes>,
    /// Its headers, in order (duplicate keys kept).
    pub headers: Vec<Header>,
}

/// Where to read from when there is no position (or the position is out
/// of range): Java's `auto.offset.reset`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AutoOffsetReset {
    /// The earliest offset still in the log.
    Earliest,
    /// The end of the log: only records written from now on (the default,
    /// as in the Java client).
    #[default]
    Latest,
    /// Neither: reading such a partition fails with an error naming it, and
    /// the application must [`seek`](super::Consumer::seek) it.
    None,
}

/// Which records a consumer sees of transactions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IsolationLevel {
    /// Every record, including those of open and aborted transactions.
    ReadUncommitted,
    /// Only committed records: reading stops at the last stable offset (the
    /// first offset of the oldest open transaction) and records of aborted
    /// transactions are dropped. The default, so that an application never
    /// acts on data its producer rolled back.
    #[default]
    ReadCommitted,
}

impl IsolationLevel {
    /// The value Fetch and ListOffsets requests carry.
    pub fn wire(self) -> i8 {
        match self {
            IsolationLevel::ReadUncommitted => 0,
            IsolationLevel::ReadCommitted => 1,
        }
    }
}

/// A place in a partition to move to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetSpec {
    /// The earliest offset still in the log.
    Earliest,
    /// The end of the log (for read_committed: the last stable offset).
    Latest,
    /// The first offset whose timestamp is at or after this many
    /// milliseconds since the epoch (the end of the log if there is none).
    Timestamp(i64),
}

impl OffsetSpec {
    /// The timestamp a ListOffsets request asks with.
    pub(crate) fn wire_timestamp(self) -> i64 {
        match self {
            OffsetSpec::Earliest => -2,
            OffsetSpec::Latest => -1,
            OffsetSpec::Timestamp(t) => t,
        }
    }

    /// Checks that a timestamp is not negative: on the wire, negative
    /// timestamps are the special lookups (-1 latest, -2 earliest, -3 the
    /// largest timestamp, ...), so one would silently ask something else.
    pub(crate) fn validate(self) -> Result<()> {
        match self {
            OffsetSpec::Timestamp(t) if t < 0 => Err(Error::Config {
                option: "offset spec timestamp",
                value: t.to_string(),
                allowed: "milliseconds since the epoch, 0 or more (use Earliest or Latest for the ends of the log)"
                    .to_owned(),
            }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_timestamps_are_refused_and_others_pass() {
        let error = OffsetSpec::Timestamp(-1).validate().expect_err("-1 would mean Latest on the wire");
        assert!(matches!(error, Error::Config { .. }), "{error:?}");
        assert!(error.to_string().contains("-1"), "{error}");
        assert!(OffsetSpec::Timestamp(0).validate().is_ok());
        assert!(OffsetSpec::Earliest.validate().is_ok() && OffsetSpec::Latest.validate().is_ok());
    }
}
