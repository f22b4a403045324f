//! The transaction requests, each retried until it succeeds, fails for
//! good, or runs out of time.
//!
//! Transaction requests go to the transaction coordinator (found with
//! FindCoordinator, key type transaction) and TxnOffsetCommit to the group
//! coordinator. Both can move or be loading; CONCURRENT_TRANSACTIONS means
//! the previous transaction is still being completed. All of these are
//! retried with a backoff, looking the coordinator up again after a move.
//!
//! Versions stop before transaction version 2 (KIP-890 part 2): InitProducerId
//! v5, AddPartitionsToTxn v3 (the last client version), AddOffsetsToTxn v4,
//! TxnOffsetCommit v4 and EndTxn v4. Partitions are added explicitly.

use std::collections::BTreeMap;
use std::time::Duration;

use tokio::time::Instant;

use crate::consumer::TopicPartition;
use crate::error::{Error, ErrorContext, Resource, Result};
use crate::group::coordinator::Coordinator;
use crate::net::{RequestOptions, ThrottleTime};
use crate::protocol::messages::add_partitions_to_txn_request::AddPartitionsToTxnTopic;
use crate::protocol::messages::txn_offset_commit_request::{
    TxnOffsetCommitRequestPartition, TxnOffsetCommitRequestTopic,
};
use crate::protocol::messages::{
    AddOffsetsToTxnRequest, AddPartitionsToTxnRequest, EndTxnRequest, InitProducerIdRequest,
    TxnOffsetCommitRequest,
};
use crate::protocol::{ApiRequest, ErrorCode};

use super::ConsumerGroupMetadata;

/// Wait before retrying after CONCURRENT_TRANSACTIONS.
const CONCURRENT_BACKOFF: Duration = Duration::from_millis(20);

/// The producer id and epoch the coordinator handed out.
pub(crate) type ProducerIdentity = (i64, i16);

/// How long and how often to retry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Retry {
    pub deadline: Instant,
    pub within: Duration,
    pub backoff: Duration,
}

impl Retry {
    pub(crate) fn within(within: Duration, backoff: Duration) -> Retry {
        Retry {
            deadline: Instant::now() + within,
            within,
            backoff,
        }
    }
}

/// Sends `request` to `coordinator` until `check` accepts the answer,
/// retrying retriable errors.
async fn call<R>(
    coordinator: &Coordinator,
    request: &R,
    max_version: i16,
    api: &'static str,
    retry: Retry,
    check: impl Fn(&R::Response) -> Result<()>,
) -> Result<R::Response>
where
    R: ApiRequest,
    R::Response: ThrottleTime,
{
    loop {
        let attempt = async {
            let left = retry.deadline.saturating_duration_since(Instant::now());
            let broker = coordinator
                .broker(left.max(Duration::from_millis(1)))
                .await?;
            let connection = broker.connection().await?;
            let version = connection.version_for::<R>()?.min(max_version);
            let response = connection
                .send_with(
                    request,
                    RequestOptions {
                        version: Some(version),
                        timeout: None,
                    },
                )
                .await?;
            check(&response)?;
            Ok(response)
        };
        let error = match attempt.await {
            Ok(response) => return Ok(response),
            Err(error) => error,
        };
        coordinator.forget_if_moved(&error);
        if !error.is_retriable() || matches!(error, Error::Shutdown) {
            return Err(error);
        }
        if Instant::now() + retry.backoff >= retry.deadline {
            return Err(Error::Timeout {
                operation: format!(
                    "{api} for '{}' (last error: {error})",
                    coordinator.group_id()
                ),
                after: retry.within,
            });
        }
        tracing::debug!(%error, api, "transaction request failed; retrying");
        // The previous transaction's markers usually take a few ms: the
        // next transaction's first request should not wait a whole backoff.
        let pause = match error.code() {
            Some(ErrorCode::CONCURRENT_TRANSACTIONS) => retry.backoff.min(CONCURRENT_BACKOFF),
            _ => retry.backoff,
        };
        tokio::time::sleep(pause).await;
    }
}

fn txn_context(api: &'static str, id: &str) -> ErrorContext {
    ErrorContext {
        api,
        resource: Some(Resource::TransactionalId(id.to_owned())),
    }
}

/// InitProducerId with the transactional id: a fresh start (`current` is
/// None), which fences older producers with the same id and aborts their
/// open transaction, or an epoch bump of `current` (KIP-360), which aborts
/// this producer's own open transaction.
pub(crate) async fn init_producer_id(
    coordinator: &Coordinator,
    timeout: Duration,
    current: Option<ProducerIdentity>,
    retry: Retry,
) -> Result<ProducerIdentity> {
    let id = coordinator.group_id().to_owned();
    let (producer_id, producer_epoch) = current.unwrap_or((-1, -1));
    let request = InitProducerIdRequest {
        transactional_id: Some(id.clone()),
        transaction_timeout_ms: timeout.as_millis().min(i32::MAX as u128) as i32,
        producer_id,
        producer_epoch,
        ..Default::default()
    };
    let response = call(coordinator, &request, 5, "InitProducerId", retry, |r| {
        Error::check(r.error_code, txn_context("InitProducerId", &id), None)
    })
    .await?;
    Ok((response.producer_id, response.producer_epoch))
}

