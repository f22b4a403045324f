//! Producer options, with the Java client's defaults where it has one.
//!
//! One departure: `max_batch_bytes` defaults to 1 MiB where Java's
//! `batch.size` is 16 KiB. A batch is closed early by `linger_ms` anyway, so
//! the larger cap costs nothing at low rates, and at high rates it lets one
//! Produce request carry far more per partition, which is where this client
//! spends less per byte than per request. The cap stays below the broker's
//! default `message.max.bytes` (1 MiB + 12 bytes), so a full batch is still
//! accepted.

use std::time::Duration;

use super::partitioner::PartitionerKind;
use crate::error::{Error, Result};
use crate::record::Compression;

/// How many replicas must have a record before the broker acknowledges it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Acks {
    /// The broker does not answer; records are reported sent once written to
    /// the socket, with offset -1. Records may be lost silently.
    None,
    /// The leader wrote the record; it is lost if the leader dies before a
    /// follower copies it.
    Leader,
    /// Every in-sync replica has the record (`min.insync.replicas` applies).
    #[default]
    All,
}

impl Acks {
    /// The value of the `acks` field of a ProduceRequest.
    pub fn wire(self) -> i16 {
        match self {
            Acks::None => 0,
            Acks::Leader => 1,
            Acks::All => -1,
        }
    }
}

/// Options of a [`Producer`](super::Producer).
#[derive(Debug, Clone)]
pub struct ProducerConfig {
    /// Acknowledgement level. Default [`Acks::All`].
    pub acks: Acks,
    /// Idempotent delivery: no duplicates from retries, order kept per
    /// partition. Default on; needs `acks = All`.
    pub idempotence: bool,
    /// Codec (and level) for batches. Default none.
    pub compression: Compression,
    /// How long a batch waits for more records before it is sent.
    /// Default 5 ms (the Java client's since 4.0).
    pub linger: Duration,
    /// Largest batch of one partition, in uncompressed bytes. Default 1 MiB
    /// (see the module docs for why not Java's 16 KiB).
    pub max_batch_bytes: usize,
    /// Largest Produce request. A single record larger than this or than
    /// `max_batch_bytes` fails with [`Error::RecordTooLarge`]. Default 1 MiB.
    pub max_request_size: usize,
    /// Memory for records waiting to be sent or acknowledged. Default 32 MiB.
    pub buffer_memory: usize,
    /// How long a send waits for buffer memory or for the topic's metadata
    /// before failing. Default 60 s.
    pub max_block: Duration,
    /// How long a record may take from `send` to acknowledgement, retries
    /// included, before it fails with a timeout. Default 120 s.
    pub delivery_timeout: Duration,
    /// Produce requests in flight per broker. Default 5 (the most
    /// idempotence can keep in order).
    pub max_in_flight: usize,
    /// First wait before retrying a failed batch; doubles up to
    /// `retry_backoff_max`. Default 100 ms.
    pub retry_backoff: Duration,
    /// Longest wait between retries. Default 1 s.
    pub retry_backoff_max: Duration,
    /// How long the broker may wait for replicas (acks = all). Default 30 s.
    pub request_timeout: Duration,
    /// Where records without an explicit partition go.
    pub partitioner: PartitionerKind,
    /// Makes the producer transactional (see `docs/transactions.md`): it
    /// fences older producers with the same id when it starts, and sends
    /// only inside `begin_transaction` .. `commit_transaction`. Needs
    /// idempotence. Default none.
    pub transactional_id: Option<String>,
    /// How long the transaction coordinator lets a transaction stay open
    /// before aborting it. Default 60 s; at most the brokers'
    /// `transaction.max.timeout.ms` (15 min by default).
    pub transaction_timeout: Duration,
}

impl Default for ProducerConfig {
    fn default() -> Self {
        ProducerConfig {
            acks: Acks::All,
            idempotence: true,
            compression: Compression::None,
            linger: Duration::from_millis(5),
            max_batch_bytes: 1024 * 1024,
            max_request_size: 1024 * 1024,
            buffer_memory: 32 * 1024 * 1024,
            max_block: Duration::from_secs(60),
            delivery_timeout: Duration::from_secs(120),
            max_in_flight: 5,
            retry_backoff: Duration::from_millis(100),
            retry_backoff_max: Duration::from_secs(1),
            request_timeout: Duration::from_secs(30),
            partitioner: PartitionerKind::Default,
            transactional_id: None,
            transaction_timeout: Duration::from_secs(60),
        }
    }
}

fn bad(option: &'static str, value: impl ToString, allowed: &str) -> Error {
    Error::Config {
        option,
        value: value.to_string(),
        allowed: allowed.to_owned(),
    }
}

