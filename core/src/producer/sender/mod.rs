//! The engine: one task that owns every batch from append to answer.
//!
//! Appends, answers and timers all arrive as messages on this one task, so
//! the state they change (per-partition queues, sequence numbers, requests
//! in flight) needs no locks and every decision sees all of it. After each
//! round of messages the engine drains what is ready: for every broker it
//! packs at most one batch per partition it leads into one ProduceRequest,
//! up to `max_request_size`, while that broker has fewer than
//! `max_in_flight` requests out, and hands the request to the broker's own
//! task ([`broker_link`](super::broker_link)).
//!
//! Order and retries. A failed batch never goes straight back on the wire:
//! its partition stops sending and waits until all of its batches in flight
//! have answered, then puts every failed batch back at the head of its queue
//! in their original order and resumes after a backoff. A retried batch
//! keeps its sequence number, so the broker drops it if an earlier attempt
//! did land (DUPLICATE_SEQUENCE_NUMBER counts as success), and the later
//! batches of the partition, which failed with OUT_OF_ORDER_SEQUENCE_NUMBER
//! because their predecessor was missing, follow it in order. Only an
//! out-of-order answer with no earlier batch of the partition outstanding
//! (in flight or waiting to be retried; later ones do not count) means a
//! real gap;
//! then, as on UNKNOWN_PRODUCER_ID, the producer's epoch is bumped and every
//! partition renumbers from 0 once its batches in flight have answered.
//!
//! Transactional producers. The transaction manager
//! ([`transaction`](super::transaction)) owns the producer id and epoch: it
//! hands them over with [`Command::SetIdentity`], and a sequence gap makes
//! the engine drop its identity and wait for the next one (only the
//! coordinator can bump a transactional epoch) instead of bumping it
//! itself. [`Command::Abort`] fails every batch not on the wire and every
//! retry until [`Command::EndAbort`], so that nothing of an aborted
//! transaction is written in the next one.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

use super::batch::{Batch, Numbering};
use super::broker_link::{self, Answer, Job};
use super::completion::Completion;
use super::config::ProducerConfig;
use super::identity::{self, Identity, IdentityState};
use super::memory::Memory;
use super::partitioner::load::BrokerLoad;
use super::sequence;
use crate::cluster::{Cluster, ClusterMetadata};
use crate::error::{Error, ErrorContext};
use crate::protocol::messages::produce_request::{PartitionProduceData, TopicProduceData};
use crate::protocol::messages::produce_response::PartitionProduceResponse;
use crate::protocol::messages::{ProduceRequest, ProduceResponse};
use crate::protocol::ErrorCode;
use crate::record::{BatchParams, Record, RecordBatchBuilder};

/// A record on its way into a batch.
#[derive(Debug)]
pub(crate) struct Pending {
    pub topic: Arc<str>,
    pub partition: i32,
    pub record: Record,
    pub bytes: usize,
    pub completion: Completion,
}

/// What producer handles ask of the engine.
#[derive(Debug)]
pub(crate) enum Command {
    Append(Vec<Pending>),
    /// Answered once every record appended before it has its result.
    Flush(oneshot::Sender<()>),
    /// Flush, then stop; records still unfinished at `deadline` fail.
    Close {
        deadline: Instant,
        done: oneshot::Sender<()>,
    },
    /// The producer id and epoch to number batches with from now on (a
    /// transactional producer's, from the transaction coordinator).
    SetIdentity(i64, i16),
    /// Fails every batch not on the wire, and every retry until
    /// `EndAbort`, with this error; answers once they are failed.
    Abort(Error, oneshot::Sender<()>),
    /// Batches may be sent again.
    EndAbort,
}

