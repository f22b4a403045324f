//! [`Cluster`]: bootstrap, the metadata cache and the brokers behind it.
//!
//! The cache holds one [`ClusterMetadata`] snapshot for the topics the client
//! has asked about. It is refreshed three ways, all through
//! [`Cluster::refresh`], so there is only ever one Metadata request in flight
//! and never two within `metadata_min_age`:
//! - on demand, when a caller needs a topic the cache lacks or learned that
//!   the cache is stale (e.g. NOT_LEADER_OR_FOLLOWER);
//! - in the background, when the snapshot is `metadata_max_age` old;
//! - at bootstrap.
//!
//! Callers that ask for a refresh while one is running wait for it and share
//! its answer, provided it was requested after they asked.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, RwLock, Weak};

use tokio::task::JoinHandle;
use tokio::time::Instant;

use super::brokers::Brokers;
use super::config::ClientConfig;
use super::metadata::{ClusterMetadata, PartitionLeader, TopicMetadata};
use crate::error::{Error, ErrorContext, Resource, Result};
use crate::protocol::ErrorCode;
use crate::net::{lock, Broker, ThrottleTime};
use crate::protocol::messages::metadata_request::MetadataRequestTopic;
use crate::protocol::messages::MetadataRequest;
use crate::protocol::ApiRequest;

/// The client's view of a Kafka cluster. Cheap to clone; clones share
/// connections and metadata.
#[derive(Debug, Clone)]
pub struct Cluster {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: ClientConfig,
    brokers: Brokers,
    metadata: RwLock<Arc<ClusterMetadata>>,
    /// Topics the cache follows.
    tracked: Mutex<BTreeSet<String>>,
    /// Held while a cache refresh runs.
    refreshing: tokio::sync::Mutex<()>,
    refresher: Mutex<Option<JoinHandle<()>>>,
    shut_down: AtomicBool,
}

impl Drop for Inner {
    fn drop(&mut self) {
        if let Some(task) = lock(&self.refresher).take() {
            task.abort();
        }
    }
}

/// Which topics a Metadata request asks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopicSelection {
    /// Every topic on the cluster.
    All,
    /// These topics (none: only brokers and controller).
    Named(Vec<String>),
}

impl Cluster {
    /// Connects to the cluster through the first bootstrap server that
    /// answers, reads its metadata, and starts the background refresh.
    ///
    /// Fails with [`Error::Config`] for bad options and with
    /// [`Error::NoBrokerReachable`], listing every server tried, when none
    /// answers.
    pub async fn connect(config: ClientConfig) -> Result<Cluster> {
        config.validate()?;
        let backoff = config.backoff()?;
        let brokers = Brokers::new(&config.bootstrap_servers, config.connection_config(), backoff);
        let inner = Arc::new(Inner {
            metadata: RwLock::new(Arc::new(ClusterMetadata::empty(Instant::now()))),
            config,
            brokers,
            tracked: Mutex::new(BTreeSet::new()),
            refreshing: tokio::sync::Mutex::new(()),
            refresher: Mutex::new(None),
            shut_down: AtomicBool::new(false),
        });
        let cluster = Cluster { inner };
        let first = cluster.fetch(TopicSelection::Named(Vec::new())).await?;
        cluster.store(first);
        cluster.start_refresher();
        Ok(cluster)
    }

    /// The options the cluster was connected with.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The cached snapshot (no request).
    pub fn metadata(&self) -> Arc<ClusterMetadata> {
        Arc::clone(&read(&self.inner.metadata))
    }

    /// Fetches fresh metadata for the followed topics and caches it.
    ///
    /// Waits until the cached snapshot is `metadata_min_age` old before
    /// asking; concurrent callers share one request.
    pub async fn refresh(&self) -> Result<Arc<ClusterMetadata>> {
        let asked_at = Instant::now();
        let _refreshing = self.inner.refreshing.lock().await;
        let current = self.metadata();
        if current.requested_at >= asked_at {
            return Ok(current);
        }
        tokio::time::sleep_until(current.requested_at + self.inner.config.metadata_min_age).await;
        let tracked: Vec<String> = lock(&self.inner.tracked).iter().cloned().collect();
        let fresh = self.fetch(TopicSelection::Named(tracked)).await?;
        Ok(self.store(fresh))
    }

    /// Asks any broker for metadata about `topics`. The answer is returned,
    /// not cached (only the broker handles follow its broker list). Topics
    /// that do not exist are listed in [`ClusterMetadata::topic_errors`];
    /// they are never created by this request.
    pub async fn fetch(&self, topics: TopicSelection) -> Result<ClusterMetadata> {
        self.check_open()?;
        let request = MetadataRequest {
            topics: match topics {
                TopicSelection::All => None,
                TopicSelection::Named(names) => Some(
                    names
                        .into_iter()
                        .map(|name| MetadataRequestTopic { name: Some(name), ..Default::default() })
                        .collect(),
                ),
            },
            allow_auto_topic_creation: false,
            ..Default::default()
        };
        let requested_at = Instant::now();
        let response = self.inner.brokers.send_to_any(&request).await?;
        let metadata = ClusterMetadata::from_response(response, requested_at)?;
        self.inner.brokers.update(&metadata.brokers);
        Ok(metadata)
    }