impl ProducerConfig {
    /// Checks every option, naming the first bad one.
    pub fn validate(&self) -> Result<()> {
        if let Some(id) = &self.transactional_id {
            if id.is_empty() {
                return Err(bad("transactional_id", "", "a non-empty string, or None"));
            }
            if !self.idempotence {
                return Err(bad(
                    "idempotence",
                    false,
                    "true when transactional_id is set (transactions build on idempotence)",
                ));
            }
        }
        if self.transaction_timeout.is_zero() || self.transaction_timeout.as_millis() > i32::MAX as u128 {
            return Err(bad(
                "transaction_timeout",
                format!("{:?}", self.transaction_timeout),
                "above zero and at most i32::MAX ms",
            ));
        }
        if self.idempotence && self.acks != Acks::All {
            return Err(bad(
                "acks",
                format!("{:?}", self.acks),
                "Acks::All while idempotence is on; set `idempotence = false` to use other acks",
            ));
        }
        if self.idempotence && !(1..=5).contains(&self.max_in_flight) {
            return Err(bad(
                "max_in_flight",
                self.max_in_flight,
                "1 to 5 while idempotence is on",
            ));
        }
        if self.max_in_flight == 0 {
            return Err(bad("max_in_flight", 0, "at least 1"));
        }
        if self.max_batch_bytes < 1024 || self.max_batch_bytes > i32::MAX as usize {
            return Err(bad(
                "max_batch_bytes",
                self.max_batch_bytes,
                "1 KiB to 2 GiB",
            ));
        }
        if self.max_request_size < 1024 || self.max_request_size > i32::MAX as usize {
            return Err(bad(
                "max_request_size",
                self.max_request_size,
                "1 KiB to 2 GiB",
            ));
        }
        let max_permits = tokio::sync::Semaphore::MAX_PERMITS.min(u32::MAX as usize);
        if self.buffer_memory < self.max_batch_bytes.min(self.max_request_size)
            || self.buffer_memory > max_permits
        {
            return Err(bad(
                "buffer_memory",
                self.buffer_memory,
                "at least the smaller of max_batch_bytes and max_request_size, at most 4 GiB",
            ));
        }
        for (option, value) in [
            ("delivery_timeout", self.delivery_timeout),
            ("request_timeout", self.request_timeout),
        ] {
            if value.is_zero() {
                return Err(bad(option, format!("{value:?}"), "a duration above zero"));
            }
        }
        if self.delivery_timeout < self.linger + self.request_timeout {
            return Err(bad(
                "delivery_timeout",
                format!("{:?}", self.delivery_timeout),
                &format!(
                    "at least linger + request_timeout ({:?}), so that a batch can be sent at all",
                    self.linger + self.request_timeout
                ),
            ));
        }
        if self.request_timeout.as_millis() > i32::MAX as u128 {
            return Err(bad(
                "request_timeout",
                format!("{:?}", self.request_timeout),
                "at most i32::MAX ms",
            ));
        }
        self.compression.validate().map_err(|e| {
            bad(
                "compression",
                format!("{:?}", self.compression),
                &e.to_string(),
            )
        })?;
        Ok(())
    }

    /// The largest record accepted, and the option that sets it.
    pub(crate) fn record_limit(&self) -> (usize, &'static str) {
        if self.max_batch_bytes <= self.max_request_size {
            (self.max_batch_bytes, "max_batch_bytes")
        } else {
            (self.max_request_size, "max_request_size")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_bad_combinations_are_named() {
        ProducerConfig::default().validate().expect("defaults");
        let e = ProducerConfig {
            acks: Acks::Leader,
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert!(e.to_string().contains("acks"), "{e}");
        ProducerConfig {
            acks: Acks::Leader,
            idempotence: false,
            ..Default::default()
        }
        .validate()
        .expect("valid");
        let e = ProducerConfig {
            max_in_flight: 6,
            ..Default::default()
        }
        .validate()
        .unwrap_err();
        assert!(e.to_string().contains("max_in_flight"), "{e}");
    }

    #[test]
    fn a_transactional_producer_needs_idempotence_and_a_real_id() {
        let transactional = |id: &str| ProducerConfig {
            transactional_id: Some(id.to_owned()),
            ..Default::default()
        };
        transactional("billing-1").validate().expect("valid");
        let e = ProducerConfig {
            idempotence: false,
            ..transactional("billing-1")
        }
        .validate()
        .unwrap_err();
        assert!(e.to_string().contains("idempotence"), "{e}");
        let e = transactional("").validate().unwrap_err();
        assert!(e.to_string().contains("transactional_id"), "{e}");
        let e = ProducerConfig {
            transaction_timeout: std::time::Duration::ZERO,
            ..transactional("billing-1")
        }
        .validate()
        .unwrap_err();
        assert!(e.to_string().contains("transaction_timeout"), "{e}");
    }
}