/// What the engine's own helpers report.
#[derive(Debug)]
pub(crate) enum Event {
    Answer(Answer),
    MetadataRefreshed,
    Identity(crate::error::Result<(i64, i16)>),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct TopicPartition {
    topic: Arc<str>,
    partition: i32,
}

#[derive(Debug, Default)]
struct PartitionState {
    /// Batches not on the wire, oldest first; only the last one grows.
    queue: VecDeque<Batch>,
    in_flight: usize,
    /// Failed batches waiting for the partition's requests in flight.
    failed: Vec<Batch>,
    backoff_until: Option<Instant>,
    attempt_backoff: Duration,
    /// Identity generation `next_sequence` counts in.
    generation: u64,
    next_sequence: i32,
    /// Whether a batch numbered in `generation` was acknowledged. Until
    /// then one batch at a time is in flight: a broker that holds no state
    /// for a producer accepts any sequence, so a later batch could land
    /// before a first one that failed and break the partition's order.
    confirmed: bool,
}

#[derive(Debug)]
struct InFlight {
    node: i32,
    batches: Vec<(TopicPartition, Batch)>,
}

/// A flush waiting for the batches that existed when it was asked.
#[derive(Debug)]
struct FlushWaiter {
    mark: u64,
    done: oneshot::Sender<()>,
}

pub(crate) struct Engine {
    cluster: Cluster,
    config: ProducerConfig,
    memory: Memory,
    commands: mpsc::UnboundedReceiver<Command>,
    commands_open: bool,
    events_tx: mpsc::UnboundedSender<Event>,
    events: mpsc::UnboundedReceiver<Event>,
    partitions: HashMap<TopicPartition, PartitionState>,
    links: HashMap<i32, mpsc::UnboundedSender<Job>>,
    node_in_flight: HashMap<i32, usize>,
    requests: HashMap<u64, InFlight>,
    next_id: u64,
    identity: IdentityState,
    last_identity_error: Option<Error>,
    refreshing: bool,
    builder: RecordBatchBuilder,
    /// Batches alive per flush mark; a batch takes the mark current when it
    /// is created.
    marks: BTreeMap<u64, usize>,
    current_mark: u64,
    flushes: Vec<FlushWaiter>,
    closing: Option<(Instant, Vec<oneshot::Sender<()>>)>,
    /// Where batches per broker are published for the sticky partitioner.
    load: Arc<BrokerLoad>,
    /// Set while a transaction is being aborted.
    aborting: Option<Error>,
    /// Set when a transactional producer's sequence numbers broke: its
    /// batches fail until the abort brings a new epoch.
    broken: Option<Error>,
}

impl Engine {
    pub(crate) fn new(
        cluster: Cluster,
        config: ProducerConfig,
        memory: Memory,
        commands: mpsc::UnboundedReceiver<Command>,
        load: Arc<BrokerLoad>,
    ) -> Engine {
        let (events_tx, events) = mpsc::unbounded_channel();
        let identity = if config.idempotence {
            IdentityState::Pending { generation: 1 }
        } else {
            IdentityState::Disabled
        };
        Engine {
            cluster,
            memory,
            commands,
            commands_open: true,
            events_tx,
            events,
            partitions: HashMap::new(),
            links: HashMap::new(),
            node_in_flight: HashMap::new(),
            requests: HashMap::new(),
            next_id: 0,
            identity,
            last_identity_error: None,
            refreshing: false,
            builder: RecordBatchBuilder::new(BatchParams::default()),
            marks: BTreeMap::new(),
            current_mark: 0,
            flushes: Vec::new(),
            closing: None,
            load,
            aborting: None,
            broken: None,
            config,
        }
    }

