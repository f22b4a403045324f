//! Options of a consumer, with the Java client's defaults where it has one.

use std::time::Duration;

use super::types::{AutoOffsetReset, IsolationLevel};
use crate::cluster::ClientConfig;
use crate::error::{Error, Result};

/// How a consumer reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerConfig {
    /// How to find and follow the cluster.
    pub client: ClientConfig,
    /// Where to start when a partition has no position. Default
    /// [`AutoOffsetReset::Latest`].
    pub auto_offset_reset: AutoOffsetReset,
    /// Which transactional records to see. Default
    /// [`IsolationLevel::ReadCommitted`].
    pub isolation_level: IsolationLevel,
    /// A broker answers a fetch once it has this many bytes (or
    /// `fetch_max_wait` passed). Default 1.
    pub fetch_min_bytes: i32,
    /// Most bytes one fetch response may hold (a single batch larger than
    /// this is still returned, so that the consumer never gets stuck).
    /// Default 50 MiB.
    pub fetch_max_bytes: i32,
    /// Most bytes one fetch returns for one partition. Default 1 MiB.
    pub max_partition_fetch_bytes: i32,
    /// How long a broker holds a fetch waiting for `fetch_min_bytes`.
    /// Default 500 ms.
    pub fetch_max_wait: Duration,
    /// Fetched bytes the consumer holds before the application reads them;
    /// fetching pauses above it. Default 64 MiB.
    pub max_prefetch_bytes: usize,
    /// Check the CRC of every batch read. Default `true`.
    pub check_crcs: bool,
    /// The client's rack, sent with fetches. Default empty.
    pub client_rack: String,
    /// Most records one poll returns. Default 500.
    pub max_poll_records: usize,
}

impl ConsumerConfig {
    /// Defaults with the given cluster options.
    pub fn new(client: ClientConfig) -> Self {
        Self {
            client,
            auto_offset_reset: AutoOffsetReset::default(),
            isolation_level: IsolationLevel::default(),
            fetch_min_bytes: 1,
            fetch_max_bytes: 50 * 1024 * 1024,
            max_partition_fetch_bytes: 1024 * 1024,
            fetch_max_wait: Duration::from_millis(500),
            max_prefetch_bytes: 64 * 1024 * 1024,
            check_crcs: true,
            client_rack: String::new(),
            max_poll_records: 500,
        }
    }

    /// Defaults with bootstrap servers given as one comma-separated string.
    pub fn from_bootstrap(servers: &str) -> Result<Self> {
        Ok(Self::new(ClientConfig::from_bootstrap(servers)?))
    }

    /// Checks every option, naming the first bad one.
    pub fn validate(&self) -> Result<()> {
        self.client.validate()?;
        positive("fetch_min_bytes", i64::from(self.fetch_min_bytes), "0 or more bytes", 0)?;
        positive("fetch_max_bytes", i64::from(self.fetch_max_bytes), "at least 1 byte", 1)?;
        positive("max_partition_fetch_bytes", i64::from(self.max_partition_fetch_bytes), "at least 1 byte", 1)?;
        if self.fetch_max_wait > Duration::from_millis(i32::MAX as u64) {
            return Err(Error::Config {
                option: "fetch_max_wait",
                value: format!("{:?}", self.fetch_max_wait),
                allowed: "at most i32::MAX milliseconds".to_owned(),
            });
        }
        if self.max_prefetch_bytes == 0 {
            return Err(Error::Config {
                option: "max_prefetch_bytes",
                value: "0".to_owned(),
                allowed: "at least 1 byte".to_owned(),
            });
        }
        if self.max_poll_records == 0 {
            return Err(Error::Config {
                option: "max_poll_records",
                value: "0".to_owned(),
                allowed: "at least 1 record".to_owned(),
            });
        }
        Ok(())
    }

    pub(crate) fn fetch_max_wait_ms(&self) -> i32 {
        i32::try_from(self.fetch_max_wait.as_millis()).unwrap_or(i32::MAX)
    }
}

fn positive(option: &'static str, value: i64, allowed: &str, min: i64) -> Result<()> {
    if value < min {
        return Err(Error::Config { option, value: value.to_string(), allowed: allowed.to_owned() });
    }
    Ok(())
}
