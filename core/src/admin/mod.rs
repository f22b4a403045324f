//! Administrative operations: what an operator does with `kafka-topics`,
//! `kafka-configs`, `kafka-consumer-groups` and `kafka-acls`, from code.
//!
//! [`Admin`] is a thin layer over [`Cluster`]: it builds the admin requests,
//! sends them where the broker expects them (the controller, a group's
//! coordinator, a partition's leader, one broker or every broker), and turns
//! error codes into [`Error`](crate::Error)s that name the resource.
//!
//! One module per area, each with its own `impl Admin` block:
//! - `topics`: create, delete, list and describe topics;
//! - `partitions`: add partitions to topics;
//! - `configs`: describe and incrementally alter topic and broker configs;
//! - `groups`, `group_describe`: list (every broker), describe (both group
//!   protocols) and delete consumer groups;
//! - `group_offsets`: committed offsets, altering and resetting them,
//!   deleting them, and lag;
//! - `offsets`: earliest / latest / by-timestamp offsets (ListOffsets per
//!   leader);
//! - `records`: deleting records before an offset;
//! - `acls`: create, describe and delete ACLs;
//! - `cluster`: the API versions and features of each broker.
//!
//! Requests that go to several brokers are sent to all of them at once
//! (`fanout`) and merged; a broker that fails is reported next to the
//! others' answers instead of failing the whole call.

mod acls;
mod cluster;
mod configs;
mod fanout;
mod group_describe;
mod group_offsets;
mod groups;
mod offsets;
mod partitions;
mod records;
mod topics;
mod wait;

use std::time::Duration;

pub use acls::{AclBinding, AclFilter, AclOperation, AclPermission, AclResourceType, PatternType};
pub use cluster::{ApiSupport, BrokerApis, BrokerVersionsReport, FeatureLevel};
pub use configs::{AlterConfigOp, ConfigEntry, ConfigResource, ConfigSource, ConfigSynonym};
pub use group_offsets::{GroupLag, PartitionLag};
pub use groups::{GroupDescription, GroupList, GroupListing, ListGroupsOptions, MemberDescription};
pub use crate::consumer::OffsetSpec;
pub use offsets::ListedOffset;
pub use partitions::NewPartitions;
pub use topics::{CreateTopicsOptions, CreatedTopic, DeleteTopicsOptions, NewTopic};

use crate::cluster::{ClientConfig, Cluster};
use crate::error::Result;

/// Default time an admin operation (including its wait for metadata) may take.
pub const DEFAULT_ADMIN_TIMEOUT: Duration = Duration::from_secs(60);

/// Administrative client. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Admin {
    cluster: Cluster,
}

impl Admin {
    /// Connects to the cluster (see [`Cluster::connect`]).
    pub async fn connect(config: ClientConfig) -> Result<Admin> {
        Ok(Admin { cluster: Cluster::connect(config).await? })
    }

    /// An admin client sharing an existing cluster connection.
    pub fn new(cluster: Cluster) -> Admin {
        Admin { cluster }
    }

    /// The cluster this client talks to.
    pub fn cluster(&self) -> &Cluster {
        &self.cluster
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.cluster.shutdown().await;
    }
}
