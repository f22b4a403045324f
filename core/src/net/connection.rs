//! One connection to one broker, speaking typed requests.
//!
//! [`Connection::connect`] opens the socket and asks the broker which API
//! versions it speaks (ApiVersions), so that every later request goes out at
//! the highest version both sides know. [`Connection::send`] encodes a
//! request, waits for its answer and decodes it; any number of sends can run
//! at once on one connection (the private `transport` module says how).
//!
//! A connection does not reconnect: once lost it stays closed and every
//! request fails with the reason. Reconnecting, with backoff, is the job of
//! the [`Broker`](super::Broker) handle above it.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use tokio::time::Instant;

use super::frame::{self, DEFAULT_MAX_FRAME_SIZE};
use super::handshake::{negotiate, open_socket};
pub use super::handshake::api_versions_request;
use super::sasl::{Authenticator, SaslConfig};
use super::throttle::{ThrottleStats, ThrottleTime};
use super::tls::TlsConfig;
use super::transport::{Socket, Transport};
use super::versions::{api_name, BrokerVersions};
use crate::error::{Error, Result};
use crate::protocol::messages::{ApiVersionsResponse, ResponseHeader};
use crate::protocol::{ApiRequest, ApiResponse, Decodable, Message, ProtocolError};

/// Options of a single connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionConfig {
    /// Sent in every request header; brokers log it and use it for quotas.
    /// Default `"ferrokafka"`.
    pub client_id: Option<String>,
    /// Longest time to open the socket and agree on versions. Default 10 s.
    pub connect_timeout: Duration,
    /// Longest time to wait for an answer to one request, unless the request
    /// says otherwise. Default 30 s (the Java client's `request.timeout.ms`).
    pub request_timeout: Duration,
    /// Largest response the client reads; larger ones fail their request
    /// with [`Error::FrameTooLarge`]. Default 100 MiB.
    pub max_frame_size: usize,
    /// Encrypt the connection with TLS. Default: none (plaintext).
    pub tls: Option<TlsConfig>,
    /// Authenticate with SASL after connecting. Default: none.
    pub sasl: Option<SaslConfig>,
}

impl Default for ConnectionConfig {
    fn default() -> Self {
        Self {
            client_id: Some("ferrokafka".to_owned()),
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            max_frame_size: DEFAULT_MAX_FRAME_SIZE,
            tls: None,
            sasl: None,
        }
    }
}

/// Smallest accepted `max_frame_size`: room for an ApiVersions answer.
pub const MIN_MAX_FRAME_SIZE: usize = 64;

impl ConnectionConfig {
    /// Checks the options, naming the first bad one.
    pub fn validate(&self) -> Result<()> {
        if self.connect_timeout.is_zero() {
            return Err(Error::Config {
                option: "connect_timeout",
                value: format!("{:?}", self.connect_timeout),
                allowed: "a duration above zero".to_owned(),
            });
        }
        if self.request_timeout.is_zero() {
            return Err(Error::Config {
                option: "request_timeout",
                value: format!("{:?}", self.request_timeout),
                allowed: "a duration above zero".to_owned(),
            });
        }
        if self.max_frame_size < MIN_MAX_FRAME_SIZE || self.max_frame_size > i32::MAX as usize {
            return Err(Error::Config {
                option: "max_frame_size",
                value: self.max_frame_size.to_string(),
                allowed: format!("{MIN_MAX_FRAME_SIZE} to {} bytes", i32::MAX),
            });
        }
        if let Some(tls) = &self.tls {
            tls.validate()?;
        }
        if let Some(sasl) = &self.sasl {
            sasl.validate()?;
        }
        Ok(())
    }
}

/// How to send one request, when the defaults will not do.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RequestOptions {
    /// The version to send; default: the highest both sides speak.
    pub version: Option<i16>,
    /// How long to wait for the answer; default: the connection's
    /// `request_timeout`.
    pub timeout: Option<Duration>,
}

