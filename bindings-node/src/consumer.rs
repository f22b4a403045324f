//! The group consumer: one native call per fetched batch.
//!
//! `poll` returns a whole batch packed by the engine
//! ([`PackedRecords`]): one buffer with every key, value and header, and
//! flat tables the TypeScript layer slices lazily. Rebalance events
//! collected since the last poll travel with it.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use ferrokafka::consumer::{OffsetSpec, PackedRecords, TopicPartition};
use ferrokafka::group::{GroupConsumer, HookFuture, RebalanceListener};
use napi::bindgen_prelude::{BigInt64Array, Buffer, Float64Array, Int32Array};
use napi_derive::napi;

use crate::errors::{config, IntoJs};
use crate::options::{self, ClientOptions, ConsumerOptions};

/// A topic partition, and an offset where one is meant.
#[napi(object)]
pub struct PartitionOffset {
    pub topic: String,
    pub partition: i32,
    pub offset: Option<i64>,
}

/// A rebalance event: `assigned`, `revoked` or `lost`.
#[napi(object)]
pub struct RebalanceEvent {
    pub kind: String,
    pub partitions: Vec<PartitionOffset>,
}

/// One poll's records, packed.
#[napi(object)]
pub struct PolledBatch {
    pub data: Buffer,
    pub topics: Vec<String>,
    /// Per record: topic index, partition, key start, key length (-1:
    /// null), value start, value length (-1: null), first header, header
    /// count.
    pub records: Int32Array,
    pub offsets: BigInt64Array,
    pub timestamps: Float64Array,
    /// Per header: key start, key length, value start, value length (-1: null).
    pub headers: Int32Array,
    pub events: Vec<RebalanceEvent>,
}

#[derive(Default)]
struct EventQueue(Mutex<Vec<RebalanceEvent>>);

impl EventQueue {
    fn push(&self, kind: &str, partitions: Vec<TopicPartition>) -> HookFuture {
        let partitions = partitions.into_iter().map(|tp| to_js(tp, None)).collect();
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(RebalanceEvent { kind: kind.to_owned(), partitions });
        Box::pin(async {})
    }

    fn take(&self) -> Vec<RebalanceEvent> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

struct Listener(Arc<EventQueue>);

impl RebalanceListener for Listener {
    fn on_assigned(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.0.push("assigned", partitions)
    }
    fn on_revoked(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.0.push("revoked", partitions)
    }
    fn on_lost(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.0.push("lost", partitions)
    }
}

fn to_js(tp: TopicPartition, offset: Option<i64>) -> PartitionOffset {
    PartitionOffset { topic: tp.topic, partition: tp.partition, offset }
}

pub(crate) fn to_tp(p: &PartitionOffset) -> TopicPartition {
    TopicPartition::new(p.topic.clone(), p.partition)
}

fn pack(batch: PackedRecords, events: Vec<RebalanceEvent>) -> PolledBatch {
    let n = batch.records.len();
    let span = |s: Option<(usize, usize)>| s.map_or((0, -1), |(start, len)| (start as i32, len as i32));
    let mut records = Vec::with_capacity(n * 8);
    let (mut offsets, mut timestamps) = (Vec::with_capacity(n), Vec::with_capacity(n));
    for r in &batch.records {
        let (ks, kl) = span(r.key);
        let (vs, vl) = span(r.value);
        records.extend_from_slice(&[r.topic as i32, r.partition, ks, kl, vs, vl, r.headers.0 as i32, r.headers.1 as i32]);
        offsets.push(r.offset);
        timestamps.push(r.timestamp as f64);
    }
    let mut headers = Vec::with_capacity(batch.headers.len() * 4);
    for h in &batch.headers {
        let (vs, vl) = span(h.value);
        headers.extend_from_slice(&[h.key.0 as i32, h.key.1 as i32, vs, vl]);
    }
    PolledBatch {
        data: batch.data.into(),
        topics: batch.topics,
        records: records.into(),
        offsets: offsets.into(),
        timestamps: timestamps.into(),
        headers: headers.into(),
        events,
    }
}

/// A consumer group member.
#[napi]
pub struct NativeConsumer {
    inner: Arc<GroupConsumer>,
    events: Arc<EventQueue>,
}

/// Connects a consumer that joins its group once subscribed.
#[napi]
pub async fn connect_consumer(client: ClientOptions, consumer: ConsumerOptions) -> napi::Result<NativeConsumer> {
    let client = options::client(client)?;
    let (consumer, group) = options::consumer(client, &consumer)?;
    let events = Arc::new(EventQueue::default());
    let listener: Arc<dyn RebalanceListener> = Arc::new(Listener(Arc::clone(&events)));
    let inner = GroupConsumer::connect(consumer, group, Some(listener)).await.js()?;
    Ok(NativeConsumer { inner: Arc::new(inner), events })
}

#[napi]
impl NativeConsumer {
    /// Subscribes to exactly these topics.
    #[napi]
    pub fn subscribe(&self, topics: Vec<String>) {
        self.inner.subscribe(topics);
    }

