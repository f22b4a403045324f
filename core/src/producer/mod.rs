//! The producer: records in, acknowledged offsets out.
//!
//! A [`Producer`] handle does the per-record work on the caller's task —
//! finding the topic's partition count, choosing the partition
//! ([`partitioner`]), checking the record's size, taking buffer memory
//! (`memory`, which is where back-pressure comes from) — and then hands the
//! records to one engine task (`sender`) that batches them per partition,
//! numbers them for idempotence (`sequence`, `identity`), packs batches into
//! one Produce request per broker (`broker_link` writes them), and retries
//! until each record is acknowledged or has run out of `delivery_timeout`.
//! Every record gets exactly one result: its [`RecordMetadata`] or an
//! [`Error`]; nothing is dropped silently.
//!
//! Files, one concern each:
//! - [`config`]: options and defaults; [`record`]: what users send and get;
//! - [`partitioner`]: murmur2 (Java-compatible), sticky, round-robin, custom;
//! - `memory`: the bounded buffer; `completion`: results back to callers;
//! - `batch`: one partition's batch; `sequence`: sequence arithmetic;
//! - `identity`: producer id and epoch; `sender`: the engine;
//!   `broker_link`: the per-broker writer;
//! - [`transaction`]: transactions (begin, commit, abort, offsets).

mod batch;
mod broker_link;
mod completion;
pub mod config;
mod identity;
mod memory;
pub mod partitioner;
pub mod record;
mod sender;
pub mod sequence;
pub mod transaction;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio::time::Instant;

pub use config::{Acks, ProducerConfig};
pub use partitioner::{Partitioner, PartitionerKind};
pub use record::{Message, ProducerRecord, RecordMetadata};
pub use transaction::ConsumerGroupMetadata;

use completion::{Collector, Completion};
use memory::Memory;
use partitioner::Partitioning;
use sender::{Command, Engine, Pending};
use transaction::Transactions;

use crate::cluster::{ClientConfig, Cluster};
use crate::error::{Error, ErrorContext, Result};
use crate::net::lock;
use crate::protocol::ErrorCode;
use crate::record::Record;

/// Sends records to Kafka. Cheap to clone; clones share one engine.
#[derive(Debug, Clone)]
pub struct Producer {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    cluster: Cluster,
    config: ProducerConfig,
    memory: Memory,
    partitioning: Partitioning,
    commands: mpsc::UnboundedSender<Command>,
    engine: Mutex<Option<JoinHandle<()>>>,
    /// Whether closing the producer also shuts the cluster handle down.
    owns_cluster: bool,
    /// The transaction state, for a transactional producer.
    txn: Option<Arc<Transactions>>,
}

impl Producer {
    /// A producer on an existing cluster handle (shared with other clients).
    /// Must be called within a tokio runtime. A transactional producer
    /// starts [`init_transactions`](Self::init_transactions) in the
    /// background.
    pub fn new(cluster: Cluster, config: ProducerConfig) -> Result<Producer> {
        let producer = Self::start(cluster, config, false)?;
        if producer.inner.txn.is_some() {
            let background = producer.clone();
            tokio::spawn(async move {
                if let Err(error) = background.init_transactions().await {
                    tracing::debug!(%error, "init_transactions failed");
                }
            });
        }
        Ok(producer)
    }

    /// Connects to the cluster and starts a producer that owns the
    /// connection. A transactional producer has its producer id (and has
    /// fenced older instances with its `transactional_id`) when this
    /// returns.
    pub async fn connect(client: ClientConfig, config: ProducerConfig) -> Result<Producer> {
        config.validate()?;
        let cluster = Cluster::connect(client).await?;
        let producer = Self::start(cluster, config, true)?;
        if producer.inner.txn.is_some() {
            if let Err(error) = producer.init_transactions().await {
                let _ = producer.close(Duration::ZERO).await;
                return Err(error);
            }
        }
        Ok(producer)
    }

    fn start(cluster: Cluster, config: ProducerConfig, owns_cluster: bool) -> Result<Producer> {
        config.validate()?;
        let memory = Memory::new(config.buffer_memory);
        let (commands, receiver) = mpsc::unbounded_channel();
        let partitioning = Partitioning::new(config.partitioner.clone(), config.max_batch_bytes);
        let engine = Engine::new(
            cluster.clone(),
            config.clone(),
            memory.clone(),
            receiver,
            partitioning.load(),
        );
        let task = tokio::spawn(engine.run());
        let txn = Transactions::new(cluster.clone(), &config);
        Ok(Producer {
            inner: Arc::new(Inner {
                cluster,
                config,
                memory,
                partitioning,
                commands,
                engine: Mutex::new(Some(task)),
                owns_cluster,
                txn,
            }),
        })
    }

