//! Engine log events (`tracing`) to Python's `logging` (logger `ferrokafka`).
//!
//! A minimal `tracing` subscriber: spans are not tracked, each event becomes
//! one `logging` record with the event's target and fields in its message.
//! The threshold lives in an atomic so that events below it cost nothing and
//! never take the GIL; the Python side sets it from the logger's effective
//! level each time a client is created or connects.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU8, Ordering};

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// 0 = off, 1 = error, 2 = warn, 3 = info, 4 = debug, 5 = trace.
static THRESHOLD: AtomicU8 = AtomicU8::new(0);
static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn rank(level: &Level) -> u8 {
    match *level {
        Level::ERROR => 1,
        Level::WARN => 2,
        Level::INFO => 3,
        Level::DEBUG => 4,
        Level::TRACE => 5,
    }
}

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
    let _ = tracing::subscriber::set_global_default(ToPython);
    tracing::callsite::rebuild_interest_cache();
}

struct ToPython;

struct Fields(String);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.0.push_str(value);
        } else {
            let _ = write!(self.0, " {}={value}", field.name());
        }
    }
}

impl Subscriber for ToPython {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target().starts_with("ferrokafka") && rank(metadata.level()) <= THRESHOLD.load(Ordering::Relaxed)
    }
    fn new_span(&self, _span: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _span: &Id, _values: &Record<'_>) {}
    fn record_follows_from(&self, _span: &Id, _follows: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let meta = event.metadata();
        if !self.enabled(meta) || crate::runtime::exiting() {
            return;
        }
        let mut fields = Fields(String::new());
        event.record(&mut fields);
        let message = format!("{}: {}", meta.target(), fields.0.trim_start());
        let level = python_level(meta.level());
        let _ = Python::try_attach(|py| -> PyResult<()> {
            let logger = LOGGER.get_or_try_init(py, || {
                Ok::<_, PyErr>(py.import("logging")?.call_method1("getLogger", ("ferrokafka",))?.unbind())
            })?;
            logger.call_method1(py, "log", (level, message))?;
            Ok(())
        });
    }
    fn enter(&self, _span: &Id) {}
    fn exit(&self, _span: &Id) {}
}
