//! One partition's batch of records on its way to the broker.
//!
//! The records are kept as records, not only as encoded bytes, because the
//! bytes depend on things that can change while the batch waits or retries:
//! the producer id and epoch (bumped after a sequence gap), the base
//! sequence (assigned when the batch is first sent), and the batch itself
//! (split in two when the broker finds it too large). The encoding is
//! cached and reused as long as none of those changed, so a plain retry
//! re-sends the very same bytes.

use std::sync::Arc;

use bytes::Bytes;
use tokio::time::Instant;

use super::completion::Completion;
use super::memory::Memory;
use super::record::RecordMetadata;
use crate::error::{Error, Result};
use crate::record::{BatchParams, Record, RecordBatchBuilder};

/// The producer identity and sequence a batch was numbered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Numbering {
    /// Which producer identity (id and epoch) the sequence belongs to.
    pub generation: u64,
    pub producer_id: i64,
    pub producer_epoch: i16,
    pub base_sequence: i32,
}

#[derive(Debug)]
pub(crate) struct Batch {
    /// Position among the partition's batches: batches are retried in this
    /// order. Halves of a split batch sort where the batch did.
    pub order: u128,
    split_depth: u32,
    pub records: Vec<Record>,
    completions: Vec<Completion>,
    /// Buffer memory held (the records' encoded size bounds).
    pub bytes: usize,
    pub created: Instant,
    pub attempts: u32,
    pub last_error: Option<Error>,
    /// Set when the batch was first numbered for sending.
    pub numbering: Option<Numbering>,
    encoded: Option<(Numbering, Bytes)>,
    /// The flush mark current when the batch was started.
    pub mark: u64,
    /// The bytes of the attempt on the wire.
    pub encoded_now: Option<Bytes>,
}

impl Batch {
    pub(crate) fn new(id: u64, now: Instant) -> Batch {
        Batch {
            order: u128::from(id) << 64,
            split_depth: 0,
            records: Vec::new(),
            completions: Vec::new(),
            bytes: 0,
            created: now,
            attempts: 0,
            last_error: None,
            numbering: None,
            encoded: None,
            mark: 0,
            encoded_now: None,
        }
    }

    pub(crate) fn push(&mut self, record: Record, bytes: usize, completion: Completion) {
        self.records.push(record);
        self.completions.push(completion);
        self.bytes += bytes;
    }

    pub(crate) fn len(&self) -> i32 {
        self.records.len() as i32
    }

    /// The batch's bytes for this numbering (`None`: not idempotent).
    pub(crate) fn encode(
        &mut self,
        builder: &mut RecordBatchBuilder,
        params: BatchParams,
        numbering: Option<Numbering>,
    ) -> Result<Bytes> {
        if let (Some(wanted), Some((had, bytes))) = (numbering, &self.encoded) {
            if wanted == *had {
                return Ok(bytes.clone());
            }
        }
        builder.reset(params);
        for record in &self.records {
            builder.append(record).map_err(|e| record_error(&e))?;
        }
        let bytes = builder.finish().map_err(|e| record_error(&e))?;
        if let Some(numbering) = numbering {
            self.encoded = Some((numbering, bytes.clone()));
        }
        Ok(bytes)
    }

    /// Forgets the numbering (the producer identity changed).
    pub(crate) fn clear_numbering(&mut self) {
        self.numbering = None;
        self.encoded = None;
    }

    /// Splits the batch into halves that keep its place and, when numbered,
    /// its sequence range: the second half starts where the first ends.
    pub(crate) fn split(mut self) -> (Batch, Batch) {
        let at = self.records.len() / 2;
        let depth = self.split_depth + 1;
        let second_records = self.records.split_off(at);
        let second_completions = self.completions.split_off(at);
        let total = self.bytes;
        let first_bytes = total * at / (at + second_records.len()).max(1);
        let second_numbering = self.numbering.map(|n| Numbering {
            base_sequence: super::sequence::advance(n.base_sequence, at as i32),
            ..n
        });
        let second = Batch {
            order: self.order + (1u128 << (63u32.saturating_sub(depth))),
            split_depth: depth,
            records: second_records,
            completions: second_completions,
            bytes: total - first_bytes,
            created: self.created,
            attempts: self.attempts,
            last_error: self.last_error.clone(),
            numbering: second_numbering,
            encoded: None,
            mark: self.mark,
            encoded_now: None,
        };
        self.split_depth = depth;
        self.bytes = first_bytes;
        self.encoded = None;
        self.encoded_now = None;
        (self, second)
    }

