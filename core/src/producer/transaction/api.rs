//! The transaction methods of [`Producer`].

use std::collections::BTreeMap;
use std::sync::Arc;

use tokio::sync::oneshot;

use super::super::sender::Command;
use super::super::Producer;
use super::{requests, ConsumerGroupMetadata, Phase, Transactions};
use crate::consumer::TopicPartition;
use crate::error::{Error, Result};
use crate::net::lock;

impl Producer {
    fn transactions(&self, operation: &'static str) -> Result<&Arc<Transactions>> {
        self.inner.txn.as_ref().ok_or(Error::TransactionState {
            operation,
            reason: "the producer has no transactional_id; set ProducerConfig::transactional_id \
                     to use transactions"
                .to_owned(),
        })
    }

    /// Gets the transactional producer's id and epoch from the transaction
    /// coordinator, fencing any older producer with the same
    /// `transactional_id` (its open transaction is aborted). `connect` does
    /// this already; a producer made with `new` does it on first use.
    pub async fn init_transactions(&self) -> Result<()> {
        let txn = self.transactions("init_transactions")?;
        let first = lock(&txn.state).identity.is_none();
        let identity = txn.initialize().await?;
        if first {
            self.command(Command::SetIdentity(identity.0, identity.1))?;
        }
        Ok(())
    }

    /// Opens a transaction: sends and
    /// [`send_offsets_to_transaction`](Self::send_offsets_to_transaction)
    /// are allowed until [`commit_transaction`](Self::commit_transaction) or
    /// [`abort_transaction`](Self::abort_transaction).
    pub async fn begin_transaction(&self) -> Result<()> {
        let txn = self.transactions("begin_transaction")?;
        self.init_transactions().await?;
        let _exclusive = txn.gate.write().await;
        let mut state = lock(&txn.state);
        match &state.phase {
            Phase::Ready => {
                state.phase = Phase::InTransaction;
                state.partitions.clear();
                state.groups.clear();
                txn.watch.take();
                Ok(())
            }
            Phase::InTransaction => Err(Error::TransactionState {
                operation: "begin_transaction",
                reason: "a transaction is already open; commit or abort it first".to_owned(),
            }),
            Phase::Abortable(cause) => Err(Error::TransactionState {
                operation: "begin_transaction",
                reason: format!(
                    "the open transaction failed ({cause}); call abort_transaction() first"
                ),
            }),
            Phase::Fatal(error) => Err(error.clone()),
            Phase::Uninitialized => Err(Error::Shutdown),
        }
    }

    /// Adds consumed offsets to the open transaction: they are committed
    /// for `group` if and only if the transaction commits. `offsets` are
    /// the next offsets to read (last processed + 1) per partition. The
    /// group coordinator refuses them (and the transaction must be aborted)
    /// if `group` describes a member of an older generation.
    pub async fn send_offsets_to_transaction(
        &self,
        offsets: &BTreeMap<TopicPartition, i64>,
        group: &ConsumerGroupMetadata,
    ) -> Result<()> {
        let txn = self.transactions("send_offsets_to_transaction")?;
        let _shared = txn.enter_send("send_offsets_to_transaction").await?;
        let identity = txn.identity()?;
        let added = lock(&txn.state).groups.contains(&group.group_id);
        if !added {
            requests::add_offsets(&txn.coordinator, identity, &group.group_id, txn.retry())
                .await
                .map_err(|e| txn.fail(e))?;
            lock(&txn.state).groups.insert(group.group_id.clone());
        }
        if offsets.is_empty() {
            return Ok(());
        }
        let coordinator = txn.group_coordinator(&group.group_id);
        requests::txn_offset_commit(
            &coordinator,
            &txn.transactional_id,
            identity,
            offsets,
            group,
            txn.retry(),
        )
        .await
        .map_err(|e| txn.fail(e))
    }

