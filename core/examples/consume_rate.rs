//! Measures how long a consumer takes to read a topic written beforehand.
//!
//! `cargo run -p ferrokafka --example consume_rate -- BROKERS [RECORDS]
//! [VALUE_BYTES] [PARTITIONS] [FETCH_MAX_WAIT_MS] [BATCH_BYTES]` writes
//! RECORDS records of VALUE_BYTES bytes (default 200000 x 1024) in batches
//! of about BATCH_BYTES (default 16 KiB) to a new topic of PARTITIONS
//! partitions (default 3), unevenly (runs of batches per partition, as a
//! sticky partitioner leaves them), then reads them all back from the
//! beginning with `fetch_max_wait` FETCH_MAX_WAIT_MS (default 500) and
//! prints the time the reading took.

use std::time::{Duration, Instant};

use bytes::Bytes;
use ferrokafka::admin::{Admin, NewTopic};
use ferrokafka::cluster::{ClientConfig, Cluster};
use ferrokafka::consumer::{AutoOffsetReset, Consumer, ConsumerConfig, TopicPartition};
use ferrokafka::protocol::messages::produce_request::{PartitionProduceData, TopicProduceData};
use ferrokafka::protocol::messages::ProduceRequest;
use ferrokafka::record::{BatchParams, Record, RecordBatchBuilder};

fn arg<T: std::str::FromStr>(args: &[String], i: usize, default: T) -> T {
    args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default)
}

#[tokio::main]
async fn main() -> ferrokafka::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let brokers = args.get(1).cloned().unwrap_or_else(|| "127.0.0.1:9092".to_owned());
    let total: usize = arg(&args, 2, 200_000);
    let size: usize = arg(&args, 3, 1024);
    let partitions: i32 = arg(&args, 4, 3);
    let wait_ms: u64 = arg(&args, 5, 500);

    let client = ClientConfig::from_bootstrap(&brokers)?;
    let admin = Admin::connect(client.clone()).await?;
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    let topic = format!("consume-rate-{nanos}");
    admin.create_topic(NewTopic::new(&topic, partitions, 1)).await?;
    admin.close().await;

    let cluster = Cluster::connect(client.clone()).await?;
    let value = Bytes::from(vec![b'x'; size]);
    let batch_bytes: usize = arg(&args, 6, 16 * 1024);
    let per_batch = (batch_bytes / size.max(1)).max(1);
    let mut written = 0;
    let mut partition = 0;
    while written < total {
        let n = per_batch.min(total - written);
        let mut builder = RecordBatchBuilder::new(BatchParams::default());
        for _ in 0..n {
            builder.append(&Record { key: None, value: Some(value.clone()), headers: vec![], timestamp: 1 }).expect("append");
        }
        let (broker, _) = cluster.leader(&topic, partition).await?;
        let request = ProduceRequest {
            acks: -1,
            timeout_ms: 30_000,
            topic_data: vec![TopicProduceData {
                name: topic.clone(),
                topic_id: cluster.topic(&topic).await?.topic_id,
                partition_data: vec![PartitionProduceData {
                    index: partition,
                    records: Some(builder.finish().expect("batch")),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        };
        broker.send(&request).await?;
        written += n;
        // Uneven, like a sticky partitioner: runs of batches per partition.
        if (written / per_batch).is_multiple_of(3 + partition as usize) {
            partition = (partition + 1) % partitions;
        }
    }
    cluster.shutdown().await;

    let mut config = ConsumerConfig::new(client);
    config.auto_offset_reset = AutoOffsetReset::Earliest;
    config.fetch_max_wait = Duration::from_millis(wait_ms);
    let consumer = Consumer::connect(config).await?;
    consumer.assign((0..partitions).map(|p| TopicPartition::new(&topic, p))).await?;
    let start = Instant::now();
    let mut read = 0;
    while read < total {
        read += consumer.poll(Duration::from_secs(10)).await?.len();
    }
    let elapsed = start.elapsed();
    println!(
        "{total} records of {size} B over {partitions} partition(s), fetch_max_wait {wait_ms} ms: read in {:.2} s",
        elapsed.as_secs_f64()
    );
    consumer.close().await;
    Ok(())
}
