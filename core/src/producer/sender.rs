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

    /// Sends what is ready; returns when to look again.
    fn drain(&mut self, now: Instant) -> Option<Instant> {
        let mut wake: Option<Instant> = None;
        let mut soonest = |at: Instant| wake = Some(wake.map_or(at, |w: Instant| w.min(at)));
        let unusable = match &self.identity {
            IdentityState::Failed(error) => Some(error.clone()),
            _ => self.broken.clone(),
        };
        if let Some(error) = unusable {
            for state in self.partitions.values_mut() {
                for batch in state.queue.drain(..) {
                    drop_mark(&mut self.marks, &batch);
                    batch.fail(&error, &self.memory);
                }
            }
        }
        self.expire(now, &mut soonest);
        let metadata = self.cluster.metadata();
        let flushing = !self.flushes.is_empty() || self.closing.is_some();
        let mut need_metadata = false;
        loop {
            let mut building: HashMap<i32, (usize, Vec<(TopicPartition, Batch)>)> = HashMap::new();
            for (tp, state) in self.partitions.iter_mut() {
                // Failed batches went back to the queue in `expire`, once
                // the partition had nothing in flight.
                if !state.failed.is_empty() {
                    continue; // waiting for the rest of its requests
                }
                if let Some(until) = state.backoff_until {
                    if now < until {
                        soonest(until);
                        continue;
                    }
                    state.backoff_until = None;
                }
                let Some(head) = state.queue.front() else {
                    continue;
                };
                let ready = state.queue.len() > 1 || head.attempts > 0 || flushing || {
                    let due = head.created + self.config.linger;
                    if now < due {
                        soonest(due);
                    }
                    now >= due
                };
                if !ready {
                    continue;
                }
                let numbering_base = match &self.identity {
                    IdentityState::Disabled => None,
                    IdentityState::Ready(identity) => Some(*identity),
                    IdentityState::Pending { .. } | IdentityState::Failed(_) => continue,
                };
                if let Some(identity) = numbering_base {
                    if state.generation != identity.generation {
                        if state.in_flight > 0 {
                            continue;
                        }
                        state.generation = identity.generation;
                        state.next_sequence = 0;
                        state.confirmed = false;
                        state.queue.iter_mut().for_each(Batch::clear_numbering);
                    }
                }
                if state.in_flight >= self.config.max_in_flight
                    || (numbering_base.is_some() && !state.confirmed && state.in_flight > 0)
                {
                    continue;
                }
                let Some(node) = leader(&metadata, tp) else {
                    need_metadata = true;
                    continue;
                };
                if self.node_in_flight.get(&node).copied().unwrap_or(0) >= self.config.max_in_flight
                {
                    continue;
                }
                let Some(mut batch) = state.queue.pop_front() else {
                    continue;
                };
                let numbering = numbering_base.map(|identity| match batch.numbering {
                    Some(numbering) => numbering,
                    None => {
                        let numbering = Numbering {
                            generation: identity.generation,
                            producer_id: identity.producer_id,
                            producer_epoch: identity.producer_epoch,
                            base_sequence: state.next_sequence,
                        };
                        state.next_sequence = sequence::advance(state.next_sequence, batch.len());
                        batch.numbering = Some(numbering);
                        numbering
                    }
                });
                let params = BatchParams {
                    producer_id: numbering.map_or(-1, |n| n.producer_id),
                    producer_epoch: numbering.map_or(-1, |n| n.producer_epoch),
                    base_sequence: numbering.map_or(-1, |n| n.base_sequence),
                    compression: self.config.compression,
                    transactional: self.config.transactional_id.is_some(),
                    ..BatchParams::default()
                };
                let bytes = match batch.encode(&mut self.builder, params, numbering) {
                    Ok(bytes) => bytes,
                    Err(error) => {
                        drop_mark(&mut self.marks, &batch);
                        batch.fail(&error, &self.memory);
                        continue;
                    }
                };
                let (size, batches) = building.entry(node).or_insert_with(|| (0, Vec::new()));
                if !batches.is_empty() && *size + bytes.len() + 64 > self.config.max_request_size {
                    state.queue.push_front(batch);
                    continue;
                }
                *size += bytes.len() + 64;
                batch.encoded_now = Some(bytes);
                state.in_flight += 1;
                batches.push((tp.clone(), batch));
            }
            if building.is_empty() {
                break;
            }
            for (node, (_, batches)) in building {
                self.dispatch(node, batches, &metadata);
            }
        }
        if need_metadata {
            self.request_metadata();
        }
        self.publish_load(&metadata);
        wake
    }

    /// Publishes how many batches wait for or are in flight to each broker.
    fn publish_load(&self, metadata: &ClusterMetadata) {
        let mut loads: HashMap<i32, usize> = HashMap::new();
        for (tp, state) in &self.partitions {
            let batches = state.queue.len() + state.failed.len() + state.in_flight;
            if batches > 0 {
                if let Some(node) = leader(metadata, tp) {
                    *loads.entry(node).or_default() += batches;
                }
            }
        }
        self.load.publish(loads);
    }

    /// Fails batches that have waited longer than `delivery_timeout` and are
    /// not on the wire, retries included (see [`requeue_and_expire`]).
    fn expire(&mut self, now: Instant, soonest: &mut impl FnMut(Instant)) {
        let timeout = self.config.delivery_timeout;
        let mut bump = false;
        let identity_error = self.last_identity_error.clone();
        for (tp, state) in self.partitions.iter_mut() {
            for batch in requeue_and_expire(state, now, &self.config, soonest) {
                bump |= batch.numbering.is_some();
                let last = batch.last_error.clone().or_else(|| identity_error.clone());
                let error = delivery_timeout(tp, batch.len(), timeout, last.as_ref());
                drop_mark(&mut self.marks, &batch);
                batch.fail(&error, &self.memory);
            }
        }
        if bump {
            // The broker may hold some of the expired sequences and not
            // others; only a new epoch makes numbering safe again.
            self.bump_epoch();
        }
    }

    fn dispatch(
        &mut self,
        node: i32,
        batches: Vec<(TopicPartition, Batch)>,
        metadata: &ClusterMetadata,
    ) {
        self.next_id += 1;
        let id = self.next_id;
        let mut topics: BTreeMap<Arc<str>, Vec<PartitionProduceData>> = BTreeMap::new();
        for (tp, batch) in &batches {
            topics
                .entry(Arc::clone(&tp.topic))
                .or_default()
                .push(PartitionProduceData {
                    index: tp.partition,
                    records: batch.encoded_now.clone(),
                    ..Default::default()
                });
        }
        let request = ProduceRequest {
            transactional_id: self.config.transactional_id.clone(),
            acks: self.config.acks.wire(),
            timeout_ms: self
                .config
                .request_timeout
                .as_millis()
                .min(i32::MAX as u128) as i32,
            topic_data: topics
                .into_iter()
                .map(|(topic, partition_data)| TopicProduceData {
                    topic_id: metadata
                        .topics
                        .get(&*topic)
                        .map(|t| t.topic_id)
                        .unwrap_or_default(),
                    name: topic.to_string(),
                    partition_data,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        let link = match self.links.get(&node) {
            Some(link) if !link.is_closed() => link.clone(),
            _ => {
                let answer_timeout = self.config.request_timeout + Duration::from_secs(5);
                let link = broker_link::spawn(
                    self.cluster.clone(),
                    node,
                    answer_timeout,
                    self.events_tx.clone(),
                );
                self.links.insert(node, link.clone());
                link
            }
        };
        *self.node_in_flight.entry(node).or_default() += 1;
        self.requests.insert(id, InFlight { node, batches });
        if link.send(Job { id, request }).is_err() {
            let _ = self.events_tx.send(Event::Answer(Answer {
                id,
                result: Err(Error::Shutdown),
            }));
        }
    }

    fn on_answer(&mut self, answer: Answer) {
        let Some(request) = self.requests.remove(&answer.id) else {
            return;
        };
        if let Some(count) = self.node_in_flight.get_mut(&request.node) {
            *count = count.saturating_sub(1);
        }
        match answer.result {
            Ok(None) => {
                for (tp, batch) in request.batches {
                    self.succeed(tp, batch, -1, -1);
                }
            }
            Ok(Some(response)) => {
                let mut by_partition = index_response(response);
                for (tp, mut batch) in request.batches {
                    let found = by_partition
                        .remove(&(tp.topic.to_string(), tp.partition))
                        .or_else(|| {
                            let id = self
                                .cluster
                                .metadata()
                                .topics
                                .get(&*tp.topic)
                                .map(|t| t.topic_id)?;
                            by_partition.remove(&(format!("{id:?}"), tp.partition))
                        });
                    match found {
                        Some(partition) => self.on_partition_answer(tp, batch, partition),
                        None => {
                            batch.last_error = Some(Error::kafka(
                                ErrorCode::UNKNOWN_SERVER_ERROR.0,
                                ErrorContext::partition(
                                    "Produce",
                                    tp.topic.to_string(),
                                    tp.partition,
                                ),
                                Some("the broker's answer left this partition out".to_owned()),
                            ));
                            self.retry(tp, batch, false);
                        }
                    }
                }
            }
            Err(error) => {
                // Whatever kept the request from its answer (no connection,
                // a broker missing from metadata, a lost or garbled answer)
                // may pass; only errors that repeat until a person acts are
                // final. With idempotence, re-sending is safe either way.
                let fatal = matches!(
                    error,
                    Error::Authentication { .. }
                        | Error::Authorization { .. }
                        | Error::UnsupportedVersion { .. }
                        | Error::Config { .. }
                        | Error::Shutdown
                );
                self.request_metadata();
                for (tp, mut batch) in request.batches {
                    batch.last_error = Some(error.clone());
                    if fatal {
                        self.fail(tp, batch, &error);
                    } else {
                        self.retry(tp, batch, false);
                    }
                }
            }
        }
    }

    fn on_partition_answer(
        &mut self,
        tp: TopicPartition,
        mut batch: Batch,
        answer: PartitionProduceResponse,
    ) {
        let code = ErrorCode(answer.error_code);
        if code == ErrorCode::NONE {
            return self.succeed(tp, batch, answer.base_offset, answer.log_append_time_ms);
        }
        if code == ErrorCode::DUPLICATE_SEQUENCE_NUMBER {
            // An earlier attempt of this very batch was written.
            return self.succeed(tp, batch, -1, -1);
        }
        let error = Error::kafka(
            code.0,
            ErrorContext::partition("Produce", tp.topic.to_string(), tp.partition),
            answer.error_message.clone(),
        );
        batch.last_error = Some(error.clone());
        if code.invalidates_metadata() {
            self.request_metadata();
        }
        let idempotent = batch.numbering.is_some();
        match code {
            ErrorCode::MESSAGE_TOO_LARGE | ErrorCode::RECORD_LIST_TOO_LARGE if batch.len() > 1 => {
                let (first, second) = batch.split();
                *self.marks.entry(second.mark).or_default() += 1;
                if let Some(state) = self.partitions.get_mut(&tp) {
                    state.in_flight = state.in_flight.saturating_sub(1);
                    state.failed.push(first);
                    state.failed.push(second);
                }
            }
            ErrorCode::OUT_OF_ORDER_SEQUENCE_NUMBER if idempotent => {
                // A batch with an earlier batch of its partition still
                // outstanding fails because that one has not landed: it is
                // retried in order behind it. With none, the gap is real.
                let current = batch
                    .numbering
                    .is_some_and(|n| n.generation == self.identity.generation());
                if current && !self.earlier_outstanding(&tp, batch.order) {
                    self.bump_epoch();
                }
                self.retry(tp, batch, true);
            }
            ErrorCode::UNKNOWN_PRODUCER_ID if idempotent => {
                if batch
                    .numbering
                    .is_some_and(|n| n.generation == self.identity.generation())
                {
                    self.bump_epoch();
                }
                self.retry(tp, batch, true);
            }
            ErrorCode::INVALID_PRODUCER_EPOCH
                if batch
                    .numbering
                    .is_some_and(|n| n.generation != self.identity.generation()) =>
            {
                self.retry(tp, batch, true);
            }
            _ if code.is_retriable() => self.retry(tp, batch, false),
            _ => {
                if idempotent {
                    self.bump_epoch();
                }
                self.fail(tp, batch, &error);
            }
        }
    }

    /// Whether a batch of `tp` sent before the one of `order` is in flight
    /// or waiting to be retried (later batches do not count).
    fn earlier_outstanding(&self, tp: &TopicPartition, order: u128) -> bool {
        let failed = self
            .partitions
            .get(tp)
            .is_some_and(|s| s.failed.iter().any(|b| b.order < order));
        failed
            || self
                .requests
                .values()
                .flat_map(|r| r.batches.iter())
                .any(|(t, b)| t == tp && b.order < order)
    }

    fn succeed(&mut self, tp: TopicPartition, batch: Batch, base_offset: i64, append_time: i64) {
        if let Some(state) = self.partitions.get_mut(&tp) {
            state.in_flight = state.in_flight.saturating_sub(1);
            if batch.numbering.is_some_and(|n| n.generation == state.generation) {
                state.confirmed = true;
            }
            if state.failed.is_empty() {
                state.attempt_backoff = Duration::ZERO;
            }
        }
        drop_mark(&mut self.marks, &batch);
        batch.succeed(
            &tp.topic,
            tp.partition,
            base_offset,
            append_time,
            &self.memory,
        );
    }

    fn fail(&mut self, tp: TopicPartition, batch: Batch, error: &Error) {
        if let Some(state) = self.partitions.get_mut(&tp) {
            state.in_flight = state.in_flight.saturating_sub(1);
        }
        drop_mark(&mut self.marks, &batch);
        batch.fail(error, &self.memory);
    }

    /// Parks a failed batch until its partition's requests in flight have
    /// answered. `immediate` retries skip the backoff (sequence repairs).
    fn retry(&mut self, tp: TopicPartition, mut batch: Batch, immediate: bool) {
        if let Some(error) = self.aborting.clone() {
            return self.fail(tp, batch, &error);
        }
        if let Some(broken) = self.broken.clone() {
            let error = batch.last_error.clone().unwrap_or(broken);
            return self.fail(tp, batch, &error);
        }
        batch.attempts += 1;
        let Some(state) = self.partitions.get_mut(&tp) else {
            return;
        };
        state.in_flight = state.in_flight.saturating_sub(1);
        if !immediate {
            let next = if state.attempt_backoff.is_zero() {
                self.config.retry_backoff
            } else {
                (state.attempt_backoff * 2).min(self.config.retry_backoff_max)
            };
            state.attempt_backoff = next;
        }
        state.failed.push(batch);
    }
}

/// Puts a partition's failed batches back at the head of its queue, in
/// their original order, and starts its backoff.
fn requeue_failed(state: &mut PartitionState, now: Instant, config: &ProducerConfig) {
    let mut failed = std::mem::take(&mut state.failed);
    failed.sort_by_key(|b| b.order);
    for batch in failed.into_iter().rev() {
        state.queue.push_front(batch);
    }
    if !state.attempt_backoff.is_zero() {
        let jitter = rand::random::<f64>() * 0.2 + 0.9;
        state.backoff_until = Some(
            now + state
                .attempt_backoff
                .mul_f64(jitter)
                .min(config.retry_backoff_max),
        );
    }
}

/// Readies one partition's queue for sending and returns the batches whose
/// delivery deadline has passed. Failed batches go back at the head of the
/// queue once none of the partition's requests are in flight; then the
/// batches at the head are checked against their deadline. Every retry,
/// immediate (a sequence repair) or after a backoff, goes through this
/// check before it can be sent again, so a broker that keeps refusing a
/// batch cannot hold it past `delivery_timeout`. A numbered batch behind
/// requests in flight is decided once they have answered, so that the
/// partition's order holds.
fn requeue_and_expire(
    state: &mut PartitionState,
    now: Instant,
    config: &ProducerConfig,
    soonest: &mut impl FnMut(Instant),
) -> Vec<Batch> {
    if state.in_flight == 0 && !state.failed.is_empty() {
        requeue_failed(state, now, config);
    }
    let mut expired = Vec::new();
    while let Some(head) = state.queue.front() {
        let deadline = head.created + config.delivery_timeout;
        if now < deadline {
            soonest(deadline);
            break;
        }
        if head.numbering.is_some() && state.in_flight > 0 {
            break;
        }
        let Some(batch) = state.queue.pop_front() else {
            break;
        };
        expired.push(batch);
    }
    expired
}

fn leader(metadata: &ClusterMetadata, tp: &TopicPartition) -> Option<i32> {
    let partition = metadata.topics.get(&*tp.topic)?.partition(tp.partition)?;
    let node = partition.leader?;
    metadata.brokers.contains_key(&node).then_some(node)
}

fn drop_mark(marks: &mut BTreeMap<u64, usize>, batch: &Batch) {
    if let Some(count) = marks.get_mut(&batch.mark) {
        *count = count.saturating_sub(1);
        if *count == 0 {
            marks.remove(&batch.mark);
        }
    }
}

fn delivery_timeout(
    tp: &TopicPartition,
    records: i32,
    after: Duration,
    last: Option<&Error>,
) -> Error {
    let last = match last {
        Some(error) => format!("last error: {error}"),
        None => "no leader or producer id was available in time".to_owned(),
    };
    Error::Timeout {
        operation: format!(
            "delivering {records} record(s) to {}-{} within delivery_timeout ({last})",
            tp.topic, tp.partition
        ),
        after,
    }
}

/// Partition answers by (topic name, or the topic id's debug form when the
/// answer carries ids instead of names, partition).
fn index_response(response: ProduceResponse) -> HashMap<(String, i32), PartitionProduceResponse> {
    let mut out = HashMap::new();
    for topic in response.responses {
        let key = if topic.name.is_empty() {
            format!("{:?}", topic.topic_id)
        } else {
            topic.name
        };
        for partition in topic.partition_responses {
            out.insert((key.clone(), partition.index), partition);
        }
    }
    out
}

#[cfg(test)]
#[path = "sender_expiry_tests.rs"]
mod expiry_tests;
