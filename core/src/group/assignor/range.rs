//! The `range` assignor: for each topic, its subscribers in order get
//! consecutive ranges of partitions, the first ones one more when the
//! partitions do not divide evenly. Matches the Java client's, so mixed
//! groups compute the same assignment.

use std::collections::BTreeMap;

use super::{empty, Assignment, Assignor, MemberSubscription};
use crate::consumer::TopicPartition;

/// See the module docs.
#[derive(Debug, Clone, Copy, Default)]
pub struct RangeAssignor;

impl Assignor for RangeAssignor {
    fn name(&self) -> &'static str {
        "range"
    }

    fn assign(&self, members: &[MemberSubscription], partitions: &BTreeMap<String, i32>) -> Assignment {
        let mut out = empty(members);
        for (topic, &count) in partitions {
            let mut subscribers: Vec<&MemberSubscription> =
                members.iter().filter(|m| m.topics.contains(topic)).collect();
            if subscribers.is_empty() || count <= 0 {
                continue;
            }
            subscribers.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
            let n = subscribers.len() as i32;
            let (per, extra) = (count / n, count % n);
            let mut next = 0;
            for (i, member) in subscribers.iter().enumerate() {
                let take = per + i32::from((i as i32) < extra);
                let list = out.entry(member.member_id.clone()).or_default();
                list.extend((next..next + take).map(|p| TopicPartition::new(topic.clone(), p)));
                next += take;
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
    fn ranges_per_topic_with_the_remainder_first() {
        let members = [member("b", &["t", "u"], &[]), member("a", &["t", "u"], &[])];
        let partitions = topics(&[("t", 5), ("u", 2)]);
        let a = RangeAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &a);
        let tp = |t: &str, p| TopicPartition::new(t, p);
        assert_eq!(a["a"], vec![tp("t", 0), tp("t", 1), tp("t", 2), tp("u", 0)]);
        assert_eq!(a["b"], vec![tp("t", 3), tp("t", 4), tp("u", 1)]);
    }

    #[test]
    fn only_subscribers_get_a_topic() {
        let members = [member("a", &["t"], &[]), member("b", &["u"], &[]), member("c", &["t", "u"], &[])];
        let partitions = topics(&[("t", 4), ("u", 4)]);
        let a = RangeAssignor.assign(&members, &partitions);
        assert_complete(&members, &partitions, &a);
        assert_eq!(counts(&a), vec![2, 2, 4]);
    }
}
