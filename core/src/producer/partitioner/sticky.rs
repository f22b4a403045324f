//! Uniform sticky partitioning for keyless records (KIP-480, KIP-794).
//!
//! Spreading keyless records one by one over all partitions makes many tiny
//! batches. Instead every keyless record of a topic goes to one partition
//! until about one batch worth of bytes (`max_batch_bytes`) has gone there;
//! then the topic moves to another partition. Switching on bytes produced
//! rather than on "a batch was sent" (the KIP-480 rule) keeps slow brokers
//! from attracting more records than fast ones (the flaw KIP-794 fixed).
//!
//! The move is adaptive ([`load`](super::load)): the next partition is drawn
//! among those whose leader is known, weighted towards brokers with fewer
//! batches waiting, and never the same partition twice in a row when there
//! is a choice. When no partition has a known leader (metadata not there
//! yet) the draw is uniform over all of them.

use std::collections::HashMap;
use std::sync::Mutex;

use rand::Rng;

use super::load::{pick, Candidate};
use crate::net::lock;

#[derive(Debug, Clone, Copy)]
struct Current {
    partition: i32,
    bytes: usize,
}

/// Per-topic sticky choice.
#[derive(Debug)]
pub struct Sticky {
    switch_after: usize,
    topics: Mutex<HashMap<String, Current>>,
}

impl Sticky {
    /// Switches partition after `switch_after` bytes.
    pub fn new(switch_after: usize) -> Self {
        Sticky {
            switch_after: switch_after.max(1),
            topics: Mutex::new(HashMap::new()),
        }
    }

    /// The partition for a keyless record of `size` bytes, drawing a new one
    /// uniformly when it is time to move.
    pub fn next(&self, topic: &str, partitions: i32, size: usize) -> i32 {
        self.next_among(topic, partitions, size, Vec::new)
    }

    /// The partition for a keyless record of `size` bytes; when it is time
    /// to move, `candidates` says where it may go and how loaded each is.
    pub(crate) fn next_among(
        &self,
        topic: &str,
        partitions: i32,
        size: usize,
        candidates: impl FnOnce() -> Vec<Candidate>,
    ) -> i32 {
        let partitions = partitions.max(1);
        let mut topics = lock(&self.topics);
        let current = topics.get(topic).copied();
        let current = match current {
            Some(current) if current.partition < partitions && current.bytes < self.switch_after => {
                current
            }
            stale => Current {
                partition: draw(stale.map(|c| c.partition), partitions, candidates),
                bytes: 0,
            },
        };
        let next = Current {
            partition: current.partition,
            bytes: current.bytes + size,
        };
        topics.insert(topic.to_owned(), next);
        next.partition
    }
}

/// The partition to move to: a weighted draw among `candidates` (in range),
/// or a uniform one among all partitions when there is none.
fn draw(previous: Option<i32>, partitions: i32, candidates: impl FnOnce() -> Vec<Candidate>) -> i32 {
    let mut rng = rand::thread_rng();
    let mut candidates = candidates();
    candidates.retain(|c| (0..partitions).contains(&c.partition));
    if let Some(partition) = pick(&candidates, previous, rng.gen()) {
        return partition;
    }
    match previous {
        Some(previous) if partitions > 1 && previous < partitions => {
            let drawn = rng.gen_range(0..partitions - 1);
            if drawn >= previous {
                drawn + 1
            } else {
                drawn
            }
        }
        _ => rng.gen_range(0..partitions),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sticks_until_a_batch_worth_then_switches() {
        let sticky = Sticky::new(100);
        let first = sticky.next("t", 4, 40);
        assert_eq!(sticky.next("t", 4, 40), first);
        assert_eq!(sticky.next("t", 4, 40), first); // 120 bytes now
        let second = sticky.next("t", 4, 40);
        assert_ne!(second, first);
        assert_eq!(sticky.next("t", 4, 40), second);
    }

    #[test]
    fn single_partition_topics_always_get_zero() {
        let sticky = Sticky::new(1);
        for _ in 0..10 {
            assert_eq!(sticky.next("t", 1, 10), 0);
        }
    }

    #[test]
    fn spreads_over_all_partitions() {
        let sticky = Sticky::new(1);
        let mut seen = [false; 5];
        for _ in 0..500 {
            seen[sticky.next("t", 5, 1) as usize] = true;
        }
        assert!(seen.iter().all(|&s| s));
    }

    #[test]
    fn moves_only_among_the_candidates_given() {
        let sticky = Sticky::new(10);
        let only = || vec![Candidate { partition: 2, load: 0 }, Candidate { partition: 5, load: 0 }];
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..200 {
            seen.insert(sticky.next_among("t", 6, 10, only));
        }
        assert_eq!(seen.into_iter().collect::<Vec<_>>(), vec![2, 5]);
    }

    #[test]
    fn a_loaded_broker_gets_fewer_switches() {
        // Partition 0's leader has 9 batches waiting, partition 1's none:
        // weights 1 and 10, and never the same partition twice in a row, so
        // with three partitions the idle ones win most draws.
        let sticky = Sticky::new(1);
        let loads = || {
            vec![
                Candidate { partition: 0, load: 9 },
                Candidate { partition: 1, load: 0 },
                Candidate { partition: 2, load: 0 },
            ]
        };
        let mut on_loaded = 0;
        for _ in 0..3000 {
            if sticky.next_among("t", 3, 1, loads) == 0 {
                on_loaded += 1;
            }
        }
        // Expected about one in twelve (250); uniform draws would give a
        // third (1000). The bound is far from both.
        assert!(on_loaded < 500, "{on_loaded} of 3000 went to the loaded partition");
    }
}
