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

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use tokio::io::{AsyncWriteExt, BufReader, BufWriter};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::frame::{self, Incoming, ReadError};
use super::lock;
use super::throttle::Throttle;
use crate::error::Error;

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
    reader: JoinHandle<()>,
    writer: JoinHandle<()>,
}

/// State shared by callers, the reader and the writer.
#[derive(Debug)]
pub(crate) struct Shared {
    broker: String,
    state: Mutex<State>,
    pub(crate) throttle: Throttle,
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
    pub(crate) fn start(stream: TcpStream, broker: String, max_frame_size: usize) -> Transport {
        let (read_half, write_half) = stream.into_split();
        let shared = Arc::new(Shared {
            broker: broker.clone(),
            state: Mutex::new(State::default()),
            throttle: Throttle::default(),
        });
        let (queue, frames) = mpsc::channel(QUEUE_DEPTH);
        let reader = tokio::spawn(read_loop(read_half, Arc::clone(&shared), max_frame_size));
        let writer = tokio::spawn(write_loop(frames, write_half, Arc::clone(&shared)));
        Transport { broker, queue, shared, reader, writer }
    }

    /// The state shared with the tasks.
    pub(crate) fn shared(&self) -> &Shared {
        &self.shared
    }

    /// Queues a request frame. With `expect_reply`, registers the correlation
    /// id first and returns the receiver of the answer.
    ///
    /// Cancel-safe: if the returned future is dropped, either nothing was
    /// queued or the whole frame was.
    pub(crate) async fn submit(
        &self,
        correlation_id: i32,
        frame: Bytes,
        expect_reply: bool,
    ) -> Result<Option<oneshot::Receiver<Reply>>, Error> {
        let permit = match self.queue.reserve().await {
            Ok(permit) => permit,
            Err(_) => return Err(self.shared.closed_error()),
        };
        // Registering and queueing happen together, with no await between
        // them, so a frame is never on the wire without its entry.
        let receiver = {
            let mut state = lock(&self.shared.state);
            if let Some(error) = &state.closed {
                return Err(error.clone());
            }
            if expect_reply {
                let (tx, rx) = oneshot::channel();
                if state.in_flight.insert(correlation_id, tx).is_some() {
                    tracing::warn!(broker = %self.broker, correlation_id, "correlation id reused while in flight");
                }
                Some(rx)
            } else {
                None
            }
        };
        permit.send(frame);
        Ok(receiver)
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

impl Shared {
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

async fn read_loop(read_half: OwnedReadHalf, shared: Arc<Shared>, max_frame_size: usize) {
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
            Err(ReadError::Io(e)) => {
                Err(Error::Disconnected { broker: shared.broker.clone(), reason: e.to_string() })
            }
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

async fn write_loop(mut frames: mpsc::Receiver<Bytes>, write_half: OwnedWriteHalf, shared: Arc<Shared>) {
    let mut stream = BufWriter::with_capacity(IO_BUFFER, write_half);
    while let Some(first) = frames.recv().await {
        if let Some(until) = shared.throttle.hold_until() {
            tokio::time::sleep_until(until).await;
        }
        let mut next = Some(first);
        let mut written = 0;
        while let Some(frame) = next.take() {
            if let Err(e) = stream.write_all(&frame).await {
                shared.fail(Error::Disconnected { broker: shared.broker.clone(), reason: e.to_string() });
                return;
            }
            written += 1;
            if written < MAX_WRITE_BATCH {
                next = frames.try_recv().ok();
            }
        }
        if let Err(e) = stream.flush().await {
            shared.fail(Error::Disconnected { broker: shared.broker.clone(), reason: e.to_string() });
            return;
        }
    }
    // Every sender is gone: the connection was dropped. Shut the socket down.
    let _ = stream.shutdown().await;
}
