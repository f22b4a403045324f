//! The ferrokafka side: produce through `send_batch`, consume through a
//! `Consumer` with every partition assigned. Runs inside a client process.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use bytes::Bytes;
use ferrokafka::cluster::ClientConfig;
use ferrokafka::consumer::{AutoOffsetReset, Consumer, ConsumerConfig, TopicPartition};
use ferrokafka::producer::{Message, Producer, ProducerConfig};
use ferrokafka::record::Compression;

use crate::spec::{payload, Codec, Job, Timing};

/// Records per `send_batch` call, and calls outstanding at once.
pub const CHUNK: usize = 10_000;
pub const WINDOW: usize = 8;

/// Longest wait for the next record while consuming before giving up.
const STALL: Duration = Duration::from_secs(60);

pub async fn produce(job: &Job) -> Result<Timing, String> {
    let client = ClientConfig::from_bootstrap(&job.brokers).map_err(|e| e.to_string())?;
    let config = ProducerConfig {
        compression: match job.codec {
            Codec::None => Compression::None,
            Codec::Zstd => Compression::Zstd { level: None },
        },
        ..ProducerConfig::default()
    };
    let producer = Producer::connect(client, config)
        .await
        .map_err(|e| e.to_string())?;
    producer
        .cluster()
        .topic(&job.topic)
        .await
        .map_err(|e| e.to_string())?;
    let value = Bytes::from(payload(job.value_bytes));
    let started = Instant::now();
    let mut window = VecDeque::new();
    let mut failed = 0;
    let mut sent = 0;
    while sent < job.records {
        let n = CHUNK.min(job.records - sent);
        let messages: Vec<Message> = (0..n)
            .map(|_| Message::new().value(value.clone()))
            .collect();
        let (p, topic) = (producer.clone(), job.topic.clone());
        window.push_back(tokio::spawn(
            async move { p.send_batch(&topic, messages).await },
        ));
        sent += n;
        if window.len() >= WINDOW {
            if let Some(h) = window.pop_front() {
                failed += h
                    .await
                    .map_err(|e| e.to_string())?
                    .iter()
                    .filter(|r| r.is_err())
                    .count();
            }
        }
    }
    for h in window {
        failed += h
            .await
            .map_err(|e| e.to_string())?
            .iter()
            .filter(|r| r.is_err())
            .count();
    }
    let seconds = started.elapsed().as_secs_f64();
    producer
        .close(Duration::from_secs(30))
        .await
        .map_err(|e| e.to_string())?;
    Ok(Timing {
        records: job.records,
        seconds,
        failed: Some(failed),
    })
}

pub async fn consume(job: &Job) -> Result<Timing, String> {
    let mut config = ConsumerConfig::from_bootstrap(&job.brokers).map_err(|e| e.to_string())?;
    config.auto_offset_reset = AutoOffsetReset::Earliest;
    let consumer = Consumer::connect(config).await.map_err(|e| e.to_string())?;
    let topic = consumer
        .cluster()
        .topic(&job.topic)
        .await
        .map_err(|e| e.to_string())?;
    let partitions = topic
        .partitions
        .iter()
        .map(|p| TopicPartition::new(&job.topic, p.partition));
    let started = Instant::now();
    consumer
        .assign(partitions)
        .await
        .map_err(|e| e.to_string())?;
    let (mut records, mut value_bytes) = (0, 0);
    while records < job.records {
        let batch = consumer.poll(STALL).await.map_err(|e| e.to_string())?;
        if batch.is_empty() {
            return Err(format!(
                "no record for {STALL:?} after {records} of {}",
                job.records
            ));
        }
        records += batch.len();
        value_bytes += batch
            .iter()
            .map(|r| r.value.as_ref().map_or(0, Bytes::len))
            .sum::<usize>();
    }
    let seconds = started.elapsed().as_secs_f64();
    consumer.close().await;
    check_bytes(value_bytes, records, job.value_bytes)?;
    Ok(Timing {
        records,
        seconds,
        failed: None,
    })
}

/// Every record read must carry a value of the size written.
pub fn check_bytes(seen: usize, records: usize, value_bytes: usize) -> Result<(), String> {
    if seen != records * value_bytes {
        return Err(format!(
            "read {seen} value bytes in {records} records of {value_bytes} bytes"
        ));
    }
    Ok(())
}
