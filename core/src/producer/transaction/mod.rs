//! Transactions: the state of a transactional producer.
//!
//! A producer with a `transactional_id` gets its producer id and epoch from
//! the transaction coordinator (InitProducerId with the id, which fences
//! any older producer with the same id), then writes only inside a
//! transaction:
//!
//! ```text
//!  Uninitialized --init--> Ready --begin--> InTransaction --commit/abort--> Ready
//!                                                |  a send or request fails
//!                                                v
//!                                            Abortable --abort--> Ready
//!  any state --fenced / not authorized--> Fatal (the producer is unusable)
//! ```
//!
//! Partitions join the transaction explicitly (AddPartitionsToTxn), before
//! the first record of each is handed to the engine; consumed offsets join
//! with AddOffsetsToTxn and TxnOffsetCommit. The implicit form of KIP-890
//! (Produce v12 adding partitions itself) is not used.
//!
//! Sends hold a shared `gate` while they hand records to the engine;
//! commit and abort hold it exclusively, so a commit sees every record whose
//! send started before it. A failed record in the transaction is noted in
//! `watch` even when nobody waits for its result, and the commit refuses.
//!
//! Files: this one (state and its rules), `requests` (the RPCs and their
//! retries), `api` (the [`Producer`](super::Producer) methods).

mod api;
mod requests;

use std::collections::{BTreeSet, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{OnceCell, RwLock, RwLockReadGuard};

use super::completion::FailureWatch;
use super::config::ProducerConfig;
use crate::cluster::Cluster;
use crate::error::{Error, Result};
use crate::group::coordinator::Coordinator;
use crate::net::lock;
use crate::protocol::ErrorCode;

use requests::{ProducerIdentity, Retry};

/// Who consumed the offsets a transaction commits: the group, and (for
/// zombie fencing, KIP-447) the member's generation, member id and static
/// instance id. Get it from
/// [`GroupConsumer::group_metadata`](crate::group::GroupConsumer::group_metadata).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerGroupMetadata {
    /// The consumer group.
    pub group_id: String,
    /// The member's generation, or -1 (no fencing by generation).
    pub generation_id: i32,
    /// The member id, or empty.
    pub member_id: String,
    /// The static member's instance id, if any.
    pub group_instance_id: Option<String>,
}

impl ConsumerGroupMetadata {
    /// Metadata naming only the group: the coordinator does not check the
    /// committer's generation.
    pub fn new(group_id: impl Into<String>) -> Self {
        ConsumerGroupMetadata {
            group_id: group_id.into(),
            generation_id: -1,
            member_id: String::new(),
            group_instance_id: None,
        }
    }
}

#[derive(Debug, Clone)]
enum Phase {
    Uninitialized,
    Ready,
    InTransaction,
    Abortable(Error),
    Fatal(Error),
}

#[derive(Debug)]
struct State {
    phase: Phase,
    identity: Option<ProducerIdentity>,
    /// Partitions added to the open transaction.
    partitions: HashSet<(Arc<str>, i32)>,
    /// Groups whose offsets were added to the open transaction.
    groups: HashSet<String>,
}

/// The transaction state of one producer.
#[derive(Debug)]
pub(crate) struct Transactions {
    transactional_id: String,
    cluster: Cluster,
    coordinator: Coordinator,
    group_coordinators: Mutex<Vec<Arc<Coordinator>>>,
    timeout: Duration,
    max_block: Duration,
    backoff: Duration,
    pub(crate) watch: Arc<FailureWatch>,
    gate: RwLock<()>,
    adding: tokio::sync::Mutex<()>,
    init: OnceCell<Result<()>>,
    state: Mutex<State>,
}

impl Transactions {
    pub(crate) fn new(cluster: Cluster, config: &ProducerConfig) -> Option<Arc<Transactions>> {
        let id = config.transactional_id.clone()?;
        Some(Arc::new(Transactions {
            coordinator: Coordinator::for_transactions(cluster.clone(), id.clone()),
            transactional_id: id,
            cluster,
            group_coordinators: Mutex::new(Vec::new()),
            timeout: config.transaction_timeout,
            max_block: config.max_block,
            backoff: config.retry_backoff,
            watch: Arc::new(FailureWatch::default()),
            gate: RwLock::new(()),
            adding: tokio::sync::Mutex::new(()),
            init: OnceCell::new(),
            state: Mutex::new(State {
                phase: Phase::Uninitialized,
                identity: None,
                partitions: HashSet::new(),
                groups: HashSet::new(),
            }),
        }))
    }

