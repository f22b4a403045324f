//! Records packed for the bindings: one byte buffer and flat tables.
//!
//! Handing a host language one object per record (and one buffer per key
//! and value) costs more than the rest of consuming. [`PackedRecords`] puts
//! every key, value and header of a poll into one buffer, and describes the
//! records in flat tables of numbers, so a binding crosses into the host
//! once per poll and the host slices keys and values lazily.

use super::types::ConsumerRecord;

/// Where a key or value lies in [`PackedRecords::data`]; `None` for null.
pub type Span = Option<(usize, usize)>;

/// One record of a packed poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackedRecord {
    /// Index into [`PackedRecords::topics`].
    pub topic: usize,
    /// The partition.
    pub partition: i32,
    /// The offset.
    pub offset: i64,
    /// The timestamp (ms since the epoch).
    pub timestamp: i64,
    /// The batch's leader epoch (-1 when unknown).
    pub leader_epoch: i32,
    /// The key's (start, length) in `data`.
    pub key: Span,
    /// The value's (start, length) in `data`.
    pub value: Span,
    /// The record's headers: `headers[first..first + count]`.
    pub headers: (usize, usize),
}

/// One header of a packed poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackedHeader {
    /// The header key's (start, length) in `data` (UTF-8).
    pub key: (usize, usize),
    /// The header value's (start, length) in `data`.
    pub value: Span,
}

/// The records of one poll, packed. See the module docs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackedRecords {
    /// Every key, value, header key and header value, back to back.
    pub data: Vec<u8>,
    /// The distinct topic names, in order of first appearance.
    pub topics: Vec<String>,
    /// The records, in delivery order.
    pub records: Vec<PackedRecord>,
    /// The headers of all records.
    pub headers: Vec<PackedHeader>,
}

impl PackedRecords {
    /// Packs `records`.
    pub fn pack(records: &[ConsumerRecord]) -> Self {
        let size: usize = records
            .iter()
            .map(|r| {
                r.key.as_ref().map_or(0, |k| k.len())
                    + r.value.as_ref().map_or(0, |v| v.len())
                    + r.headers.iter().map(|h| h.key.len() + h.value.as_ref().map_or(0, |v| v.len())).sum::<usize>()
            })
            .sum();
        let mut out = PackedRecords { data: Vec::with_capacity(size), ..Default::default() };
        for r in records {
            let topic = match out.topics.iter().position(|t| *t == r.topic) {
                Some(i) => i,
                None => {
                    out.topics.push(r.topic.clone());
                    out.topics.len() - 1
                }
            };
            let key = r.key.as_deref().map(|k| out.put(k));
            let value = r.value.as_deref().map(|v| out.put(v));
            let first = out.headers.len();
            for h in &r.headers {
                let key = out.put(h.key.as_bytes());
                let value = h.value.as_deref().map(|v| out.put(v));
                out.headers.push(PackedHeader { key, value });
            }
            out.records.push(PackedRecord {
                topic,
                partition: r.partition,
                offset: r.offset,
                timestamp: r.timestamp,
                leader_epoch: r.leader_epoch,
                key,
                value,
                headers: (first, r.headers.len()),
            });
        }
        out
    }

    fn put(&mut self, bytes: &[u8]) -> (usize, usize) {
        let start = self.data.len();
        self.data.extend_from_slice(bytes);
        (start, bytes.len())
    }

    /// The bytes of a span (`None` for null).
    pub fn slice(&self, span: Span) -> Option<&[u8]> {
        span.and_then(|(start, len)| self.data.get(start..start + len))
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;
    use crate::record::Header;

    #[test]
    fn packs_keys_values_headers_and_nulls() {
        let record =
            |topic: &str, offset, key: Option<&'static str>, value: Option<&'static str>, headers| ConsumerRecord {
                topic: topic.to_owned(),
                partition: 3,
                offset,
                timestamp: 100 + offset,
                leader_epoch: 2,
                key: key.map(|k: &'static str| Bytes::from_static(k.as_bytes())),
                value: value.map(|v: &'static str| Bytes::from_static(v.as_bytes())),
                headers,
            };
        let records = vec![
            record("a", 7, Some("k1"), Some("v1"), vec![Header::new("h", "x"), Header::null("h")]),
            record("b", 8, None, None, vec![]),
            record("a", 9, Some(""), Some("v3"), vec![]),
        ];
        let packed = PackedRecords::pack(&records);
        assert_eq!(packed.topics, vec!["a", "b"]);
        assert_eq!(packed.len(), 3);
        let r0 = packed.records[0];
        assert_eq!((r0.topic, r0.partition, r0.offset, r0.timestamp, r0.leader_epoch), (0, 3, 7, 107, 2));
        assert_eq!(packed.slice(r0.key), Some(&b"k1"[..]));
        assert_eq!(packed.slice(r0.value), Some(&b"v1"[..]));
        let hs = &packed.headers[r0.headers.0..r0.headers.0 + r0.headers.1];
        assert_eq!(hs.len(), 2);
        assert_eq!(packed.slice(Some(hs[0].key)), Some(&b"h"[..]));
        assert_eq!(packed.slice(hs[0].value), Some(&b"x"[..]));
        assert_eq!(packed.slice(hs[1].value), None);
        let r1 = packed.records[1];
        assert_eq!((r1.topic, packed.slice(r1.key), packed.slice(r1.value)), (1, None, None));
        let r2 = packed.records[2];
        assert_eq!(packed.slice(r2.key), Some(&b""[..]), "an empty key is not a null key");
        // k1 v1 | h x | h | (nothing) | "" v3
        assert_eq!(packed.data.len(), 2 + 2 + 1 + 1 + 1 + 2);
    }
}
