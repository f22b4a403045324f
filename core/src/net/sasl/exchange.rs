//! The SaslHandshake / SaslAuthenticate conversation, over whatever carries
//! the frames: the connection's queue when it opens, or the writer task
//! itself when it re-authenticates (so that nothing else is written while
//! the broker expects SASL messages).

use std::future::Future;
use std::sync::atomic::AtomicI32;
use std::time::Duration;

use bytes::Bytes;
use rand::Rng;
use tokio::sync::oneshot;
use tokio::time::Instant;

use super::{start, SaslConfig};
use crate::error::{Error, Result};
use crate::net::connection::{decode_body, next_id, strip_header};
use crate::net::frame;
use crate::net::transport::Reply;
use crate::net::versions::BrokerVersions;
use crate::protocol::messages::{SaslAuthenticateRequest, SaslHandshakeRequest};
use crate::protocol::{ApiRequest, ErrorCode};

/// Puts a frame on the wire, with its correlation id registered for the
/// answer.
pub(crate) trait Wire: Send {
    fn queue(&mut self, correlation_id: i32, frame: Bytes) -> impl Future<Output = Result<oneshot::Receiver<Reply>>> + Send;
}

/// Authenticates connections to one broker with one mechanism.
#[derive(Debug)]
pub(crate) struct Authenticator {
    sasl: SaslConfig,
    broker: String,
    client_id: Option<String>,
    handshake_version: i16,
    authenticate_version: i16,
    /// Longest wait for each answer when re-authenticating.
    pub(crate) request_timeout: Duration,
}

/// What a successful authentication granted.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Session {
    /// When to authenticate again, if the broker limited the session.
    pub(crate) reauthenticate_at: Option<Instant>,
}

impl Authenticator {
    pub(crate) fn new(
        sasl: SaslConfig,
        broker: &str,
        client_id: Option<String>,
        versions: &BrokerVersions,
        request_timeout: Duration,
    ) -> Result<Self> {
        // SaslHandshake v0 means the old framing without SaslAuthenticate,
        // which brokers before 1.0 used; it is not supported.
        let handshake_version = versions.pick::<SaslHandshakeRequest>(broker)?.max(1);
        versions.check::<SaslHandshakeRequest>(handshake_version, broker)?;
        let authenticate_version = versions.pick::<SaslAuthenticateRequest>(broker)?;
        Ok(Self {
            sasl,
            broker: broker.to_owned(),
            client_id,
            handshake_version,
            authenticate_version,
            request_timeout,
        })
    }

    /// `MECHANISM as 'user' to BROKER`, for errors and logs.
    fn context(&self) -> String {
        format!("{} to {}", self.sasl.describe(), self.broker)
    }

    /// Runs the whole conversation; every answer must come before `deadline`.
    pub(crate) async fn authenticate<W: Wire>(&self, wire: &mut W, counter: &AtomicI32, deadline: Instant) -> Result<Session> {
        let started = Instant::now();
        let context = self.context();
        let mechanism = self.sasl.mechanism();
        let handshake = SaslHandshakeRequest { mechanism: mechanism.to_owned() };
        let answer = self.call(wire, counter, &handshake, self.handshake_version, deadline).await?;
        if answer.error_code == ErrorCode::UNSUPPORTED_SASL_MECHANISM.0 {
            return Err(Error::Authentication {
                context,
                reason: format!(
                    "the broker does not enable the {mechanism} mechanism on this listener; it enables: {}",
                    answer.mechanisms.join(", ")
                ),
            });
        }
        if answer.error_code == ErrorCode::ILLEGAL_SASL_STATE.0 {
            return Err(Error::Authentication {
                context,
                reason: "this listener of the broker does not use SASL (ILLEGAL_SASL_STATE); connect to a \
                         SASL_PLAINTEXT or SASL_SSL listener, or remove the SASL settings"
                    .to_owned(),
            });
        }
        if answer.error_code != 0 {
            return Err(Error::Authentication { context, reason: describe(answer.error_code, None) });
        }
        let mut conversation = start(&self.sasl, &context).await?;
        let mut message = conversation.first()?;
        let lifetime_ms = loop {
            let request = SaslAuthenticateRequest { auth_bytes: Bytes::from(message), ..Default::default() };
            let answer = self.call(wire, counter, &request, self.authenticate_version, deadline).await?;
            if answer.error_code != 0 {
                return Err(Error::Authentication {
                    context,
                    reason: describe(answer.error_code, answer.error_message.as_deref()),
                });
            }
            match conversation.next(&answer.auth_bytes)? {
                Some(next) => message = next,
                None => break answer.session_lifetime_ms,
            }
        };
        let reauthenticate_at = renewal_time(started, lifetime_ms, rand::thread_rng().gen_range(0.85..0.95));
        tracing::debug!(broker = %self.broker, mechanism, session_lifetime_ms = lifetime_ms, "SASL authentication succeeded");
        Ok(Session { reauthenticate_at })
    }

