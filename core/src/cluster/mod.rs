//! The cluster as the client sees it: bootstrap, metadata, brokers by node id.
//!
//! - [`config`]: options ([`ClientConfig`]) and `host:port` parsing.
//! - [`metadata`]: a snapshot of the cluster read from a Metadata answer.
//! - `brokers`: one reconnecting [`Broker`](crate::net::Broker) handle per node.
//! - [`client`]: [`Cluster`], the cache of metadata and its refresh.

pub mod client;
pub mod config;
pub mod metadata;
mod brokers;

pub use client::{Cluster, TopicSelection};
pub use config::{parse_bootstrap, ClientConfig};
pub use metadata::{BrokerInfo, ClusterMetadata, PartitionLeader, PartitionMetadata, TopicMetadata};
