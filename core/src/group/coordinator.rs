//! Finding and following a coordinator: of a consumer group, or of a
//! transactional id.
//!
//! Every group request goes to the broker that coordinates the group, and
//! every transaction request to the broker that coordinates the
//! transactional id. That broker can change (it moves with a partition of
//! `__consumer_offsets` or `__transaction_state`), so
//! the coordinator is looked up lazily and forgotten whenever a request
//! fails with NOT_COORDINATOR, COORDINATOR_NOT_AVAILABLE or a lost
//! connection; the caller then retries and the next request looks it up
//! again.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::cluster::Cluster;
use crate::error::{Error, ErrorContext, Resource, Result};
use crate::net::{lock, Broker};
use crate::protocol::messages::FindCoordinatorRequest;
use crate::protocol::ErrorCode;

/// FindCoordinator's key type for consumer groups.
const KEY_GROUP: i8 = 0;
/// FindCoordinator's key type for transactional ids.
const KEY_TRANSACTION: i8 = 1;

/// The coordinator of one group (or one transactional id).
#[derive(Debug)]
pub struct Coordinator {
    cluster: Cluster,
    group_id: String,
    key_type: i8,
    current: Mutex<Option<Arc<Broker>>>,
}

impl Coordinator {
    /// Follows the coordinator of `group_id`.
    pub fn new(cluster: Cluster, group_id: impl Into<String>) -> Self {
        Self { cluster, group_id: group_id.into(), key_type: KEY_GROUP, current: Mutex::new(None) }
    }

    /// Follows the transaction coordinator of `transactional_id`.
    pub fn for_transactions(cluster: Cluster, transactional_id: impl Into<String>) -> Self {
        Self { cluster, group_id: transactional_id.into(), key_type: KEY_TRANSACTION, current: Mutex::new(None) }
    }

    /// The group's id (the transactional id, for a transaction coordinator).
    pub fn group_id(&self) -> &str {
        &self.group_id
    }

    /// The coordinator's handle, looking it up if unknown. Retries while
    /// the cluster says no coordinator is available yet, up to `within`.
    pub async fn broker(&self, within: Duration) -> Result<Arc<Broker>> {
        if let Some(broker) = lock(&self.current).clone() {
            return Ok(broker);
        }
        let deadline = tokio::time::Instant::now() + within;
        loop {
            match self.find().await {
                Ok(broker) => {
                    *lock(&self.current) = Some(Arc::clone(&broker));
                    return Ok(broker);
                }
                Err(e) if e.is_retriable() && tokio::time::Instant::now() < deadline => {
                    tracing::debug!(group = %self.group_id, error = %e, "no coordinator yet; retrying");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => return Err(e),
            }
        }
    }

    async fn find(&self) -> Result<Arc<Broker>> {
        let request = FindCoordinatorRequest {
            key_type: self.key_type,
            coordinator_keys: vec![self.group_id.clone()],
            ..Default::default()
        };
        let response = self.cluster.send_to_any(&request).await?;
        let resource = match self.key_type {
            KEY_TRANSACTION => Resource::TransactionalId(self.group_id.clone()),
            _ => Resource::Group(self.group_id.clone()),
        };
        let context = || ErrorContext { api: "FindCoordinator", resource: Some(resource.clone()) };
        let (code, message, node) = match response.coordinators.into_iter().next() {
            Some(c) => (c.error_code, c.error_message, c.node_id),
            None => (response.error_code, response.error_message, response.node_id),
        };
        Error::check(code, context(), message)?;
        self.cluster.broker(node).await
    }

    /// Forgets the coordinator if `error` says it moved or is unreachable;
    /// returns whether it did.
    pub fn forget_if_moved(&self, error: &Error) -> bool {
        let moved = match error {
            Error::Kafka { code, .. } => {
                matches!(*code, ErrorCode::NOT_COORDINATOR | ErrorCode::COORDINATOR_NOT_AVAILABLE)
                    || (*code == ErrorCode::COORDINATOR_LOAD_IN_PROGRESS && self.key_type == KEY_TRANSACTION)
            }
            Error::Disconnected { .. } | Error::Unreachable { .. } | Error::Timeout { .. } => true,
            _ => false,
        };
        if moved {
            *lock(&self.current) = None;
        }
        moved
    }
}