/// A connection to one broker. Cheap to clone; clones share the socket.
///
/// Dropping the last clone closes the socket.
#[derive(Debug, Clone)]
pub struct Connection {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    broker: String,
    config: ConnectionConfig,
    transport: Transport,
    versions: BrokerVersions,
    api_versions: ApiVersionsResponse,
    api_versions_version: i16,
}

impl Connection {
    /// Connects to `broker` (`host:port`) and negotiates API versions.
    ///
    /// With `tls`, runs the TLS handshake first; with `sasl`, authenticates
    /// after negotiating versions. All of it must finish within
    /// `connect_timeout`.
    ///
    /// Fails with [`Error::Unreachable`] when the socket cannot be opened
    /// within `connect_timeout` (refused, unknown host, no route, no answer),
    /// [`Error::Tls`] when the TLS handshake fails (saying which check), and
    /// [`Error::Authentication`] when the broker refuses the credentials.
    pub async fn connect(broker: &str, config: &ConnectionConfig) -> Result<Connection> {
        config.validate()?;
        let deadline = Instant::now() + config.connect_timeout;
        let stream = open_socket(broker, deadline, config.connect_timeout).await?;
        let socket = match &config.tls {
            Some(tls) => {
                let handshake = tokio::time::timeout_at(deadline, tls.handshake(broker, stream)).await;
                let stream = handshake.map_err(|_| Error::Unreachable {
                    broker: broker.to_owned(),
                    reason: format!("the TLS handshake did not finish within {:?}", config.connect_timeout),
                })??;
                Socket::Tls(Box::new(stream))
            }
            None => Socket::Plain(stream),
        };
        let transport = Transport::start(socket, broker.to_owned(), config.max_frame_size);
        let (api_versions, api_versions_version) = negotiate(broker, config, &transport, deadline).await?;
        let versions = BrokerVersions::from_response(&api_versions);
        if let Some(sasl) = &config.sasl {
            let authenticator = Authenticator::new(
                sasl.clone(),
                broker,
                config.client_id.clone(),
                &versions,
                config.request_timeout,
            )?;
            let mut wire = &transport;
            let session =
                authenticator.authenticate(&mut wire, &transport.shared().next_correlation_id, deadline).await?;
            transport.keep_authenticated(Arc::new(authenticator), session);
        }
        Ok(Connection {
            inner: Arc::new(Inner {
                broker: broker.to_owned(),
                config: config.clone(),
                transport,
                versions,
                api_versions,
                api_versions_version,
            }),
        })
    }

    /// The broker address this connection was opened to.
    pub fn broker(&self) -> &str {
        &self.inner.broker
    }

    /// The options the connection was opened with.
    pub fn config(&self) -> &ConnectionConfig {
        &self.inner.config
    }

    /// The versions the broker accepts, by API key.
    pub fn versions(&self) -> &BrokerVersions {
        &self.inner.versions
    }

    /// The broker's ApiVersions answer, as received during negotiation
    /// (supported features, finalized features, ...).
    pub fn api_versions(&self) -> &ApiVersionsResponse {
        &self.inner.api_versions
    }

    /// The ApiVersions version negotiation ended with.
    pub fn api_versions_version(&self) -> i16 {
        self.inner.api_versions_version
    }

    /// The version `R` is sent at by [`send`](Self::send).
    pub fn version_for<R: ApiRequest>(&self) -> Result<i16> {
        self.inner.versions.pick::<R>(&self.inner.broker)
    }

    /// What the connection knows about broker throttling.
    pub fn throttle(&self) -> ThrottleStats {
        self.inner.transport.shared().throttle.stats()
    }

    /// Requests sent whose answers have not arrived yet.
    pub fn in_flight(&self) -> usize {
        self.inner.transport.in_flight()
    }

    /// How many times the connection has re-authenticated (KIP-368) because
    /// the broker limited its SASL session.
    pub fn reauthentications(&self) -> u64 {
        self.inner.transport.shared().reauthentications()
    }

    /// Whether the connection was lost or closed; a closed connection fails
    /// every request.
    pub fn is_closed(&self) -> bool {
        self.inner.transport.is_closed()
    }

    /// Closes the connection. Requests waiting for an answer, and any sent
    /// later, fail with [`Error::Shutdown`].
    pub fn close(&self) {
        self.inner.transport.close(Error::Shutdown);
    }

