//! Rebalance hooks into Python.
//!
//! The group calls the Python dispatcher with the kind ("assigned",
//! "revoked", "lost") and the partitions. The dispatcher runs the user's
//! callback on the user's side (the asyncio loop, or a worker thread for the
//! blocking API) and returns a `concurrent.futures.Future`; the group waits
//! for it before going on, so that a revoked callback can finish (and
//! commit) before the partitions move.

use std::sync::{Arc, Mutex};

use ferrokafka::consumer::TopicPartition;
use ferrokafka::group::{HookFuture, RebalanceListener};
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyTuple};
use tokio::sync::oneshot;

pub struct PyListener {
    callback: Arc<Py<PyAny>>,
}

impl PyListener {
    pub fn new(callback: Py<PyAny>) -> Self {
        PyListener { callback: Arc::new(callback) }
    }

    fn hook(&self, kind: &'static str, partitions: Vec<TopicPartition>) -> HookFuture {
        let callback = Arc::clone(&self.callback);
        Box::pin(async move {
            let list: Vec<(String, i32)> = partitions.into_iter().map(|tp| (tp.topic, tp.partition)).collect();
            let waiting = Python::try_attach(|py| dispatch(py, &callback, kind, list)).flatten();
            if let Some(done) = waiting {
                let _ = done.await;
            }
        })
    }
}

/// Calls the dispatcher; returns what to wait for, if anything.
fn dispatch(py: Python<'_>, callback: &Py<PyAny>, kind: &str, list: Vec<(String, i32)>) -> Option<oneshot::Receiver<()>> {
    let future = match callback.call1(py, (kind, list)) {
        Ok(f) if !f.is_none(py) => f,
        Ok(_) => return None,
        Err(error) => {
            tracing::warn!(target: "ferrokafka::python", kind, %error, "the rebalance callback failed");
            return None;
        }
    };
    let (tx, rx) = oneshot::channel::<()>();
    let tx = Mutex::new(Some(tx));
    let on_done = PyCFunction::new_closure(py, None, None, move |_args: &Bound<'_, PyTuple>, _kw| {
        if let Some(tx) = tx.lock().ok().and_then(|mut t| t.take()) {
            let _ = tx.send(());
        }
    });
    match on_done.and_then(|f| future.call_method1(py, "add_done_callback", (f,))) {
        Ok(_) => Some(rx),
        Err(error) => {
            tracing::warn!(target: "ferrokafka::python", kind, %error, "cannot wait for the rebalance callback");
            None
        }
    }
}

impl RebalanceListener for PyListener {
    fn on_assigned(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.hook("assigned", partitions)
    }

    fn on_revoked(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.hook("revoked", partitions)
    }

    fn on_lost(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        self.hook("lost", partitions)
    }
}
