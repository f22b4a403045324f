//! How loaded each broker is, for the adaptive sticky partitioner (KIP-794).
//!
//! The engine publishes, after each round of sending, how many batches
//! wait for or are in flight to each broker. When the sticky partitioner
//! moves a topic to a new partition it draws among the partitions whose
//! leader is known, each weighted by `max_load + 1 - load` of its leader,
//! so a broker that falls behind (its queue grows) gets fewer new records
//! and a partition without a leader gets none.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::cluster::ClusterMetadata;
use crate::net::lock;

/// A partition the sticky partitioner may move to, with its leader's load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub partition: i32,
    pub load: usize,
}

/// Batches queued or in flight per broker, as last published by the engine.
#[derive(Debug, Default)]
pub(crate) struct BrokerLoad {
    nodes: Mutex<HashMap<i32, usize>>,
}

impl BrokerLoad {
    /// Replaces the loads (brokers not named have none).
    pub(crate) fn publish(&self, loads: HashMap<i32, usize>) {
        *lock(&self.nodes) = loads;
    }

    /// The partitions of `topic` below `partitions` whose leader is known
    /// and listed among the brokers, with that leader's load.
    pub(crate) fn candidates(
        &self,
        metadata: &ClusterMetadata,
        topic: &str,
        partitions: i32,
    ) -> Vec<Candidate> {
        let Some(meta) = metadata.topics.get(topic) else {
            return Vec::new();
        };
        let nodes = lock(&self.nodes);
        meta.partitions
            .iter()
            .filter(|p| (0..partitions).contains(&p.partition))
            .filter_map(|p| {
                let leader = p.leader.filter(|n| metadata.brokers.contains_key(n))?;
                Some(Candidate {
                    partition: p.partition,
                    load: nodes.get(&leader).copied().unwrap_or(0),
                })
            })
            .collect()
    }
}

/// Draws a partition among `candidates`, other than `previous` when there
/// is another, with weight `max_load + 1 - load`; `draw` is a uniform random
/// number. `None` when there is no candidate.
pub(crate) fn pick(candidates: &[Candidate], previous: Option<i32>, draw: u64) -> Option<i32> {
    let others = candidates.iter().filter(|c| Some(c.partition) != previous).count();
    let eligible: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| others == 0 || Some(c.partition) != previous)
        .collect();
    let max = eligible.iter().map(|c| c.load).max()?;
    let weight = |c: &Candidate| (max - c.load + 1) as u64;
    let total: u64 = eligible.iter().map(|c| weight(c)).sum();
    let mut point = draw % total;
    for candidate in &eligible {
        let w = weight(candidate);
        if point < w {
            return Some(candidate.partition);
        }
        point -= w;
    }
    eligible.last().map(|c| c.partition)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::metadata::{BrokerInfo, PartitionMetadata, TopicMetadata};
    use std::collections::BTreeMap;

    fn c(partition: i32, load: usize) -> Candidate {
        Candidate { partition, load }
    }

    /// How often each partition is drawn over every draw in `0..total`.
    fn counts(candidates: &[Candidate], previous: Option<i32>, total: u64) -> HashMap<i32, u64> {
        let mut out = HashMap::new();
        for draw in 0..total {
            *out.entry(pick(candidates, previous, draw).unwrap()).or_default() += 1;
        }
        out
    }

    #[test]
    fn equal_loads_are_drawn_uniformly() {
        let got = counts(&[c(0, 3), c(1, 3), c(2, 3)], None, 3);
        assert_eq!(got, HashMap::from([(0, 1), (1, 1), (2, 1)]));
    }

    #[test]
    fn less_loaded_brokers_are_favoured_in_proportion() {
        // weights: 11, 1, 6 (max 10, plus one, minus the load)
        let got = counts(&[c(0, 0), c(1, 10), c(2, 5)], None, 18);
        assert_eq!(got, HashMap::from([(0, 11), (1, 1), (2, 6)]));
    }

    #[test]
    fn the_previous_partition_is_avoided_when_there_is_another() {
        let got = counts(&[c(0, 0), c(1, 0), c(2, 0)], Some(1), 10);
        assert!(!got.contains_key(&1));
        assert_eq!(pick(&[c(4, 7)], Some(4), 12), Some(4));
        assert_eq!(pick(&[], None, 1), None);
    }

    #[test]
    fn partitions_without_a_live_leader_are_not_candidates() {
        let broker = |id| BrokerInfo {
            node_id: id,
            host: "h".into(),
            port: 1,
            rack: None,
        };
        let partition = |index, leader| PartitionMetadata {
            partition: index,
            leader,
            leader_epoch: 0,
            replicas: Vec::new(),
            isr: Vec::new(),
            offline_replicas: Vec::new(),
            error_code: 0,
        };
        let mut metadata = ClusterMetadata::empty(tokio::time::Instant::now());
        metadata.brokers = BTreeMap::from([(1, broker(1)), (2, broker(2))]);
        metadata.topics.insert(
            "t".into(),
            TopicMetadata {
                name: "t".into(),
                topic_id: Default::default(),
                is_internal: false,
                partitions: vec![
                    partition(0, Some(1)),
                    partition(1, None),    // no leader
                    partition(2, Some(3)), // leader not among the brokers
                    partition(3, Some(2)),
                    partition(4, Some(2)), // beyond the count asked for
                ],
            },
        );
        let load = BrokerLoad::default();
        load.publish(HashMap::from([(1, 4), (2, 9)]));
        assert_eq!(load.candidates(&metadata, "t", 4), vec![c(0, 4), c(3, 9)]);
        assert!(load.candidates(&metadata, "missing", 4).is_empty());
    }
}
