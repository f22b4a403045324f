//! Bounded buffer memory and back-pressure.
//!
//! Records waiting to be sent or acknowledged hold a share of
//! `buffer_memory`, counted as their encoded size bound. A send that finds
//! the buffer full waits (up to `max_block`) for acknowledged batches to
//! give memory back, then fails: records are never dropped to make room.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::time::Instant;

use crate::error::{Error, Result};

/// The producer's buffer.
#[derive(Debug, Clone)]
pub(crate) struct Memory {
    permits: Arc<Semaphore>,
    total: usize,
}

impl Memory {
    pub(crate) fn new(total: usize) -> Self {
        Memory {
            permits: Arc::new(Semaphore::new(total)),
            total,
        }
    }

    /// Takes `bytes` if they are free now.
    pub(crate) fn try_acquire(&self, bytes: usize) -> bool {
        match self.permits.try_acquire_many(bytes.min(self.total) as u32) {
            Ok(permit) => {
                permit.forget();
                true
            }
            Err(_) => false,
        }
    }

    /// Takes `bytes` (at most the total), waiting until `deadline`.
    pub(crate) async fn acquire(
        &self,
        bytes: usize,
        deadline: Instant,
        max_block: Duration,
    ) -> Result<()> {
        let wanted = bytes.min(self.total) as u32;
        match tokio::time::timeout_at(deadline, self.permits.acquire_many(wanted)).await {
            Ok(Ok(permit)) => {
                permit.forget();
                Ok(())
            }
            Ok(Err(_)) => Err(Error::Shutdown),
            Err(_) => Err(Error::Timeout {
                operation: format!(
                    "waiting for {wanted} bytes of producer buffer memory (buffer_memory = {} bytes is full of \
                     records not yet acknowledged; the brokers are slower than the sends, or unreachable; raise \
                     `buffer_memory` or `max_block`, or send less)",
                    self.total
                ),
                after: max_block,
            }),
        }
    }

    /// Gives back what [`acquire`](Self::acquire) took for `bytes`.
    pub(crate) fn release(&self, bytes: usize) {
        self.permits.add_permits(bytes.min(self.total));
    }

    /// Makes every waiting and later acquire fail.
    pub(crate) fn close(&self) {
        self.permits.close();
    }
}
