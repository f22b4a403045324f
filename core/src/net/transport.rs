//! The two tasks that own a connection's socket, and the table of requests
//! waiting for an answer.
//!
//! Callers never touch the socket. A caller encodes its request, registers
//! the correlation id in the in-flight table and queues the bytes; the
//! *writer* task writes queued frames in order; the *reader* task reads
//! frames and hands each one to the caller registered under its correlation
//! id. Many requests can therefore be in flight at once (pipelining), and the
//! order of the answers does not matter.
//!
//! This split is what makes the connection safe to use from futures that may
//! be dropped: a frame is queued whole or not at all, and once queued it is
//! written whole by the writer, so a caller that gives up (timeout, `select!`,
//! dropped task) cannot leave half a request on the wire. Its entry stays in
//! the table until the answer comes and is then discarded, so the reader
//! never mistakes that answer for another request's.
//!
//! When the socket fails, or the connection is closed, every waiting caller
//! gets the same typed error, and later requests fail at once with it.
//!
//! A SASL session with a lifetime is renewed by the writer: when the time
//! comes it writes the SASL requests itself and waits for their answers
//! before writing anything else, as the broker expects (KIP-368).

use std::collections::HashMap;
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, BufReader, BufWriter};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinHandle;
use tokio::time::Instant;
use tokio_rustls::client::TlsStream;

use super::frame::{self, Incoming, ReadError};
use super::lock;
use super::sasl::{reauthenticate, Authenticator, Session, Wire};
use super::throttle::Throttle;
use super::tls::tls_failure;
use crate::error::Error;

/// An open socket, plain or with TLS.
pub(crate) enum Socket {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

/// The SASL session the writer keeps alive: when and how to renew it.
#[derive(Debug, Clone)]
struct Renewal {
    at: Instant,
    authenticator: Arc<Authenticator>,
}

/// Frames queued for the writer before callers wait for room.
const QUEUE_DEPTH: usize = 256;
/// Buffer sizes of the socket halves.
const IO_BUFFER: usize = 64 * 1024;
/// Frames the writer sends before it flushes, when many are queued.
const MAX_WRITE_BATCH: usize = 64;

/// The answer to one request: the frame from its correlation id on.
pub(crate) type Reply = Result<Bytes, Error>;

/// A started connection: the queue to the writer and the in-flight table.
#[derive(Debug)]
pub(crate) struct Transport {
    broker: String,
    queue: mpsc::Sender<Bytes>,
    shared: Arc<Shared>,
    renewal: watch::Sender<Option<Renewal>>,
    reader: JoinHandle<()>,
    writer: JoinHandle<()>,
}

/// State shared by callers, the reader and the writer.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) broker: String,
    state: Mutex<State>,
    pub(crate) throttle: Throttle,
    /// Correlation ids of this connection's requests.
    pub(crate) next_correlation_id: AtomicI32,
    pub(crate) reauthentications: AtomicU64,
}

#[derive(Debug, Default)]
struct State {
    /// Set once the connection is unusable; every later request gets it.
    closed: Option<Error>,
    /// Callers waiting for an answer, by correlation id. A sender whose
    /// receiver was dropped marks a request whose caller gave up.
    in_flight: HashMap<i32, oneshot::Sender<Reply>>,
}

impl Transport {
    /// Starts the reader and writer tasks on a connected socket.
    pub(crate) fn start(socket: Socket, broker: String, max_frame_size: usize) -> Transport {
        let shared = Arc::new(Shared {
            broker: broker.clone(),
            state: Mutex::new(State::default()),
            throttle: Throttle::default(),
            next_correlation_id: AtomicI32::new(0),
            reauthentications: AtomicU64::new(0),
        });
        let (queue, frames) = mpsc::channel(QUEUE_DEPTH);
        let (renewal, renewals) = watch::channel(None);
        let (reader, writer) = match socket {
            Socket::Plain(stream) => {
                let (read_half, write_half) = stream.into_split();
                (
                    tokio::spawn(read_loop(read_half, Arc::clone(&shared), max_frame_size)),
                    tokio::spawn(write_loop(frames, write_half, Arc::clone(&shared), renewals)),
                )
            }
            Socket::Tls(stream) => {
                let (read_half, write_half) = tokio::io::split(*stream);
                (
                    tokio::spawn(read_loop(read_half, Arc::clone(&shared), max_frame_size)),
                    tokio::spawn(write_loop(frames, write_half, Arc::clone(&shared), renewals)),
                )
            }
        };
        Transport { broker, queue, shared, renewal, reader, writer }
    }

