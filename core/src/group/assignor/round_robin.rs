//! The `roundrobin` assignor: every partition of every topic, in order,
//! dealt to the members in turn, skipping members that do not subscribe to
//! the partition's topic.

use std::collections::BTreeMap;

use super::{empty, Assignment, Assignor, MemberSubscription};
use crate::consumer::TopicPartition;

/// See the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct RoundRobinAssignor;

impl Assignor for RoundRobinAssignor {
    fn name(&self) -> &'static str {
        "roundrobin"
    }

    fn assign(&self, members: &[MemberSubscription], partitions: &BTreeMap<String, i32>) -> Assignment {
        let mut out = empty(members);
        let mut sorted: Vec<&MemberSubscription> = members.iter().collect();
        sorted.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        if sorted.is_empty() {
            return out;
        }
        let mut turn = 0usize;
        for (topic, &count) in partitions {
            if !sorted.iter().any(|m| m.topics.contains(topic)) {
                continue;
            }
            for p in 0..count.max(0) {
                loop {
                    let member = sorted[turn % sorted.len()];
                    turn += 1;
                    if member.topics.contains(topic) {
                        out.entry(member.member_id.clone()).or_default().push(TopicPartition::new(topic.clone(), p));
                        break;
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn deals_partitions_in_turn() {
        let members = [member("a", &["t", "u"], &[]), member("b", &["t", "u"], &[])];
        let partitions = topics(&[("t", 3), ("u", 2)]);
        let a = RoundRobinAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &a);
        let tp = |t: &str, p| TopicPartition::new(t, p);
        assert_eq!(a["a"], vec![tp("t", 0), tp("t", 2), tp("u", 1)]);
        assert_eq!(a["b"], vec![tp("t", 1), tp("u", 0)]);
    }

    #[test]
    fn skips_members_without_the_topic() {
        let members = [member("a", &["t"], &[]), member("b", &["u"], &[])];
        let partitions = topics(&[("t", 3), ("u", 1)]);
        let a = RoundRobinAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &a);
        assert_eq!(counts(&a), vec![3, 1]);
    }
}
