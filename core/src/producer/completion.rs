//! Handing results back to senders.
//!
//! `send` waits on one oneshot channel per record. `send_batch` gives every
//! record a slot in one shared [`Collector`] instead, and wakes its caller
//! once when the last slot is filled, so that a batch of records costs one
//! wake-up, not one per record (the bindings send whole batches).
//!
//! A transactional producer also gives each completion a [`FailureWatch`]:
//! the first record that fails inside a transaction is noted there, even if
//! its sender stopped waiting, so that the commit can refuse.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

use super::record::RecordMetadata;
use crate::error::{Error, Result};
use crate::net::lock;

/// Where one record's result goes.
#[derive(Debug)]
pub(crate) enum Completion {
    One(oneshot::Sender<Result<RecordMetadata>>, Option<Arc<FailureWatch>>),
    Slot(Arc<Collector>, usize),
}

impl Completion {
    pub(crate) fn complete(self, result: Result<RecordMetadata>) {
        match self {
            Completion::One(tx, watch) => {
                if let (Some(watch), Err(error)) = (watch, &result) {
                    watch.note(error);
                }
                let _ = tx.send(result);
            }
            Completion::Slot(collector, index) => collector.fill(index, result),
        }
    }
}

/// The first failure among the records it watches, until taken.
#[derive(Debug, Default)]
pub(crate) struct FailureWatch(Mutex<Option<Error>>);

impl FailureWatch {
    pub(crate) fn note(&self, error: &Error) {
        let mut first = lock(&self.0);
        if first.is_none() {
            *first = Some(error.clone());
        }
    }

    pub(crate) fn take(&self) -> Option<Error> {
        lock(&self.0).take()
    }
}

/// Results of one `send_batch`, in record order.
#[derive(Debug)]
pub(crate) struct Collector {
    results: Mutex<Vec<Option<Result<RecordMetadata>>>>,
    remaining: AtomicUsize,
    done: Mutex<Option<oneshot::Sender<()>>>,
    watch: Option<Arc<FailureWatch>>,
}

impl Collector {
    pub(crate) fn new(
        len: usize,
        watch: Option<Arc<FailureWatch>>,
    ) -> (Arc<Collector>, oneshot::Receiver<()>) {
        let (tx, rx) = oneshot::channel();
        let collector = Collector {
            results: Mutex::new((0..len).map(|_| None).collect()),
            remaining: AtomicUsize::new(len),
            done: Mutex::new(Some(tx)),
            watch,
        };
        if len == 0 {
            if let Some(tx) = lock(&collector.done).take() {
                let _ = tx.send(());
            }
        }
        (Arc::new(collector), rx)
    }

    pub(crate) fn fill(&self, index: usize, result: Result<RecordMetadata>) {
        if let (Some(watch), Err(error)) = (&self.watch, &result) {
            watch.note(error);
        }
        {
            let mut results = lock(&self.results);
            match results.get_mut(index) {
                Some(slot) if slot.is_none() => *slot = Some(result),
                _ => return,
            }
        }
        if self.remaining.fetch_sub(1, Ordering::AcqRel) == 1 {
            if let Some(tx) = lock(&self.done).take() {
                let _ = tx.send(());
            }
        }
    }

    /// The results; a slot never filled (the producer went away) is
    /// [`Error::Shutdown`].
    pub(crate) fn take(&self) -> Vec<Result<RecordMetadata>> {
        std::mem::take(&mut *lock(&self.results))
            .into_iter()
            .map(|r| r.unwrap_or(Err(Error::Shutdown)))
            .collect()
    }
}