    /// Hands the writer a SASL session to renew before it expires.
    pub(crate) fn keep_authenticated(&self, authenticator: Arc<Authenticator>, session: Session) {
        if let Some(at) = session.reauthenticate_at {
            self.renewal.send_replace(Some(Renewal { at, authenticator }));
        }
    }

    /// The state shared with the tasks.
    pub(crate) fn shared(&self) -> &Shared {
        &self.shared
    }

    /// Queues a request frame whose answer is awaited: registers the
    /// correlation id, then returns the receiver of the answer.
    ///
    /// Cancel-safe: if the returned future is dropped, either nothing was
    /// queued or the whole frame was.
    pub(crate) async fn request(&self, correlation_id: i32, frame: Bytes) -> Result<oneshot::Receiver<Reply>, Error> {
        let (tx, rx) = oneshot::channel();
        self.queue(frame, Some((correlation_id, tx))).await?;
        Ok(rx)
    }

    /// Queues a request frame the broker does not answer.
    pub(crate) async fn request_without_reply(&self, frame: Bytes) -> Result<(), Error> {
        self.queue(frame, None).await
    }

    async fn queue(&self, frame: Bytes, waiter: Option<(i32, oneshot::Sender<Reply>)>) -> Result<(), Error> {
        let permit = match self.queue.reserve().await {
            Ok(permit) => permit,
            Err(_) => return Err(self.shared.closed_error()),
        };
        // Registering and queueing happen together, with no await between
        // them, so a frame is never on the wire without its entry.
        {
            let mut state = lock(&self.shared.state);
            if let Some(error) = &state.closed {
                return Err(error.clone());
            }
            if let Some((correlation_id, tx)) = waiter {
                if state.in_flight.insert(correlation_id, tx).is_some() {
                    tracing::warn!(broker = %self.broker, correlation_id, "correlation id reused while in flight");
                }
            }
        }
        permit.send(frame);
        Ok(())
    }

    /// Whether the connection can no longer be used.
    pub(crate) fn is_closed(&self) -> bool {
        lock(&self.shared.state).closed.is_some() || self.writer.is_finished()
    }

    /// Number of requests sent and not yet answered (including ones whose
    /// callers gave up).
    pub(crate) fn in_flight(&self) -> usize {
        lock(&self.shared.state).in_flight.len()
    }

    /// Closes the connection: every waiting caller and every later request
    /// gets `reason`.
    pub(crate) fn close(&self, reason: Error) {
        self.shared.fail(reason);
        self.reader.abort();
        self.writer.abort();
    }
}

impl Drop for Transport {
    fn drop(&mut self) {
        self.close(Error::Shutdown);
    }
}

impl Wire for &Transport {
    fn queue(
        &mut self,
        correlation_id: i32,
        frame: Bytes,
    ) -> impl std::future::Future<Output = Result<oneshot::Receiver<Reply>, Error>> + Send {
        self.request(correlation_id, frame)
    }
}

impl Shared {
    /// How often the connection re-authenticated.
    pub(crate) fn reauthentications(&self) -> u64 {
        self.reauthentications.load(Ordering::Relaxed)
    }

    /// Registers a waiter for `correlation_id`; fails if the connection is closed.
    pub(crate) fn register(&self, correlation_id: i32, tx: oneshot::Sender<Reply>) -> Result<(), Error> {
        let mut state = lock(&self.state);
        if let Some(error) = &state.closed {
            return Err(error.clone());
        }
        state.in_flight.insert(correlation_id, tx);
        Ok(())
    }

    /// The error for a failed read or write: a TLS failure says so.
    pub(crate) fn io_error(&self, e: &std::io::Error) -> Error {
        tls_failure(&self.broker, e)
            .unwrap_or_else(|| Error::Disconnected { broker: self.broker.clone(), reason: e.to_string() })
    }

