//! Draining: packing ready batches into requests per broker, and the
//! delivery timeout of batches not on the wire.

use super::*;

impl Engine {
    /// Sends what is ready; returns when to look again.
    pub(super) fn drain(&mut self, now: Instant) -> Option<Instant> {
        let mut wake: Option<Instant> = None;
        let mut soonest = |at: Instant| wake = Some(wake.map_or(at, |w: Instant| w.min(at)));
        let unusable = match &self.identity {
            IdentityState::Failed(error) => Some(error.clone()),
            _ => self.broken.clone(),
        };
        if let Some(error) = unusable {
            for state in self.partitions.values_mut() {
                for batch in state.queue.drain(..) {
                    drop_mark(&mut self.marks, &batch);
                    batch.fail(&error, &self.memory);
                }
            }
        }
        self.expire(now, &mut soonest);
        let metadata = self.cluster.metadata();
        let flushing = !self.flushes.is_empty() || self.closing.is_some();
        let mut need_metadata = false;
        loop {
            let mut building: HashMap<i32, (usize, Vec<(TopicPartition, Batch)>)> = HashMap::new();
            for (tp, state) in self.partitions.iter_mut() {
                // Failed batches went back to the queue in `expire`, once
                // the partition had nothing in flight.
                if !state.failed.is_empty() {
                    continue; // waiting for the rest of its requests
                }
                if let Some(until) = state.backoff_until {
                    if now < until {
                        soonest(until);
                        continue;
                    }
                    state.backoff_until = None;
                }
                let Some(head) = state.queue.front() else {
                    continue;
                };
                let ready = state.queue.len() > 1 || head.attempts > 0 || flushing || {
                    let due = head.created + self.config.linger;
                    if now < due {
                        soonest(due);
                    }
                    now >= due
                };
                if !ready {
                    continue;
                }
                let numbering_base = match &self.identity {
                    IdentityState::Disabled => None,
                    IdentityState::Ready(identity) => Some(*identity),
                    IdentityState::Pending { .. } | IdentityState::Failed(_) => continue,
                };
                if let Some(identity) = numbering_base {
                    if state.generation != identity.generation {
                        if state.in_flight > 0 {
                            continue;
                        }
                        state.generation = identity.generation;
                        state.next_sequence = 0;
                        state.confirmed = false;
                        state.queue.iter_mut().for_each(Batch::clear_numbering);
                    }
                }
                if state.in_flight >= self.config.max_in_flight
                    || (numbering_base.is_some() && !state.confirmed && state.in_flight > 0)
                {
                    continue;
                }
                let Some(node) = leader(&metadata, tp) else {
                    need_metadata = true;
                    continue;
                };
                if self.node_in_flight.get(&node).copied().unwrap_or(0) >= self.config.max_in_flight
                {
                    continue;
                }
                let Some(mut batch) = state.queue.pop_front() else {
                    continue;
                };
                let numbering = numbering_base.map(|identity| match batch.numbering {
                    Some(numbering) => numbering,
                    None => {
                        let numbering = Numbering {
                            generation: identity.generation,
                            producer_id: identity.producer_id,
                            producer_epoch: identity.producer_epoch,
                            base_sequence: state.next_sequence,
                        };
                        state.next_sequence = sequence::advance(state.next_sequence, batch.len());
                        batch.numbering = Some(numbering);
                        numbering
                    }
                });
                let params = BatchParams {
                    producer_id: numbering.map_or(-1, |n| n.producer_id),
                    producer_epoch: numbering.map_or(-1, |n| n.producer_epoch),
                    base_sequence: numbering.map_or(-1, |n| n.base_sequence),
                    compression: self.config.compression,
                    transactional: self.config.transactional_id.is_some(),
                    ..BatchParams::default()
                };
                let bytes = match batch.encode(&mut self.builder, params, numbering) {
                    Ok(bytes) => bytes,
                    Err(error) => {
                        drop_mark(&mut self.marks, &batch);
                        batch.fail(&error, &self.memory);
                        continue;
                    }
                };
                let (size, batches) = building.entry(node).or_insert_with(|| (0, Vec::new()));
                if !batches.is_empty() && *size + bytes.len() + 64 > self.config.max_request_size {
                    state.queue.push_front(batch);
                    continue;
                }
                *size += bytes.len() + 64;
                batch.encoded_now = Some(bytes);
                state.in_flight += 1;
                batches.push((tp.clone(), batch));
            }
            if building.is_empty() {
                break;
            }
            for (node, (_, batches)) in building {
                self.dispatch(node, batches, &metadata);
            }
        }
        if need_metadata {
            self.request_metadata();
        }
        self.publish_load(&metadata);
        wake
    }

    /// Publishes how many batches wait for or are in flight to each broker.
    fn publish_load(&self, metadata: &ClusterMetadata) {
        let mut loads: HashMap<i32, usize> = HashMap::new();
        for (tp, state) in &self.partitions {
            let batches = state.queue.len() + state.failed.len() + state.in_flight;
            if batches > 0 {
                if let Some(node) = leader(metadata, tp) {
                    *loads.entry(node).or_default() += batches;
                }
            }
        }
        self.load.publish(loads);
    }

