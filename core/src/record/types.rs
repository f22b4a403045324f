//! The records users hand to the writer and get back from the reader.
//!
//! Keys, values and header values are [`Bytes`], so that a reader can hand out
//! slices of one fetch buffer (or one decompressed batch) without copying.
//! Headers are a `Vec`, not a map: Kafka headers are an ordered list in which
//! a key may repeat, and both the order and the repeats are meaningful to
//! applications (tracing systems, for one, append rather than replace).

use bytes::Bytes;

/// One record header: a UTF-8 key and an optional value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Header {
    /// Header name. Several headers may share one.
    pub key: String,
    /// Header value; `None` is a null value, distinct from an empty one.
    pub value: Option<Bytes>,
}

impl Header {
    /// A header with a value.
    pub fn new(key: impl Into<String>, value: impl Into<Bytes>) -> Self {
        Header {
            key: key.into(),
            value: Some(value.into()),
        }
    }

    /// A header whose value is null.
    pub fn null(key: impl Into<String>) -> Self {
        Header {
            key: key.into(),
            value: None,
        }
    }
}

/// A record to write: what a producer sends.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Record {
    /// Key; `None` is a null key (distinct from an empty one).
    pub key: Option<Bytes>,
    /// Value; `None` is a null value, a tombstone on compacted topics.
    pub value: Option<Bytes>,
    /// Headers in order, duplicates allowed.
    pub headers: Vec<Header>,
    /// Milliseconds since the Unix epoch.
    pub timestamp: i64,
}

/// What a batch's timestamps mean (attribute bit 3).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum TimestampType {
    /// Set by the producer when the record was created.
    #[default]
    CreateTime,
    /// Set by the broker when it appended the batch; every record of such a
    /// batch carries the batch's max timestamp.
    LogAppendTime,
}
