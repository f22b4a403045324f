//! The `cooperative-sticky` assignor (the default): the sticky assignment,
//! made safe for incremental rebalancing.
//!
//! Members keep consuming while they rejoin, so a partition must never be
//! given to a new owner while the old one may still read it. When the
//! sticky assignment moves a partition, this round only takes it away from
//! its owner (who revokes it and rejoins at once); the follow-up rebalance
//! gives it to its new owner. Partitions that stay are never revoked.

use std::collections::BTreeMap;

use super::balance::sticky;
use super::{Assignment, Assignor, MemberSubscription, RebalanceProtocol};

/// See the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct CooperativeStickyAssignor;

impl Assignor for CooperativeStickyAssignor {
    fn name(&self) -> &'static str {
        "cooperative-sticky"
    }

    fn protocol(&self) -> RebalanceProtocol {
        RebalanceProtocol::Cooperative
    }

    fn assign(&self, members: &[MemberSubscription], partitions: &BTreeMap<String, i32>) -> Assignment {
        let (mut out, owners) = sticky(members, partitions);
        for (member, list) in out.iter_mut() {
            list.retain(|tp| !matches!(owners.get(tp), Some(owner) if owner != member));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::balance::as_set;
    use super::super::test_support::*;
    use super::*;

    fn owned(range: std::ops::Range<i32>) -> Vec<(&'static str, i32)> {
        range.map(|p| ("t", p)).collect()
    }

    #[test]
    fn moved_partitions_are_only_revoked_in_the_first_round() {
        let members = [member("a", &["t"], &owned(0..6)), member("b", &["t"], &owned(6..12)), member("c", &["t"], &[])];
        let partitions = topics(&[("t", 12)]);
        let first = CooperativeStickyAssignor.assign(&members, &partitions);
        // Nobody gets a partition someone else owns; owners keep 4 each.
        assert!(first["c"].is_empty(), "{first:?}");
        assert!(as_set(&first["a"]).is_subset(&as_set(&members[0].owned)));
        assert!(as_set(&first["b"]).is_subset(&as_set(&members[1].owned)));
        assert_eq!(counts(&first), vec![4, 4, 0]);

        // Round two: a and b own what they kept; c gets the revoked four.
        let members2 = [
            crate::group::assignor::MemberSubscription { owned: first["a"].clone(), ..members[0].clone() },
            crate::group::assignor::MemberSubscription { owned: first["b"].clone(), ..members[1].clone() },
            members[2].clone(),
        ];
        let second = CooperativeStickyAssignor.assign(&members2, &partitions);
        assert_complete(&members2, &partitions, &second);
        assert_eq!(counts(&second), vec![4, 4, 4]);
        assert_eq!(second["a"], first["a"]);
        assert_eq!(second["b"], first["b"]);
    }

    #[test]
    fn a_fresh_group_is_assigned_in_one_round() {
        let members = [member("a", &["t"], &[]), member("b", &["t"], &[])];
        let partitions = topics(&[("t", 5)]);
        let out = CooperativeStickyAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &out);
    }
}
