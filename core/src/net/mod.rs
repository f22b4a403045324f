//! Connections to brokers.
//!
//! Layered bottom-up, one concern per file:
//! - `frame`: size-prefixed frames, with a cap on what a frame may claim.
//! - `transport`: the reader and writer tasks that own a socket and match
//!   answers to requests by correlation id, so that many requests can be in
//!   flight on one connection and a dropped caller cannot desynchronise it.
//! - [`versions`]: which version of each API both sides speak.
//! - [`throttle`]: broker quotas (`throttle_time_ms`).
//! - [`tls`]: TLS handshake and certificate checks (rustls).
//! - [`sasl`]: SASL mechanisms, authentication and re-authentication.
//! - [`connection`]: one connection, typed requests, timeouts, negotiation.
//! - [`backoff`]: how long to wait before reconnecting.
//! - [`broker`]: a broker handle that reconnects lazily, with backoff.

pub mod backoff;
pub mod broker;
pub mod connection;
mod frame;
mod handshake;
pub mod sasl;
pub mod throttle;
pub mod tls;
mod transport;
pub mod versions;

pub use backoff::Backoff;
pub use broker::Broker;
pub use connection::{Connection, ConnectionConfig, RequestOptions};
pub use frame::DEFAULT_MAX_FRAME_SIZE;
pub use sasl::{OAuthToken, SaslConfig, TokenFuture, TokenProvider};
pub use tls::{Pem, TlsConfig};
pub use throttle::{ThrottleStats, ThrottleTime};
pub use versions::{BrokerVersions, VersionRange};

/// Locks a mutex, ignoring poisoning: the data behind the engine's locks is
/// left consistent at every point, as no code panics while holding them.
pub(crate) fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests;
