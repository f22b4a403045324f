//! Uniform sticky partitioning for keyless records (KIP-480, KIP-794).
//!
//! Spreading keyless records one by one over all partitions makes many tiny
//! batches. Instead every keyless record of a topic goes to one partition
//! until about one batch worth of bytes (`max_batch_bytes`) has gone there;
//! then a new partition is drawn at random, never the same one twice in a
//! row when there is a choice. Switching on bytes produced rather than on
//! "a batch was sent" (the KIP-480 rule) keeps slow brokers from attracting
//! more records than fast ones (the flaw KIP-794 fixed).

use std::collections::HashMap;
use std::sync::Mutex;

use rand::Rng;

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

    /// The partition for a keyless record of `size` bytes.
    pub fn next(&self, topic: &str, partitions: i32, size: usize) -> i32 {
        let partitions = partitions.max(1);
        let mut topics = lock(&self.topics);
        let current = match topics.get_mut(topic) {
            Some(current) if current.partition < partitions => current,
            _ => {
                let fresh = Current {
                    partition: rand::thread_rng().gen_range(0..partitions),
                    bytes: 0,
                };
                topics.insert(topic.to_owned(), fresh);
                match topics.get_mut(topic) {
                    Some(current) => current,
                    None => return fresh.partition,
                }
            }
        };
        if current.bytes >= self.switch_after {
            current.partition = draw_other(current.partition, partitions);
            current.bytes = 0;
        }
        current.bytes += size;
        current.partition
    }
}

/// A random partition other than `previous` when there is more than one.
fn draw_other(previous: i32, partitions: i32) -> i32 {
    if partitions <= 1 {
        return 0;
    }
    let drawn = rand::thread_rng().gen_range(0..partitions - 1);
    if drawn >= previous {
        drawn + 1
    } else {
        drawn
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
}
