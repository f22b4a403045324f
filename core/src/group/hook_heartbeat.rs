//! Heartbeats while a rebalance hook runs, so that a hook slower than the
//! session timeout does not cost the member its membership. Both group
//! protocols use it: classic members send Heartbeat, KIP-848 members send
//! ConsumerGroupHeartbeat (`member_kip848::heartbeat_during_hook`).
//!
//! Errors are only logged: once the hook is done, the member's own loop
//! heartbeats again and reacts to a rebalance or a lost membership. A
//! KIP-848 target assignment that arrives meanwhile is kept for that loop.

use std::future::Future;

use tokio::time::{Instant, MissedTickBehavior};

use super::config::GroupProtocol;
use super::member::COORDINATOR_WAIT;
use super::state::GroupShared;
use crate::net::lock;
use crate::protocol::messages::{HeartbeatRequest, HeartbeatResponse};

/// Awaits `hook` (a rebalance hook, or anything else the member waits for
/// between joining and its own heartbeat loop), heartbeating every
/// `heartbeat_interval` meanwhile (once the member has joined).
pub(super) async fn run_hook<T>(g: &GroupShared, hook: impl Future<Output = T>) -> T {
    tokio::pin!(hook);
    let every = g.config.heartbeat_interval;
    let mut ticker = tokio::time::interval_at(Instant::now() + every, every);
    ticker.set_missed_tick_behavior(MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            out = &mut hook => return out,
            _ = ticker.tick() => {}
        }
        // The heartbeat is not cancelled halfway; the hook keeps running.
        let beat = async {
            match g.config.group_protocol {
                GroupProtocol::Classic => heartbeat_once(g).await,
                _ => super::member_kip848::heartbeat_during_hook(g).await,
            }
        };
        tokio::pin!(beat);
        let mut done = None;
        loop {
            tokio::select! {
                out = &mut hook, if done.is_none() => done = Some(out),
                () = &mut beat => break,
            }
        }
        if let Some(out) = done {
            return out;
        }
    }
}

async fn heartbeat_once(g: &GroupShared) {
    let joined = {
        let s = lock(&g.state);
        s.generation >= 0 && !s.member_id.is_empty()
    };
    if !joined {
        return;
    }
    match send_heartbeat(g).await {
        Ok(r) if r.error_code == 0 => {}
        Ok(r) => tracing::debug!(code = r.error_code, "heartbeat during a rebalance hook refused"),
        Err(error) => tracing::debug!(%error, "heartbeat during a rebalance hook failed"),
    }
}

/// Sends one classic-protocol heartbeat for the member's current generation
/// to the coordinator; the background loop and the hook path both use it.
pub(super) async fn send_heartbeat(g: &GroupShared) -> crate::Result<HeartbeatResponse> {
    let (generation, member_id) = {
        let s = lock(&g.state);
        (s.generation, s.member_id.clone())
    };
    let request = HeartbeatRequest {
        group_id: g.config.group_id.clone(),
        generation_id: generation,
        member_id,
        group_instance_id: g.config.group_instance_id.clone(),
        ..Default::default()
    };
    let broker = g.coordinator.broker(COORDINATOR_WAIT).await?;
    broker.send(&request).await
}
