//! `ferrokafka._native.Producer`: one native call per `send()`, and the
//! transaction calls.

use std::collections::BTreeMap;
use std::time::Duration;

use bytes::Bytes;
use ferrokafka::consumer::TopicPartition;
use ferrokafka::producer::{ConsumerGroupMetadata, Message, Producer};
use ferrokafka::record::Header;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyTuple};

use crate::errors::{config, to_py, IntoPy};
use crate::{options, runtime};

/// A connected producer.
#[pyclass(module = "ferrokafka._native", frozen)]
pub struct NativeProducer {
    inner: Producer,
}

/// Connects a producer: `client` and `options` are option dicts.
#[pyfunction]
pub fn producer_connect<'py>(
    py: Python<'py>,
    client: &Bound<'py, PyDict>,
    options: &Bound<'py, PyDict>,
    blocking: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let client = options::client(client)?;
    let producer = options::producer(options)?;
    runtime::run(py, blocking, async move {
        let servers = client.bootstrap_servers.join(",");
        let inner = Producer::connect(client, producer).await.py()?;
        tracing::info!(target: "ferrokafka::python", bootstrap = %servers, "producer connected");
        Ok(NativeProducer { inner })
    })
}

fn bytes_of(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Option<Bytes>> {
    if value.is_none() {
        return Ok(None);
    }
    match value.cast::<PyBytes>() {
        Ok(b) => Ok(Some(Bytes::copy_from_slice(b.as_bytes()))),
        Err(_) => Err(config(
            what,
            format!("a record's {what} must be bytes after encoding (or None); give the topic a codec for other types"),
        )),
    }
}

/// One record: `(key, value, headers, partition, timestamp_ms)`.
fn message(item: &Bound<'_, PyAny>) -> PyResult<Message> {
    let tuple = item.cast::<PyTuple>()?;
    let mut m = Message::new();
    m.key = bytes_of(&tuple.get_item(0)?, "key")?;
    m.value = bytes_of(&tuple.get_item(1)?, "value")?;
    let headers = tuple.get_item(2)?;
    if !headers.is_none() {
        for pair in headers.try_iter()? {
            let (name, value): (String, Bound<'_, PyAny>) = pair?.extract()?;
            let value = bytes_of(&value, "header value")?;
            m.headers.push(Header { key: name, value });
        }
    }
    m.partition = tuple.get_item(3)?.extract()?;
    m.timestamp = tuple.get_item(4)?.extract()?;
    Ok(m)
}

#[pymethods]
impl NativeProducer {
    /// Sends `records` (a list of record tuples) to `topic`; returns one
    /// `(partition, offset, timestamp)` per record, or raises the first
    /// record's error.
    fn send<'py>(
        &self,
        py: Python<'py>,
        topic: String,
        records: &Bound<'py, PyList>,
        blocking: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let mut messages = Vec::with_capacity(records.len());
        for item in records.iter() {
            messages.push(message(&item)?);
        }
        let producer = self.inner.clone();
        runtime::run(py, blocking, async move {
            let results = producer.send_batch(&topic, messages).await;
            let mut out = Vec::with_capacity(results.len());
            for result in results {
                let meta = result.map_err(to_py)?;
                out.push((meta.partition, meta.offset, meta.timestamp));
            }
            Ok(out)
        })
    }

    /// Sends everything buffered and waits for it.
    fn flush<'py>(&self, py: Python<'py>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let producer = self.inner.clone();
        runtime::run(py, blocking, async move { producer.flush().await.py() })
    }

    /// Opens a transaction (transactional producers only).
    fn begin_transaction<'py>(&self, py: Python<'py>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let producer = self.inner.clone();
        runtime::run(py, blocking, async move { producer.begin_transaction().await.py() })
    }

    /// Sends what is buffered and commits the open transaction.
    fn commit_transaction<'py>(&self, py: Python<'py>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let producer = self.inner.clone();
        runtime::run(py, blocking, async move { producer.commit_transaction().await.py() })
    }

    /// Aborts the open transaction.
    fn abort_transaction<'py>(&self, py: Python<'py>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let producer = self.inner.clone();
        runtime::run(py, blocking, async move { producer.abort_transaction().await.py() })
    }

    /// Adds `[(topic, partition, next offset)]` of `group` (`(group_id,
    /// generation_id, member_id, group_instance_id)`) to the transaction.
    fn send_offsets_to_transaction<'py>(
        &self,
        py: Python<'py>,
        offsets: Vec<(String, i32, i64)>,
        group: (String, i32, String, Option<String>),
        blocking: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let producer = self.inner.clone();
        let offsets: BTreeMap<TopicPartition, i64> =
            offsets.into_iter().map(|(t, p, o)| (TopicPartition::new(t, p), o)).collect();
        let (group_id, generation_id, member_id, group_instance_id) = group;
        let group = ConsumerGroupMetadata { group_id, generation_id, member_id, group_instance_id };
        runtime::run(py, blocking, async move { producer.send_offsets_to_transaction(&offsets, &group).await.py() })
    }

    /// Drains (up to `timeout_ms`) and closes.
    fn close<'py>(&self, py: Python<'py>, timeout_ms: u64, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let producer = self.inner.clone();
        runtime::run(py, blocking, async move {
            producer.close(Duration::from_millis(timeout_ms)).await.py()
        })
    }
}
