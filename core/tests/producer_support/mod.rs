//! Helpers for the producer tests: reading a partition back with raw Fetch
//! requests and this crate's record reader, independent of the producer.
#![allow(dead_code)]

use ferrokafka::cluster::Cluster;
use ferrokafka::protocol::messages::fetch_request::{FetchPartition, FetchTopic};
use ferrokafka::protocol::messages::FetchRequest;
use ferrokafka::record::{CompressionCodec, Entry, ReadOptions, ReadRecord, RecordBatches};

/// One partition as read back.
#[derive(Debug, Default)]
pub struct Partition {
    /// Codec of each batch, in order.
    pub codecs: Vec<CompressionCodec>,
    /// Producer id of each batch, in order.
    pub producer_ids: Vec<i64>,
    /// User records, in offset order.
    pub records: Vec<ReadRecord>,
}

/// Reads a partition from offset 0 up to its high watermark, from its
/// current leader (refreshing metadata and retrying while leadership moves).
pub async fn read_partition(cluster: &Cluster, topic: &str, partition: i32) -> Partition {
    let mut out = Partition::default();
    let mut next_offset = 0i64;
    let mut failures = 0;
    loop {
        let attempt = async {
            let (broker, _) = cluster.leader(topic, partition).await?;
            let meta = cluster.topic(topic).await?;
            let request = FetchRequest {
                max_wait_ms: 200,
                min_bytes: 1,
                max_bytes: 32 << 20,
                topics: vec![FetchTopic {
                    topic: topic.to_owned(),
                    topic_id: meta.topic_id,
                    partitions: vec![FetchPartition {
                        partition,
                        fetch_offset: next_offset,
                        partition_max_bytes: 16 << 20,
                        ..Default::default()
                    }],
                    ..Default::default()
                }],
                ..Default::default()
            };
            broker.send(&request).await
        }
        .await;
        let response = match attempt {
            Ok(response)
                if response.error_code == 0
                    && response.responses[0].partitions[0].error_code == 0 =>
            {
                response
            }
            other => {
                failures += 1;
                assert!(
                    failures < 100,
                    "fetching {topic}-{partition} keeps failing: {other:?}"
                );
                let _ = cluster.refresh().await;
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                continue;
            }
        };
        let data = &response.responses[0].partitions[0];
        let high_watermark = data.high_watermark;
        let options = ReadOptions {
            min_offset: next_offset,
            ..ReadOptions::default()
        };
        let mut batches =
            RecordBatches::with_options(data.records.clone().unwrap_or_default(), options);
        for batch in &mut batches {
            let batch = batch.expect("a valid batch");
            out.codecs
                .push(batch.header().compression().expect("a known codec"));
            out.producer_ids.push(batch.header().producer_id);
            for entry in batch.records().expect("decodable records") {
                if let Entry::Record(record) = entry.expect("a valid record") {
                    out.records.push(record);
                }
            }
            next_offset = batch.next_offset();
        }
        if next_offset >= high_watermark {
            return out;
        }
    }
}
