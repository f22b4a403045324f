//! The delivery deadline holds for retried batches: `requeue_and_expire`.

use bytes::Bytes;

use super::drain::requeue_and_expire;
use super::*;

fn batch(id: u64, created: Instant, numbered: bool) -> Batch {
    let mut batch = Batch::new(id, created);
    let record = Record {
        value: Some(Bytes::from_static(b"v")),
        ..Record::default()
    };
    batch.push(
        record,
        10,
        Completion::One(oneshot::channel().0, None),
    );
    if numbered {
        batch.numbering = Some(Numbering {
            generation: 1,
            producer_id: 7,
            producer_epoch: 0,
            base_sequence: (id as i32) * 10,
        });
    }
    batch
}

fn run(state: &mut PartitionState, now: Instant, config: &ProducerConfig) -> (Vec<u128>, Option<Instant>) {
    let mut wake = None;
    let expired = requeue_and_expire(state, now, config, &mut |at| {
        wake = Some(wake.map_or(at, |w: Instant| w.min(at)));
    });
    (expired.iter().map(|b| b.order).collect(), wake)
}

#[test]
fn an_immediate_retry_past_its_deadline_fails_instead_of_being_sent() {
    let config = ProducerConfig::default();
    let created = Instant::now();
    let mut state = PartitionState::default();
    // Refused with OUT_OF_ORDER_SEQUENCE_NUMBER: parked without a backoff.
    let mut refused = batch(1, created, true);
    refused.attempts = 3;
    state.failed.push(refused);
    let now = created + config.delivery_timeout + Duration::from_millis(1);
    let (expired, _) = run(&mut state, now, &config);
    assert_eq!(expired, vec![1u128 << 64]);
    assert!(state.queue.is_empty() && state.failed.is_empty());
}

#[test]
fn a_retry_within_its_deadline_goes_back_first_in_order() {
    let config = ProducerConfig::default();
    let created = Instant::now();
    let mut state = PartitionState::default();
    state.queue.push_back(batch(3, created, false));
    state.failed.push(batch(2, created, true));
    state.failed.push(batch(1, created, true));
    let (expired, wake) = run(&mut state, created + Duration::from_secs(1), &config);
    assert!(expired.is_empty());
    let order: Vec<u128> = state.queue.iter().map(|b| b.order >> 64).collect();
    assert_eq!(order, vec![1, 2, 3]);
    assert_eq!(wake, Some(created + config.delivery_timeout), "wakes at the head's deadline");
}

#[test]
fn only_the_batches_past_their_deadline_fail() {
    let config = ProducerConfig::default();
    let old = Instant::now();
    let young = old + config.delivery_timeout / 2;
    let mut state = PartitionState::default();
    state.failed.push(batch(1, old, true));
    state.queue.push_back(batch(2, young, true));
    let (expired, wake) = run(&mut state, old + config.delivery_timeout, &config);
    assert_eq!(expired, vec![1u128 << 64]);
    assert_eq!(state.queue.len(), 1);
    assert_eq!(wake, Some(young + config.delivery_timeout));
}

#[test]
fn a_numbered_retry_waits_for_the_partitions_requests_in_flight() {
    let config = ProducerConfig::default();
    let created = Instant::now();
    let mut state = PartitionState {
        in_flight: 1,
        ..PartitionState::default()
    };
    state.failed.push(batch(2, created, true));
    let late = created + config.delivery_timeout * 2;
    let (expired, _) = run(&mut state, late, &config);
    assert!(expired.is_empty(), "decided once the earlier request answered");
    assert_eq!(state.failed.len(), 1);
    // The request in flight answered: now the deadline applies.
    state.in_flight = 0;
    let (expired, _) = run(&mut state, late, &config);
    assert_eq!(expired, vec![2u128 << 64]);
}
