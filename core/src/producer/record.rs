//! What users send and what they get back.

use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;

use crate::record::Header;

/// One record to send, without its topic (see [`ProducerRecord`] and
/// [`Producer::send_batch`](super::Producer::send_batch)).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Message {
    /// The partition to write to; `None` lets the partitioner choose.
    pub partition: Option<i32>,
    /// Key; `None` is a null key.
    pub key: Option<Bytes>,
    /// Value; `None` is a null value (a tombstone on compacted topics).
    pub value: Option<Bytes>,
    /// Headers in order; a key may repeat.
    pub headers: Vec<Header>,
    /// Milliseconds since the Unix epoch; `None` means now.
    pub timestamp: Option<i64>,
}

impl Message {
    /// A message with null key and value.
    pub fn new() -> Self {
        Message::default()
    }

    /// Sets the key.
    pub fn key(mut self, key: impl Into<Bytes>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sets the value.
    pub fn value(mut self, value: impl Into<Bytes>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Appends a header (an existing one with the same key stays).
    pub fn header(mut self, key: impl Into<String>, value: impl Into<Bytes>) -> Self {
        self.headers.push(Header::new(key, value));
        self
    }

    /// Sets the partition.
    pub fn partition(mut self, partition: i32) -> Self {
        self.partition = Some(partition);
        self
    }

    /// Sets the timestamp (ms since the Unix epoch).
    pub fn timestamp(mut self, timestamp: i64) -> Self {
        self.timestamp = Some(timestamp);
        self
    }

    /// An upper bound of the record's encoded size inside a batch, which is
    /// what buffer memory and the size limits are counted in.
    pub(crate) fn encoded_size_bound(&self) -> usize {
        // Per record: length, attributes, timestamp delta, offset delta, key
        // and value lengths, header count: at most 5+1+10+5+5+5+5 bytes.
        let mut size = 36;
        size += self.key.as_ref().map_or(0, Bytes::len);
        size += self.value.as_ref().map_or(0, Bytes::len);
        for header in &self.headers {
            size += 10 + header.key.len() + header.value.as_ref().map_or(0, Bytes::len);
        }
        size
    }
}

/// A record and the topic it goes to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProducerRecord {
    /// The topic.
    pub topic: String,
    /// The record.
    pub message: Message,
}

impl ProducerRecord {
    /// A record for `topic`.
    pub fn new(topic: impl Into<String>, message: Message) -> Self {
        ProducerRecord {
            topic: topic.into(),
            message,
        }
    }
}

/// Where an acknowledged record was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordMetadata {
    /// The topic.
    pub topic: String,
    /// The partition.
    pub partition: i32,
    /// The record's offset; -1 when unknown (acks = none, or a retry the
    /// broker recognised as a duplicate of a batch it already had).
    pub offset: i64,
    /// The record's timestamp: its create time, or the broker's append time
    /// on topics with `message.timestamp.type=LogAppendTime`.
    pub timestamp: i64,
}

/// Milliseconds since the Unix epoch.
pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