    /// Sends what is buffered, then commits the open transaction: its
    /// records become visible to read_committed consumers and its offsets
    /// count as committed. Fails with [`Error::TransactionAbortable`] if any
    /// record or request of the transaction failed (abort it then); with a
    /// timeout, the commit may be called again.
    pub async fn commit_transaction(&self) -> Result<()> {
        let txn = self.transactions("commit_transaction")?;
        let _exclusive = txn.gate.write().await;
        txn.check_open("commit_transaction")?;
        self.flush().await?;
        if let Some(cause) = txn.watch.take() {
            let cause = txn.fail(cause);
            if super::is_fatal(&cause) {
                return Err(cause);
            }
            return Err(Error::TransactionAbortable {
                cause: Box::new(cause),
            });
        }
        let (identity, anything) = {
            let state = lock(&txn.state);
            let anything = !state.partitions.is_empty() || !state.groups.is_empty();
            (state.identity, anything)
        };
        if anything {
            let identity = identity.ok_or(Error::Shutdown)?;
            let ended = requests::end_txn(&txn.coordinator, identity, true, txn.retry()).await;
            if let Err(error) = ended {
                if error.is_retriable() {
                    return Err(error); // still open: commit again, or abort
                }
                return Err(txn.fail(error));
            }
        }
        lock(&txn.state).phase = Phase::Ready;
        Ok(())
    }

    /// Aborts the open transaction: records not sent yet fail, records
    /// written stay invisible to read_committed consumers, offsets are not
    /// committed. The producer is then ready for the next transaction.
    ///
    /// Sends EndTxn(abort), then takes a new producer epoch from the
    /// coordinator, so that sequence numbers start afresh whatever failed
    /// in this transaction.
    pub async fn abort_transaction(&self) -> Result<()> {
        let txn = self.transactions("abort_transaction")?;
        let _exclusive = txn.gate.write().await;
        match &lock(&txn.state).phase {
            Phase::InTransaction | Phase::Abortable(_) => {}
            Phase::Fatal(error) => return Err(error.clone()),
            Phase::Uninitialized | Phase::Ready => {
                return Err(Error::TransactionState {
                    operation: "abort_transaction",
                    reason: "no transaction is open".to_owned(),
                })
            }
        }
        let (done, answer) = oneshot::channel();
        let aborted = Error::TransactionState {
            operation: "send",
            reason: "the transaction was aborted before this record was written".to_owned(),
        };
        self.command(Command::Abort(aborted, done))?;
        let _ = answer.await;
        let flushed = self.flush().await;
        txn.watch.take();
        let (identity, anything) = {
            let state = lock(&txn.state);
            let anything = !state.partitions.is_empty() || !state.groups.is_empty();
            (state.identity, anything)
        };
        let outcome = match (flushed, identity) {
            (Err(error), _) => Err(error),
            (Ok(()), None) => Err(Error::Shutdown),
            (Ok(()), Some(_)) if !anything => Ok(None),
            (Ok(()), Some(current)) => {
                // The abort must be complete before the epoch bump: brokers
                // before 4.0 fence a producer that bumps its epoch while its
                // transaction is still open.
                match requests::end_txn(&txn.coordinator, current, false, txn.retry()).await {
                    Ok(()) => requests::init_producer_id(
                        &txn.coordinator,
                        txn.timeout,
                        Some(current),
                        txn.retry(),
                    )
                    .await
                    .map(Some),
                    Err(error) => Err(error),
                }
            }
        };
        let result = match outcome {
            Ok(bumped) => {
                let mut state = lock(&txn.state);
                if let Some(identity) = bumped {
                    state.identity = Some(identity);
                    let _ = self.command(Command::SetIdentity(identity.0, identity.1));
                }
                state.phase = Phase::Ready;
                Ok(())
            }
            Err(error) => Err(txn.fail(error)),
        };
        let _ = self.command(Command::EndAbort);
        result
    }

    fn command(&self, command: Command) -> Result<()> {
        self.inner
            .commands
            .send(command)
            .map_err(|_| Error::Shutdown)
    }
}
