//! Engine log events (`tracing`) to a JavaScript callback.
//!
//! A minimal process-wide `tracing` subscriber: spans are not tracked; each
//! event at or above the threshold becomes one `EngineLogEntry` queued to
//! the callback through a weak threadsafe function (it never keeps Node's
//! event loop alive). The queue is bounded: when JavaScript falls behind,
//! events are dropped and counted instead of blocking the engine.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::{Mutex, Once};

use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::Status;
use napi_derive::napi;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// Events waiting for JavaScript at most; more are dropped and counted.
const QUEUE: usize = 1024;

/// One engine log event.
#[napi(object)]
pub struct EngineLogEntry {
    /// `'error'`, `'warn'`, `'info'` or `'debug'` (trace events arrive as `'debug'`).
    pub level: String,
    pub message: String,
    /// The module that logged it, e.g. `ferrokafka::net::broker`.
    pub target: String,
    /// The event's other fields, each formatted as text.
    pub fields: HashMap<String, String>,
}

type Sink = ThreadsafeFunction<EngineLogEntry, (), EngineLogEntry, Status, false, true, QUEUE>;

/// 0 = off, 1 = error, 2 = warn, 3 = info, 4 = debug.
static THRESHOLD: AtomicU8 = AtomicU8::new(0);
static DROPPED: AtomicU64 = AtomicU64::new(0);
static SINK: Mutex<Option<Sink>> = Mutex::new(None);
static INSTALL: Once = Once::new();

fn rank(level: &Level) -> u8 {
    match *level {
        Level::ERROR => 1,
        Level::WARN => 2,
        Level::INFO => 3,
        _ => 4,
    }
}

fn name(level: &Level) -> &'static str {
    match *level {
        Level::ERROR => "error",
        Level::WARN => "warn",
        Level::INFO => "info",
        _ => "debug",
    }
}

/// Sends engine events at or above `level` (0 = none, 1 = error, 2 = warn,
/// 3 = info, 4 = debug) to `callback`, replacing any earlier callback.
#[napi]
pub fn set_engine_log(
    callback: ThreadsafeFunction<EngineLogEntry, (), EngineLogEntry, Status, false, true, QUEUE>,
    level: u32,
) {
    if let Ok(mut sink) = SINK.lock() {
        *sink = Some(callback);
    }
    THRESHOLD.store(level.min(4) as u8, Ordering::Relaxed);
    INSTALL.call_once(|| {
        let _ = tracing::subscriber::set_global_default(ToJs);
    });
    tracing::callsite::rebuild_interest_cache();
}

/// How many engine events were dropped because JavaScript fell behind.
#[napi]
pub fn engine_log_dropped() -> f64 {
    DROPPED.load(Ordering::Relaxed) as f64
}

struct ToJs;

#[derive(Default)]
struct Fields {
    message: String,
    fields: HashMap<String, String>,
}

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.message, "{value:?}");
        } else {
            self.fields.insert(field.name().to_string(), format!("{value:?}"));
        }
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message.push_str(value);
        } else {
            self.fields.insert(field.name().to_string(), value.to_string());
        }
    }
}

impl Subscriber for ToJs {
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
        if !self.enabled(meta) {
            return;
        }
        let mut fields = Fields::default();
        event.record(&mut fields);
        let entry = EngineLogEntry {
            level: name(meta.level()).to_string(),
            message: fields.message,
            target: meta.target().to_string(),
            fields: fields.fields,
        };
        let Ok(sink) = SINK.lock() else { return };
        let Some(sink) = sink.as_ref() else { return };
        if sink.call(entry, ThreadsafeFunctionCallMode::NonBlocking) != Status::Ok {
            DROPPED.fetch_add(1, Ordering::Relaxed);
        }
    }
    fn enter(&self, _span: &Id) {}
    fn exit(&self, _span: &Id) {}
}
