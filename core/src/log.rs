//! Forwarding the engine's log events to a host language's logger.
//!
//! The engine logs with `tracing`. A binding that hands these events to
//! JavaScript or Python implements [`EventSink`] (a threshold and a
//! delivery) and installs [`Forward`] as the process's subscriber: spans
//! are not tracked, only events of the engine's own targets (`ferrokafka…`)
//! at or above the threshold reach the sink, already turned into text.

use std::fmt::Write as _;

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// A level's rank: 1 = error, 2 = warn, 3 = info, 4 = debug, 5 = trace.
/// A threshold of 0 lets nothing through.
pub fn rank(level: &Level) -> u8 {
    match *level {
        Level::ERROR => 1,
        Level::WARN => 2,
        Level::INFO => 3,
        Level::DEBUG => 4,
        Level::TRACE => 5,
    }
}

/// An event's message and its other fields, each formatted as text, in the
/// order the event recorded them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct EventText {
    pub message: String,
    pub fields: Vec<(String, String)>,
}

impl EventText {
    /// The text of `event`.
    pub fn of(event: &Event<'_>) -> Self {
        let mut text = EventText::default();
        event.record(&mut text);
        text
    }

    /// The message followed by ` name=value` for each other field.
    pub fn line(&self) -> String {
        let mut out = self.message.clone();
        for (name, value) in &self.fields {
            let _ = write!(out, " {name}={value}");
        }
        out
    }
}

impl Visit for EventText {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.message, "{value:?}");
        } else {
            self.fields.push((field.name().to_owned(), format!("{value:?}")));
        }
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.message.push_str(value);
        } else {
            self.fields.push((field.name().to_owned(), value.to_owned()));
        }
    }
}

/// Where forwarded events go.
pub trait EventSink: Send + Sync + 'static {
    /// The highest [`rank`] let through now (0: none).
    fn threshold(&self) -> u8;
    /// Takes one event at or above the threshold.
    fn deliver(&self, level: &Level, target: &str, text: EventText);
}

/// A `tracing` subscriber that hands the engine's events to a sink.
pub struct Forward<S>(pub S);

impl<S: EventSink> Subscriber for Forward<S> {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target().starts_with("ferrokafka") && rank(metadata.level()) <= self.0.threshold()
    }
    fn new_span(&self, _span: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }
    fn record(&self, _span: &Id, _values: &Record<'_>) {}
    fn record_follows_from(&self, _span: &Id, _follows: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let meta = event.metadata();
        if self.enabled(meta) {
            self.0.deliver(meta.level(), meta.target(), EventText::of(event));
        }
    }
    fn enter(&self, _span: &Id) {}
    fn exit(&self, _span: &Id) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_event_becomes_its_message_and_fields_in_order() {
        struct Keep(std::sync::Mutex<Vec<(Level, String, String)>>);
        impl EventSink for &'static Keep {
            fn threshold(&self) -> u8 {
                3
            }
            fn deliver(&self, level: &Level, target: &str, text: EventText) {
                self.0.lock().unwrap().push((*level, target.to_owned(), text.line()));
            }
        }
        let keep: &'static Keep = Box::leak(Box::new(Keep(Default::default())));
        tracing::subscriber::with_default(Forward(keep), || {
            tracing::info!(target: "ferrokafka::x", broker = "b:1", attempt = 2, "connected {}", "now");
            tracing::debug!(target: "ferrokafka::x", "below the threshold");
            tracing::warn!(target: "other", "not the engine's");
        });
        let kept = keep.0.lock().unwrap().clone();
        assert_eq!(kept, vec![(Level::INFO, "ferrokafka::x".to_owned(), "connected now broker=b:1 attempt=2".to_owned())]);
    }
}
