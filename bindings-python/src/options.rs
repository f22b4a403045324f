//! Python option dicts to engine configs.
//!
//! Every option passes through here: a value of the wrong type, a name the
//! client does not know, or a value the engine rejects becomes a
//! `ConfigError` naming the option. Security options (`ssl`, `sasl`) are
//! converted by [`crate::security`].

use std::collections::HashSet;
use std::time::Duration;

use ferrokafka::cluster::ClientConfig;
use ferrokafka::consumer::{AutoOffsetReset, ConsumerConfig, IsolationLevel};
use ferrokafka::group::{GroupConfig, GroupProtocol};
use ferrokafka::producer::{Acks, PartitionerKind, ProducerConfig};
use ferrokafka::record::Compression;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::config;

/// Reads a dict of options, remembering which it used.
pub struct Options<'a, 'py> {
    dict: &'a Bound<'py, PyDict>,
    what: &'static str,
    used: HashSet<String>,
}

impl<'a, 'py> Options<'a, 'py> {
    pub fn new(dict: &'a Bound<'py, PyDict>, what: &'static str) -> Self {
        Options { dict, what, used: HashSet::new() }
    }

    /// The option's value, `None` when absent or `None`.
    pub fn get<T: for<'b> FromPyObject<'b, 'py>>(&mut self, name: &str, kind: &str) -> PyResult<Option<T>> {
        self.used.insert(name.to_owned());
        match self.dict.get_item(name)? {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) => v.extract::<T>().map(Some).map_err(|_| {
                let got = v.get_type().name().map(|n| n.to_string()).unwrap_or_default();
                config(name, format!("option `{name}` must be {kind}, not {got}"))
            }),
        }
    }

    /// A non-negative whole number of milliseconds.
    pub fn millis(&mut self, name: &str) -> PyResult<Option<Duration>> {
        match self.get::<i64>(name, "a whole number of milliseconds")? {
            Some(ms) if ms < 0 => Err(config(name, format!("option `{name}` must be 0 or more milliseconds, not {ms}"))),
            Some(ms) => Ok(Some(Duration::from_millis(ms as u64))),
            None => Ok(None),
        }
    }

    /// A non-negative whole number.
    pub fn count<T: TryFrom<i64>>(&mut self, name: &str) -> PyResult<Option<T>> {
        match self.get::<i64>(name, "a whole number")? {
            Some(n) => T::try_from(n)
                .map(Some)
                .map_err(|_| config(name, format!("option `{name}` is out of range: {n}"))),
            None => Ok(None),
        }
    }

    pub fn string(&mut self, name: &str) -> PyResult<Option<String>> {
        self.get::<String>(name, "a str")
    }

    /// A string from a fixed set, lower-cased.
    pub fn choice(&mut self, name: &str, allowed: &[&str]) -> PyResult<Option<String>> {
        match self.string(name)? {
            Some(s) if allowed.contains(&s.to_ascii_lowercase().as_str()) => Ok(Some(s.to_ascii_lowercase())),
            Some(s) => Err(config(name, format!("option `{name}` = {s:?} is not one of {}", allowed.join(", ")))),
            None => Ok(None),
        }
    }

    /// Fails on any option not read, naming it.
    pub fn finish(self) -> PyResult<()> {
        let mut unknown: Vec<String> = Vec::new();
        for key in self.dict.keys() {
            let key: String = key.extract()?;
            if !self.used.contains(&key) {
                unknown.push(key);
            }
        }
        match unknown.first() {
            None => Ok(()),
            Some(name) => {
                let mut known: Vec<&String> = self.used.iter().collect();
                known.sort();
                let known: Vec<&str> = known.iter().map(|s| s.as_str()).collect();
                Err(config(name, format!("unknown {} option `{name}`; known options: {}", self.what, known.join(", "))))
            }
        }
    }
}

/// Options the engine names by their duration, which Python names in ms.
const MILLIS: &[&str] = &[
    "linger", "max_block", "delivery_timeout", "retry_backoff", "retry_backoff_max", "request_timeout",
    "fetch_max_wait", "session_timeout", "heartbeat_interval", "rebalance_timeout", "max_poll_interval",
    "auto_commit_interval", "metadata_max_age", "connect_timeout", "transaction_timeout",
];

/// An engine config error, with the option and values spelt as in Python.
fn engine_config(error: ferrokafka::Error) -> PyErr {
    let ferrokafka::Error::Config { option, value, allowed } = &error else {
        return crate::errors::to_py(error);
    };
    let name = match *option {
        "bootstrap_servers" => "brokers".to_owned(),
        o if MILLIS.contains(&o) => format!("{o}_ms"),
        o => o.to_owned(),
    };
    let allowed = allowed
        .replace("Acks::All", "acks=\"all\"")
        .replace("`idempotence = false`", "idempotence=False")
        .replace("bootstrap_servers", "brokers");
    config(&name, format!("invalid option `{name}` = {value}: {allowed}"))
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *slot = v;
    }
}

/// `Kafka(...)`: brokers, client id, timeouts, security.
pub fn client(dict: &Bound<'_, PyDict>) -> PyResult<ClientConfig> {
    let mut o = Options::new(dict, "client");
    let brokers: Vec<String> = o.get("brokers", "a list of \"host:port\" strings")?.unwrap_or_default();
    let mut c = ClientConfig::new(brokers);
    if let Some(id) = o.string("client_id")? {
        c.connection.client_id = Some(id);
    }
    set(&mut c.connection.request_timeout, o.millis("request_timeout_ms")?);
    set(&mut c.connection.connect_timeout, o.millis("connect_timeout_ms")?);
    set(&mut c.connection.max_frame_size, o.count("max_frame_size")?);
    set(&mut c.metadata_max_age, o.millis("metadata_max_age_ms")?);
    set(&mut c.reconnect_backoff_min, o.millis("reconnect_backoff_ms")?);
    set(&mut c.reconnect_backoff_max, o.millis("reconnect_backoff_max_ms")?);
    let ssl = o.get::<Bound<'_, PyDict>>("ssl", "a dict")?;
    let sasl = o.get::<Bound<'_, PyDict>>("sasl", "a dict")?;
    crate::security::apply(&mut c, ssl.as_ref(), sasl.as_ref())?;
    o.finish()?;
    c.validate().map_err(engine_config)?;
    Ok(c)
}

