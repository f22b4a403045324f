//! Consumer groups (classic protocol, and KIP-848): membership, partition assignment and
//! committed offsets.
//!
//! - [`GroupConsumer`]: subscribe, poll, mark records processed, commit.
//! - `member`: the background task that joins, syncs, heartbeats and
//!   leaves, and applies assignments (see its docs for the loop).
//! - `member_kip848`: the same for the KIP-848 protocol
//!   (ConsumerGroupHeartbeat; the coordinator assigns).
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
mod hook_heartbeat;
pub mod listener;
mod member;
mod member_kip848;
pub mod offsets;
pub mod protocol;
mod state;

pub use config::{GroupConfig, GroupProtocol};
pub use consumer::GroupConsumer;
pub use listener::{HookFuture, NoopListener, RebalanceListener};
