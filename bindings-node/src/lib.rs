//! The N-API binding of the engine.
//!
//! This crate only converts arguments and maps errors; the API users see is
//! written in TypeScript in `packages/node`. For now it exposes the engine's
//! version, so that the build and load path of the native module is proven.

use napi_derive::napi;

/// The version of the native engine, e.g. `"0.1.0"`.
#[napi]
pub fn engine_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