    fn retry(&self) -> Retry {
        Retry::within(self.max_block, self.backoff)
    }

    /// Gets the producer id and epoch once (fencing older producers with
    /// the same transactional id); later calls return the first outcome.
    async fn initialize(&self) -> Result<ProducerIdentity> {
        let outcome = self
            .init
            .get_or_init(|| async {
                let got =
                    requests::init_producer_id(&self.coordinator, self.timeout, None, self.retry())
                        .await;
                let mut state = lock(&self.state);
                match got {
                    Ok(identity) => {
                        state.identity = Some(identity);
                        state.phase = Phase::Ready;
                        Ok(())
                    }
                    Err(error) => {
                        let error = self.fatal_form(error);
                        state.phase = Phase::Fatal(error.clone());
                        Err(error)
                    }
                }
            })
            .await;
        outcome.clone()?;
        lock(&self.state).identity.ok_or(Error::Shutdown)
    }

    fn identity(&self) -> Result<ProducerIdentity> {
        lock(&self.state)
            .identity
            .ok_or_else(|| Error::TransactionState {
                operation: "a transactional request",
                reason: "the producer has no producer id yet".to_owned(),
            })
    }

    fn fatal_form(&self, error: Error) -> Error {
        fatal_form(&self.transactional_id, error)
    }

    /// Records that `error` ended the open transaction's chance to commit
    /// (or the producer's life); returns the error to report.
    fn fail(&self, error: Error) -> Error {
        let mut state = lock(&self.state);
        fail_in(&mut state.phase, &self.transactional_id, error)
    }

    /// The error for calling `operation` when no transaction is open (or
    /// the open one can only be aborted); `Ok` inside an open transaction.
    fn check_open(&self, operation: &'static str) -> Result<()> {
        open_or_error(&lock(&self.state).phase, operation)
    }

    /// Lets one send hand records to the engine: `Ok` (holding the shared
    /// gate) only inside an open transaction.
    pub(crate) async fn enter_send(
        &self,
        operation: &'static str,
    ) -> Result<RwLockReadGuard<'_, ()>> {
        let guard = self.gate.read().await;
        self.check_open(operation)?;
        Ok(guard)
    }

    /// Adds the partitions not in the open transaction yet.
    pub(crate) async fn add_partitions(&self, partitions: BTreeSet<(Arc<str>, i32)>) -> Result<()> {
        let _one_at_a_time = self.adding.lock().await;
        let missing: Vec<(String, i32)> = {
            let state = lock(&self.state);
            partitions
                .iter()
                .filter(|p| !state.partitions.contains(*p))
                .map(|(t, p)| (t.to_string(), *p))
                .collect()
        };
        if missing.is_empty() {
            return Ok(());
        }
        self.check_open("send")?;
        let identity = self.identity()?;
        match requests::add_partitions(&self.coordinator, identity, &missing, self.retry()).await {
            Ok(()) => {
                lock(&self.state).partitions.extend(partitions);
                Ok(())
            }
            Err(error) => Err(self.fail(error)),
        }
    }

    fn group_coordinator(&self, group_id: &str) -> Arc<Coordinator> {
        let mut known = lock(&self.group_coordinators);
        if let Some(found) = known.iter().find(|c| c.group_id() == group_id) {
            return Arc::clone(found);
        }
        let coordinator = Arc::new(Coordinator::new(self.cluster.clone(), group_id));
        known.push(Arc::clone(&coordinator));
        coordinator
    }
}

/// Whether `error` leaves the producer unusable.
fn is_fatal(error: &Error) -> bool {
    match error {
        Error::ProducerFenced { .. }
        | Error::Authentication { .. }
        | Error::UnsupportedVersion { .. }
        | Error::Config { .. }
        | Error::Shutdown => true,
        Error::Authorization { code, .. } => matches!(
            *code,
            ErrorCode::TRANSACTIONAL_ID_AUTHORIZATION_FAILED
                | ErrorCode::CLUSTER_AUTHORIZATION_FAILED
        ),
        Error::Kafka { code, .. } => matches!(
            *code,
            ErrorCode::PRODUCER_FENCED
                | ErrorCode::INVALID_PRODUCER_EPOCH
                | ErrorCode::INVALID_PRODUCER_ID_MAPPING
                | ErrorCode::INVALID_TRANSACTION_TIMEOUT
                | ErrorCode::UNSUPPORTED_FOR_MESSAGE_FORMAT
                | ErrorCode::UNSUPPORTED_VERSION
        ),
        _ => false,
    }
}

