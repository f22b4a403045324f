//! The idempotent producer's identity: producer id and epoch.
//!
//! The broker hands out a producer id (InitProducerId); the producer numbers
//! each partition's records under it. When a partition's numbering breaks
//! (the broker forgot the producer, UNKNOWN_PRODUCER_ID, or a batch was lost
//! for good, OUT_OF_ORDER_SEQUENCE_NUMBER, or a numbered batch expired), the
//! producer bumps its epoch, which lets every partition start again at
//! sequence 0 (KIP-360). An idempotent producer without a transactional id
//! bumps the epoch itself; only when the epoch is exhausted does it ask for
//! a new id. Each identity gets a new `generation`, which is how partitions
//! notice that they must renumber.

use std::time::Duration;

use crate::cluster::Cluster;
use crate::error::{Error, ErrorContext, Result};
use crate::protocol::messages::InitProducerIdRequest;
use crate::protocol::ErrorCode;

/// The identity in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Identity {
    pub producer_id: i64,
    pub producer_epoch: i16,
    pub generation: u64,
}

/// Where the producer is in getting an identity.
#[derive(Debug, Clone)]
pub(crate) enum IdentityState {
    /// Not idempotent: batches carry no producer id.
    Disabled,
    /// InitProducerId is running.
    Pending {
        generation: u64,
    },
    Ready(Identity),
    /// The broker refused for good; every batch fails with this.
    Failed(Error),
}

impl IdentityState {
    /// The generation partitions must be numbered in (0 when disabled).
    pub(crate) fn generation(&self) -> u64 {
        match self {
            IdentityState::Disabled | IdentityState::Failed(_) => 0,
            IdentityState::Pending { generation } => *generation,
            IdentityState::Ready(identity) => identity.generation,
        }
    }

    /// Moves to the next epoch. Returns true when a new producer id must be
    /// asked for (the epoch is exhausted).
    pub(crate) fn bump(&mut self) -> bool {
        match self {
            IdentityState::Ready(identity) if identity.producer_epoch < i16::MAX - 1 => {
                identity.producer_epoch += 1;
                identity.generation += 1;
                false
            }
            IdentityState::Ready(identity) => {
                *self = IdentityState::Pending {
                    generation: identity.generation + 1,
                };
                true
            }
            IdentityState::Pending { generation } => {
                *generation += 1;
                false
            }
            IdentityState::Disabled | IdentityState::Failed(_) => false,
        }
    }
}

/// Asks the cluster for a new producer id, retrying retriable failures with
/// `backoff` until it gets one or a permanent error.
pub(crate) async fn init_producer_id(cluster: &Cluster, backoff: Duration) -> Result<(i64, i16)> {
    let request = InitProducerIdRequest {
        transactional_id: None,
        transaction_timeout_ms: i32::MAX,
        producer_id: -1,
        producer_epoch: -1,
        ..Default::default()
    };
    loop {
        let outcome: Result<()> = match cluster.send_to_any(&request).await {
            Ok(response) if response.error_code == ErrorCode::NONE.0 => {
                return Ok((response.producer_id, response.producer_epoch))
            }
            Ok(response) => Err(Error::kafka(
                response.error_code,
                ErrorContext::api("InitProducerId"),
                None,
            )),
            Err(e) => Err(e),
        };
        if let Err(error) = outcome {
            if matches!(error, Error::Shutdown) || !error.is_retriable() {
                return Err(error);
            }
            tracing::debug!(%error, "InitProducerId failed; retrying");
        }
        tokio::time::sleep(backoff).await;
    }
}
