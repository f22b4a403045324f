//! Waiting until every broker's metadata agrees with a change.
//!
//! A topic created through one broker reaches the others' metadata a little
//! later. An application that creates a topic and then produces to it, or
//! asks another broker about it, must not see it missing, so creation and
//! deletion return only once every live broker reports the new state. Brokers
//! that cannot be reached are skipped: they learn the state when they return.

use std::time::Duration;

use tokio::time::Instant;

use crate::cluster::{ClusterMetadata, Cluster};
use crate::error::{Error, Result};
use crate::protocol::messages::metadata_request::MetadataRequestTopic;
use crate::protocol::messages::MetadataRequest;

/// First pause between polls; it doubles up to [`MAX_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_millis(20);
const MAX_PAUSE: Duration = Duration::from_millis(500);

/// Pause before asking again after NOT_CONTROLLER, so that a controller
/// election in progress is not met with a burst of requests.
const CONTROLLER_MOVED_PAUSE: Duration = Duration::from_millis(100);

/// After a NOT_CONTROLLER answer: waits a moment, then refreshes the
/// metadata so that the next request goes to the new controller.
pub(crate) async fn after_controller_moved(cluster: &Cluster) -> Result<()> {
    tokio::time::sleep(CONTROLLER_MOVED_PAUSE).await;
    cluster.refresh().await.map(|_| ())
}

/// Polls every broker for `topics` until `done` holds for each answer, or
/// fails with a timeout naming `what` at `deadline`.
pub(crate) async fn until_every_broker<F>(
    cluster: &Cluster,
    topics: &[String],
    deadline: Instant,
    what: &str,
    done: F,
) -> Result<()>
where
    F: Fn(&ClusterMetadata) -> bool,
{
    let started = Instant::now();
    let mut pause = FIRST_PAUSE;
    loop {
        if every_broker_agrees(cluster, topics, &done).await? {
            return Ok(());
        }
        if Instant::now() + pause > deadline {
            return Err(Error::Timeout {
                operation: format!("waiting until every broker's metadata {what}"),
                after: started.elapsed(),
            });
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(MAX_PAUSE);
    }
}

async fn every_broker_agrees<F>(cluster: &Cluster, topics: &[String], done: &F) -> Result<bool>
where
    F: Fn(&ClusterMetadata) -> bool,
{
    let request = MetadataRequest {
        topics: Some(
            topics.iter().map(|t| MetadataRequestTopic { name: Some(t.clone()), ..Default::default() }).collect(),
        ),
        allow_auto_topic_creation: false,
        ..Default::default()
    };
    let node_ids: Vec<i32> = cluster.metadata().brokers.keys().copied().collect();
    let mut asked = 0;
    for node_id in node_ids {
        let broker = cluster.broker(node_id).await?;
        let requested_at = Instant::now();
        match broker.send(&request).await {
            Ok(response) => {
                asked += 1;
                if !done(&ClusterMetadata::from_response(response, requested_at)?) {
                    return Ok(false);
                }
            }
            Err(e @ (Error::Unreachable { .. } | Error::Disconnected { .. } | Error::Timeout { .. })) => {
                tracing::debug!(node_id, error = %e, "skipping an unreachable broker while waiting for metadata");
            }
            Err(e) => return Err(e),
        }
    }
    Ok(asked > 0)
}
