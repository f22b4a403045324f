//! What the consumer knows about each assigned partition, shared between
//! the application's calls and the fetchers.
//!
//! Fencing stale fetches: every partition carries a `generation` that grows
//! on each seek, reset, assignment and pause. A fetch records the generation
//! it was issued under; its answer is kept only if the generation is still
//! the same and its start offset is still the position. So once
//! [`seek`](super::Consumer::seek) returns, nothing fetched before it can be
//! delivered.
//!
//! One fetch per partition at a time: a partition is not fetched again while
//! an answer for it is in flight or buffered, which also bounds how far
//! ahead of the application the consumer reads.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use bytes::Bytes;

use super::decode::{Aborted, Decoded};
use super::types::{OffsetSpec, TopicPartition};
use crate::error::Error;

/// One assigned partition.
#[derive(Debug)]
pub(crate) struct PartitionState {
    /// Offset of the next record to deliver; `None` until known.
    pub position: Option<i64>,
    /// A move that must happen (ListOffsets) before fetching.
    pub pending_reset: Option<OffsetSpec>,
    /// Leader epoch of the last record batch delivered (KIP-320).
    pub last_fetched_epoch: Option<i32>,
    /// Bumped by every change that makes earlier fetches stale.
    pub generation: u64,
    /// A fetch (or offset lookup) for this partition is in flight, or its
    /// answer is buffered.
    pub busy: bool,
    /// The application paused it.
    pub paused: bool,
    /// The last fetch of it found no new records: its next fetch would
    /// likely be held by the broker for `fetch_max_wait`.
    pub caught_up: bool,
    /// Where the last fetch said this consumer's readable log ends (the
    /// last stable offset under read_committed, else the high watermark).
    pub readable_end: Option<i64>,
    /// Records decoded and not yet delivered.
    pub decoded: Option<Decoded>,
    /// High watermark from the last fetch.
    pub high_watermark: Option<i64>,
    /// An error to hand to the application at the next poll.
    pub error: Option<Error>,
}

impl PartitionState {
    pub(crate) fn new(generation: u64) -> Self {
        Self {
            position: None,
            pending_reset: None,
            last_fetched_epoch: None,
            generation,
            busy: false,
            paused: false,
            caught_up: false,
            readable_end: None,
            decoded: None,
            high_watermark: None,
            error: None,
        }
    }

    /// Whether a fetcher may fetch it now.
    pub(crate) fn fetchable(&self) -> bool {
        !self.paused && !self.busy && self.position.is_some() && self.error.is_none() && self.decoded.is_none()
    }

    /// Forgets everything in flight or buffered: later answers are stale.
    pub(crate) fn invalidate(&mut self, next_generation: u64) {
        self.generation = next_generation;
        self.busy = false;
        self.caught_up = false;
        self.readable_end = None;
        self.decoded = None;
        self.error = None;
    }

    /// Whether its next fetch would likely find nothing new: the last one
    /// found nothing, or it has read up to where that one said the log ends.
    pub(crate) fn at_end(&self) -> bool {
        self.caught_up || matches!((self.position, self.readable_end), (Some(p), Some(end)) if p >= end)
    }

    /// Whether it holds records the application has yet to take (and will
    /// take at its next polls: it is not paused).
    pub(crate) fn holds_records(&self) -> bool {
        !self.paused && self.decoded.is_some()
    }
}

/// A fetch answer for one partition, not yet decoded.
#[derive(Debug)]
pub(crate) struct Completed {
    pub tp: TopicPartition,
    pub generation: u64,
    pub fetch_offset: i64,
    pub records: Bytes,
    /// `Some` in read_committed mode.
    pub aborted: Option<Vec<Aborted>>,
    pub high_watermark: i64,
}

/// Everything shared.
#[derive(Debug, Default)]
pub(crate) struct State {
    pub partitions: BTreeMap<TopicPartition, PartitionState>,
    pub completed: VecDeque<Completed>,
    /// Bytes held in `completed`.
    pub buffered_bytes: usize,
    next_generation: u64,
    /// Brokers with a fetch in flight (one at a time per broker).
    pub fetching_nodes: BTreeSet<i32>,
    /// A fetch or lookup found the metadata stale.
    pub needs_metadata: bool,
    /// Where the next poll starts taking records (round robin).
    pub poll_cursor: usize,
    pub closed: bool,
}

impl State {
    pub(crate) fn bump(&mut self) -> u64 {
        self.next_generation += 1;
        self.next_generation
    }

    /// Drops buffered answers of partitions for which `keep` is false.
    pub(crate) fn drop_completed(&mut self, keep: impl Fn(&TopicPartition) -> bool) {
        let mut freed = 0;
        self.completed.retain(|c| {
            let k = keep(&c.tp);
            if !k {
                freed += c.records.len();
            }
            k
        });
        self.buffered_bytes = self.buffered_bytes.saturating_sub(freed);
    }
}
