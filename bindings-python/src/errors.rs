//! Engine errors to Python exceptions.
//!
//! The exception classes are written in Python (`ferrokafka/errors.py`);
//! this side only hands their factory the error's kind, Kafka code,
//! retriable flag and message, and raises what it builds.

use ferrokafka::Error;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

static FACTORY: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn factory(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    FACTORY
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(py.import("ferrokafka.errors")?.getattr("_from_native")?.unbind())
        })
        .map(|f| f.bind(py))
}

fn build(name: &str, code: Option<i16>, retriable: bool, message: String, option: Option<&str>) -> PyErr {
    Python::attach(|py| {
        let made = factory(py).and_then(|f| f.call1((name, code, retriable, message.clone(), option)));
        match made {
            Ok(exception) => PyErr::from_value(exception),
            Err(_) => PyRuntimeError::new_err(message),
        }
    })
}

/// The Python exception for an engine error.
pub fn to_py(error: Error) -> PyErr {
    let option = match &error {
        Error::Config { option, .. } => Some(*option),
        _ => None,
    };
    build(error.kind(), error.code().map(|c| c.0), error.is_retriable(), error.to_string(), option)
}

/// A `ConfigError` for an option the binding itself rejects.
pub fn config(option: &str, message: impl Into<String>) -> PyErr {
    build("INVALID_CONFIGURATION", None, false, message.into(), Some(option))
}

/// `Result` of the engine into `PyResult`.
pub trait IntoPy<T> {
    /// Maps the error with [`to_py`].
    fn py(self) -> PyResult<T>;
}

impl<T> IntoPy<T> for ferrokafka::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(to_py)
    }
}
