//! The producer: one native call per `send()`.
//!
//! The TypeScript layer packs a send's keys, values and headers into one
//! buffer and describes the records in flat tables (see `RECORD_FIELDS` and
//! `HEADER_FIELDS`); results come back as typed arrays, not one object per
//! record.

use bytes::Bytes;
use ferrokafka::producer::{Message, Producer};
use ferrokafka::record::Header;
use ferrokafka::Error;
use napi::bindgen_prelude::{BigInt64Array, Buffer, Float64Array, Int32Array};
use napi_derive::napi;

use crate::errors::{to_js, IntoJs};
use crate::options::{self, ClientOptions, ProducerOptions};

/// Per record: partition (-1: let the partitioner choose), key start, key
/// length (-1: null), value start, value length (-1: null), first header,
/// header count.
const RECORD_FIELDS: usize = 7;
/// Per header: key start, key length, value start, value length (-1: null).
const HEADER_FIELDS: usize = 4;

/// The outcome of one send, record by record.
#[napi(object)]
pub struct SendResults {
    pub partitions: Int32Array,
    pub offsets: BigInt64Array,
    pub timestamps: Float64Array,
    /// Indexes of the records that failed, with `errors` beside them.
    pub failed: Vec<u32>,
    pub errors: Vec<String>,
}

/// A producer.
#[napi]
pub struct NativeProducer {
    pub(crate) inner: Producer,
}

/// Connects a producer.
#[napi]
pub async fn connect_producer(client: ClientOptions, producer: ProducerOptions) -> napi::Result<NativeProducer> {
    let client = options::client(client)?;
    let config = options::producer(&producer)?;
    let inner = Producer::connect(client, config).await.js()?;
    Ok(NativeProducer { inner })
}

fn bad_table(what: &str) -> napi::Error {
    to_js(Error::Config {
        option: "records",
        value: what.to_owned(),
        allowed: "a record table built by the ferrokafka package".to_owned(),
    })
}

fn span(data: &Bytes, start: i32, len: i32) -> napi::Result<Option<Bytes>> {
    if len < 0 {
        return Ok(None);
    }
    let start = usize::try_from(start).map_err(|_| bad_table("a negative span start"))?;
    match start.checked_add(len as usize) {
        Some(end) if end <= data.len() => Ok(Some(data.slice(start..end))),
        _ => Err(bad_table("a span outside the data buffer")),
    }
}

fn messages(data: Bytes, records: &[i32], timestamps: &[f64], headers: &[i32]) -> napi::Result<Vec<Message>> {
    if timestamps.len() * RECORD_FIELDS != records.len() {
        return Err(bad_table("tables of mismatched lengths"));
    }
    let mut out = Vec::with_capacity(timestamps.len());
    for (row, &timestamp) in records.chunks_exact(RECORD_FIELDS).zip(timestamps) {
        let outside = || bad_table("headers outside the header table");
        let first = usize::try_from(row[5]).map_err(|_| outside())?;
        let count = usize::try_from(row[6]).map_err(|_| outside())?;
        let header_rows = headers.get(first * HEADER_FIELDS..(first + count) * HEADER_FIELDS).ok_or_else(outside)?;
        let mut record_headers = Vec::with_capacity(header_rows.len() / HEADER_FIELDS);
        for h in header_rows.chunks_exact(HEADER_FIELDS) {
            let key = span(&data, h[0], h[1])?.unwrap_or_default();
            let key = String::from_utf8(key.to_vec()).map_err(|_| bad_table("a header key that is not UTF-8"))?;
            record_headers.push(Header { key, value: span(&data, h[2], h[3])? });
        }
        out.push(Message {
            partition: (row[0] >= 0).then_some(row[0]),
            key: span(&data, row[1], row[2])?,
            value: span(&data, row[3], row[4])?,
            headers: record_headers,
            timestamp: timestamp.is_finite().then_some(timestamp as i64),
        });
    }
    Ok(out)
}

#[napi]
impl NativeProducer {
    /// Sends the records of one table to `topic` and waits for every result.
    #[napi]
    pub async fn send(
        &self,
        topic: String,
        data: Buffer,
        records: Int32Array,
        timestamps: Float64Array,
        headers: Int32Array,
    ) -> napi::Result<SendResults> {
        let data = Bytes::copy_from_slice(&data);
        let messages = messages(data, &records, &timestamps, &headers)?;
        let results = self.inner.send_batch(&topic, messages).await;
        let n = results.len();
        let (mut partitions, mut offsets, mut times) = (vec![-1; n], vec![-1i64; n], vec![f64::NAN; n]);
        let (mut failed, mut errors) = (Vec::new(), Vec::new());
        for (i, result) in results.into_iter().enumerate() {
            match result {
                Ok(meta) => {
                    partitions[i] = meta.partition;
                    offsets[i] = meta.offset;
                    times[i] = meta.timestamp as f64;
                }
                Err(error) => {
                    failed.push(i as u32);
                    errors.push(to_js(error).reason);
                }
            }
        }
        Ok(SendResults {
            partitions: partitions.into(),
            offsets: offsets.into(),
            timestamps: times.into(),
            failed,
            errors,
        })
    }

    /// The partition count of `topic`, for partitioners written in
    /// JavaScript. Waits for metadata of a topic not seen yet.
    #[napi]
    pub async fn partition_count(&self, topic: String) -> napi::Result<i32> {
        let meta = self.inner.cluster().topic(&topic).await.js()?;
        if meta.partitions.is_empty() {
            return Err(to_js(Error::UnknownTopic { topic }));
        }
        Ok(meta.partitions.len() as i32)
    }

    /// Sends what is buffered and waits for every result.
    #[napi]
    pub async fn flush(&self) -> napi::Result<()> {
        self.inner.flush().await.js()
    }

    /// Flushes (up to `timeout_ms`) and closes the connections.
    #[napi]
    pub async fn close(&self, timeout_ms: u32) -> napi::Result<()> {
        self.inner.close(std::time::Duration::from_millis(u64::from(timeout_ms))).await.js()
    }
}

