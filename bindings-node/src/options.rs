//! Options from JavaScript to engine configs.
//!
//! The TypeScript layer validates options and names the bad one; these
//! conversions check what only the engine knows (via its `validate`) and
//! fill in engine defaults for what is left out.

use std::time::Duration;

use ferrokafka::cluster::ClientConfig;
use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, IsolationLevel};
use ferrokafka::group::{GroupConfig, GroupProtocol};
use ferrokafka::producer::{Acks, PartitionerKind, ProducerConfig};
use ferrokafka::record::Compression;
use napi_derive::napi;

use crate::errors::{config, IntoJs};
use crate::security::{self, SaslOptions, SslOptions};

/// Options every client shares.
#[napi(object, object_to_js = false)]
pub struct ClientOptions {
    pub brokers: Vec<String>,
    pub client_id: Option<String>,
    pub request_timeout_ms: Option<u32>,
    pub connection_timeout_ms: Option<u32>,
    pub ssl: Option<SslOptions>,
    pub sasl: Option<SaslOptions>,
}

/// Producer options.
#[napi(object)]
pub struct ProducerOptions {
    pub acks: Option<String>,
    pub idempotent: Option<bool>,
    pub compression: Option<String>,
    pub compression_level: Option<i32>,
    pub linger_ms: Option<u32>,
    pub max_batch_bytes: Option<u32>,
    pub max_request_size: Option<u32>,
    pub buffer_memory: Option<f64>,
    pub max_block_ms: Option<u32>,
    pub delivery_timeout_ms: Option<u32>,
    pub max_in_flight: Option<u32>,
    pub retry_backoff_ms: Option<u32>,
    pub retry_backoff_max_ms: Option<u32>,
    /// `murmur2` or `round-robin`; a function partitioner runs in
    /// JavaScript and sends explicit partitions.
    pub partitioner: Option<String>,
    /// Makes the producer transactional.
    pub transactional_id: Option<String>,
    pub transaction_timeout_ms: Option<u32>,
}

/// Consumer (group member) options.
#[napi(object)]
pub struct ConsumerOptions {
    pub group_id: String,
    pub group_instance_id: Option<String>,
    pub auto_offset_reset: Option<String>,
    pub isolation_level: Option<String>,
    pub session_timeout_ms: Option<u32>,
    pub heartbeat_interval_ms: Option<u32>,
    pub rebalance_timeout_ms: Option<u32>,
    pub max_poll_interval_ms: Option<u32>,
    pub auto_commit_interval_ms: Option<u32>,
    pub assignors: Option<Vec<String>>,
    pub fetch_min_bytes: Option<i32>,
    pub fetch_max_bytes: Option<i32>,
    pub max_partition_fetch_bytes: Option<i32>,
    pub fetch_max_wait_ms: Option<u32>,
    pub max_prefetch_bytes: Option<f64>,
    pub max_poll_records: Option<u32>,
    pub auto_commit: Option<bool>,
    pub group_protocol: Option<String>,
    pub server_assignor: Option<String>,
    pub check_crcs: Option<bool>,
}

fn ms(value: Option<u32>, default: Duration) -> Duration {
    value.map_or(default, |v| Duration::from_millis(u64::from(v)))
}

/// Cluster options.
pub fn client(options: ClientOptions) -> napi::Result<ClientConfig> {
    let mut client = ClientConfig::new(options.brokers.iter().cloned());
    let connection = &mut client.connection;
    if let Some(id) = &options.client_id {
        connection.client_id = Some(id.clone());
    }
    connection.request_timeout = ms(options.request_timeout_ms, connection.request_timeout);
    connection.connect_timeout = ms(options.connection_timeout_ms, connection.connect_timeout);
    client.tls = options.ssl.as_ref().map(security::tls);
    client.sasl = options.sasl.map(security::sasl).transpose()?;
    client.validate().js()?;
    Ok(client)
}

fn compression(name: Option<&str>, level: Option<i32>) -> napi::Result<Compression> {
    Ok(match name.unwrap_or("none") {
        "none" => Compression::None,
        "gzip" => Compression::Gzip { level },
        "snappy" => Compression::Snappy,
        "lz4" => Compression::Lz4,
        "zstd" => Compression::Zstd { level },
        other => return Err(config("compression", other, "none, gzip, snappy, lz4 or zstd")),
    })
}

