//! `ferrokafka._native.Producer`: one native call per `send()`, and the
//! transaction calls.

use std::collections::BTreeMap;
use std::time::Duration;

use ferrokafka::consumer::TopicPartition;
use ferrokafka::producer::{ConsumerGroupMetadata, Producer};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::{to_py, IntoPy};
use crate::records::{Delivered, EncodedRecords};
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

#[pymethods]
impl NativeProducer {
    /// Sends `records` (from `encode_records`) to `topic`; returns one
    /// `RecordMetadata` per record, or raises the first record's error.
    fn send<'py>(
        &self,
        py: Python<'py>,
        topic: String,
        records: &Bound<'py, EncodedRecords>,
        blocking: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let messages = records.get().take()?;
        let producer = self.inner.clone();
        runtime::run(py, blocking, async move {
            let sent = producer.send_batch(&topic, messages).await;
            let mut results = Vec::with_capacity(sent.len());
            for result in sent {
                let meta = result.map_err(to_py)?;
                results.push((meta.partition, meta.offset, meta.timestamp));
            }
            Ok(Delivered { topic, results })
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
