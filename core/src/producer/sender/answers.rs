//! Answers: what the engine does with each partition's produce result.

use super::*;

impl Engine {
    pub(super) fn on_answer(&mut self, answer: Answer) {
        let Some(request) = self.requests.remove(&answer.id) else {
            return;
        };
        if let Some(count) = self.node_in_flight.get_mut(&request.node) {
            *count = count.saturating_sub(1);
        }
        match answer.result {
            Ok(None) => {
                for (tp, batch) in request.batches {
                    self.succeed(tp, batch, -1, -1);
                }
            }
            Ok(Some(response)) => {
                let mut by_partition = index_response(response);
                for (tp, mut batch) in request.batches {
                    let found = by_partition
                        .remove(&(tp.topic.to_string(), tp.partition))
                        .or_else(|| {
                            let id = self
                                .cluster
                                .metadata()
                                .topics
                                .get(&*tp.topic)
                                .map(|t| t.topic_id)?;
                            by_partition.remove(&(format!("{id:?}"), tp.partition))
                        });
                    match found {
                        Some(partition) => self.on_partition_answer(tp, batch, partition),
                        None => {
                            batch.last_error = Some(Error::kafka(
                                ErrorCode::UNKNOWN_SERVER_ERROR.0,
                                ErrorContext::partition(
                                    "Produce",
                                    tp.topic.to_string(),
                                    tp.partition,
                                ),
                                Some("the broker's answer left this partition out".to_owned()),
                            ));
                            self.retry(tp, batch, false);
                        }
                    }
                }
            }
            Err(error) => {
                // Whatever kept the request from its answer (no connection,
                // a broker missing from metadata, a lost or garbled answer)
                // may pass; only errors that repeat until a person acts are
                // final. With idempotence, re-sending is safe either way.
                let fatal = matches!(
                    error,
                    Error::Authentication { .. }
                        | Error::Authorization { .. }
                        | Error::UnsupportedVersion { .. }
                        | Error::Config { .. }
                        | Error::Shutdown
                );
                self.request_metadata();
                for (tp, mut batch) in request.batches {
                    batch.last_error = Some(error.clone());
                    if fatal {
                        self.fail(tp, batch, &error);
                    } else {
                        self.retry(tp, batch, false);
                    }
                }
            }
        }
    }

    fn on_partition_answer(
        &mut self,
        tp: TopicPartition,
        mut batch: Batch,
        answer: PartitionProduceResponse,
    ) {
        let code = ErrorCode(answer.error_code);
        if code == ErrorCode::NONE {
            return self.succeed(tp, batch, answer.base_offset, answer.log_append_time_ms);
        }
        if code == ErrorCode::DUPLICATE_SEQUENCE_NUMBER {
            // An earlier attempt of this very batch was written.
            return self.succeed(tp, batch, -1, -1);
        }
        let error = Error::kafka(
            code.0,
            ErrorContext::partition("Produce", tp.topic.to_string(), tp.partition),
            answer.error_message.clone(),
        );
        batch.last_error = Some(error.clone());
        if code.invalidates_metadata() {
            self.request_metadata();
        }
        let idempotent = batch.numbering.is_some();
        match code {
            ErrorCode::MESSAGE_TOO_LARGE | ErrorCode::RECORD_LIST_TOO_LARGE if batch.len() > 1 => {
                let (first, second) = batch.split();
                *self.marks.entry(second.mark).or_default() += 1;
                if let Some(state) = self.partitions.get_mut(&tp) {
                    state.in_flight = state.in_flight.saturating_sub(1);
                    state.failed.push(first);
                    state.failed.push(second);
                }
            }
            ErrorCode::OUT_OF_ORDER_SEQUENCE_NUMBER if idempotent => {
                // A batch with an earlier batch of its partition still
                // outstanding fails because that one has not landed: it is
                // retried in order behind it. With none, the gap is real.
                let current = batch
                    .numbering
                    .is_some_and(|n| n.generation == self.identity.generation());
                if current && !self.earlier_outstanding(&tp, batch.order) {
                    self.bump_epoch();
                }
                self.retry(tp, batch, true);
            }
            ErrorCode::UNKNOWN_PRODUCER_ID if idempotent => {
                if batch
                    .numbering
                    .is_some_and(|n| n.generation == self.identity.generation())
                {
                    self.bump_epoch();
                }
                self.retry(tp, batch, true);
            }
            ErrorCode::INVALID_PRODUCER_EPOCH
                if batch
                    .numbering
                    .is_some_and(|n| n.generation != self.identity.generation()) =>
            {
                self.retry(tp, batch, true);
            }
            _ if code.is_retriable() => self.retry(tp, batch, false),
            _ => {
                if idempotent {
                    self.bump_epoch();
                }
                self.fail(tp, batch, &error);
            }
        }
    }