    /// Subscribes to every topic whose whole name matches `pattern`.
    #[napi]
    pub fn subscribe_pattern(&self, pattern: String) -> napi::Result<()> {
        self.inner.subscribe_pattern(&pattern).js()
    }

    /// Waits up to `max_wait_ms` for records and returns them packed.
    #[napi]
    pub async fn poll(&self, max_wait_ms: u32) -> napi::Result<PolledBatch> {
        let batch = self.inner.poll_packed(Duration::from_millis(u64::from(max_wait_ms))).await.js()?;
        Ok(pack(batch, self.events.take()))
    }

    /// Records that are ready now, without waiting and without leaving the
    /// calling thread; `None` when none are (then `poll` waits for them).
    /// Saves the two thread hops of `poll` while the engine is ahead.
    #[napi]
    pub fn try_poll(&self) -> napi::Result<Option<PolledBatch>> {
        let ready = napi::bindgen_prelude::within_runtime_if_available(|| {
            let mut future = std::pin::pin!(self.inner.poll_packed(Duration::ZERO));
            let mut context = Context::from_waker(Waker::noop());
            match future.as_mut().poll(&mut context) {
                Poll::Ready(result) => Some(result),
                Poll::Pending => None,
            }
        });
        match ready {
            Some(Ok(batch)) if !batch.records.is_empty() => Ok(Some(pack(batch, self.events.take()))),
            Some(Err(error)) => Err::<Option<PolledBatch>, _>(error).js(),
            _ => Ok(None),
        }
    }

    /// Marks records processed up to (not including) each `offset`; the
    /// engine commits them (periodically, before partitions move, on close).
    #[napi]
    pub fn store_offsets(&self, offsets: Vec<PartitionOffset>) {
        for p in &offsets {
            if let Some(offset) = p.offset {
                self.inner.store_offset(to_tp(p), offset);
            }
        }
    }

    /// Commits what was marked processed and is not committed yet.
    #[napi]
    pub async fn commit(&self) -> napi::Result<()> {
        self.inner.commit().await.js()
    }

    /// Commits exactly these offsets (the next offset to read).
    #[napi]
    pub async fn commit_offsets(&self, offsets: Vec<PartitionOffset>) -> napi::Result<()> {
        let mut map = BTreeMap::new();
        for p in &offsets {
            let offset = p.offset.ok_or_else(|| config("offset", "undefined", "the next offset to read, 0 or more"))?;
            map.insert(to_tp(p), offset);
        }
        self.inner.commit_offsets(map).await.js()
    }

    /// The group's committed offsets of these partitions (`None`: none).
    #[napi]
    pub async fn committed(&self, partitions: Vec<PartitionOffset>) -> napi::Result<Vec<PartitionOffset>> {
        let tps: Vec<TopicPartition> = partitions.iter().map(to_tp).collect();
        let found = self.inner.committed(&tps).await.js()?;
        Ok(found.into_iter().map(|(tp, offset)| to_js(tp, offset)).collect())
    }

    /// Moves an owned partition to an offset; `-2` means earliest, `-1` latest.
    #[napi]
    pub fn seek(&self, topic: String, partition: i32, offset: i64) -> napi::Result<()> {
        let tp = TopicPartition::new(topic, partition);
        let consumer = self.inner.consumer();
        match offset {
            -2 => consumer.seek_to(&tp, OffsetSpec::Earliest),
            -1 => consumer.seek_to(&tp, OffsetSpec::Latest),
            o if o >= 0 => consumer.seek(&tp, o),
            o => return Err(config("offset", o, "0 or more, or 'earliest' / 'latest'")),
        }
        .js()
    }

    /// Stops fetching these partitions.
    #[napi]
    pub fn pause(&self, partitions: Vec<PartitionOffset>) -> napi::Result<()> {
        let tps: Vec<TopicPartition> = partitions.iter().map(to_tp).collect();
        self.inner.consumer().pause(&tps).js()
    }

    /// Fetches paused partitions again.
    #[napi]
    pub fn resume(&self, partitions: Vec<PartitionOffset>) -> napi::Result<()> {
        let tps: Vec<TopicPartition> = partitions.iter().map(to_tp).collect();
        self.inner.consumer().resume(&tps).js()
    }

    /// The partitions this member owns.
    #[napi]
    pub fn assignment(&self) -> Vec<PartitionOffset> {
        self.inner.assignment().into_iter().map(|tp| to_js(tp, None)).collect()
    }

    /// Who this member is now, for offsets sent to a transaction.
    #[napi]
    pub fn group_metadata(&self) -> crate::transaction::GroupMetadata {
        self.inner.group_metadata().into()
    }

    /// The paused partitions.
    #[napi]
    pub fn paused(&self) -> Vec<PartitionOffset> {
        self.inner.consumer().paused().into_iter().map(|tp| to_js(tp, None)).collect()
    }

    /// Leaves the group (committing what was processed) and disconnects.
    #[napi]
    pub async fn close(&self) {
        self.inner.close().await;
    }
}
