//! Engine log events (`tracing`) to a JavaScript callback.
//!
//! A minimal process-wide `tracing` subscriber: spans are not tracked; each
//! event at or above the threshold becomes one `EngineLogEntry` queued to
//! the callback through a weak threadsafe function (it never keeps Node's
//! event loop alive). The queue is bounded: when JavaScript falls behind,
//! events are dropped and counted instead of blocking the engine.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::{Mutex, Once};

use ferrokafka::log::{EventSink, EventText, Forward};
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::Status;
use napi_derive::napi;
use tracing::Level;

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
        let _ = tracing::subscriber::set_global_default(Forward(ToJs));
    });
    tracing::callsite::rebuild_interest_cache();
}

/// How many engine events were dropped because JavaScript fell behind.
#[napi]
pub fn engine_log_dropped() -> f64 {
    DROPPED.load(Ordering::Relaxed) as f64
}

struct ToJs;

impl EventSink for ToJs {
    /// Trace events count as debug ones.
    fn threshold(&self) -> u8 {
        match THRESHOLD.load(Ordering::Relaxed) {
            4 => 5,
            t => t,
        }
    }
    fn deliver(&self, level: &Level, target: &str, text: EventText) {
        let entry = EngineLogEntry {
            level: name(level).to_string(),
            message: text.message,
            target: target.to_string(),
            fields: text.fields.into_iter().collect(),
        };
        let Ok(sink) = SINK.lock() else { return };
        let Some(sink) = sink.as_ref() else { return };
        if sink.call(entry, ThreadsafeFunctionCallMode::NonBlocking) != Status::Ok {
            DROPPED.fetch_add(1, Ordering::Relaxed);
        }
    }
}
