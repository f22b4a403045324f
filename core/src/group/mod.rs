//! Consumer groups (classic protocol): membership, partition assignment and
//! committed offsets.
//!
//! - [`GroupConsumer`]: subscribe, poll, mark records processed, commit.
//! - `member`: the background task that joins, syncs, heartbeats and
//!   leaves, and applies assignments (see its docs for the loop).
//! - [`assignor`]: range, round-robin, sticky and cooperative-sticky.
//! - [`protocol`]: the subscription/assignment bytes Java consumers use too.
//! - [`coordinator`]: finding the group's coordinator, following its moves.
//! - [`offsets`]: OffsetCommit / OffsetFetch.
//! - [`listener`]: rebalance hooks (assigned, revoked, lost).
//!
//! Delivery: offsets are committed only for records the application marked
//! processed (or explicitly), so a crash repeats at most the records
//! processed since the last commit (at-least-once). Fetching runs
//! concurrently with rebalances: a record handed to the application just
//! before its partition was revoked may also be read by the new owner.

pub mod assignor;
pub mod config;
mod consumer;
pub mod coordinator;
pub mod listener;
mod member;
pub mod offsets;
pub mod protocol;
mod state;

pub use config::GroupConfig;
pub use consumer::GroupConsumer;
pub use listener::{HookFuture, NoopListener, RebalanceListener};
