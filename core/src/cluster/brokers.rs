//! The broker handles of a cluster: the bootstrap servers, and every broker
//! the metadata names, by node id.
//!
//! One [`Broker`] per node keeps one connection per node, shared by every
//! caller. Handles follow the metadata: a node that appears gets a handle, a
//! node whose address changed gets a fresh one, and a node that left is
//! forgotten (callers that still hold its handle can finish with it).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use rand::seq::SliceRandom;

use super::metadata::BrokerInfo;
use crate::error::{Error, Result};
use crate::net::{lock, Backoff, Broker, ConnectionConfig, ThrottleTime};
use crate::protocol::ApiRequest;

#[derive(Debug)]
pub(crate) struct Brokers {
    connection: ConnectionConfig,
    backoff: Backoff,
    bootstrap: Vec<Arc<Broker>>,
    by_id: Mutex<HashMap<i32, Arc<Broker>>>,
}

impl Brokers {
    pub(crate) fn new(bootstrap: &[String], connection: ConnectionConfig, backoff: Backoff) -> Self {
        let bootstrap =
            bootstrap.iter().map(|a| Arc::new(Broker::new(None, a.clone(), connection.clone(), backoff))).collect();
        Self { connection, backoff, bootstrap, by_id: Mutex::new(HashMap::new()) }
    }

    /// The handle of a node, if the metadata named it.
    pub(crate) fn get(&self, node_id: i32) -> Option<Arc<Broker>> {
        lock(&self.by_id).get(&node_id).cloned()
    }

    /// Brings the handles in line with the brokers the metadata lists.
    pub(crate) fn update(&self, brokers: &BTreeMap<i32, BrokerInfo>) {
        let mut by_id = lock(&self.by_id);
        by_id.retain(|id, handle| brokers.get(id).is_some_and(|info| info.address() == handle.address()));
        for (id, info) in brokers {
            by_id.entry(*id).or_insert_with(|| {
                Arc::new(Broker::new(Some(*id), info.address(), self.connection.clone(), self.backoff))
            });
        }
    }

    /// Brokers to ask a question any broker can answer, best first: known
    /// nodes with a live connection, other known nodes, then the bootstrap
    /// servers; in random order within each group to spread the load.
    pub(crate) fn candidates(&self) -> Vec<Arc<Broker>> {
        let mut known: Vec<Arc<Broker>> = lock(&self.by_id).values().cloned().collect();
        known.shuffle(&mut rand::thread_rng());
        known.sort_by_key(|b| !b.is_connected());
        let mut bootstrap = self.bootstrap.clone();
        bootstrap.shuffle(&mut rand::thread_rng());
        known.extend(bootstrap);
        known
    }

    /// Sends a request to the first broker that answers. Brokers that cannot
    /// be reached (or time out) are skipped; any other error is returned.
    pub(crate) async fn send_to_any<R>(&self, request: &R) -> Result<R::Response>
    where
        R: ApiRequest,
        R::Response: ThrottleTime,
    {
        let mut attempts = Vec::new();
        for broker in self.candidates() {
            match broker.send(request).await {
                Ok(response) => return Ok(response),
                Err(error @ (Error::Unreachable { .. } | Error::Disconnected { .. } | Error::Timeout { .. })) => {
                    tracing::debug!(broker = broker.address(), %error, "broker unavailable, trying the next");
                    attempts.push((broker.address().to_owned(), error));
                }
                Err(error) => return Err(error),
            }
        }
        Err(Error::NoBrokerReachable { attempts })
    }

    /// Closes every connection for good.
    pub(crate) async fn shutdown(&self) {
        let known: Vec<Arc<Broker>> = lock(&self.by_id).drain().map(|(_, b)| b).collect();
        for broker in known.iter().chain(&self.bootstrap) {
            broker.shutdown().await;
        }
    }
}