    async fn call<R: ApiRequest, W: Wire>(
        &self,
        wire: &mut W,
        counter: &AtomicI32,
        request: &R,
        version: i16,
        deadline: Instant,
    ) -> Result<R::Response> {
        let correlation_id = next_id(counter);
        let frame = frame::encode_request(request, version, correlation_id, self.client_id.as_deref())
            .map_err(|e| Error::protocol(format!("encoding {} v{version}", R::NAME), e))?;
        let budget = deadline.saturating_duration_since(Instant::now());
        let timed_out = || Error::Timeout {
            operation: format!("{} v{version} ({}) to {}", R::NAME, self.sasl.mechanism(), self.broker),
            after: budget,
        };
        let receiver = tokio::time::timeout_at(deadline, wire.queue(correlation_id, frame)).await.map_err(|_| timed_out())??;
        let reply = tokio::time::timeout_at(deadline, receiver).await.map_err(|_| timed_out())?;
        let reply = reply.map_err(|_| Error::Disconnected {
            broker: self.broker.clone(),
            reason: "the connection closed during SASL authentication".to_owned(),
        })??;
        let body = strip_header::<R>(reply, correlation_id, version, &self.broker)?;
        decode_body::<R::Response>(body, version, &self.broker)
    }
}

/// When to renew a session of `lifetime_ms` (from the broker) that began at
/// `started`: after `share` of it, like the Java client somewhere in the
/// last 5-15 %. `None` when the broker set no limit, or one so far away that
/// it cannot be represented (the session then simply lasts).
fn renewal_time(started: Instant, lifetime_ms: i64, share: f64) -> Option<Instant> {
    let lifetime = Duration::from_millis(u64::try_from(lifetime_ms).ok().filter(|&ms| ms > 0)?);
    started.checked_add(lifetime.mul_f64(share))
}

fn describe(code: i16, message: Option<&str>) -> String {
    let name = ErrorCode(code).name();
    match message {
        Some(m) if !m.is_empty() => format!("{name} ({code}): {m}"),
        _ => format!("{name} ({code})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renewal_comes_within_the_session() {
        let start = Instant::now();
        let at = renewal_time(start, 10_000, 0.9).expect("a limited session is renewed");
        assert_eq!(at - start, Duration::from_secs(9));
    }

    #[test]
    fn unlimited_or_absurd_lifetimes_are_not_renewed_and_do_not_panic() {
        let start = Instant::now();
        assert_eq!(renewal_time(start, 0, 0.9), None);
        assert_eq!(renewal_time(start, -5, 0.9), None);
        // A broker answering i64::MAX must not make the client panic (an
        // Instant that far ahead overflows on some platforms, e.g. macOS):
        // either no renewal, or one centuries away.
        if let Some(at) = renewal_time(start, i64::MAX, 0.94) {
            assert!(at - start > Duration::from_secs(100 * 365 * 86_400));
        }
    }
}
