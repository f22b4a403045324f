//! Fetch sessions (KIP-227): after a first full fetch, a broker remembers
//! which partitions a consumer follows and from where, and later fetches
//! only name what changed. A consumer of many mostly idle partitions then
//! sends and receives little more than the partitions that have data.
//!
//! Per broker, the session holds what the broker was last told about each
//! partition (offset, epochs). A fetch names only partitions that are new
//! or whose offset or epochs changed, and "forgets" partitions no longer
//! fetched (paused, buffered, moved to another leader). The broker answers
//! only for partitions with news. Any session error, or a failed request,
//! drops the session; the next fetch is a full one that starts a new one.

use std::collections::BTreeMap;

use super::fetcher::FetchPart;
use super::types::TopicPartition;
use crate::protocol::Uuid;

/// What the broker was last told about one partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Sent {
    offset: i64,
    leader_epoch: i32,
    last_fetched_epoch: Option<i32>,
}

impl Sent {
    fn of(part: &FetchPart) -> Self {
        Sent { offset: part.offset, leader_epoch: part.leader_epoch, last_fetched_epoch: part.last_fetched_epoch }
    }
}

/// One broker's fetch session, as the client sees it.
#[derive(Debug, Default)]
pub(crate) struct FetchSession {
    /// 0: no session.
    id: i32,
    /// The epoch of the next request (0 asks for a new session).
    epoch: i32,
    sent: BTreeMap<TopicPartition, (Uuid, Sent)>,
}

/// What one request carries.
#[derive(Debug)]
pub(crate) struct SessionRequest {
    pub session_id: i32,
    pub session_epoch: i32,
    /// Indices into the wanted parts of those to name in the request.
    pub include: Vec<usize>,
    /// Partitions to drop from the session.
    pub forget: Vec<(TopicPartition, Uuid)>,
}

impl FetchSession {
    /// The request for fetching `wanted`.
    pub(crate) fn request(&self, wanted: &[FetchPart]) -> SessionRequest {
        if self.id == 0 {
            return SessionRequest {
                session_id: 0,
                session_epoch: 0,
                include: (0..wanted.len()).collect(),
                forget: Vec::new(),
            };
        }
        let include = wanted
            .iter()
            .enumerate()
            .filter(|(_, p)| !matches!(self.sent.get(&p.tp), Some((_, sent)) if *sent == Sent::of(p)))
            .map(|(i, _)| i)
            .collect();
        let forget = self
            .sent
            .iter()
            .filter(|(tp, _)| !wanted.iter().any(|p| &p.tp == *tp))
            .map(|(tp, (id, _))| (tp.clone(), *id))
            .collect();
        SessionRequest { session_id: self.id, session_epoch: self.epoch, include, forget }
    }

    /// The broker answered `request` without a top-level error, with
    /// session id `session_id`.
    pub(crate) fn succeeded(&mut self, request: &SessionRequest, wanted: &[FetchPart], session_id: i32) {
        if request.session_id == 0 {
            self.sent.clear();
            if session_id == 0 {
                // The broker keeps no session for us (cache full, or too
                // old); stay with full fetches.
                *self = FetchSession::default();
                return;
            }
            self.id = session_id;
            self.epoch = 1;
        } else {
            self.epoch = if self.epoch == i32::MAX { 1 } else { self.epoch + 1 };
        }
        for (tp, _) in &request.forget {
            self.sent.remove(tp);
        }
        for &i in &request.include {
            if let Some(part) = wanted.get(i) {
                self.sent.insert(part.tp.clone(), (part.topic_id, Sent::of(part)));
            }
        }
    }

    /// The request failed or the session is gone: start over.
    pub(crate) fn reset(&mut self) {
        *self = FetchSession::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(p: i32, offset: i64) -> FetchPart {
        FetchPart {
            tp: TopicPartition::new("t", p),
            topic_id: Uuid::default(),
            generation: 1,
            offset,
            leader_epoch: 0,
            last_fetched_epoch: None,
        }
    }

    #[test]
    fn full_then_incremental_then_reset() {
        let mut session = FetchSession::default();
        let wanted = vec![part(0, 5), part(1, 7), part(2, 0)];
        let first = session.request(&wanted);
        assert_eq!((first.session_id, first.session_epoch), (0, 0));
        assert_eq!(first.include, vec![0, 1, 2]);
        session.succeeded(&first, &wanted, 42);

        // Only partition 1 moved on; partition 2 is no longer fetched.
        let wanted = vec![part(0, 5), part(1, 9)];
        let second = session.request(&wanted);
        assert_eq!((second.session_id, second.session_epoch), (42, 1));
        assert_eq!(second.include, vec![1]);
        assert_eq!(second.forget.iter().map(|(tp, _)| tp.partition).collect::<Vec<_>>(), vec![2]);
        session.succeeded(&second, &wanted, 42);

        // Partition 2 comes back: it is named again.
        let wanted = vec![part(0, 5), part(1, 9), part(2, 0)];
        let third = session.request(&wanted);
        assert_eq!(third.session_epoch, 2);
        assert_eq!(third.include, vec![2]);
        assert!(third.forget.is_empty());

        session.reset();
        let fourth = session.request(&wanted);
        assert_eq!((fourth.session_id, fourth.session_epoch), (0, 0));
        assert_eq!(fourth.include, vec![0, 1, 2]);
    }

    #[test]
    fn no_session_from_the_broker_means_full_fetches() {
        let mut session = FetchSession::default();
        let wanted = vec![part(0, 5)];
        let first = session.request(&wanted);
        session.succeeded(&first, &wanted, 0);
        let again = session.request(&wanted);
        assert_eq!((again.session_id, again.session_epoch), (0, 0));
        assert_eq!(again.include, vec![0]);
    }
}
