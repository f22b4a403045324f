//! A handle to one broker that keeps a connection to it alive.
//!
//! A [`Connection`] dies with its socket. A [`Broker`] outlives connections:
//! it connects on first use, hands out the live connection to every caller,
//! and when the connection is lost it opens a new one on the next request —
//! after waiting an exponentially growing, jittered delay if the previous
//! attempts failed, so that a broker that is down is not hammered.
//!
//! Requests are not retried here: a request that was in flight when a
//! connection died may or may not have been processed, and only the caller
//! knows whether sending it again is safe.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tokio::sync::Mutex;
use tokio::time::Instant;

use super::backoff::Backoff;
use super::connection::{Connection, ConnectionConfig, RequestOptions};
use super::throttle::ThrottleTime;
use crate::error::{Error, Result};
use crate::protocol::ApiRequest;

/// A broker the client talks to, reconnecting as needed.
#[derive(Debug)]
pub struct Broker {
    node_id: Option<i32>,
    address: String,
    config: ConnectionConfig,
    backoff: Backoff,
    state: Mutex<State>,
    connects: AtomicU64,
    shut_down: AtomicBool,
}

#[derive(Debug, Default)]
struct State {
    connection: Option<Connection>,
    /// Consecutive failed connection attempts.
    failures: u32,
    /// No new attempt before this instant.
    next_attempt: Option<Instant>,
}

impl Broker {
    /// A handle to the broker at `address` (`host:port`); `node_id` is its id
    /// in the cluster when known (bootstrap servers have none yet). Does not
    /// connect until first used.
    pub fn new(node_id: Option<i32>, address: impl Into<String>, config: ConnectionConfig, backoff: Backoff) -> Self {
        Self {
            node_id,
            address: address.into(),
            config,
            backoff,
            state: Mutex::new(State::default()),
            connects: AtomicU64::new(0),
            shut_down: AtomicBool::new(false),
        }
    }

    /// The broker's node id, if known.
    pub fn node_id(&self) -> Option<i32> {
        self.node_id
    }

    /// The broker's `host:port`.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// How many connections have been opened to this broker so far.
    pub fn connects(&self) -> u64 {
        self.connects.load(Ordering::Relaxed)
    }

    /// Whether a live connection is open now (without waiting for one).
    pub fn is_connected(&self) -> bool {
        self.state
            .try_lock()
            .is_ok_and(|s| s.connection.as_ref().is_some_and(|c| !c.is_closed()))
    }

    /// The live connection, opening one if there is none.
    ///
    /// After failed attempts, waits out the backoff before trying again.
    /// Concurrent callers share one attempt. Cancel-safe.
    pub async fn connection(&self) -> Result<Connection> {
        let mut state = self.state.lock().await;
        if self.shut_down.load(Ordering::Acquire) {
            return Err(Error::Shutdown);
        }
        if let Some(connection) = state.connection.as_ref().filter(|c| !c.is_closed()) {
            return Ok(connection.clone());
        }
        state.connection = None;
        if let Some(at) = state.next_attempt {
            tokio::time::sleep_until(at).await;
        }
        match Connection::connect(&self.address, &self.config).await {
            Ok(connection) => {
                state.failures = 0;
                state.next_attempt = None;
                state.connection = Some(connection.clone());
                self.connects.fetch_add(1, Ordering::Relaxed);
                tracing::debug!(broker = %self.address, "connected");
                if self.shut_down.load(Ordering::Acquire) {
                    connection.close();
                    return Err(Error::Shutdown);
                }
                Ok(connection)
            }
            Err(error) => {
                state.failures = state.failures.saturating_add(1);
                let wait = self.backoff.delay(state.failures);
                state.next_attempt = Some(Instant::now() + wait);
                tracing::debug!(broker = %self.address, failures = state.failures, ?wait, %error, "connection attempt failed");
                Err(error)
            }
        }
    }

    /// Sends a request on the live connection (connecting first if needed).
    pub async fn send<R>(&self, request: &R) -> Result<R::Response>
    where
        R: ApiRequest,
        R::Response: ThrottleTime,
    {
        self.connection().await?.send(request).await
    }

    /// [`send`](Self::send) with an explicit version and/or timeout.
    pub async fn send_with<R>(&self, request: &R, options: RequestOptions) -> Result<R::Response>
    where
        R: ApiRequest,
        R::Response: ThrottleTime,
    {
        self.connection().await?.send_with(request, options).await
    }

    /// Closes the connection, if any; the next request reconnects at once.
    pub async fn disconnect(&self) {
        let mut state = self.state.lock().await;
        if let Some(connection) = state.connection.take() {
            connection.close();
        }
    }

    /// Closes the connection for good: later requests fail with
    /// [`Error::Shutdown`].
    pub async fn shutdown(&self) {
        self.shut_down.store(true, Ordering::Release);
        self.disconnect().await;
    }
}