/// `kafka.producer(...)`.
pub fn producer(dict: &Bound<'_, PyDict>) -> PyResult<ProducerConfig> {
    let mut o = Options::new(dict, "producer");
    let mut p = ProducerConfig::default();
    if let Some(acks) = o.choice("acks", &["all", "leader", "none"])? {
        p.acks = match acks.as_str() {
            "all" => Acks::All,
            "leader" => Acks::Leader,
            _ => Acks::None,
        };
    }
    set(&mut p.idempotence, o.get("idempotence", "a bool")?);
    if let Some(codec) = o.choice("compression", &["none", "gzip", "snappy", "lz4", "zstd"])? {
        let level = o.get::<i32>("compression_level", "an int")?;
        p.compression = match codec.as_str() {
            "gzip" => Compression::Gzip { level },
            "snappy" => Compression::Snappy,
            "lz4" => Compression::Lz4,
            "zstd" => Compression::Zstd { level },
            _ => Compression::None,
        };
    } else {
        o.get::<i32>("compression_level", "an int")?;
    }
    set(&mut p.linger, o.millis("linger_ms")?);
    set(&mut p.max_batch_bytes, o.count("max_batch_bytes")?);
    set(&mut p.max_request_size, o.count("max_request_size")?);
    set(&mut p.buffer_memory, o.count("buffer_memory")?);
    set(&mut p.max_block, o.millis("max_block_ms")?);
    set(&mut p.delivery_timeout, o.millis("delivery_timeout_ms")?);
    set(&mut p.max_in_flight, o.count("max_in_flight")?);
    set(&mut p.retry_backoff, o.millis("retry_backoff_ms")?);
    set(&mut p.retry_backoff_max, o.millis("retry_backoff_max_ms")?);
    set(&mut p.request_timeout, o.millis("request_timeout_ms")?);
    if let Some(kind) = o.choice("partitioner", &["default", "round_robin"])? {
        p.partitioner = if kind == "round_robin" { PartitionerKind::RoundRobin } else { PartitionerKind::Default };
    }
    p.transactional_id = o.string("transactional_id")?;
    set(&mut p.transaction_timeout, o.millis("transaction_timeout_ms")?);
    o.finish()?;
    p.validate().map_err(engine_config)?;
    Ok(p)
}

/// `kafka.consumer(...)`: the reading options and the group options.
pub fn consumer(client: ClientConfig, dict: &Bound<'_, PyDict>) -> PyResult<(ConsumerConfig, GroupConfig)> {
    let mut o = Options::new(dict, "consumer");
    let mut c = ConsumerConfig::new(client);
    if let Some(reset) = o.choice("auto_offset_reset", &["earliest", "latest", "none"])? {
        c.auto_offset_reset = match reset.as_str() {
            "earliest" => AutoOffsetReset::Earliest,
            "latest" => AutoOffsetReset::Latest,
            _ => AutoOffsetReset::None,
        };
    }
    if let Some(level) = o.choice("isolation_level", &["read_committed", "read_uncommitted"])? {
        c.isolation_level =
            if level == "read_committed" { IsolationLevel::ReadCommitted } else { IsolationLevel::ReadUncommitted };
    }
    set(&mut c.fetch_min_bytes, o.count("fetch_min_bytes")?);
    set(&mut c.fetch_max_bytes, o.count("fetch_max_bytes")?);
    set(&mut c.max_partition_fetch_bytes, o.count("max_partition_fetch_bytes")?);
    set(&mut c.fetch_max_wait, o.millis("fetch_max_wait_ms")?);
    set(&mut c.max_prefetch_bytes, o.count("max_prefetch_bytes")?);
    set(&mut c.check_crcs, o.get("check_crcs", "a bool")?);
    set(&mut c.client_rack, o.string("client_rack")?);
    set(&mut c.max_poll_records, o.count("max_poll_records")?);

    let group_id = o.string("group_id")?.ok_or_else(|| {
        config("group_id", "option `group_id` is required: name the consumer group, e.g. group_id=\"billing\"")
    })?;
    let mut g = GroupConfig::new(group_id);
    g.group_instance_id = o.string("group_instance_id")?;
    set(&mut g.session_timeout, o.millis("session_timeout_ms")?);
    set(&mut g.heartbeat_interval, o.millis("heartbeat_interval_ms")?);
    set(&mut g.rebalance_timeout, o.millis("rebalance_timeout_ms")?);
    set(&mut g.max_poll_interval, o.millis("max_poll_interval_ms")?);
    set(&mut g.assignors, o.get("assignors", "a list of assignor names")?);
    set(&mut g.auto_commit, o.get("auto_commit", "a bool")?);
    set(&mut g.auto_commit_interval, o.millis("auto_commit_interval_ms")?);
    if let Some(protocol) = o.choice("group_protocol", &["classic", "consumer"])? {
        g.group_protocol = if protocol == "consumer" { GroupProtocol::Consumer } else { GroupProtocol::Classic };
    }
    g.server_assignor = o.string("server_assignor")?;
    o.finish()?;
    c.validate().map_err(engine_config)?;
    g.validate().map_err(engine_config)?;
    Ok((c, g))
}
