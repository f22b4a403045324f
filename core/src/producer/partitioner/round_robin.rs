//! Round-robin: record after record, partition after partition.
//!
//! Spreads records evenly whatever their keys, at the cost of small batches
//! (each partition gets every n-th record). For keyless traffic the sticky
//! partitioner is usually better; this exists for users who want the exact
//! even spread.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::net::lock;

/// Next partition per topic.
#[derive(Debug, Default)]
pub struct RoundRobin {
    next: Mutex<HashMap<String, u32>>,
}

impl RoundRobin {
    /// The partition for the next record of `topic`.
    pub fn next(&self, topic: &str, partitions: i32) -> i32 {
        let mut next = lock(&self.next);
        let counter = match next.get_mut(topic) {
            Some(counter) => counter,
            None => next.entry(topic.to_owned()).or_insert(0),
        };
        let chosen = *counter % partitions.max(1) as u32;
        *counter = counter.wrapping_add(1);
        chosen as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycles_through_every_partition() {
        let rr = RoundRobin::default();
        let picked: Vec<i32> = (0..7).map(|_| rr.next("t", 3)).collect();
        assert_eq!(picked, [0, 1, 2, 0, 1, 2, 0]);
        assert_eq!(rr.next("other", 3), 0);
    }
}