/// AddPartitionsToTxn: partitions must be in the transaction before the
/// producer writes to them.
pub(crate) async fn add_partitions(
    coordinator: &Coordinator,
    identity: ProducerIdentity,
    partitions: &[(String, i32)],
    retry: Retry,
) -> Result<()> {
    let id = coordinator.group_id().to_owned();
    let mut topics: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
    for (topic, partition) in partitions {
        topics.entry(topic).or_default().push(*partition);
    }
    let request = AddPartitionsToTxnRequest {
        v3_and_below_transactional_id: id.clone(),
        v3_and_below_producer_id: identity.0,
        v3_and_below_producer_epoch: identity.1,
        v3_and_below_topics: topics
            .into_iter()
            .map(|(name, partitions)| AddPartitionsToTxnTopic {
                name: name.to_owned(),
                partitions,
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    call(coordinator, &request, 3, "AddPartitionsToTxn", retry, |r| {
        Error::check(r.error_code, txn_context("AddPartitionsToTxn", &id), None)?;
        // One failed partition fails the others with OPERATION_NOT_ATTEMPTED;
        // report the one that caused it.
        let mut first: Option<Error> = None;
        for topic in &r.results_by_topic_v3_and_below {
            for p in &topic.results_by_partition {
                let code = ErrorCode(p.partition_error_code);
                if code == ErrorCode::NONE {
                    continue;
                }
                let context = ErrorContext::partition(
                    "AddPartitionsToTxn",
                    topic.name.clone(),
                    p.partition_index,
                );
                let error = Error::kafka(code.0, context, None);
                if first.is_none() || code != ErrorCode::OPERATION_NOT_ATTEMPTED {
                    first = Some(error);
                }
            }
        }
        first.map_or(Ok(()), Err)
    })
    .await
    .map(|_| ())
}

/// AddOffsetsToTxn: the group's offsets commit or abort with the transaction.
pub(crate) async fn add_offsets(
    coordinator: &Coordinator,
    identity: ProducerIdentity,
    group_id: &str,
    retry: Retry,
) -> Result<()> {
    let id = coordinator.group_id().to_owned();
    let request = AddOffsetsToTxnRequest {
        transactional_id: id.clone(),
        producer_id: identity.0,
        producer_epoch: identity.1,
        group_id: group_id.to_owned(),
        ..Default::default()
    };
    call(coordinator, &request, 4, "AddOffsetsToTxn", retry, |r| {
        Error::check(r.error_code, txn_context("AddOffsetsToTxn", &id), None)
    })
    .await
    .map(|_| ())
}

/// TxnOffsetCommit to the group coordinator, as the member `group`
/// describes (KIP-447: a zombie of an older generation is refused).
pub(crate) async fn txn_offset_commit(
    group_coordinator: &Coordinator,
    transactional_id: &str,
    identity: ProducerIdentity,
    offsets: &BTreeMap<TopicPartition, i64>,
    group: &ConsumerGroupMetadata,
    retry: Retry,
) -> Result<()> {
    let mut topics: BTreeMap<&str, Vec<TxnOffsetCommitRequestPartition>> = BTreeMap::new();
    for (tp, offset) in offsets {
        topics
            .entry(tp.topic.as_str())
            .or_default()
            .push(TxnOffsetCommitRequestPartition {
                partition_index: tp.partition,
                committed_offset: *offset,
                committed_leader_epoch: -1,
                committed_metadata: Some(String::new()),
                ..Default::default()
            });
    }
    let request = TxnOffsetCommitRequest {
        transactional_id: transactional_id.to_owned(),
        group_id: group.group_id.clone(),
        producer_id: identity.0,
        producer_epoch: identity.1,
        generation_id: group.generation_id,
        member_id: group.member_id.clone(),
        group_instance_id: group.group_instance_id.clone(),
        topics: topics
            .into_iter()
            .map(|(name, partitions)| TxnOffsetCommitRequestTopic {
                name: name.to_owned(),
                partitions,
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    call(
        group_coordinator,
        &request,
        4,
        "TxnOffsetCommit",
        retry,
        |r| {
            for topic in &r.topics {
                for p in &topic.partitions {
                    let context = ErrorContext::partition(
                        "TxnOffsetCommit",
                        topic.name.clone(),
                        p.partition_index,
                    );
                    Error::check(p.error_code, context, None)?;
                }
            }
            Ok(())
        },
    )
    .await
    .map(|_| ())
}

/// EndTxn: commits (`commit`) or aborts the open transaction.
pub(crate) async fn end_txn(
    coordinator: &Coordinator,
    identity: ProducerIdentity,
    commit: bool,
    retry: Retry,
) -> Result<()> {
    let id = coordinator.group_id().to_owned();
    let request = EndTxnRequest {
        transactional_id: id.clone(),
        producer_id: identity.0,
        producer_epoch: identity.1,
        committed: commit,
        ..Default::default()
    };
    call(coordinator, &request, 4, "EndTxn", retry, |r| {
        Error::check(r.error_code, txn_context("EndTxn", &id), None)
    })
    .await
    .map(|_| ())
}
