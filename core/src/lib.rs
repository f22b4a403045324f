//! ferrokafka: a Kafka client engine.
//!
//! The crate is layered bottom-up:
//! - [`protocol`]: the wire format — primitives, headers and every message of
//!   the Kafka protocol, generated from the official message specs.

pub mod protocol;
