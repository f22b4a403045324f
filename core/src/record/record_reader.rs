//! Decoding the records of one batch.
//!
//! [`BatchRecords`] walks a batch's (decompressed) records section and yields
//! one [`Entry`] per record: user records as [`ReadRecord`], records of a
//! control batch as [`ControlEntry`]. Keys, values and header values are
//! slices of the section, so they cost no copy.
//!
//! Every length is checked against the bytes that remain before it is used,
//! and a record must consume exactly the length its prefix declares. The
//! declared record count must match too: a section that ends early or holds
//! bytes past the last record is reported, as the Java client reports it.
//! After the first error the iterator ends.
//!
//! Header keys are decoded as UTF-8 with invalid sequences replaced (U+FFFD),
//! which is what the Java client does; rejecting them would make a partition
//! unreadable because of one odd producer.

use bytes::Bytes;

use super::batch_header::BatchHeader;
use super::control::ControlRecord;
use super::error::RecordError;
use super::types::{Header, Record, TimestampType};
use super::varint::{read_varint, read_varlong};

/// A user record as read from a batch.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReadRecord {
    /// The record's offset in its partition.
    pub offset: i64,
    /// Its timestamp; for log-append-time batches, the broker's.
    pub timestamp: i64,
    /// Key, `None` if null.
    pub key: Option<Bytes>,
    /// Value, `None` if null.
    pub value: Option<Bytes>,
    /// Headers in order, duplicates kept.
    pub headers: Vec<Header>,
}

impl ReadRecord {
    /// The record without its offset.
    pub fn into_record(self) -> Record {
        Record {
            key: self.key,
            value: self.value,
            headers: self.headers,
            timestamp: self.timestamp,
        }
    }
}

/// A control record as read from a control batch.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ControlEntry {
    /// The record's offset in its partition.
    pub offset: i64,
    /// Its timestamp.
    pub timestamp: i64,
    /// What it marks.
    pub control: ControlRecord,
}

/// One record of a batch.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Entry {
    /// A user record.
    Record(ReadRecord),
    /// A control record (commit/abort marker and the like).
    Control(ControlEntry),
}

impl Entry {
    /// The entry's offset.
    pub fn offset(&self) -> i64 {
        match self {
            Entry::Record(r) => r.offset,
            Entry::Control(c) => c.offset,
        }
    }
}

/// Iterates the records of one batch. Made by
/// [`RecordBatch::records`](super::RecordBatch::records).
#[derive(Debug, Clone)]
pub struct BatchRecords {
    data: Bytes,
    position: usize,
    index: i32,
    count: i32,
    base_offset: i64,
    base_timestamp: i64,
    log_append_time: Option<i64>,
    control: bool,
    min_offset: i64,
    finished: bool,
}

/// A record's fields before they become an [`Entry`].
struct Fields {
    offset: i64,
    timestamp: i64,
    key: Option<Bytes>,
    value: Option<Bytes>,
    headers: Vec<Header>,
}

impl BatchRecords {
    pub(crate) fn new(header: &BatchHeader, data: Bytes, min_offset: i64) -> Self {
        let log_append_time = (header.timestamp_type() == TimestampType::LogAppendTime)
            .then_some(header.max_timestamp);
        BatchRecords {
            data,
            position: 0,
            index: 0,
            count: header.records_count,
            base_offset: header.base_offset,
            base_timestamp: header.base_timestamp,
            log_append_time,
            control: header.is_control(),
            min_offset,
            finished: false,
        }
    }

    /// An iterator that yields nothing (for batches wholly below the
    /// requested offset).
    pub(crate) fn empty(header: &BatchHeader) -> Self {
        let mut records = Self::new(header, Bytes::new(), i64::MIN);
        records.finished = true;
        records
    }

    /// Records the batch declares.
    pub fn declared_count(&self) -> i32 {
        self.count
    }

    fn fail(&mut self, detail: String) -> Option<Result<Entry, RecordError>> {
        self.finished = true;
        Some(Err(RecordError::InvalidRecord {
            base_offset: self.base_offset,
            index: self.index,
            detail,
        }))
    }

