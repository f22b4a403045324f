//! Which partition a record goes to.
//!
//! A record with an explicit partition goes there. Otherwise the configured
//! [`PartitionerKind`] decides:
//! - [`PartitionerKind::Default`]: keyed records by the Java client's murmur2
//!   hash ([`murmur2`]), so that keys land where Java puts them; keyless
//!   records by uniform sticky partitioning ([`sticky`]).
//! - [`PartitionerKind::RoundRobin`]: every record to the next partition.
//! - [`PartitionerKind::Custom`]: a user's [`Partitioner`].

pub(crate) mod load;
pub mod murmur2;
pub mod round_robin;
pub mod sticky;

use std::fmt;
use std::sync::Arc;

use crate::cluster::ClusterMetadata;
use load::BrokerLoad;

/// A user-supplied partitioner.
///
/// Called once per record without an explicit partition, on the sending
/// task, so it must be quick. It must return a partition in
/// `0..partition_count`; the record fails otherwise.
pub trait Partitioner: Send + Sync {
    /// The partition for a record of `topic`.
    fn partition(
        &self,
        topic: &str,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        partition_count: i32,
    ) -> i32;
}

impl<F> Partitioner for F
where
    F: Fn(&str, Option<&[u8]>, Option<&[u8]>, i32) -> i32 + Send + Sync,
{
    fn partition(
        &self,
        topic: &str,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        partition_count: i32,
    ) -> i32 {
        self(topic, key, value, partition_count)
    }
}

/// How records without an explicit partition are placed.
#[derive(Clone, Default)]
pub enum PartitionerKind {
    /// murmur2 of the key (Java-compatible); uniform sticky for keyless
    /// records.
    #[default]
    Default,
    /// Every record to the next partition, keyed or not.
    RoundRobin,
    /// A user's partitioner.
    Custom(Arc<dyn Partitioner>),
}

impl fmt::Debug for PartitionerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartitionerKind::Default => f.write_str("Default"),
            PartitionerKind::RoundRobin => f.write_str("RoundRobin"),
            PartitionerKind::Custom(_) => f.write_str("Custom(..)"),
        }
    }
}

/// The configured partitioner with its state.
#[derive(Debug)]
pub(crate) struct Partitioning {
    kind: PartitionerKind,
    sticky: sticky::Sticky,
    round_robin: round_robin::RoundRobin,
    /// Broker loads the engine publishes for the adaptive sticky choice.
    load: Arc<BrokerLoad>,
}

impl Partitioning {
    pub(crate) fn new(kind: PartitionerKind, sticky_switch_bytes: usize) -> Self {
        Partitioning {
            kind,
            sticky: sticky::Sticky::new(sticky_switch_bytes),
            round_robin: round_robin::RoundRobin::default(),
            load: Arc::new(BrokerLoad::default()),
        }
    }

    /// Where the engine publishes broker loads.
    pub(crate) fn load(&self) -> Arc<BrokerLoad> {
        Arc::clone(&self.load)
    }

    /// The partition for a record of `size` encoded bytes; may be out of
    /// range only with a custom partitioner. `metadata` is read only when
    /// the sticky partitioner moves.
    pub(crate) fn choose(
        &self,
        topic: &str,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        partition_count: i32,
        size: usize,
        metadata: impl FnOnce() -> Arc<ClusterMetadata>,
    ) -> i32 {
        match &self.kind {
            PartitionerKind::Default => match key {
                Some(key) => murmur2::partition_for_key(key, partition_count),
                None => self.sticky.next_among(topic, partition_count, size, || {
                    self.load.candidates(&metadata(), topic, partition_count)
                }),
            },
            PartitionerKind::RoundRobin => self.round_robin.next(topic, partition_count),
            PartitionerKind::Custom(custom) => custom.partition(topic, key, value, partition_count),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_records_use_murmur2_and_custom_is_called() {
        let default = Partitioning::new(PartitionerKind::Default, 1000);
        let none = || Arc::new(ClusterMetadata::empty(tokio::time::Instant::now()));
        let p = default.choose("t", Some(b"foobar"), None, 10, 10, none);
        assert_eq!(p, (murmur2::murmur2(b"foobar") & 0x7fff_ffff) % 10);
        let custom = Partitioning::new(
            PartitionerKind::Custom(Arc::new(
                |_: &str, _: Option<&[u8]>, _: Option<&[u8]>, n: i32| n - 1,
            )),
            1000,
        );
        assert_eq!(custom.choose("t", None, None, 6, 1, none), 5);
    }
}
