//! The Python binding of the engine (module `ferrokafka._native`).
//!
//! This crate only converts arguments and maps errors; the API users see is
//! written in Python in `packages/python`. For now it exposes the engine's
//! version, so that the build and import path of the extension is proven.

use pyo3::prelude::*;

/// The version of the native engine, e.g. `"0.1.0"`.
#[pyfunction]
fn engine_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(engine_version, m)?)?;
    Ok(())
}
