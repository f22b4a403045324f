//! Reading records: fetching, positions, and the [`Consumer`] handle.
//!
//! How the pieces fit:
//! - [`Consumer`] (`client`): assign, seek, pause/resume, poll. Its methods
//!   only change the shared per-partition `state` and wake the driver.
//! - `driver`: one background task that resolves positions (ListOffsets, in
//!   `offsets`) and starts fetches — one per broker at a time, for the
//!   partitions that broker leads (`fetcher`).
//! - `fetch_session`: KIP-227 sessions, so fetches name only what changed.
//! - `fetcher`: one Fetch request and the filing of its answers; errors per
//!   partition are handled there (reset per `auto_offset_reset`, metadata
//!   refresh on leader change); `truncation`: what a diverging epoch
//!   (KIP-320 log truncation) means for a partition.
//! - `decode`: bytes to records at poll time, with aborted-transaction
//!   filtering for read_committed.
//! - `packed`: a poll's records in one buffer plus flat tables, for the
//!   bindings (one crossing per poll, not per record).
//!
//! Guarantees:
//! - After `seek` (or pause, or reassignment) returns, no record fetched
//!   before it is delivered: every answer carries the partition's
//!   generation and is dropped if it changed.
//! - Positions follow batch boundaries, so compacted topics (offset gaps)
//!   and transaction markers never stall a partition.
//! - The isolation level defaults to read_committed: records of aborted
//!   transactions are never delivered, and reading stops at the last stable
//!   offset. Set [`IsolationLevel::ReadUncommitted`] to see everything.
//! - Memory: fetching stops while more than `max_prefetch_bytes` of fetched
//!   data waits for the application, and each partition has at most one
//!   fetch in flight or buffered.

mod client;
mod config;
mod decode;
mod driver;
mod fetch_session;
mod fetcher;
mod offsets;
mod packed;
mod state;
mod truncation;
mod types;

pub use client::Consumer;
pub use config::ConsumerConfig;
pub use packed::{PackedHeader, PackedRecord, PackedRecords, Span};
pub use types::{AutoOffsetReset, ConsumerRecord, IsolationLevel, OffsetSpec, TopicPartition};
