//! Turning one partition's fetched bytes into records, at poll time.
//!
//! Fetchers only move bytes; records are decoded here, when the application
//! asks for them, with the lazy [`record`](crate::record) reader. Batches
//! below the position are not decompressed, and in read_committed mode the
//! batches of aborted transactions are skipped without being decoded.
//!
//! Aborted transactions: a read_committed fetch response lists, for the
//! range it returns, each aborted transaction as (producer id, first offset).
//! Walking the batches in offset order, a transaction becomes "aborted and
//! open" once the walk reaches its first offset; every transactional batch of
//! that producer is then dropped until the producer's ABORT marker (a control
//! batch) closes it. Control batches are never delivered.
//!
//! The next position comes from each batch's last offset, never from
//! counting records, so offsets removed by compaction (or records dropped as
//! aborted) leave no gap the consumer waits on.

use std::collections::{BTreeSet, VecDeque};

use bytes::Bytes;

use super::types::{ConsumerRecord, TopicPartition};
use crate::error::{Error, ErrorContext};
use crate::protocol::ErrorCode;
use crate::record::{ControlRecordType, Entry, ReadOptions, RecordBatches};

/// An aborted transaction from a fetch response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Aborted {
    pub producer_id: i64,
    pub first_offset: i64,
}

/// The records of one partition's fetch, decoded.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// Records to deliver, in offset order.
    pub records: VecDeque<ConsumerRecord>,
    /// The position once every record above is delivered.
    pub next_offset: i64,
    /// The leader epoch of the last batch read, if any.
    pub last_epoch: Option<i32>,
    /// What stopped decoding early, delivered after the records.
    pub error: Option<Error>,
}

/// Decodes the batches of `data` from offset `position` on.
///
/// `aborted` is `Some` in read_committed mode (possibly empty).
pub(crate) fn decode(
    tp: &TopicPartition,
    data: Bytes,
    position: i64,
    aborted: Option<&[Aborted]>,
    verify_crc: bool,
) -> Decoded {
    let options = ReadOptions { verify_crc, min_offset: position, ..ReadOptions::default() };
    let mut pending: Vec<Aborted> = aborted.map(<[Aborted]>::to_vec).unwrap_or_default();
    // Sorted descending, so the next one to open is at the end.
    pending.sort_by(|a, b| b.first_offset.cmp(&a.first_offset));
    let mut open_aborted: BTreeSet<i64> = BTreeSet::new();
    let mut out = Decoded { records: VecDeque::new(), next_offset: position, last_epoch: None, error: None };
    for batch in RecordBatches::with_options(data, options) {
        let batch = match batch {
            Ok(batch) => batch,
            Err(e) => {
                out.error = Some(corrupt(tp, out.next_offset, &e.to_string()));
                break;
            }
        };
        if batch.next_offset() <= position {
            continue;
        }
        let header = *batch.header();
        while pending.last().is_some_and(|a| a.first_offset <= header.last_offset()) {
            if let Some(a) = pending.pop() {
                open_aborted.insert(a.producer_id);
            }
        }
        let skip_aborted =
            aborted.is_some() && header.is_transactional() && open_aborted.contains(&header.producer_id);
        if header.is_control() || skip_aborted {
            if header.is_control() {
                close_aborted(&batch, &mut open_aborted);
            }
            out.next_offset = batch.next_offset();
            out.last_epoch = Some(header.partition_leader_epoch);
            continue;
        }
        let records = match batch.records() {
            Ok(records) => records,
            Err(e) => {
                out.error = Some(corrupt(tp, out.next_offset, &e.to_string()));
                break;
            }
        };
        for entry in records {
            match entry {
                Ok(Entry::Record(r)) if r.offset >= position => out.records.push_back(ConsumerRecord {
                    topic: tp.topic.clone(),
                    partition: tp.partition,
                    offset: r.offset,
                    timestamp: r.timestamp,
                    leader_epoch: header.partition_leader_epoch,
                    key: r.key,
                    value: r.value,
                    headers: r.headers,
                }),
                Ok(_) => {}
                Err(e) => {
                    out.error = Some(corrupt(tp, out.next_offset, &e.to_string()));
                    return out;
                }
            }
        }
        out.next_offset = batch.next_offset();
        out.last_epoch = Some(header.partition_leader_epoch);
    }
    out
}

/// An ABORT marker ends its producer's aborted transaction.
fn close_aborted(batch: &crate::record::RecordBatch, open_aborted: &mut BTreeSet<i64>) {
    let producer_id = batch.header().producer_id;
    let Ok(records) = batch.records() else { return };
    for entry in records.flatten() {
        if let Entry::Control(c) = entry {
            if c.control.kind == ControlRecordType::Abort {
                open_aborted.remove(&producer_id);
            }
        }
    }
}

fn corrupt(tp: &TopicPartition, offset: i64, detail: &str) -> Error {
    Error::kafka(
        ErrorCode::CORRUPT_MESSAGE.0,
        ErrorContext::partition("Fetch", tp.topic.clone(), tp.partition),
        Some(format!(
            "{detail}; the partition cannot be read at offset {offset}. Seek past the bad batch to skip it"
        )),
    )
}