    /// Runs until closed (or every producer handle is gone) and drained.
    pub(crate) async fn run(mut self) {
        if matches!(self.identity, IdentityState::Pending { .. })
            && self.config.transactional_id.is_none()
        {
            self.start_identity_request();
        }
        loop {
            let wake = self.drain(Instant::now());
            self.finish_flushes();
            if self.is_done() {
                break;
            }
            let wake = wake.unwrap_or_else(|| Instant::now() + Duration::from_secs(3600));
            tokio::select! {
                biased;
                Some(event) = self.events.recv() => self.on_event(event),
                command = self.commands.recv(), if self.commands_open => match command {
                    Some(command) => self.on_command(command),
                    None => {
                        self.commands_open = false;
                        if self.closing.is_none() {
                            let deadline = Instant::now() + self.config.delivery_timeout;
                            self.closing = Some((deadline, Vec::new()));
                        }
                    }
                },
                _ = tokio::time::sleep_until(wake) => {}
            }
            // Take whatever else is already waiting before draining again.
            for _ in 0..1024 {
                if let Ok(event) = self.events.try_recv() {
                    self.on_event(event);
                } else if let Ok(command) = self.commands.try_recv() {
                    self.on_command(command);
                } else {
                    break;
                }
            }
        }
        // Whatever arrived after the close gets an answer too.
        self.commands.close();
        while let Ok(command) = self.commands.try_recv() {
            match command {
                Command::Append(records) => {
                    for pending in records {
                        self.memory.release(pending.bytes);
                        pending.completion.complete(Err(Error::Shutdown));
                    }
                }
                Command::Flush(done) => {
                    let _ = done.send(());
                }
                Command::Close { done, .. } => {
                    let _ = done.send(());
                }
                Command::Abort(_, done) => {
                    let _ = done.send(());
                }
                Command::SetIdentity(..) | Command::EndAbort => {}
            }
        }
        if let Some((_, waiters)) = self.closing.take() {
            for done in waiters {
                let _ = done.send(());
            }
        }
    }

    fn is_done(&mut self) -> bool {
        let Some((deadline, _)) = &self.closing else {
            return false;
        };
        let deadline = *deadline;
        let empty = self.requests.is_empty()
            && self
                .partitions
                .values()
                .all(|p| p.queue.is_empty() && p.failed.is_empty());
        if empty {
            return true;
        }
        if Instant::now() >= deadline {
            let error = Error::Timeout {
                operation: "closing the producer with records still unsent or unacknowledged"
                    .to_owned(),
                after: self
                    .config
                    .delivery_timeout
                    .min(deadline.saturating_duration_since(Instant::now())),
            };
            self.fail_everything(&error);
            return true;
        }
        false
    }

    fn fail_everything(&mut self, error: &Error) {
        for (_, state) in self.partitions.iter_mut() {
            for batch in state.queue.drain(..).chain(state.failed.drain(..)) {
                drop_mark(&mut self.marks, &batch);
                batch.fail(error, &self.memory);
            }
        }
        for (_, request) in self.requests.drain() {
            for (_, batch) in request.batches {
                drop_mark(&mut self.marks, &batch);
                batch.fail(error, &self.memory);
            }
        }
        self.finish_flushes();
    }

    fn on_command(&mut self, command: Command) {
        match command {
            Command::Append(records) => self.append(records),
            Command::Flush(done) => {
                self.flushes.push(FlushWaiter {
                    mark: self.current_mark,
                    done,
                });
                self.current_mark += 1;
            }
            Command::Close { deadline, done } => {
                self.flushes.push(FlushWaiter {
                    mark: self.current_mark,
                    done: oneshot::channel().0,
                });
                self.current_mark += 1;
                match &mut self.closing {
                    Some((existing, waiters)) => {
                        *existing = (*existing).min(deadline);
                        waiters.push(done);
                    }
                    None => self.closing = Some((deadline, vec![done])),
                }
            }
            Command::SetIdentity(producer_id, producer_epoch) => {
                self.broken = None;
                // A new generation: every partition renumbers from 0.
                let generation = self.identity.generation() + 1;
                self.identity = IdentityState::Ready(Identity {
                    producer_id,
                    producer_epoch,
                    generation,
                });
            }
            Command::Abort(error, done) => {
                for state in self.partitions.values_mut() {
                    for batch in state.queue.drain(..).chain(state.failed.drain(..)) {
                        drop_mark(&mut self.marks, &batch);
                        batch.fail(&error, &self.memory);
                    }
                    state.backoff_until = None;
                }
                self.aborting = Some(error);
                let _ = done.send(());
            }
            Command::EndAbort => self.aborting = None,
        }
    }