    /// Sends a request at the highest version both sides speak and waits for
    /// the answer, at most the connection's `request_timeout`.
    ///
    /// Any number of `send`s may run at once. Dropping the future gives up on
    /// the answer without disturbing other requests. A timeout fails only
    /// this request; the connection stays usable.
    pub async fn send<R>(&self, request: &R) -> Result<R::Response>
    where
        R: ApiRequest,
        R::Response: ThrottleTime,
    {
        self.send_with(request, RequestOptions::default()).await
    }

    /// [`send`](Self::send) with an explicit version and/or timeout.
    pub async fn send_with<R>(&self, request: &R, options: RequestOptions) -> Result<R::Response>
    where
        R: ApiRequest,
        R::Response: ThrottleTime,
    {
        let version = self.choose_version::<R>(options.version)?;
        let timeout = options.timeout.unwrap_or(self.inner.config.request_timeout);
        let body = self.exchange(request, version, timeout).await?;
        let response = decode_body::<R::Response>(body, version, &self.inner.broker)?;
        if let Some(throttle_ms) = response.throttle_time_ms() {
            self.inner.transport.shared().throttle.record(throttle_ms);
        }
        Ok(response)
    }

    /// Queues a request for writing and returns, without waiting for the
    /// answer, a future that resolves to it.
    ///
    /// Requests queued one after another from one task are written in that
    /// order, which a producer needs to pipeline several Produce requests
    /// without reordering them; `send` cannot promise that once its futures
    /// are polled concurrently. The answer's timeout runs from the call.
    pub async fn queue<R>(
        &self,
        request: &R,
        options: RequestOptions,
    ) -> Result<impl std::future::Future<Output = Result<R::Response>> + Send + 'static>
    where
        R: ApiRequest,
        R::Response: ThrottleTime + Send + 'static,
    {
        let version = self.choose_version::<R>(options.version)?;
        let timeout = options.timeout.unwrap_or(self.inner.config.request_timeout);
        let correlation_id = self.next_correlation_id();
        let frame = self.encode(request, version, correlation_id)?;
        let deadline = Instant::now() + timeout;
        let timed_out = {
            let broker = self.inner.broker.clone();
            move || Error::Timeout { operation: format!("{} v{version} to {broker}", api_name::<R>()), after: timeout }
        };
        let receiver = tokio::time::timeout_at(deadline, self.inner.transport.request(correlation_id, frame))
            .await
            .map_err(|_| timed_out())??;
        let connection = self.clone();
        Ok(async move {
            let broker = connection.inner.broker.as_str();
            let reply = tokio::time::timeout_at(deadline, receiver).await.map_err(|_| timed_out())?;
            let frame = match reply {
                Ok(reply) => reply?,
                Err(_) => {
                    return Err(Error::Disconnected {
                        broker: broker.to_owned(),
                        reason: "the connection closed before the answer arrived".to_owned(),
                    })
                }
            };
            let frame = strip_header::<R>(frame, correlation_id, version, broker)?;
            let response = decode_body::<R::Response>(frame, version, broker)?;
            if let Some(throttle_ms) = response.throttle_time_ms() {
                connection.inner.transport.shared().throttle.record(throttle_ms);
            }
            Ok(response)
        })
    }

    /// Sends a request the broker does not answer (a Produce with `acks=0`).
    /// Returns once the request is queued for writing.
    pub async fn send_without_reply<R: ApiRequest>(&self, request: &R, version: Option<i16>) -> Result<()> {
        let version = self.choose_version::<R>(version)?;
        let correlation_id = self.next_correlation_id();
        let frame = self.encode(request, version, correlation_id)?;
        self.inner.transport.request_without_reply(frame).await
    }

    /// Sends a request and returns the raw response body (the bytes after
    /// the response header), undecoded. For tools that capture or inspect
    /// wire bytes.
    pub async fn send_raw<R: ApiRequest>(&self, request: &R, options: RequestOptions) -> Result<Bytes> {
        let version = self.choose_version::<R>(options.version)?;
        let timeout = options.timeout.unwrap_or(self.inner.config.request_timeout);
        self.exchange(request, version, timeout).await
    }