/// Producer options.
pub fn producer(options: &ProducerOptions) -> napi::Result<ProducerConfig> {
    let mut c = ProducerConfig::default();
    if let Some(acks) = options.acks.as_deref() {
        c.acks = match acks {
            "none" => Acks::None,
            "leader" => Acks::Leader,
            "all" => Acks::All,
            other => return Err(config("acks", other, "'none', 'leader' or 'all'")),
        };
    }
    c.idempotence = options.idempotent.unwrap_or(c.idempotence);
    c.compression = compression(options.compression.as_deref(), options.compression_level)?;
    c.linger = ms(options.linger_ms, c.linger);
    c.max_batch_bytes = options.max_batch_bytes.map_or(c.max_batch_bytes, |v| v as usize);
    c.max_request_size = options.max_request_size.map_or(c.max_request_size, |v| v as usize);
    c.buffer_memory = options.buffer_memory.map_or(c.buffer_memory, |v| v as usize);
    c.max_block = ms(options.max_block_ms, c.max_block);
    c.delivery_timeout = ms(options.delivery_timeout_ms, c.delivery_timeout);
    c.max_in_flight = options.max_in_flight.map_or(c.max_in_flight, |v| v as usize);
    c.retry_backoff = ms(options.retry_backoff_ms, c.retry_backoff);
    c.retry_backoff_max = ms(options.retry_backoff_max_ms, c.retry_backoff_max);
    c.partitioner = match options.partitioner.as_deref() {
        None | Some("murmur2") => PartitionerKind::Default,
        Some("round-robin") => PartitionerKind::RoundRobin,
        Some(other) => return Err(config("partitioner", other, "'murmur2', 'round-robin' or a function")),
    };
    c.transactional_id = options.transactional_id.clone();
    c.transaction_timeout = ms(options.transaction_timeout_ms, c.transaction_timeout);
    c.validate().js()?;
    Ok(c)
}

/// Consumer and group options.
pub fn consumer(client: ClientConfig, options: &ConsumerOptions) -> napi::Result<(ConsumerConfig, GroupConfig)> {
    let mut c = ConsumerConfig::new(client);
    if let Some(reset) = options.auto_offset_reset.as_deref() {
        c.auto_offset_reset = match reset {
            "earliest" => AutoOffsetReset::Earliest,
            "latest" => AutoOffsetReset::Latest,
            "none" => AutoOffsetReset::None,
            other => return Err(config("autoOffsetReset", other, "'earliest', 'latest' or 'none'")),
        };
    }
    if let Some(level) = options.isolation_level.as_deref() {
        c.isolation_level = match level {
            "read_committed" => IsolationLevel::ReadCommitted,
            "read_uncommitted" => IsolationLevel::ReadUncommitted,
            other => return Err(config("isolationLevel", other, "'read_committed' or 'read_uncommitted'")),
        };
    }
    c.fetch_min_bytes = options.fetch_min_bytes.unwrap_or(c.fetch_min_bytes);
    c.fetch_max_bytes = options.fetch_max_bytes.unwrap_or(c.fetch_max_bytes);
    c.max_partition_fetch_bytes = options.max_partition_fetch_bytes.unwrap_or(c.max_partition_fetch_bytes);
    c.fetch_max_wait = ms(options.fetch_max_wait_ms, c.fetch_max_wait);
    c.max_prefetch_bytes = options.max_prefetch_bytes.map_or(c.max_prefetch_bytes, |v| v as usize);
    c.max_poll_records = options.max_poll_records.map_or(c.max_poll_records, |v| v as usize);
    c.check_crcs = options.check_crcs.unwrap_or(c.check_crcs);
    c.validate().js()?;

    let mut g = GroupConfig::new(options.group_id.clone());
    g.group_instance_id = options.group_instance_id.clone();
    g.session_timeout = ms(options.session_timeout_ms, g.session_timeout);
    g.heartbeat_interval = ms(options.heartbeat_interval_ms, g.heartbeat_interval);
    g.rebalance_timeout = ms(options.rebalance_timeout_ms, g.rebalance_timeout);
    g.max_poll_interval = ms(options.max_poll_interval_ms, g.max_poll_interval);
    g.auto_commit_interval = ms(options.auto_commit_interval_ms, g.auto_commit_interval);
    if let Some(assignors) = &options.assignors {
        g.assignors = assignors.clone();
    }
    g.auto_commit = options.auto_commit.unwrap_or(g.auto_commit);
    if let Some(protocol) = options.group_protocol.as_deref() {
        g.group_protocol = match protocol {
            "classic" => GroupProtocol::Classic,
            "consumer" => GroupProtocol::Consumer,
            other => return Err(config("groupProtocol", other, "'classic' or 'consumer'")),
        };
    }
    g.server_assignor = options.server_assignor.clone();
    g.validate().js()?;
    Ok((c, g))
}

/// Checks client options without connecting, so that `new Kafka(...)`
/// rejects bad ones at once.
#[napi]
pub fn check_client_options(options: ClientOptions) -> napi::Result<()> {
    client(options).map(|_| ())
}