/// Fencing codes become [`Error::ProducerFenced`]; others are kept.
fn fatal_form(transactional_id: &str, error: Error) -> Error {
    match error.code() {
        Some(ErrorCode::PRODUCER_FENCED | ErrorCode::INVALID_PRODUCER_EPOCH)
            if !matches!(error, Error::ProducerFenced { .. }) =>
        {
            Error::ProducerFenced {
                transactional_id: transactional_id.to_owned(),
                reason: error.to_string(),
            }
        }
        _ => error,
    }
}

/// The phase after `error`, and the error to report.
fn fail_in(phase: &mut Phase, transactional_id: &str, error: Error) -> Error {
    if let Phase::Fatal(fatal) = phase {
        return fatal.clone();
    }
    if is_fatal(&error) {
        let error = fatal_form(transactional_id, error);
        *phase = Phase::Fatal(error.clone());
        return error;
    }
    if matches!(phase, Phase::InTransaction) {
        *phase = Phase::Abortable(error.clone());
    }
    error
}

fn open_or_error(phase: &Phase, operation: &'static str) -> Result<()> {
    match phase {
        Phase::InTransaction => Ok(()),
        Phase::Uninitialized | Phase::Ready => Err(Error::TransactionState {
            operation,
            reason: "the producer is transactional and no transaction is open; call \
                     begin_transaction() first (and commit_transaction() after)"
                .to_owned(),
        }),
        Phase::Abortable(cause) => Err(Error::TransactionAbortable {
            cause: Box::new(cause.clone()),
        }),
        Phase::Fatal(error) => Err(error.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorContext;

    fn code(code: ErrorCode) -> Error {
        Error::kafka(code.0, ErrorContext::api("EndTxn"), None)
    }

    #[test]
    fn fencing_is_fatal_and_says_which_id() {
        let mut phase = Phase::InTransaction;
        let error = fail_in(
            &mut phase,
            "billing-1",
            code(ErrorCode::INVALID_PRODUCER_EPOCH),
        );
        assert!(matches!(error, Error::ProducerFenced { .. }), "{error:?}");
        assert!(error.to_string().contains("billing-1"), "{error}");
        // Every later call gets the same error.
        let later = open_or_error(&phase, "send").unwrap_err();
        assert!(matches!(later, Error::ProducerFenced { .. }), "{later:?}");
        let again = fail_in(
            &mut phase,
            "billing-1",
            code(ErrorCode::CONCURRENT_TRANSACTIONS),
        );
        assert!(matches!(again, Error::ProducerFenced { .. }), "{again:?}");
    }

    #[test]
    fn other_failures_make_the_open_transaction_abortable() {
        let mut phase = Phase::InTransaction;
        let error = fail_in(&mut phase, "billing-1", code(ErrorCode::UNKNOWN_MEMBER_ID));
        assert_eq!(error.kind(), "UNKNOWN_MEMBER_ID");
        let later = open_or_error(&phase, "commit_transaction").unwrap_err();
        assert!(
            matches!(later, Error::TransactionAbortable { .. }),
            "{later:?}"
        );
        assert!(later.to_string().contains("abort_transaction()"), "{later}");
    }

    #[test]
    fn without_a_transaction_the_error_says_to_begin_one() {
        let error = open_or_error(&Phase::Ready, "send").unwrap_err();
        assert!(matches!(error, Error::TransactionState { .. }), "{error:?}");
        assert!(error.to_string().contains("begin_transaction()"), "{error}");
        let authz = Error::kafka(
            ErrorCode::TRANSACTIONAL_ID_AUTHORIZATION_FAILED.0,
            ErrorContext::api("InitProducerId"),
            None,
        );
        assert!(is_fatal(&authz));
        assert!(!is_fatal(&code(ErrorCode::CONCURRENT_TRANSACTIONS)));
    }
}