    /// Reads one record at the current position; with `skip_below`, returns
    /// `Ok(None)` without decoding key, value and headers if its offset is
    /// below that bound.
    fn read_one(&mut self, skip_below: i64) -> Result<Option<Fields>, String> {
        let data = &self.data[..];
        let mut pos = self.position;
        let body_len =
            read_varint(data, &mut pos).map_err(|e| format!("length: {}", e.describe()))?;
        let body_len =
            usize::try_from(body_len).map_err(|_| format!("negative record length {body_len}"))?;
        if body_len > data.len() - pos {
            return Err(format!(
                "record length {body_len} exceeds the {} bytes left",
                data.len() - pos
            ));
        }
        let end = pos + body_len;
        let body = &data[..end];

        // attributes: unused by format v2, read past.
        if pos >= end {
            return Err("record ends before its attributes".into());
        }
        pos += 1;
        let ts_delta = read_varlong(body, &mut pos)
            .map_err(|e| format!("timestamp delta: {}", e.describe()))?;
        let offset_delta =
            read_varint(body, &mut pos).map_err(|e| format!("offset delta: {}", e.describe()))?;
        let offset = self.base_offset.wrapping_add(i64::from(offset_delta));
        if offset < skip_below {
            self.position = end;
            return Ok(None);
        }
        let timestamp = self
            .log_append_time
            .unwrap_or(self.base_timestamp.wrapping_add(ts_delta));
        let key = self.nullable(body, &mut pos, "key")?;
        let value = self.nullable(body, &mut pos, "value")?;
        let header_count =
            read_varint(body, &mut pos).map_err(|e| format!("header count: {}", e.describe()))?;
        let header_count = usize::try_from(header_count)
            .map_err(|_| format!("negative header count {header_count}"))?;
        // Each header takes at least two bytes, which bounds the allocation
        // by the bytes present rather than by the declared count.
        if header_count > (end - pos) / 2 {
            return Err(format!(
                "{header_count} headers cannot fit in the {} bytes left",
                end - pos
            ));
        }
        let mut headers = Vec::with_capacity(header_count);
        for _ in 0..header_count {
            let key = self
                .nullable(body, &mut pos, "header key")?
                .ok_or_else(|| "header key is null".to_string())?;
            let key = String::from_utf8_lossy(&key).into_owned();
            let value = self.nullable(body, &mut pos, "header value")?;
            headers.push(Header { key, value });
        }
        if pos != end {
            return Err(format!(
                "record declares {body_len} bytes but its fields end {} bytes early",
                end - pos
            ));
        }
        self.position = end;
        Ok(Some(Fields {
            offset,
            timestamp,
            key,
            value,
            headers,
        }))
    }

    /// Reads a varint length and that many bytes; -1 is null.
    fn nullable(&self, body: &[u8], pos: &mut usize, what: &str) -> Result<Option<Bytes>, String> {
        let len = read_varint(body, pos).map_err(|e| format!("{what} length: {}", e.describe()))?;
        if len == -1 {
            return Ok(None);
        }
        let len = usize::try_from(len).map_err(|_| format!("{what} length {len} is negative"))?;
        if len > body.len() - *pos {
            return Err(format!(
                "{what} length {len} exceeds the {} bytes left in the record",
                body.len() - *pos
            ));
        }
        let bytes = self.data.slice(*pos..*pos + len);
        *pos += len;
        Ok(Some(bytes))
    }
}

impl Iterator for BatchRecords {
    type Item = Result<Entry, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.finished {
                return None;
            }
            if self.index >= self.count {
                self.finished = true;
                let left = self.data.len() - self.position;
                if left != 0 {
                    return self.fail(format!(
                        "{left} bytes follow the {} records the batch declares",
                        self.count
                    ));
                }
                return None;
            }
            if self.position >= self.data.len() {
                return self.fail(format!(
                    "records end after {} of the {} declared",
                    self.index, self.count
                ));
            }
            let fields = match self.read_one(self.min_offset) {
                Ok(fields) => fields,
                Err(detail) => return self.fail(detail),
            };
            self.index += 1;
            let Some(f) = fields else { continue };
            if !self.control {
                return Some(Ok(Entry::Record(ReadRecord {
                    offset: f.offset,
                    timestamp: f.timestamp,
                    key: f.key,
                    value: f.value,
                    headers: f.headers,
                })));
            }
            return Some(match ControlRecord::parse(f.key.as_deref(), f.value) {
                Ok(control) => Ok(Entry::Control(ControlEntry {
                    offset: f.offset,
                    timestamp: f.timestamp,
                    control,
                })),
                Err(detail) => {
                    self.finished = true;
                    Err(RecordError::InvalidControlRecord {
                        offset: f.offset,
                        detail,
                    })
                }
            });
        }
    }
}
