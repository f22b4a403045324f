//! ferrokafka: a Kafka client engine.
//!
//! The crate is layered bottom-up:
//! - [`protocol`]: the wire format — primitives, headers and every message of
//!   the Kafka protocol, generated from the official message specs.
//! - [`record`]: record batches, the unit in which records are stored and moved.
//! - [`net`]: one connection to one broker.
//! - [`cluster`]: many brokers, and what the client knows about them.
//! - [`consumer`]: reading records: fetching, positions, seeking.
//! - [`group`]: consumer groups: membership, assignors, committed offsets.
//! - [`admin`]: administrative operations.
//! - [`producer`]: batching, partitioning and idempotent delivery of records.
//! - [`error`]: the one error type all of them return.
//! - [`log`]: forwarding the engine's log events to a host language.

pub mod admin;
pub mod cluster;
pub mod consumer;
pub mod error;
pub mod group;
pub mod log;
pub mod net;
pub mod producer;
pub mod protocol;
pub mod record;

pub use error::{Error, ErrorContext, Resource, Result};