    /// Caches `fresh`: its broker list and controller replace the cached
    /// ones, and its answers about followed topics replace the cached ones.
    fn store(&self, fresh: ClusterMetadata) -> Arc<ClusterMetadata> {
        let tracked = lock(&self.inner.tracked).clone();
        let mut slot = write(&self.inner.metadata);
        let mut next = ClusterMetadata {
            topics: slot.topics.clone(),
            topic_errors: slot.topic_errors.clone(),
            ..ClusterMetadata::empty(fresh.requested_at)
        };
        next.cluster_id = fresh.cluster_id;
        next.controller_id = fresh.controller_id;
        next.brokers = fresh.brokers;
        next.topics.retain(|name, _| tracked.contains(name));
        next.topic_errors.retain(|name, _| tracked.contains(name));
        for (name, topic) in fresh.topics.into_iter().filter(|(n, _)| tracked.contains(n)) {
            next.topic_errors.remove(&name);
            next.topics.insert(name, topic);
        }
        for (name, code) in fresh.topic_errors.into_iter().filter(|(n, _)| tracked.contains(n)) {
            next.topics.remove(&name);
            next.topic_errors.insert(name, code);
        }
        let next = Arc::new(next);
        *slot = Arc::clone(&next);
        next
    }

    /// A topic's metadata from the cache, refreshing first if the cache does
    /// not know the topic. The topic is followed from then on.
    ///
    /// Fails with [`Error::UnknownTopic`] when the topic does not exist.
    pub async fn topic(&self, name: &str) -> Result<TopicMetadata> {
        let newly_tracked = lock(&self.inner.tracked).insert(name.to_owned());
        if !newly_tracked {
            if let Some(topic) = self.metadata().topics.get(name) {
                return Ok(topic.clone());
            }
        }
        self.refresh().await?.topic(name).cloned()
    }

    /// The leader of a partition and its epoch, from the cache (refreshing
    /// if the topic is not cached).
    pub async fn leader_for(&self, topic: &str, partition: i32) -> Result<PartitionLeader> {
        self.topic(topic).await?.leader(partition)
    }

    /// The handle of the broker with this node id, refreshing metadata once
    /// if the node is not known.
    pub async fn broker(&self, node_id: i32) -> Result<Arc<Broker>> {
        self.check_open()?;
        if let Some(broker) = self.inner.brokers.get(node_id) {
            return Ok(broker);
        }
        self.refresh().await?;
        self.inner.brokers.get(node_id).ok_or_else(|| {
            Error::kafka(
                ErrorCode::BROKER_NOT_AVAILABLE.0,
                ErrorContext { api: "Metadata", resource: Some(Resource::Broker(node_id)) },
                Some("the cluster's metadata does not list this broker".to_owned()),
            )
        })
    }

    /// The handle of the leader of a partition.
    pub async fn leader(&self, topic: &str, partition: i32) -> Result<(Arc<Broker>, PartitionLeader)> {
        let leader = self.leader_for(topic, partition).await?;
        Ok((self.broker(leader.node_id).await?, leader))
    }

    /// The broker the metadata names as controller. On KRaft clusters this is
    /// a broker that forwards controller requests (CreateTopics, ...) to the
    /// active controller.
    pub async fn controller(&self) -> Result<Arc<Broker>> {
        let id = match self.metadata().controller_id {
            Some(id) => id,
            None => self.refresh().await?.controller_id.ok_or_else(|| {
                Error::kafka(
                    ErrorCode::NOT_CONTROLLER.0,
                    ErrorContext { api: "Metadata", resource: Some(Resource::Cluster) },
                    Some("the cluster reported no controller".to_owned()),
                )
            })?,
        };
        self.broker(id).await
    }

    /// Sends a request that any broker can answer, to the first one that
    /// does.
    pub async fn send_to_any<R>(&self, request: &R) -> Result<R::Response>
    where
        R: ApiRequest,
        R::Response: ThrottleTime,
    {
        self.check_open()?;
        self.inner.brokers.send_to_any(request).await
    }

    /// Stops the background refresh and closes every connection. Later
    /// requests fail with [`Error::Shutdown`].
    pub async fn shutdown(&self) {
        self.inner.shut_down.store(true, Ordering::Release);
        if let Some(task) = lock(&self.inner.refresher).take() {
            task.abort();
        }
        self.inner.brokers.shutdown().await;
    }

    fn check_open(&self) -> Result<()> {
        if self.inner.shut_down.load(Ordering::Acquire) {
            Err(Error::Shutdown)
        } else {
            Ok(())
        }
    }

    fn start_refresher(&self) {
        let task = tokio::spawn(refresh_loop(Arc::downgrade(&self.inner)));
        *lock(&self.inner.refresher) = Some(task);
    }
}

/// Refreshes the cache whenever it reaches `metadata_max_age`, for as long as
/// the cluster handle exists.
async fn refresh_loop(inner: Weak<Inner>) {
    loop {
        let due = match inner.upgrade() {
            Some(inner) => read(&inner.metadata).requested_at + inner.config.metadata_max_age,
            None => return,
        };
        tokio::time::sleep_until(due).await;
        let Some(inner) = inner.upgrade() else { return };
        let cluster = Cluster { inner };
        if cluster.metadata().requested_at + cluster.config().metadata_max_age > Instant::now() {
            continue; // refreshed on demand meanwhile
        }
        if let Err(error) = cluster.refresh().await {
            tracing::debug!(%error, "background metadata refresh failed");
            tokio::time::sleep(cluster.config().reconnect_backoff_max).await;
        }
    }
}

fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn write<T>(lock: &RwLock<T>) -> std::sync::RwLockWriteGuard<'_, T> {
    lock.write().unwrap_or_else(std::sync::PoisonError::into_inner)
}
