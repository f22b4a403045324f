//! Engine log events (`tracing`) to Python's `logging` (logger `ferrokafka`).
//!
//! The engine's [`Forward`] subscriber with a sink that makes each event
//! one `logging` record with the event's target and fields in its message.
//! The threshold lives in an atomic so that events below it cost nothing and
//! never take the GIL; the Python side sets it from the logger's effective
//! level each time a client is created or connects.

use std::sync::atomic::{AtomicU8, Ordering};

use ferrokafka::log::{EventSink, EventText, Forward};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use tracing::Level;

/// 0 = off, 1 = error, 2 = warn, 3 = info, 4 = debug, 5 = trace.
static THRESHOLD: AtomicU8 = AtomicU8::new(0);
static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// Python's numeric level for a tracing level (TRACE is 5, below DEBUG).
fn python_level(level: &Level) -> i32 {
    match *level {
        Level::ERROR => 40,
        Level::WARN => 30,
        Level::INFO => 20,
        Level::DEBUG => 10,
        Level::TRACE => 5,
    }
}

/// Sets the threshold from a Python level number; installs the subscriber
/// on first use.
#[pyfunction]
pub fn set_log_level(level: i32) {
    let threshold = match level {
        l if l <= 5 => 5,
        l if l <= 10 => 4,
        l if l <= 20 => 3,
        l if l <= 30 => 2,
        l if l <= 40 => 1,
        _ => 0,
    };
    THRESHOLD.store(threshold, Ordering::Relaxed);
    let _ = tracing::subscriber::set_global_default(Forward(ToPython));
    tracing::callsite::rebuild_interest_cache();
}

struct ToPython;

impl EventSink for ToPython {
    fn threshold(&self) -> u8 {
        if crate::runtime::exiting() {
            0
        } else {
            THRESHOLD.load(Ordering::Relaxed)
        }
    }
    fn deliver(&self, level: &Level, target: &str, text: EventText) {
        let message = format!("{target}: {}", text.line().trim_start());
        let level = python_level(level);
        let _ = Python::try_attach(|py| -> PyResult<()> {
            let logger = LOGGER.get_or_try_init(py, || {
                Ok::<_, PyErr>(py.import("logging")?.call_method1("getLogger", ("ferrokafka",))?.unbind())
            })?;
            logger.call_method1(py, "log", (level, message))?;
            Ok(())
        });
    }
}
