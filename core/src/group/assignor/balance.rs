//! The balancing both sticky assignors share.
//!
//! 1. Each partition stays with the member that owns it, if that member
//!    still subscribes to its topic (when two claim it, the claim from the
//!    newer generation wins).
//! 2. Partitions nobody owns go, one by one, to the least-loaded member
//!    that subscribes to their topic.
//! 3. While some member has two or more partitions more than a member that
//!    could take one of them, one moves from the first to the second.
//!
//! The result: every partition assigned once, no member able to take a
//! partition from another with two more, and partitions moved only as far
//! as step 3 needs.

use std::collections::BTreeMap;
#[cfg(test)]
use std::collections::BTreeSet;

use super::{empty, Assignment, MemberSubscription};
use crate::consumer::TopicPartition;

/// The sticky assignment, and the current owner of each partition.
pub(crate) fn sticky(
    members: &[MemberSubscription],
    partitions: &BTreeMap<String, i32>,
) -> (Assignment, BTreeMap<TopicPartition, String>) {
    let mut sorted: Vec<&MemberSubscription> = members.iter().collect();
    sorted.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let exists =
        |tp: &TopicPartition| partitions.get(&tp.topic).is_some_and(|&n| tp.partition >= 0 && tp.partition < n);

    // 1. Valid ownership claims.
    let mut owner: BTreeMap<TopicPartition, (&str, i32)> = BTreeMap::new();
    for m in &sorted {
        for tp in &m.owned {
            if !exists(tp) || !m.topics.contains(&tp.topic) {
                continue;
            }
            match owner.get(tp) {
                Some((_, generation)) if *generation >= m.generation => {}
                _ => {
                    owner.insert(tp.clone(), (m.member_id.as_str(), m.generation));
                }
            }
        }
    }
    let mut out = empty(members);
    for (tp, (member, _)) in &owner {
        out.entry((*member).to_owned()).or_default().push(tp.clone());
    }
    let subscribes = |member: &str, topic: &str| {
        members.iter().any(|m| m.member_id == member && m.topics.iter().any(|t| t == topic))
    };

    // 2. Unowned partitions to the least-loaded subscriber.
    for (topic, &count) in partitions {
        for p in 0..count.max(0) {
            let tp = TopicPartition::new(topic.clone(), p);
            if owner.contains_key(&tp) {
                continue;
            }
            let least = sorted
                .iter()
                .filter(|m| m.topics.contains(topic))
                .min_by_key(|m| out.get(&m.member_id).map_or(0, Vec::len));
            if let Some(m) = least {
                out.entry(m.member_id.clone()).or_default().push(tp);
            }
        }
    }

    // 3. Even out.
    loop {
        let mut order: Vec<&str> = sorted.iter().map(|m| m.member_id.as_str()).collect();
        order.sort_by_key(|m| std::cmp::Reverse(out.get(*m).map_or(0, Vec::len)));
        let mut moved = None;
        'search: for from in &order {
            let from_count = out.get(*from).map_or(0, Vec::len);
            for to in order.iter().rev() {
                let to_count = out.get(*to).map_or(0, Vec::len);
                if to_count + 1 >= from_count {
                    break;
                }
                let list = out.get(*from).map(Vec::as_slice).unwrap_or_default();
                // Move a partition the giver got most recently (least sticky).
                if let Some(index) = list.iter().rposition(|tp| subscribes(to, &tp.topic)) {
                    moved = Some(((*from).to_owned(), (*to).to_owned(), index));
                    break 'search;
                }
            }
        }
        let Some((from, to, index)) = moved else { break };
        let Some(tp) = out.get_mut(&from).map(|l| l.remove(index)) else { break };
        out.entry(to).or_default().push(tp);
    }
    for list in out.values_mut() {
        list.sort();
    }
    let owners = owner.into_iter().map(|(tp, (m, _))| (tp, m.to_owned())).collect();
    (out, owners)
}

/// Partitions of a list, as a set (for tests).
#[cfg(test)]
pub(crate) fn as_set(list: &[TopicPartition]) -> BTreeSet<TopicPartition> {
    list.iter().cloned().collect()
}