    /// Hands an answer to the caller waiting for it.
    fn deliver(&self, correlation_id: i32, reply: Reply) -> Result<(), Error> {
        let waiting = lock(&self.state).in_flight.remove(&correlation_id);
        match waiting {
            // A failed send means the caller gave up; the answer is dropped.
            Some(tx) => {
                let _ = tx.send(reply);
                Ok(())
            }
            None => Err(Error::Disconnected {
                broker: self.broker.clone(),
                reason: format!(
                    "the broker answered correlation id {correlation_id}, which no request used; \
                     the connection was closed to avoid mixing up answers"
                ),
            }),
        }
    }

    /// Marks the connection unusable and fails every waiting caller. The
    /// first reason wins.
    pub(crate) fn fail(&self, reason: Error) {
        let waiting = {
            let mut state = lock(&self.state);
            if state.closed.is_none() {
                state.closed = Some(reason);
            }
            std::mem::take(&mut state.in_flight)
        };
        let reason = self.closed_error();
        for (_, tx) in waiting {
            let _ = tx.send(Err(reason.clone()));
        }
    }

    /// Why the connection is closed.
    fn closed_error(&self) -> Error {
        lock(&self.state).closed.clone().unwrap_or_else(|| Error::Disconnected {
            broker: self.broker.clone(),
            reason: "the connection was closed".to_owned(),
        })
    }
}

async fn read_loop<R: AsyncRead + Unpin>(read_half: R, shared: Arc<Shared>, max_frame_size: usize) {
    let mut stream = BufReader::with_capacity(IO_BUFFER, read_half);
    loop {
        let delivered = match frame::read_frame(&mut stream, max_frame_size).await {
            Ok(Some(Incoming::Response { correlation_id, frame })) => {
                shared.deliver(correlation_id, Ok(frame))
            }
            Ok(Some(Incoming::TooLarge { correlation_id, size })) => {
                let error =
                    Error::FrameTooLarge { broker: shared.broker.clone(), size, max: max_frame_size };
                shared.deliver(correlation_id, Err(error))
            }
            Ok(None) => Err(Error::Disconnected {
                broker: shared.broker.clone(),
                reason: "the broker closed the connection".to_owned(),
            }),
            Err(ReadError::Io(e)) => Err(shared.io_error(&e)),
            Err(ReadError::BadLength(length)) => Err(Error::Disconnected {
                broker: shared.broker.clone(),
                reason: format!("the broker sent an impossible frame length ({length})"),
            }),
        };
        if let Err(error) = delivered {
            tracing::debug!(broker = %shared.broker, %error, "connection closed by reader");
            shared.fail(error);
            return;
        }
    }
}

async fn write_loop<W: AsyncWrite + Unpin + Send>(
    mut frames: mpsc::Receiver<Bytes>,
    write_half: W,
    shared: Arc<Shared>,
    mut renewals: watch::Receiver<Option<Renewal>>,
) {
    let mut stream = BufWriter::with_capacity(IO_BUFFER, write_half);
    let mut renewal: Option<Renewal> = None;
    let mut watching = true;
    loop {
        let due = renewal.as_ref().map(|r| r.at);
        let first = tokio::select! {
            biased;
            () = sleep_until(due) => {
                let Some(current) = renewal.take() else { continue };
                match reauthenticate(&mut stream, &shared, &current.authenticator).await {
                    Ok(next) => {
                        renewal = next.map(|at| Renewal { at, authenticator: current.authenticator });
                        continue;
                    }
                    Err(error) => {
                        tracing::debug!(broker = %shared.broker, %error, "re-authentication failed; closing the connection");
                        shared.fail(error);
                        return;
                    }
                }
            }
            changed = renewals.changed(), if watching => {
                match changed {
                    Ok(()) => renewal = renewals.borrow_and_update().clone(),
                    Err(_) => watching = false,
                }
                continue;
            }
            frame = frames.recv() => match frame {
                Some(frame) => frame,
                None => break,
            },
        };
        if let Some(until) = shared.throttle.hold_until() {
            tokio::time::sleep_until(until).await;
        }
        let mut next = Some(first);
        let mut written = 0;
        while let Some(frame) = next.take() {
            if let Err(e) = stream.write_all(&frame).await {
                shared.fail(shared.io_error(&e));
                return;
            }
            written += 1;
            if written < MAX_WRITE_BATCH {
                next = frames.try_recv().ok();
            }
        }
        if let Err(e) = stream.flush().await {
            shared.fail(shared.io_error(&e));
            return;
        }
    }
    // Every sender is gone: the connection was dropped. Shut the socket down.
    let _ = stream.shutdown().await;
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}
