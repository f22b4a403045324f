//! The Python binding of the engine (module `ferrokafka._native`).
//!
//! This crate only converts arguments and maps errors; the API users see is
//! written in Python in `packages/python` (asyncio and blocking, typed
//! topics, codecs, exception classes). Each operation here takes a
//! `blocking` flag: `False` returns an asyncio awaitable, `True` waits with
//! the GIL released (see `runtime`).
//!
//! - `options`: option dicts to engine configs (every `ConfigError`);
//! - `security`: the `ssl` and `sasl` options (TLS, SASL, OAUTHBEARER);
//! - `errors`: engine errors to the Python exception classes;
//! - `runtime`: the per-process tokio runtime (rebuilt after fork);
//! - `producer`, `consumer`, `admin`: the clients (`admin_ops`: the admin
//!   calls beyond topics, `admin_acls`: ACLs and the cluster);
//! - `records`: the records of a send, and their metadata;
//! - `listener`: rebalance callbacks; `logging`: `tracing` to `logging`.

mod admin;
mod admin_acls;
mod admin_ops;
mod admin_versions;
mod consumer;
mod errors;
mod listener;
mod logging;
mod options;
mod producer;
mod records;
mod runtime;
mod security;

use pyo3::prelude::*;

/// The version of the native engine, e.g. `"0.1.0"`.
#[pyfunction]
fn engine_version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

/// Checks client options without connecting (raises `ConfigError`).
#[pyfunction]
fn check_client_options(client: &Bound<'_, pyo3::types::PyDict>) -> PyResult<()> {
    options::client(client).map(|_| ())
}

/// Checks producer options without connecting (raises `ConfigError`).
#[pyfunction]
fn check_producer_options(options: &Bound<'_, pyo3::types::PyDict>) -> PyResult<()> {
    options::producer(options).map(|_| ())
}

/// Checks consumer options without connecting (raises `ConfigError`).
#[pyfunction]
fn check_consumer_options(
    client: &Bound<'_, pyo3::types::PyDict>,
    options: &Bound<'_, pyo3::types::PyDict>,
) -> PyResult<()> {
    options::consumer(options::client(client)?, options).map(|_| ())
}

/// Stops the engine's threads; registered with `atexit` by the package, so
/// that none of them calls into Python while the interpreter finalizes.
#[pyfunction]
fn shutdown(py: Python<'_>) {
    py.detach(|| runtime::shutdown(std::time::Duration::from_secs(2)));
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(engine_version, m)?)?;
    m.add_function(wrap_pyfunction!(check_client_options, m)?)?;
    m.add_function(wrap_pyfunction!(shutdown, m)?)?;
    m.add_function(wrap_pyfunction!(check_producer_options, m)?)?;
    m.add_function(wrap_pyfunction!(check_consumer_options, m)?)?;
    m.add_function(wrap_pyfunction!(logging::set_log_level, m)?)?;
    m.add_function(wrap_pyfunction!(producer::producer_connect, m)?)?;
    m.add_function(wrap_pyfunction!(consumer::consumer_connect, m)?)?;
    m.add_function(wrap_pyfunction!(admin::admin_connect, m)?)?;
    admin_ops::register(m)?;
    admin_acls::register(m)?;
    admin_versions::register(m)?;
    m.add_function(wrap_pyfunction!(records::encode_records, m)?)?;
    m.add_class::<records::EncodedRecords>()?;
    m.add_class::<producer::NativeProducer>()?;
    m.add_class::<consumer::NativeConsumer>()?;
    m.add_class::<admin::NativeAdmin>()?;
    m.add("RECORD_FIELDS", consumer::RECORD_FIELDS)?;
    m.add("HEADER_FIELDS", consumer::HEADER_FIELDS)?;
    Ok(())
}
