//! The rdkafka side (librdkafka built from the crate's vendored sources):
//! produce through `BaseProducer` with delivery reports counted in its
//! context, consume through `BaseConsumer` with every partition assigned.
//! Runs inside a client process.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::KafkaResult;
use rdkafka::message::Message;
use rdkafka::producer::{BaseProducer, BaseRecord, DeliveryResult, Producer, ProducerContext};
use rdkafka::{ClientContext, Offset, TopicPartitionList};

use crate::fk::check_bytes;
use crate::spec::{payload, Job, Timing};

const STALL: Duration = Duration::from_secs(60);

/// The librdkafka version string, e.g. "2.12.1".
pub fn version() -> String {
    rdkafka::util::get_rdkafka_version().1
}

struct Counting {
    failed: Arc<AtomicUsize>,
    done: Arc<AtomicUsize>,
}

impl ClientContext for Counting {}

impl ProducerContext for Counting {
    type DeliveryOpaque = ();
    fn delivery(&self, result: &DeliveryResult<'_>, _: ()) {
        if result.is_err() {
            self.failed.fetch_add(1, Ordering::Relaxed);
        }
        self.done.fetch_add(1, Ordering::Relaxed);
    }
}

pub fn produce(job: &Job) -> Result<Timing, String> {
    let failed = Arc::new(AtomicUsize::new(0));
    let done = Arc::new(AtomicUsize::new(0));
    let context = Counting {
        failed: Arc::clone(&failed),
        done: Arc::clone(&done),
    };
    let producer: BaseProducer<Counting> = ClientConfig::new()
        .set("bootstrap.servers", &job.brokers)
        .set("acks", "all")
        .set("enable.idempotence", "true")
        .set("linger.ms", "5")
        .set("compression.codec", job.codec.name())
        .create_with_context(context)
        .map_err(|e| e.to_string())?;
    let value = payload(job.value_bytes);
    let started = Instant::now();
    for _ in 0..job.records {
        let mut record = BaseRecord::<(), [u8]>::to(&job.topic).payload(&value[..]);
        loop {
            match producer.send(record) {
                Ok(()) => break,
                Err((_, back)) => {
                    // Queue full: serve delivery reports, then try again.
                    record = back;
                    producer.poll(Duration::from_millis(1));
                }
            }
        }
        producer.poll(Duration::ZERO);
    }
    while done.load(Ordering::Relaxed) < job.records {
        producer.poll(Duration::from_millis(10));
    }
    let seconds = started.elapsed().as_secs_f64();
    producer
        .flush(Duration::from_secs(30))
        .map_err(|e| e.to_string())?;
    Ok(Timing {
        records: job.records,
        seconds,
        failed: Some(failed.load(Ordering::Relaxed)),
    })
}

pub fn consume(job: &Job) -> Result<Timing, String> {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &job.brokers)
        .set("group.id", format!("bench-rdkafka-{}", std::process::id()))
        .set("enable.auto.commit", "false")
        .set("auto.offset.reset", "earliest")
        .create()
        .map_err(|e| e.to_string())?;
    let metadata = consumer
        .fetch_metadata(Some(&job.topic), Duration::from_secs(30))
        .map_err(|e| e.to_string())?;
    let mut assignment = TopicPartitionList::new();
    for topic in metadata.topics() {
        for p in topic.partitions() {
            assignment
                .add_partition_offset(&job.topic, p.id(), Offset::Beginning)
                .map_err(|e| e.to_string())?;
        }
    }
    let started = Instant::now();
    consumer.assign(&assignment).map_err(|e| e.to_string())?;
    let (mut records, mut value_bytes) = (0, 0);
    while records < job.records {
        let message: KafkaResult<_> = consumer
            .poll(STALL)
            .ok_or_else(|| format!("no record for {STALL:?} after {records} of {}", job.records))?;
        let message = message.map_err(|e| e.to_string())?;
        records += 1;
        value_bytes += message.payload().map_or(0, <[u8]>::len);
    }
    let seconds = started.elapsed().as_secs_f64();
    check_bytes(value_bytes, records, job.value_bytes)?;
    Ok(Timing {
        records,
        seconds,
        failed: None,
    })
}
