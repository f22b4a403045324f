//! Engine errors to JavaScript errors.
//!
//! A rejected call carries the engine error's kind, Kafka error code and
//! retriable flag in front of its message, as `kind|code|retriable|message`
//! (code `-1` when there is none); the TypeScript layer parses that prefix
//! and throws the matching `KafkaError` subclass.

use ferrokafka::Error;
use napi::Status;

/// The marker the TypeScript layer looks for at the start of a message.
pub const MARKER: &str = "ferrokafka";

/// Converts an engine error.
pub fn to_js(error: Error) -> napi::Error {
    let code = error.code().map_or(-1, |c| i32::from(c.0));
    let retriable = u8::from(error.is_retriable());
    napi::Error::new(
        Status::GenericFailure,
        format!("{MARKER}|{}|{code}|{retriable}|{error}", error.kind()),
    )
}

/// A configuration error for an option the binding checks itself.
pub fn config(option: &'static str, value: impl ToString, allowed: impl Into<String>) -> napi::Error {
    to_js(Error::Config { option, value: value.to_string(), allowed: allowed.into() })
}

/// Shorthand for results of engine calls.
pub trait IntoJs<T> {
    /// Maps the error to a JavaScript error.
    fn js(self) -> napi::Result<T>;
}

impl<T> IntoJs<T> for ferrokafka::Result<T> {
    fn js(self) -> napi::Result<T> {
        self.map_err(to_js)
    }
}

/// The coded message of an engine error, for per-item results that carry
/// an error instead of rejecting the whole call.
pub fn coded(error: Error) -> String {
    to_js(error).reason
}
