//! Options of a client's view of the cluster, with the Java client's
//! defaults where it has one.

use std::time::Duration;

use crate::error::{Error, Result};
use crate::net::{Backoff, ConnectionConfig, SaslConfig, TlsConfig};

/// How a client finds and follows the cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    /// `host:port` of one or more brokers to learn the cluster from. Only
    /// used to start; the brokers the cluster reports are used after that.
    pub bootstrap_servers: Vec<String>,
    /// Options of each connection.
    pub connection: ConnectionConfig,
    /// Encrypt every connection with TLS. Default: none (plaintext). Takes
    /// the place of `connection.tls` when set.
    pub tls: Option<TlsConfig>,
    /// Authenticate every connection with SASL. Default: none. Takes the
    /// place of `connection.sasl` when set.
    pub sasl: Option<SaslConfig>,
    /// First wait before reconnecting to a broker that failed. Default 50 ms.
    pub reconnect_backoff_min: Duration,
    /// Longest wait between reconnection attempts. Default 1 s.
    pub reconnect_backoff_max: Duration,
    /// Metadata is refreshed in the background when it is this old.
    /// Default 5 minutes (the Java client's `metadata.max.age.ms`).
    pub metadata_max_age: Duration,
    /// Metadata is never fetched again sooner than this after the last
    /// fetch, however many callers ask, so that a burst of errors does not
    /// become a burst of Metadata requests. Default 100 ms.
    pub metadata_min_age: Duration,
}

impl ClientConfig {
    /// Defaults with the given bootstrap servers.
    pub fn new<I, S>(bootstrap_servers: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Self {
            bootstrap_servers: bootstrap_servers.into_iter().map(Into::into).collect(),
            connection: ConnectionConfig::default(),
            tls: None,
            sasl: None,
            reconnect_backoff_min: Duration::from_millis(50),
            reconnect_backoff_max: Duration::from_secs(1),
            metadata_max_age: Duration::from_secs(300),
            metadata_min_age: Duration::from_millis(100),
        }
    }

    /// Defaults with bootstrap servers given as one comma-separated string,
    /// e.g. `"kafka1:9092,kafka2:9092"`.
    pub fn from_bootstrap(servers: &str) -> Result<Self> {
        let list = parse_bootstrap(servers)?;
        Ok(Self::new(list))
    }

    /// Checks every option, naming the first bad one.
    pub fn validate(&self) -> Result<()> {
        if self.bootstrap_servers.is_empty() {
            return Err(Error::Config {
                option: "bootstrap_servers",
                value: String::new(),
                allowed: "at least one host:port, e.g. localhost:9092".to_owned(),
            });
        }
        for server in &self.bootstrap_servers {
            check_address(server)?;
        }
        self.connection_config().validate()?;
        self.backoff()?;
        if self.metadata_max_age < self.metadata_min_age || self.metadata_max_age.is_zero() {
            return Err(Error::Config {
                option: "metadata_max_age",
                value: format!("{:?}", self.metadata_max_age),
                allowed: format!("above zero and at least metadata_min_age ({:?})", self.metadata_min_age),
            });
        }
        Ok(())
    }

    /// The options of each connection, with `tls` and `sasl` applied.
    pub fn connection_config(&self) -> ConnectionConfig {
        let mut connection = self.connection.clone();
        if self.tls.is_some() {
            connection.tls = self.tls.clone();
        }
        if self.sasl.is_some() {
            connection.sasl = self.sasl.clone();
        }
        connection
    }

    /// The reconnection backoff these options describe.
    pub fn backoff(&self) -> Result<Backoff> {
        Backoff::new(self.reconnect_backoff_min, self.reconnect_backoff_max)
    }
}

/// Splits a comma-separated `host:port` list, checking each entry.
pub fn parse_bootstrap(servers: &str) -> Result<Vec<String>> {
    let list: Vec<String> =
        servers.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect();
    if list.is_empty() {
        return Err(Error::Config {
            option: "bootstrap_servers",
            value: servers.to_owned(),
            allowed: "a comma-separated list of host:port, e.g. localhost:9092".to_owned(),
        });
    }
    for server in &list {
        check_address(server)?;
    }
    Ok(list)
}

/// Checks that `address` is `host:port` (IPv6 hosts in brackets).
pub fn check_address(address: &str) -> Result<()> {
    let bad = || Error::Config {
        option: "bootstrap_servers",
        value: address.to_owned(),
        allowed: "host:port with a port from 1 to 65535, e.g. localhost:9092 or [::1]:9092".to_owned(),
    };
    let (host, port) = address.rsplit_once(':').ok_or_else(bad)?;
    let host_ok = if let Some(inner) = host.strip_prefix('[') {
        inner.strip_suffix(']').is_some_and(|h| !h.is_empty())
    } else {
        !host.is_empty() && !host.contains(':') && !host.chars().any(char::is_whitespace)
    };
    let port_ok = port.parse::<u16>().is_ok_and(|p| p != 0);
    if host_ok && port_ok {
        Ok(())
    } else {
        Err(bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_comma_separated_servers() {
        let list = parse_bootstrap(" a:9092, b.example.com:19092 ,[::1]:9093,").expect("valid");
        assert_eq!(list, vec!["a:9092", "b.example.com:19092", "[::1]:9093"]);
    }

    #[test]
    fn rejects_bad_addresses_naming_the_option() {
        for bad in ["", "localhost", "localhost:", "localhost:0", "localhost:70000", ":9092", "::1:9092", "a b:1"] {
            match parse_bootstrap(bad) {
                Err(e @ Error::Config { option: "bootstrap_servers", .. }) => {
                    assert!(e.to_string().contains("host:port"), "{e}");
                }
                other => panic!("{bad:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn validates_options() {
        assert!(ClientConfig::new(["localhost:9092"]).validate().is_ok());
        assert!(matches!(
            ClientConfig::new(Vec::<String>::new()).validate(),
            Err(Error::Config { option: "bootstrap_servers", .. })
        ));
        let mut c = ClientConfig::new(["localhost:9092"]);
        c.connection.max_frame_size = 10;
        assert!(matches!(c.validate(), Err(Error::Config { option: "max_frame_size", .. })));
        let mut c = ClientConfig::new(["localhost:9092"]);
        c.metadata_max_age = Duration::from_millis(10);
        assert!(matches!(c.validate(), Err(Error::Config { option: "metadata_max_age", .. })));
    }
}