    /// Reports every record written at `base_offset` (-1: unknown).
    pub(crate) fn succeed(
        self,
        topic: &Arc<str>,
        partition: i32,
        base_offset: i64,
        append_time: i64,
        memory: &Memory,
    ) {
        memory.release(self.bytes);
        for (i, (record, completion)) in self.records.into_iter().zip(self.completions).enumerate()
        {
            let offset = if base_offset < 0 {
                -1
            } else {
                base_offset + i as i64
            };
            let timestamp = if append_time >= 0 {
                append_time
            } else {
                record.timestamp
            };
            completion.complete(Ok(RecordMetadata {
                topic: topic.to_string(),
                partition,
                offset,
                timestamp,
            }));
        }
    }

    /// Reports every record failed with `error`.
    pub(crate) fn fail(self, error: &Error, memory: &Memory) {
        memory.release(self.bytes);
        for completion in self.completions {
            completion.complete(Err(error.clone()));
        }
    }
}

fn record_error(e: &crate::record::RecordError) -> Error {
    Error::Config {
        option: "record",
        value: String::new(),
        allowed: format!("a record the batch writer can encode ({e})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch_of(n: usize) -> Batch {
        let mut batch = Batch::new(7, Instant::now());
        for i in 0..n {
            let record = Record {
                value: Some(Bytes::from(format!("{i}"))),
                ..Record::default()
            };
            batch.push(
                record,
                10,
                Completion::One(tokio::sync::oneshot::channel().0, None),
            );
        }
        batch
    }

    #[test]
    fn halves_keep_order_records_and_the_sequence_range() {
        let mut batch = batch_of(5);
        batch.numbering = Some(Numbering {
            generation: 1,
            producer_id: 9,
            producer_epoch: 0,
            base_sequence: i32::MAX - 1,
        });
        let order = batch.order;
        let (first, second) = batch.split();
        assert_eq!(first.len() + second.len(), 5);
        assert_eq!(first.order, order);
        assert!(
            second.order > first.order && second.order < order + (1u128 << 64),
            "sorts before batch 8"
        );
        assert_eq!(first.numbering.map(|n| n.base_sequence), Some(i32::MAX - 1));
        assert_eq!(
            second.numbering.map(|n| n.base_sequence),
            Some(0),
            "wraps past i32::MAX"
        );
        assert_eq!(first.bytes + second.bytes, 50);
        let (a, b) = second.split();
        assert!(a.order < b.order && first.order < a.order);
    }

    #[test]
    fn encoding_is_reused_only_for_the_same_numbering() {
        let mut builder = RecordBatchBuilder::new(BatchParams::default());
        let mut batch = batch_of(3);
        let n1 = Numbering {
            generation: 1,
            producer_id: 9,
            producer_epoch: 0,
            base_sequence: 4,
        };
        let params = BatchParams {
            producer_id: 9,
            producer_epoch: 0,
            base_sequence: 4,
            ..BatchParams::default()
        };
        let first = batch
            .encode(&mut builder, params, Some(n1))
            .expect("encode");
        let again = batch
            .encode(&mut builder, BatchParams::default(), Some(n1))
            .expect("encode");
        assert_eq!(
            first.as_ptr(),
            again.as_ptr(),
            "the cached bytes are re-sent"
        );
        let n2 = Numbering {
            producer_epoch: 1,
            ..n1
        };
        let params2 = BatchParams {
            producer_epoch: 1,
            ..params
        };
        let bumped = batch
            .encode(&mut builder, params2, Some(n2))
            .expect("encode");
        assert_ne!(first, bumped);
    }
}
