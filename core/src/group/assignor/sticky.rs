//! The `sticky` assignor: balanced like round-robin, but partitions stay
//! with their owners as far as balance allows (see `balance`). Eager: the
//! members still revoke everything before each rebalance; they just get
//! most of it back.

use std::collections::BTreeMap;

use super::balance::sticky;
use super::{Assignment, Assignor, MemberSubscription};

/// See the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct StickyAssignor;

impl Assignor for StickyAssignor {
    fn name(&self) -> &'static str {
        "sticky"
    }

    fn assign(&self, members: &[MemberSubscription], partitions: &BTreeMap<String, i32>) -> Assignment {
        sticky(members, partitions).0
    }
}

#[cfg(test)]
mod tests {
    use super::super::balance::as_set;
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn balanced_from_scratch() {
        let members = [member("a", &["t"], &[]), member("b", &["t"], &[]), member("c", &["t"], &[])];
        let partitions = topics(&[("t", 12)]);
        let a = StickyAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &a);
        assert_eq!(counts(&a), vec![4, 4, 4]);
    }

    #[test]
    fn a_new_member_takes_only_what_balance_needs() {
        // a and b own 6 each; c joins: each gives up exactly 2.
        let a_owned: Vec<(&str, i32)> = (0..6).map(|p| ("t", p)).collect();
        let b_owned: Vec<(&str, i32)> = (6..12).map(|p| ("t", p)).collect();
        let members = [member("a", &["t"], &a_owned), member("b", &["t"], &b_owned), member("c", &["t"], &[])];
        let partitions = topics(&[("t", 12)]);
        let out = StickyAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &out);
        assert_eq!(counts(&out), vec![4, 4, 4]);
        let kept_a = as_set(&out["a"]).intersection(&as_set(&members[0].owned)).count();
        let kept_b = as_set(&out["b"]).intersection(&as_set(&members[1].owned)).count();
        assert_eq!((kept_a, kept_b), (4, 4));
    }

    #[test]
    fn a_leaving_members_partitions_are_spread_and_the_rest_stay() {
        let owned = |r: std::ops::Range<i32>| r.map(|p| ("t", p)).collect::<Vec<_>>();
        let members = [member("a", &["t"], &owned(0..4)), member("c", &["t"], &owned(8..12))];
        let partitions = topics(&[("t", 12)]);
        let out = StickyAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &out);
        assert_eq!(counts(&out), vec![6, 6]);
        assert!(as_set(&members[0].owned).is_subset(&as_set(&out["a"])));
        assert!(as_set(&members[1].owned).is_subset(&as_set(&out["c"])));
    }

    #[test]
    fn different_subscriptions_stay_valid_and_even_where_possible() {
        let members = [member("a", &["t", "u"], &[]), member("b", &["t"], &[]), member("c", &["u"], &[])];
        let partitions = topics(&[("t", 4), ("u", 4)]);
        let out = StickyAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &out);
        let mut c = counts(&out);
        c.sort();
        assert!(c[2] - c[0] <= 1, "{out:?}");
    }

    #[test]
    fn conflicting_claims_go_to_the_newer_generation() {
        let mut old = member("a", &["t"], &[("t", 0), ("t", 1)]);
        old.generation = 1;
        let mut new = member("b", &["t"], &[("t", 0)]);
        new.generation = 2;
        let members = [old, new];
        let partitions = topics(&[("t", 2)]);
        let out = StickyAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &out);
        assert_eq!(out["b"], vec![crate::consumer::TopicPartition::new("t", 0)]);
    }
}