    /// Fails batches that have waited longer than `delivery_timeout` and are
    /// not on the wire, retries included (see [`requeue_and_expire`]).
    fn expire(&mut self, now: Instant, soonest: &mut impl FnMut(Instant)) {
        let timeout = self.config.delivery_timeout;
        let mut bump = false;
        let identity_error = self.last_identity_error.clone();
        for (tp, state) in self.partitions.iter_mut() {
            for batch in requeue_and_expire(state, now, &self.config, soonest) {
                bump |= batch.numbering.is_some();
                let last = batch.last_error.clone().or_else(|| identity_error.clone());
                let error = delivery_timeout(tp, batch.len(), timeout, last.as_ref());
                drop_mark(&mut self.marks, &batch);
                batch.fail(&error, &self.memory);
            }
        }
        if bump {
            // The broker may hold some of the expired sequences and not
            // others; only a new epoch makes numbering safe again.
            self.bump_epoch();
        }
    }

    fn dispatch(
        &mut self,
        node: i32,
        batches: Vec<(TopicPartition, Batch)>,
        metadata: &ClusterMetadata,
    ) {
        self.next_id += 1;
        let id = self.next_id;
        let mut topics: BTreeMap<Arc<str>, Vec<PartitionProduceData>> = BTreeMap::new();
        for (tp, batch) in &batches {
            topics
                .entry(Arc::clone(&tp.topic))
                .or_default()
                .push(PartitionProduceData {
                    index: tp.partition,
                    records: batch.encoded_now.clone(),
                    ..Default::default()
                });
        }
        let request = ProduceRequest {
            transactional_id: self.config.transactional_id.clone(),
            acks: self.config.acks.wire(),
            timeout_ms: self
                .config
                .request_timeout
                .as_millis()
                .min(i32::MAX as u128) as i32,
            topic_data: topics
                .into_iter()
                .map(|(topic, partition_data)| TopicProduceData {
                    topic_id: metadata
                        .topics
                        .get(&*topic)
                        .map(|t| t.topic_id)
                        .unwrap_or_default(),
                    name: topic.to_string(),
                    partition_data,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        let link = match self.links.get(&node) {
            Some(link) if !link.is_closed() => link.clone(),
            _ => {
                let answer_timeout = self.config.request_timeout + Duration::from_secs(5);
                let link = broker_link::spawn(
                    self.cluster.clone(),
                    node,
                    answer_timeout,
                    self.events_tx.clone(),
                );
                self.links.insert(node, link.clone());
                link
            }
        };
        *self.node_in_flight.entry(node).or_default() += 1;
        self.requests.insert(id, InFlight { node, batches });
        if link.send(Job { id, request }).is_err() {
            let _ = self.events_tx.send(Event::Answer(Answer {
                id,
                result: Err(Error::Shutdown),
            }));
        }
    }
}

/// Puts a partition's failed batches back at the head of its queue, in
/// their original order, and starts its backoff.
fn requeue_failed(state: &mut PartitionState, now: Instant, config: &ProducerConfig) {
    let mut failed = std::mem::take(&mut state.failed);
    failed.sort_by_key(|b| b.order);
    for batch in failed.into_iter().rev() {
        state.queue.push_front(batch);
    }
    if !state.attempt_backoff.is_zero() {
        let jitter = rand::random::<f64>() * 0.2 + 0.9;
        state.backoff_until = Some(
            now + state
                .attempt_backoff
                .mul_f64(jitter)
                .min(config.retry_backoff_max),
        );
    }
}

/// Readies one partition's queue for sending and returns the batches whose
/// delivery deadline has passed. Failed batches go back at the head of the
/// queue once none of the partition's requests are in flight; then the
/// batches at the head are checked against their deadline. Every retry,
/// immediate (a sequence repair) or after a backoff, goes through this
/// check before it can be sent again, so a broker that keeps refusing a
/// batch cannot hold it past `delivery_timeout`. A numbered batch behind
/// requests in flight is decided once they have answered, so that the
/// partition's order holds.
pub(super) fn requeue_and_expire(
    state: &mut PartitionState,
    now: Instant,
    config: &ProducerConfig,
    soonest: &mut impl FnMut(Instant),
) -> Vec<Batch> {
    if state.in_flight == 0 && !state.failed.is_empty() {
        requeue_failed(state, now, config);
    }
    let mut expired = Vec::new();
    while let Some(head) = state.queue.front() {
        let deadline = head.created + config.delivery_timeout;
        if now < deadline {
            soonest(deadline);
            break;
        }
        if head.numbering.is_some() && state.in_flight > 0 {
            break;
        }
        let Some(batch) = state.queue.pop_front() else {
            break;
        };
        expired.push(batch);
    }
    expired
}

fn leader(metadata: &ClusterMetadata, tp: &TopicPartition) -> Option<i32> {
    let partition = metadata.topics.get(&*tp.topic)?.partition(tp.partition)?;
    let node = partition.leader?;
    metadata.brokers.contains_key(&node).then_some(node)
}

fn delivery_timeout(
    tp: &TopicPartition,
    records: i32,
    after: Duration,
    last: Option<&Error>,
) -> Error {
    let last = match last {
        Some(error) => format!("last error: {error}"),
        None => "no leader or producer id was available in time".to_owned(),
    };
    Error::Timeout {
        operation: format!(
            "delivering {records} record(s) to {}-{} within delivery_timeout ({last})",
            tp.topic, tp.partition
        ),
        after,
    }
}
