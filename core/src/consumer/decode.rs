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
    /// Size of the fetched bytes the records point into (prefetch
    /// accounting: they stay allocated until the records are delivered).
    pub bytes: usize,
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
    pending.sort_by_key(|a| std::cmp::Reverse(a.first_offset));
    let mut open_aborted: BTreeSet<i64> = BTreeSet::new();
    let bytes = data.len();
    let mut out = Decoded { records: VecDeque::new(), next_offset: position, last_epoch: None, error: None, bytes };
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
        let skip_aborted = aborted.is_some() && header.is_transactional() && open_aborted.contains(&header.producer_id);
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
        Some(format!("{detail}; the partition cannot be read at offset {offset}. Seek past the bad batch to skip it")),
    )
}

#[cfg(test)]
mod tests {
    use bytes::BytesMut;

    use super::*;
    use crate::record::{BatchParams, ControlRecord, Record, RecordBatchBuilder};

    fn batch(params: BatchParams, values: &[&str]) -> Bytes {
        let mut builder = RecordBatchBuilder::new(params);
        for v in values {
            let record = Record { value: Some(Bytes::from(v.to_string())), timestamp: 1, ..Default::default() };
            builder.append(&record).expect("append");
        }
        builder.finish().expect("finish")
    }

    fn plain(base_offset: i64, values: &[&str]) -> Bytes {
        batch(BatchParams { base_offset, ..BatchParams::default() }, values)
    }

    fn txn(base_offset: i64, producer_id: i64, values: &[&str]) -> Bytes {
        let params = BatchParams {
            base_offset,
            producer_id,
            producer_epoch: 0,
            base_sequence: 0,
            transactional: true,
            ..BatchParams::default()
        };
        batch(params, values)
    }

    fn marker(base_offset: i64, producer_id: i64, commit: bool) -> Bytes {
        let params = BatchParams {
            base_offset,
            producer_id,
            producer_epoch: 0,
            transactional: true,
            control: true,
            ..BatchParams::default()
        };
        let mut builder = RecordBatchBuilder::new(params);
        builder.append(&ControlRecord::end_transaction_marker(commit, 0, 1)).expect("marker");
        builder.finish().expect("finish")
    }

    fn join(parts: &[Bytes]) -> Bytes {
        let mut out = BytesMut::new();
        for p in parts {
            out.extend_from_slice(p);
        }
        out.freeze()
    }

    fn values(decoded: &Decoded) -> Vec<(i64, String)> {
        decoded
            .records
            .iter()
            .map(|r| (r.offset, String::from_utf8_lossy(r.value.as_deref().unwrap_or_default()).into_owned()))
            .collect()
    }

    fn tp() -> TopicPartition {
        TopicPartition::new("t", 0)
    }

    #[test]
    fn offset_gaps_take_the_next_offset_from_the_batch() {
        // As after compaction: offsets 3..=9 are gone.
        let data = join(&[plain(0, &["a", "b", "c"]), plain(10, &["k", "l"])]);
        let d = decode(&tp(), data, 0, None, true);
        assert_eq!(
            values(&d),
            vec![(0, "a".into()), (1, "b".into()), (2, "c".into()), (10, "k".into()), (11, "l".into())]
        );
        assert_eq!(d.next_offset, 12);
        assert!(d.error.is_none());
    }

    #[test]
    fn records_below_the_position_are_skipped() {
        let data = join(&[plain(0, &["a", "b", "c"]), plain(3, &["d"])]);
        let d = decode(&tp(), data, 2, None, true);
        assert_eq!(values(&d), vec![(2, "c".into()), (3, "d".into())]);
        assert_eq!(d.next_offset, 4);
    }

    #[test]
    fn read_committed_drops_aborted_transactions_and_markers() {
        // Producer 7 aborts offsets 0..=1 (marker at 2); producer 8 commits
        // 3..=4 (marker at 5); then a plain record at 6, and producer 7
        // commits 7 (marker at 8).
        let data = join(&[
            txn(0, 7, &["x1", "x2"]),
            marker(2, 7, false),
            txn(3, 8, &["c1", "c2"]),
            marker(5, 8, true),
            plain(6, &["p"]),
            txn(7, 7, &["c3"]),
            marker(8, 7, true),
        ]);
        let aborted = [Aborted { producer_id: 7, first_offset: 0 }];
        let committed = decode(&tp(), data.clone(), 0, Some(&aborted), true);
        assert_eq!(values(&committed), vec![(3, "c1".into()), (4, "c2".into()), (6, "p".into()), (7, "c3".into())]);
        assert_eq!(committed.next_offset, 9);
        let everything = decode(&tp(), data, 0, None, true);
        assert_eq!(
            values(&everything),
            vec![
                (0, "x1".into()),
                (1, "x2".into()),
                (3, "c1".into()),
                (4, "c2".into()),
                (6, "p".into()),
                (7, "c3".into())
            ]
        );
        assert_eq!(everything.next_offset, 9);
    }

    #[test]
    fn a_corrupt_batch_stops_decoding_with_an_error_naming_the_partition() {
        let good = plain(0, &["a"]);
        let mut bad = BytesMut::from(&plain(1, &["b"])[..]);
        // The last byte is the record's header count; the one before it is
        // the value "b".
        let value_at = bad.len() - 2;
        bad[value_at] ^= 0x01;
        let data = join(&[good, bad.freeze()]);
        let d = decode(&tp(), data.clone(), 0, None, true);
        assert_eq!(values(&d), vec![(0, "a".into())]);
        assert_eq!(d.next_offset, 1);
        let error = d.error.expect("corrupt batch reported");
        assert!(error.to_string().contains("t-0"), "{error}");
        // Without CRC checks, the flipped byte goes unnoticed (it is in the value).
        let unchecked = decode(&tp(), data, 0, None, false);
        assert_eq!(values(&unchecked), vec![(0, "a".into()), (1, "c".into())]);
    }
}
