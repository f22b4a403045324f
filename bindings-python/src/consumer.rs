//! `ferrokafka._native.Consumer`: a group member, one native call per
//! fetched batch.
//!
//! A poll crosses into Python as four objects, whatever the number of
//! records: the bytes of every key, value and header (one buffer), the topic
//! names, and two flat tables of 64-bit integers (records, headers) that the
//! Python side reads through `memoryview.cast("q")`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use ferrokafka::consumer::{PackedRecords, Span, TopicPartition};
use ferrokafka::group::GroupConsumer;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

use crate::errors::IntoPy;
use crate::listener::PyListener;
use crate::{options, runtime};

/// Integers per record in the record table.
pub const RECORD_FIELDS: usize = 10;
/// Integers per header in the header table.
pub const HEADER_FIELDS: usize = 4;

/// A connected group consumer.
#[pyclass(module = "ferrokafka._native", frozen)]
pub struct NativeConsumer {
    inner: Arc<GroupConsumer>,
}

/// Connects a group consumer. `on_rebalance(kind, partitions)` is called
/// for "assigned", "revoked" and "lost"; it may return a
/// `concurrent.futures.Future` that the group waits for.
#[pyfunction]
#[pyo3(signature = (client, options, on_rebalance, blocking))]
pub fn consumer_connect<'py>(
    py: Python<'py>,
    client: &Bound<'py, PyDict>,
    options: &Bound<'py, PyDict>,
    on_rebalance: Option<Py<PyAny>>,
    blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let client = options::client(client)?;
    let (consumer, group) = options::consumer(client, options)?;
    let listener = on_rebalance.map(|callback| Arc::new(PyListener::new(callback)) as _);
    runtime::run(py, blocking, async move {
        let group_id = group.group_id.clone();
        let inner = GroupConsumer::connect(consumer, group, listener).await.py()?;
        tracing::info!(target: "ferrokafka::python", group = %group_id, "consumer connected");
        Ok(NativeConsumer { inner: Arc::new(inner) })
    })
}

fn span(span: Span) -> (i64, i64) {
    match span {
        Some((start, len)) => (start as i64, len as i64),
        None => (0, -1),
    }
}

/// A packed poll as `(data, topics, records, headers)`.
type Batch = (Py<PyBytes>, Vec<String>, Py<PyBytes>, Py<PyBytes>);

fn to_python(packed: PackedRecords) -> Batch {
    let mut table = Vec::with_capacity(packed.records.len() * RECORD_FIELDS * 8);
    for r in &packed.records {
        let (ks, kl) = span(r.key);
        let (vs, vl) = span(r.value);
        for n in [r.topic as i64, r.partition.into(), r.offset, r.timestamp, ks, kl, vs, vl, r.headers.0 as i64, r.headers.1 as i64] {
            table.extend_from_slice(&n.to_ne_bytes());
        }
    }
    let mut headers = Vec::with_capacity(packed.headers.len() * HEADER_FIELDS * 8);
    for h in &packed.headers {
        let (vs, vl) = span(h.value);
        for n in [h.key.0 as i64, h.key.1 as i64, vs, vl] {
            headers.extend_from_slice(&n.to_ne_bytes());
        }
    }
    Python::attach(|py| {
        (
            PyBytes::new(py, &packed.data).unbind(),
            packed.topics,
            PyBytes::new(py, &table).unbind(),
            PyBytes::new(py, &headers).unbind(),
        )
    })
}

fn partitions(list: Vec<(String, i32)>) -> Vec<TopicPartition> {
    list.into_iter().map(|(t, p)| TopicPartition::new(t, p)).collect()
}

fn pairs(list: Vec<TopicPartition>) -> Vec<(String, i32)> {
    list.into_iter().map(|tp| (tp.topic, tp.partition)).collect()
}

#[pymethods]
impl NativeConsumer {
    /// `(group_id, generation_id, member_id, group_instance_id)`, for
    /// `send_offsets_to_transaction`.
    fn group_metadata(&self) -> (String, i32, String, Option<String>) {
        let m = self.inner.group_metadata();
        (m.group_id, m.generation_id, m.member_id, m.group_instance_id)
    }

    fn subscribe(&self, topics: Vec<String>) {
        self.inner.subscribe(topics);
    }

    /// Waits up to `max_wait_ms` for records; see the module docs.
    fn poll<'py>(&self, py: Python<'py>, max_wait_ms: u64, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let inner = Arc::clone(&self.inner);
        runtime::run(py, blocking, async move {
            let packed = inner.poll_packed(Duration::from_millis(max_wait_ms)).await.py()?;
            Ok(to_python(packed))
        })
    }

    /// Records the next offset to commit for each `(topic, partition)`.
    fn store_offsets(&self, offsets: Vec<(String, i32, i64)>) {
        for (topic, partition, next) in offsets {
            self.inner.store_offset(TopicPartition::new(topic, partition), next);
        }
    }

    /// Commits the offsets stored as processed.
    fn commit<'py>(&self, py: Python<'py>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let inner = Arc::clone(&self.inner);
        runtime::run(py, blocking, async move { inner.commit().await.py() })
    }

    /// The group's committed offsets of `partitions` (None where none).
    fn committed<'py>(
        &self,
        py: Python<'py>,
        partitions_: Vec<(String, i32)>,
        blocking: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let inner = Arc::clone(&self.inner);
        runtime::run(py, blocking, async move {
            let found: BTreeMap<TopicPartition, Option<i64>> = inner.committed(&partitions(partitions_)).await.py()?;
            Ok(found.into_iter().map(|(tp, o)| (tp.topic, tp.partition, o)).collect::<Vec<_>>())
        })
    }

    fn assignment(&self) -> Vec<(String, i32)> {
        pairs(self.inner.assignment())
    }

    fn seek(&self, topic: String, partition: i32, offset: i64) -> PyResult<()> {
        self.inner.consumer().seek(&TopicPartition::new(topic, partition), offset).py()
    }

    fn pause(&self, list: Vec<(String, i32)>) -> PyResult<()> {
        self.inner.consumer().pause(&partitions(list)).py()
    }

    fn resume(&self, list: Vec<(String, i32)>) -> PyResult<()> {
        self.inner.consumer().resume(&partitions(list)).py()
    }

    fn paused(&self) -> Vec<(String, i32)> {
        pairs(self.inner.consumer().paused())
    }

    /// Leaves the group (committing what was processed) and closes.
    fn close<'py>(&self, py: Python<'py>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let inner = Arc::clone(&self.inner);
        runtime::run(py, blocking, async move {
            inner.close().await;
            Ok(())
        })
    }
}