    /// The cluster handle the producer sends through.
    pub fn cluster(&self) -> &Cluster {
        &self.inner.cluster
    }

    /// The producer's options.
    pub fn config(&self) -> &ProducerConfig {
        &self.inner.config
    }

    /// Sends one record and waits for its acknowledgement.
    ///
    /// Waits at most `max_block` for the topic's metadata and for buffer
    /// memory; then at most `delivery_timeout` for the broker.
    ///
    /// On a transactional producer, only inside a transaction.
    pub async fn send(&self, record: ProducerRecord) -> Result<RecordMetadata> {
        let txn = self.inner.txn.as_ref();
        let gate = match txn {
            Some(txn) => Some(txn.enter_send("send").await?),
            None => None,
        };
        let watch = txn.map(|t| Arc::clone(&t.watch));
        let handed_over = async {
            let deadline = Instant::now() + self.inner.config.max_block;
            let count = self.partition_count(&record.topic, deadline).await?;
            let topic: Arc<str> = Arc::from(record.topic);
            let (tx, rx) = oneshot::channel();
            let completion = Completion::One(tx, watch.clone());
            let pending = self.prepare(&topic, record.message, count, completion)?;
            self.reserve(pending.bytes, deadline, &mut Vec::new())
                .await?;
            self.submit(vec![pending]).await?;
            Ok(rx)
        };
        let rx = match handed_over.await {
            Ok(rx) => rx,
            Err(error) => {
                // A record meant for the transaction failed: it must not commit.
                if let Some(watch) = &watch {
                    watch.note(&error);
                }
                return Err(error);
            }
        };
        drop(gate);
        rx.await.unwrap_or(Err(Error::Shutdown))
    }

    /// Sends records to one topic and waits until every one has a result.
    /// Returns one result per record, in the order given. Records of one
    /// partition are written in the order given. On a transactional
    /// producer, only inside a transaction.
    pub async fn send_batch(
        &self,
        topic: &str,
        messages: Vec<Message>,
    ) -> Vec<Result<RecordMetadata>> {
        let len = messages.len();
        let txn = self.inner.txn.as_ref();
        let gate = match txn {
            Some(txn) => match txn.enter_send("send_batch").await {
                Ok(gate) => Some(gate),
                Err(error) => return vec![Err(error); len],
            },
            None => None,
        };
        let deadline = Instant::now() + self.inner.config.max_block;
        let count = match self.partition_count(topic, deadline).await {
            Ok(count) => count,
            Err(error) => {
                if let Some(txn) = txn {
                    txn.watch.note(&error);
                }
                return vec![Err(error); len];
            }
        };
        let topic: Arc<str> = Arc::from(topic);
        let (collector, done) = Collector::new(len, txn.map(|t| Arc::clone(&t.watch)));
        let mut waiting = Vec::with_capacity(len);
        let mut blocked: Option<Error> = None;
        for (index, message) in messages.into_iter().enumerate() {
            if let Some(error) = &blocked {
                collector.fill(index, Err(error.clone()));
                continue;
            }
            let completion = Completion::Slot(Arc::clone(&collector), index);
            let pending = match self.prepare(&topic, message, count, completion) {
                Ok(pending) => pending,
                Err(error) => {
                    collector.fill(index, Err(error));
                    continue;
                }
            };
            if let Err(error) = self.reserve(pending.bytes, deadline, &mut waiting).await {
                pending.completion.complete(Err(error.clone()));
                blocked = Some(error);
                continue;
            }
            waiting.push(pending);
        }
        if let Err(error) = self.submit(waiting).await {
            tracing::debug!(%error, "records not handed to the engine");
        }
        drop(gate);
        let _ = done.await;
        collector.take()
    }

    /// Sends everything buffered now (ignoring `linger`) and waits until
    /// every record sent before the call has its result.
    pub async fn flush(&self) -> Result<()> {
        let (tx, rx) = oneshot::channel();
        self.inner
            .commands
            .send(Command::Flush(tx))
            .map_err(|_| Error::Shutdown)?;
        rx.await.map_err(|_| Error::Shutdown)
    }

    /// Sends what is buffered and waits up to `timeout` for it to be
    /// acknowledged; records still unfinished then fail with a timeout.
    /// Later sends fail with [`Error::Shutdown`].
    pub async fn close(&self, timeout: Duration) -> Result<()> {
        let (tx, rx) = oneshot::channel();
        let deadline = Instant::now() + timeout;
        if self
            .inner
            .commands
            .send(Command::Close { deadline, done: tx })
            .is_ok()
        {
            let _ = rx.await;
        }
        let engine = lock(&self.inner.engine).take();
        if let Some(engine) = engine {
            let _ = engine.await;
        }
        self.inner.memory.close();
        if self.inner.owns_cluster {
            self.inner.cluster.shutdown().await;
        }
        Ok(())
    }

