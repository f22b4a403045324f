//! Handing results back to senders.
//!
//! `send` waits on one oneshot channel per record. `send_batch` gives every
//! record a slot in one shared [`Collector`] instead, and wakes its caller
//! once when the last slot is filled, so that a batch of records costs one
//! wake-up, not one per record (the bindings send whole batches).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;

use super::record::RecordMetadata;
use crate::error::{Error, Result};
use crate::net::lock;

/// Where one record's result goes.
#[derive(Debug)]
pub(crate) enum Completion {
    One(oneshot::Sender<Result<RecordMetadata>>),
    Slot(Arc<Collector>, usize),
}

impl Completion {
    pub(crate) fn complete(self, result: Result<RecordMetadata>) {
        match self {
            Completion::One(tx) => {
                let _ = tx.send(result);
            }
            Completion::Slot(collector, index) => collector.fill(index, result),
        }
    }
}

/// Results of one `send_batch`, in record order.
#[derive(Debug)]
pub(crate) struct Collector {
    results: Mutex<Vec<Option<Result<RecordMetadata>>>>,
    remaining: AtomicUsize,
    done: Mutex<Option<oneshot::Sender<()>>>,
}

impl Collector {
    pub(crate) fn new(len: usize) -> (Arc<Collector>, oneshot::Receiver<()>) {
        let (tx, rx) = oneshot::channel();
        let collector = Collector {
            results: Mutex::new((0..len).map(|_| None).collect()),
            remaining: AtomicUsize::new(len),
            done: Mutex::new(Some(tx)),
        };
        if len == 0 {
            if let Some(tx) = lock(&collector.done).take() {
                let _ = tx.send(());
            }
        }
        (Arc::new(collector), rx)
    }

    pub(crate) fn fill(&self, index: usize, result: Result<RecordMetadata>) {
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
