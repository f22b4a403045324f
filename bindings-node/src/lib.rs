//! The N-API binding of the engine.
//!
//! This crate only converts arguments and maps errors; the API users see is
//! written in TypeScript in `packages/node`. Every call that sends or
//! receives records crosses the boundary once per batch: keys, values and
//! headers travel in one buffer with flat tables of numbers beside it.
//!
//! - `options`: JavaScript options to engine configs (and the one place
//!   where TLS/SASL options are handled, through `security`);
//! - `errors`: engine errors to JavaScript errors;
//! - `logging`: engine `tracing` events to a JavaScript callback;
//! - `producer`, `consumer`, `admin` (with `admin_configs`, `admin_groups`, `admin_group_list`, `admin_partitions`, `admin_acls`): the clients.

mod admin;
mod admin_configs;
mod admin_groups;
mod admin_group_list;
mod admin_partitions;
mod admin_acls;
mod admin_versions;
mod consumer;
mod errors;
mod logging;
mod options;
mod producer;
mod security;
mod transaction;

use napi_derive::napi;

/// The version of the native engine, e.g. `"0.1.0"`.
#[napi]
pub fn engine_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