    /// Whether a batch of `tp` sent before the one of `order` is in flight
    /// or waiting to be retried (later batches do not count).
    fn earlier_outstanding(&self, tp: &TopicPartition, order: u128) -> bool {
        let failed = self
            .partitions
            .get(tp)
            .is_some_and(|s| s.failed.iter().any(|b| b.order < order));
        failed
            || self
                .requests
                .values()
                .flat_map(|r| r.batches.iter())
                .any(|(t, b)| t == tp && b.order < order)
    }

    fn succeed(&mut self, tp: TopicPartition, batch: Batch, base_offset: i64, append_time: i64) {
        if let Some(state) = self.partitions.get_mut(&tp) {
            state.in_flight = state.in_flight.saturating_sub(1);
            if batch.numbering.is_some_and(|n| n.generation == state.generation) {
                state.confirmed = true;
            }
            if state.failed.is_empty() {
                state.attempt_backoff = Duration::ZERO;
            }
        }
        drop_mark(&mut self.marks, &batch);
        batch.succeed(
            &tp.topic,
            tp.partition,
            base_offset,
            append_time,
            &self.memory,
        );
    }

    fn fail(&mut self, tp: TopicPartition, batch: Batch, error: &Error) {
        if let Some(state) = self.partitions.get_mut(&tp) {
            state.in_flight = state.in_flight.saturating_sub(1);
        }
        drop_mark(&mut self.marks, &batch);
        batch.fail(error, &self.memory);
    }

    /// Parks a failed batch until its partition's requests in flight have
    /// answered. `immediate` retries skip the backoff (sequence repairs).
    fn retry(&mut self, tp: TopicPartition, mut batch: Batch, immediate: bool) {
        if let Some(error) = self.aborting.clone() {
            return self.fail(tp, batch, &error);
        }
        if let Some(broken) = self.broken.clone() {
            let error = batch.last_error.clone().unwrap_or(broken);
            return self.fail(tp, batch, &error);
        }
        batch.attempts += 1;
        let Some(state) = self.partitions.get_mut(&tp) else {
            return;
        };
        state.in_flight = state.in_flight.saturating_sub(1);
        if !immediate {
            let next = if state.attempt_backoff.is_zero() {
                self.config.retry_backoff
            } else {
                (state.attempt_backoff * 2).min(self.config.retry_backoff_max)
            };
            state.attempt_backoff = next;
        }
        state.failed.push(batch);
    }
}

/// Partition answers by (topic name, or the topic id's debug form when the
/// answer carries ids instead of names, partition).
fn index_response(response: ProduceResponse) -> HashMap<(String, i32), PartitionProduceResponse> {
    let mut out = HashMap::new();
    for topic in response.responses {
        let key = if topic.name.is_empty() {
            format!("{:?}", topic.topic_id)
        } else {
            topic.name
        };
        for partition in topic.partition_responses {
            out.insert((key.clone(), partition.index), partition);
        }
    }
    out
}