    fn append(&mut self, records: Vec<Pending>) {
        let now = Instant::now();
        let max = self.config.max_batch_bytes;
        for pending in records {
            let tp = TopicPartition {
                topic: pending.topic,
                partition: pending.partition,
            };
            let state = self.partitions.entry(tp).or_default();
            let fits = state.queue.back().is_some_and(|b| {
                b.numbering.is_none() && b.attempts == 0 && b.bytes + pending.bytes <= max
            });
            if !fits {
                self.next_id += 1;
                let mut batch = Batch::new(self.next_id, now);
                batch.mark = self.current_mark;
                *self.marks.entry(self.current_mark).or_default() += 1;
                state.queue.push_back(batch);
            }
            if let Some(batch) = state.queue.back_mut() {
                batch.push(pending.record, pending.bytes, pending.completion);
            }
        }
    }

    fn finish_flushes(&mut self) {
        let oldest = self.marks.keys().next().copied();
        self.flushes.retain_mut(|flush| match oldest {
            Some(oldest) if oldest <= flush.mark => true,
            _ => {
                let (tx, _) = oneshot::channel();
                let _ = std::mem::replace(&mut flush.done, tx).send(());
                false
            }
        });
    }

    fn on_event(&mut self, event: Event) {
        match event {
            Event::MetadataRefreshed => self.refreshing = false,
            Event::Identity(Ok((producer_id, producer_epoch))) => {
                let generation = self.identity.generation();
                self.identity = IdentityState::Ready(Identity {
                    producer_id,
                    producer_epoch,
                    generation,
                });
            }
            Event::Identity(Err(error)) => {
                self.last_identity_error = Some(error.clone());
                self.identity = IdentityState::Failed(error);
            }
            Event::Answer(answer) => self.on_answer(answer),
        }
    }

    fn start_identity_request(&self) {
        let cluster = self.cluster.clone();
        let events = self.events_tx.clone();
        let backoff = self.config.retry_backoff;
        tokio::spawn(async move {
            let result = identity::init_producer_id(&cluster, backoff).await;
            let _ = events.send(Event::Identity(result));
        });
    }

    fn request_metadata(&mut self) {
        if self.refreshing {
            return;
        }
        self.refreshing = true;
        let cluster = self.cluster.clone();
        let events = self.events_tx.clone();
        tokio::spawn(async move {
            if let Err(error) = cluster.refresh().await {
                tracing::debug!(%error, "metadata refresh for the producer failed");
            }
            let _ = events.send(Event::MetadataRefreshed);
        });
    }

    fn bump_epoch(&mut self) {
        if self.config.transactional_id.is_some() {
            // Only the coordinator can give a transactional producer a new
            // epoch; until the transaction is aborted, its batches fail.
            let generation = self.identity.generation() + 1;
            self.identity = IdentityState::Pending { generation };
            self.broken = Some(Error::TransactionState {
                operation: "send",
                reason: "an earlier record of this transaction failed and broke the \
                         sequence numbers; abort the transaction, then send again in a new one"
                    .to_owned(),
            });
            return;
        }
        if self.identity.bump() {
            self.start_identity_request();
        }
    }
}

fn drop_mark(marks: &mut BTreeMap<u64, usize>, batch: &Batch) {
    if let Some(count) = marks.get_mut(&batch.mark) {
        *count = count.saturating_sub(1);
        if *count == 0 {
            marks.remove(&batch.mark);
        }
    }
}

mod answers;
mod drain;

#[cfg(test)]
mod expiry_tests;
