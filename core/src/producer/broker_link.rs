//! One task per broker that writes that broker's Produce requests.
//!
//! The engine decides what goes into each request; this task only gets a
//! connection and queues the requests on it, one after another, so that
//! requests to one broker reach it in the order the engine made them (which
//! idempotent pipelining relies on). It does not wait for answers: each
//! answer is awaited by a small task of its own and reported to the engine,
//! so up to `max_in_flight` requests are on the wire at once.

use std::time::Duration;

use tokio::sync::mpsc;

use crate::cluster::Cluster;
use crate::error::Result;
use crate::net::RequestOptions;
use crate::protocol::messages::{ProduceRequest, ProduceResponse};

/// The newest Produce version a transactional producer uses.
const LAST_TXN_V1_PRODUCE: i16 = 11;

/// One request for the broker.
#[derive(Debug)]
pub(crate) struct Job {
    pub id: u64,
    pub request: ProduceRequest,
}

/// An answer (or why there is none), for the engine.
#[derive(Debug)]
pub(crate) struct Answer {
    pub id: u64,
    /// `Ok(None)` for acks = none: written, no answer expected.
    pub result: Result<Option<ProduceResponse>>,
}

/// Starts the task of broker `node`; it ends when `jobs` is closed.
pub(crate) fn spawn(
    cluster: Cluster,
    node: i32,
    answer_timeout: Duration,
    events: mpsc::UnboundedSender<super::sender::Event>,
) -> mpsc::UnboundedSender<Job> {
    let (tx, mut jobs) = mpsc::unbounded_channel::<Job>();
    tokio::spawn(async move {
        while let Some(job) = jobs.recv().await {
            let id = job.id;
            match queue(&cluster, node, job, answer_timeout).await {
                Ok(Some(answer)) => {
                    let events = events.clone();
                    tokio::spawn(async move {
                        let result = answer.await.map(Some);
                        let _ = events.send(super::sender::Event::Answer(Answer { id, result }));
                    });
                }
                Ok(None) => {
                    let _ = events.send(super::sender::Event::Answer(Answer {
                        id,
                        result: Ok(None),
                    }));
                }
                Err(e) => {
                    let _ =
                        events.send(super::sender::Event::Answer(Answer { id, result: Err(e) }));
                }
            }
        }
    });
    tx
}

type AnswerFuture =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<ProduceResponse>> + Send>>;

async fn queue(
    cluster: &Cluster,
    node: i32,
    job: Job,
    answer_timeout: Duration,
) -> Result<Option<AnswerFuture>> {
    let broker = cluster.broker(node).await?;
    let connection = broker.connection().await?;
    if job.request.acks == 0 {
        connection.send_without_reply(&job.request, None).await?;
        return Ok(None);
    }
    // Transactional batches stay below Produce v12: from v12 on, a broker
    // with transaction version 2 adds partitions to the transaction by
    // itself and bumps the epoch at every commit, which this producer does
    // not follow (it adds partitions with AddPartitionsToTxn).
    let version = match job.request.transactional_id {
        Some(_) => Some(connection.version_for::<ProduceRequest>()?.min(LAST_TXN_V1_PRODUCE)),
        None => None,
    };
    let answer = connection
        .queue(
            &job.request,
            RequestOptions {
                version,
                timeout: Some(answer_timeout),
            },
        )
        .await?;
    Ok(Some(Box::pin(answer)))
}
