//! `ferrokafka._native.Admin`: topics.

use std::collections::BTreeMap;

use ferrokafka::admin::{Admin, CreateTopicsOptions, DeleteTopicsOptions, NewTopic};
use ferrokafka::cluster::TopicMetadata;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::IntoPy;
use crate::{options, runtime};

/// A connected admin client.
#[pyclass(module = "ferrokafka._native", frozen)]
pub struct NativeAdmin {
    pub(crate) inner: Admin,
}

#[pyfunction]
pub fn admin_connect<'py>(py: Python<'py>, client: &Bound<'py, PyDict>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
    let client = options::client(client)?;
    runtime::run(py, blocking, async move {
        let inner = Admin::connect(client).await.py()?;
        tracing::info!(target: "ferrokafka::python", "admin client connected");
        Ok(NativeAdmin { inner })
    })
}

/// A topic as `(name, topic_id, is_internal, [(partition, leader, replicas, isr)])`.
type TopicTuple = (String, String, bool, Vec<(i32, Option<i32>, Vec<i32>, Vec<i32>)>);

fn topic_tuple(t: TopicMetadata) -> TopicTuple {
    let partitions = t.partitions.into_iter().map(|p| (p.partition, p.leader, p.replicas, p.isr)).collect();
    (t.name, t.topic_id.to_string(), t.is_internal, partitions)
}

#[pymethods]
impl NativeAdmin {
    /// Creates `(name, partitions, replication_factor, configs)` topics;
    /// returns `(name, topic_id, partitions, replication_factor)` each.
    fn create_topics<'py>(
        &self,
        py: Python<'py>,
        topics: Vec<(String, i32, i16, BTreeMap<String, String>)>,
        timeout_ms: u64,
        validate_only: bool,
        blocking: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let admin = self.inner.clone();
        let topics: Vec<NewTopic> = topics
            .into_iter()
            .map(|(name, partitions, replication_factor, configs)| NewTopic { name, partitions, replication_factor, configs, assignment: Default::default() })
            .collect();
        let options = CreateTopicsOptions {
            timeout: std::time::Duration::from_millis(timeout_ms),
            validate_only,
            ..CreateTopicsOptions::default()
        };
        runtime::run(py, blocking, async move {
            let created = admin.create_topics(&topics, &options).await.py()?;
            Ok(created
                .into_iter()
                .map(|c| (c.name, c.topic_id.to_string(), c.partitions, c.replication_factor))
                .collect::<Vec<_>>())
        })
    }

    fn delete_topics<'py>(&self, py: Python<'py>, names: Vec<String>, timeout_ms: u64, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let admin = self.inner.clone();
        let options = DeleteTopicsOptions {
            timeout: std::time::Duration::from_millis(timeout_ms),
            ..DeleteTopicsOptions::default()
        };
        runtime::run(py, blocking, async move { admin.delete_topics(&names, &options).await.py() })
    }

    fn list_topics<'py>(&self, py: Python<'py>, include_internal: bool, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let admin = self.inner.clone();
        runtime::run(py, blocking, async move { admin.list_topics(include_internal).await.py() })
    }

    fn describe_topics<'py>(&self, py: Python<'py>, names: Vec<String>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let admin = self.inner.clone();
        runtime::run(py, blocking, async move {
            let topics = admin.describe_topics(&names).await.py()?;
            Ok(topics.into_iter().map(topic_tuple).collect::<Vec<_>>())
        })
    }

    fn close<'py>(&self, py: Python<'py>, blocking: bool) -> PyResult<Bound<'py, PyAny>> {
        let admin = self.inner.clone();
        runtime::run(py, blocking, async move {
            admin.close().await;
            Ok(())
        })
    }
}
