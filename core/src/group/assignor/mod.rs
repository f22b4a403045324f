//! Partition assignors: how the group leader divides partitions among the
//! members.
//!
//! Every member lists the assignors it can use, in preference order; the
//! coordinator picks the first one every member lists, and the leader runs
//! it. So members with different lists still agree, as long as they share
//! one; a Java consumer with `range` can join a group whose members list
//! `cooperative-sticky, range`.
//!
//! - [`RangeAssignor`] (`range`): per topic, consecutive ranges of
//!   partitions to members in order (the Java client's default).
//! - [`RoundRobinAssignor`] (`roundrobin`): all partitions dealt in turn.
//! - [`StickyAssignor`] (`sticky`): balanced, and keeps partitions where
//!   they were as far as balance allows.
//! - [`CooperativeStickyAssignor`] (`cooperative-sticky`, the default): the
//!   sticky assignment, but a partition that moves is first only taken from
//!   its old owner; the new owner gets it in the follow-up rebalance, so
//!   partitions that stay are never revoked (incremental rebalancing).

mod balance;
mod cooperative_sticky;
mod range;
mod round_robin;
mod sticky;

use std::collections::BTreeMap;

pub use cooperative_sticky::CooperativeStickyAssignor;
pub use range::RangeAssignor;
pub use round_robin::RoundRobinAssignor;
pub use sticky::StickyAssignor;

use crate::consumer::TopicPartition;

/// How members give up partitions in a rebalance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RebalanceProtocol {
    /// Every member revokes everything before rejoining.
    Eager,
    /// Members keep their partitions while rejoining and revoke only those
    /// the new assignment takes away.
    Cooperative,
}

/// One member as the leader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberSubscription {
    /// The member id the coordinator gave it.
    pub member_id: String,
    /// Its static instance id, if any.
    pub group_instance_id: Option<String>,
    /// Topics it subscribes to.
    pub topics: Vec<String>,
    /// Partitions it owns now (subscription v1+).
    pub owned: Vec<TopicPartition>,
    /// The generation in which it owned them (v2+; -1 if unknown).
    pub generation: i32,
}

impl MemberSubscription {
    /// The key members are ordered by: the static instance id when there
    /// is one (stable across restarts), else the member id.
    pub(crate) fn sort_key(&self) -> (&str, &str) {
        (self.group_instance_id.as_deref().unwrap_or(&self.member_id), &self.member_id)
    }
}

/// Partitions per member id.
pub type Assignment = BTreeMap<String, Vec<TopicPartition>>;

/// A way to divide partitions among members.
pub trait Assignor: Send + Sync + std::fmt::Debug {
    /// The protocol name members announce (`range`, `cooperative-sticky`...).
    fn name(&self) -> &'static str;
    /// How members give up partitions with this assignor.
    fn protocol(&self) -> RebalanceProtocol {
        RebalanceProtocol::Eager
    }
    /// Divides `partitions` (partition count per topic) among `members`.
    /// Every member gets an entry, possibly empty; topics a member does not
    /// subscribe to are never given to it.
    fn assign(&self, members: &[MemberSubscription], partitions: &BTreeMap<String, i32>) -> Assignment;
}

/// The assignor with this protocol name.
pub fn by_name(name: &str) -> Option<Box<dyn Assignor>> {
    match name {
        "range" => Some(Box::new(RangeAssignor)),
        "roundrobin" => Some(Box::new(RoundRobinAssignor)),
        "sticky" => Some(Box::new(StickyAssignor)),
        "cooperative-sticky" => Some(Box::new(CooperativeStickyAssignor)),
        _ => None,
    }
}

/// An empty assignment with an entry per member.
pub(crate) fn empty(members: &[MemberSubscription]) -> Assignment {
    members.iter().map(|m| (m.member_id.clone(), Vec::new())).collect()
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    pub fn member(id: &str, topics: &[&str], owned: &[(&str, i32)]) -> MemberSubscription {
        MemberSubscription {
            member_id: id.to_owned(),
            group_instance_id: None,
            topics: topics.iter().map(|t| (*t).to_owned()).collect(),
            owned: owned.iter().map(|(t, p)| TopicPartition::new(*t, *p)).collect(),
            generation: 1,
        }
    }

    pub fn topics(list: &[(&str, i32)]) -> BTreeMap<String, i32> {
        list.iter().map(|(t, n)| ((*t).to_owned(), *n)).collect()
    }

    /// Checks that every partition is assigned exactly once, only to a
    /// subscriber.
    pub fn assert_complete(members: &[MemberSubscription], partitions: &BTreeMap<String, i32>, a: &Assignment) {
        let mut seen = std::collections::BTreeSet::new();
        for (member, tps) in a {
            let m = members.iter().find(|m| &m.member_id == member).expect("a known member");
            for tp in tps {
                assert!(m.topics.contains(&tp.topic), "{member} got {tp} without subscribing");
                assert!(seen.insert(tp.clone()), "{tp} assigned twice");
            }
        }
        let total: i32 =
            partitions.iter().filter(|(t, _)| members.iter().any(|m| m.topics.contains(t))).map(|(_, n)| *n).sum();
        assert_eq!(seen.len(), total as usize, "every subscribed partition assigned");
    }

    pub fn counts(a: &Assignment) -> Vec<usize> {
        a.values().map(Vec::len).collect()
    }
}
