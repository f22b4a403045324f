//! Rebalance hooks: what the application hears when partitions come and go.

use std::future::Future;
use std::pin::Pin;

use crate::consumer::TopicPartition;

/// A future a hook returns.
pub type HookFuture = Pin<Box<dyn Future<Output = ()> + Send>>;

/// Called by the group member around rebalances. Every hook is awaited
/// before the member goes on: in particular, partitions are only handed to
/// another member after `on_revoked` has finished, so offsets can be
/// committed there. A classic-protocol member keeps heartbeating while
/// `on_assigned` or `on_revoked` runs; a KIP-848 member does not, so there a
/// hook slower than the session timeout gets the member fenced.
pub trait RebalanceListener: Send + Sync + 'static {
    /// These partitions are now this member's (their positions are set).
    fn on_assigned(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        let _ = partitions;
        Box::pin(async {})
    }

    /// These partitions are about to go to another member. With
    /// cooperative rebalancing, only partitions that actually move.
    fn on_revoked(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        let _ = partitions;
        Box::pin(async {})
    }

    /// These partitions were already taken away (the member was dropped from
    /// the group, e.g. after missing its session timeout); committing their
    /// offsets is no longer possible.
    fn on_lost(&self, partitions: Vec<TopicPartition>) -> HookFuture {
        let _ = partitions;
        Box::pin(async {})
    }
}

/// A listener that does nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoopListener;

impl RebalanceListener for NoopListener {}