    fn choose_version<R: ApiRequest>(&self, explicit: Option<i16>) -> Result<i16> {
        match explicit {
            Some(version) => {
                self.inner.versions.check::<R>(version, &self.inner.broker)?;
                Ok(version)
            }
            None => self.version_for::<R>(),
        }
    }

    fn next_correlation_id(&self) -> i32 {
        next_id(&self.inner.transport.shared().next_correlation_id)
    }

    fn encode<R: ApiRequest>(&self, request: &R, version: i16, correlation_id: i32) -> Result<Bytes> {
        frame::encode_request(request, version, correlation_id, self.inner.config.client_id.as_deref())
            .map_err(|e| Error::protocol(format!("encoding {} v{version}", R::NAME), e))
    }

    /// Sends one request and returns the response body after its header.
    async fn exchange<R: ApiRequest>(&self, request: &R, version: i16, timeout: Duration) -> Result<Bytes> {
        let correlation_id = self.next_correlation_id();
        let frame = self.encode(request, version, correlation_id)?;
        let deadline = Instant::now() + timeout;
        round_trip::<R>(&self.inner.transport, &self.inner.broker, correlation_id, frame, version, deadline, timeout)
            .await
    }
}

pub(crate) fn next_id(counter: &AtomicI32) -> i32 {
    // Wraps from i32::MAX to i32::MIN; ids only need to be unique among the
    // requests in flight.
    counter.fetch_add(1, Ordering::Relaxed)
}

/// Queues a frame, waits for its answer until `deadline`, and strips the
/// response header.
pub(super) async fn round_trip<R: ApiRequest>(
    transport: &Transport,
    broker: &str,
    correlation_id: i32,
    frame: Bytes,
    version: i16,
    deadline: Instant,
    timeout: Duration,
) -> Result<Bytes> {
    let timed_out = || Error::Timeout {
        operation: format!("{} v{version} to {broker}", api_name::<R>()),
        after: timeout,
    };
    let receiver = tokio::time::timeout_at(deadline, transport.request(correlation_id, frame))
        .await
        .map_err(|_| timed_out())??;
    let reply = tokio::time::timeout_at(deadline, receiver).await.map_err(|_| timed_out())?;
    let frame = match reply {
        Ok(reply) => reply?,
        Err(_) => {
            return Err(Error::Disconnected {
                broker: broker.to_owned(),
                reason: "the connection closed before the answer arrived".to_owned(),
            })
        }
    };
    strip_header::<R>(frame, correlation_id, version, broker)
}

/// Decodes the response header of an answer to `R`, checks its correlation
/// id, and returns the body.
pub(crate) fn strip_header<R: ApiRequest>(mut frame: Bytes, correlation_id: i32, version: i16, broker: &str) -> Result<Bytes> {
    let header_version = R::Response::response_header_version(version);
    let header = ResponseHeader::decode(&mut frame, header_version)
        .map_err(|e| Error::protocol(format!("decoding the response header of {} from {broker}", R::NAME), e))?;
    if header.correlation_id != correlation_id {
        return Err(Error::protocol(
            format!("matching the answer to {} from {broker}", R::NAME),
            ProtocolError::Invalid {
                context: "response header",
                detail: format!("correlation id {} instead of {correlation_id}", header.correlation_id),
            },
        ));
    }
    Ok(frame)
}

/// Decodes a response body, which must be consumed exactly: bytes left over
/// mean the body was read at the wrong version.
pub(crate) fn decode_body<T: Message>(mut body: Bytes, version: i16, broker: &str) -> Result<T> {
    let context = || format!("decoding {} v{version} from {broker}", T::NAME);
    let response = T::decode(&mut body, version).map_err(|e| Error::protocol(context(), e))?;
    if !body.is_empty() {
        return Err(Error::protocol(
            context(),
            ProtocolError::Invalid { context: "response", detail: format!("{} bytes left after the body", body.len()) },
        ));
    }
    Ok(response)
}