    /// The topic's partition count, waiting up to `deadline` for a topic
    /// that metadata does not show yet (just created, or missing).
    async fn partition_count(&self, topic: &str, deadline: Instant) -> Result<i32> {
        if let Some(meta) = self.inner.cluster.metadata().topics.get(topic) {
            if !meta.partitions.is_empty() {
                return Ok(meta.partitions.len() as i32);
            }
        }
        loop {
            let error = match self.inner.cluster.topic(topic).await {
                Ok(meta) if !meta.partitions.is_empty() => return Ok(meta.partitions.len() as i32),
                Ok(_) => Error::UnknownTopic {
                    topic: topic.to_owned(),
                },
                Err(error @ Error::UnknownTopic { .. }) => error,
                Err(error) if error.is_retriable() => error,
                Err(error) => return Err(error),
            };
            if Instant::now() >= deadline {
                return Err(match error {
                    Error::UnknownTopic { .. } => error,
                    other => Error::Timeout {
                        operation: format!(
                            "waiting for the metadata of topic '{topic}' (last error: {other})"
                        ),
                        after: self.inner.config.max_block,
                    },
                });
            }
            let pause = self
                .inner
                .config
                .retry_backoff
                .min(deadline.saturating_duration_since(Instant::now()));
            tokio::time::sleep(pause).await;
        }
    }

    /// Checks a record and chooses its partition.
    fn prepare(
        &self,
        topic: &Arc<str>,
        message: Message,
        count: i32,
        completion: Completion,
    ) -> Result<Pending> {
        let bytes = message.encoded_size_bound();
        let (limit, option) = self.inner.config.record_limit();
        // A batch adds its 61-byte header; a request adds its own framing.
        if bytes + 61 + 64 > limit {
            return Err(Error::RecordTooLarge {
                size: bytes + 61,
                max: limit,
                option,
            });
        }
        let partition = match message.partition {
            Some(partition) => partition,
            None => self.inner.partitioning.choose(
                topic,
                message.key.as_deref(),
                message.value.as_deref(),
                count,
                bytes,
                || self.inner.cluster.metadata(),
            ),
        };
        if !(0..count).contains(&partition) {
            return Err(Error::kafka(
                ErrorCode::UNKNOWN_TOPIC_OR_PARTITION.0,
                ErrorContext::partition("Produce", topic.to_string(), partition),
                Some(format!(
                    "topic '{topic}' has partitions 0 to {}; choose one of them",
                    count - 1
                )),
            ));
        }
        let record = Record {
            key: message.key,
            value: message.value,
            headers: message.headers,
            timestamp: message.timestamp.unwrap_or_else(record::now_ms),
        };
        Ok(Pending {
            topic: Arc::clone(topic),
            partition,
            record,
            bytes,
            completion,
        })
    }

    /// Takes buffer memory for a record. When it has to wait, the records
    /// already prepared are handed to the engine first, so that the wait
    /// can end.
    async fn reserve(
        &self,
        bytes: usize,
        deadline: Instant,
        waiting: &mut Vec<Pending>,
    ) -> Result<()> {
        if self.inner.memory.try_acquire(bytes) {
            return Ok(());
        }
        if !waiting.is_empty() {
            self.submit(std::mem::take(waiting)).await?;
        }
        self.inner
            .memory
            .acquire(bytes, deadline, self.inner.config.max_block)
            .await
    }

    /// Hands records to the engine; a transactional producer first adds
    /// their partitions to the transaction.
    async fn submit(&self, records: Vec<Pending>) -> Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        if let Some(txn) = &self.inner.txn {
            let partitions: BTreeSet<(Arc<str>, i32)> = records
                .iter()
                .map(|p| (Arc::clone(&p.topic), p.partition))
                .collect();
            if let Err(error) = txn.add_partitions(partitions).await {
                for pending in records {
                    self.inner.memory.release(pending.bytes);
                    pending.completion.complete(Err(error.clone()));
                }
                return Err(error);
            }
        }
        match self.inner.commands.send(Command::Append(records)) {
            Ok(()) => Ok(()),
            Err(mpsc::error::SendError(command)) => {
                if let Command::Append(records) = command {
                    for pending in records {
                        self.inner.memory.release(pending.bytes);
                        pending.completion.complete(Err(Error::Shutdown));
                    }
                }
                Err(Error::Shutdown)
            }
        }
    }
}
