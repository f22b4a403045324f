//! Record batches against a real broker and a third-party client, for every
//! codec, in both directions:
//!
//! - a batch built by this crate's writer (duplicate header keys, a null
//!   header value, null keys and values, binary bytes) is produced with a raw
//!   ProduceRequest, accepted by the broker (which decompresses and validates
//!   it), and read back identically by kcat (librdkafka) and by the Java
//!   console consumer;
//! - records kcat produces with `-z <codec>` and `-H` headers, and records
//!   the Java console producer writes with `--compression-codec`, are fetched
//!   with a raw FetchRequest and read by this crate's reader identically,
//!   from batches that really carry that codec.
//!
//! Needs `FERROKAFKA_BROKERS` (set by `make test`, which starts the harness),
//! kcat, and the harness's `tests/kafka/run-class` for the Java tools.

mod common;
mod interop_support;

use bytes::Bytes;
use ferrokafka::admin::NewTopic;
use ferrokafka::protocol::Uuid;
use ferrokafka::record::{
    BatchParams, Compression, CompressionCodec, Header, Record, RecordBatchBuilder,
};
use interop_support::{
    connect, fetch_records, header_pairs, java_consume, java_produce, java_rendering, kcat_consume,
    kcat_produce, produce_batch, JAVA_NULL,
};

async fn new_topic(brokers: &str, label: &str) -> (String, Uuid) {
    let admin = common::admin(brokers).await;
    let name = common::unique(&format!("interop-{label}"));
    let created = admin
        .create_topic(NewTopic::new(&name, 1, 1))
        .await
        .expect("create topic");
    admin.close().await;
    (name, created.topic_id)
}

/// Records that exercise what a batch can carry.
fn tricky_records() -> Vec<Record> {
    let headers = vec![
        Header::new("dup", "first"),
        Header::new("dup", "second"),
        Header::null("null-value"),
        Header::new("empty", ""),
        Header::new("dup", "first"),
        Header::new("punctuation =,;\"\\", "ключ ✓ = , ; \" \\ \t"),
    ];
    let compressible = "the same words again and again, ".repeat(40);
    let binary: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
    let at = 1_700_000_000_000i64;
    vec![
        Record {
            key: Some("key-0".into()),
            value: Some(compressible.clone().into()),
            headers: headers.clone(),
            timestamp: at,
        },
        Record {
            key: None,
            value: Some(compressible.into()),
            headers: headers.clone(),
            timestamp: at + 1,
        },
        Record {
            key: Some("tombstone ✓".into()),
            value: None,
            headers: vec![Header::null("only-null")],
            timestamp: at + 2,
        },
        Record {
            key: Some(Bytes::new()),
            value: Some(Bytes::new()),
            headers: headers.clone(),
            timestamp: at - 5,
        },
        Record {
            key: Some(Bytes::from(binary.clone())),
            value: Some(Bytes::from(binary)),
            headers,
            timestamp: at + 3,
        },
    ]
}

async fn ours_to_kcat_and_java(compression: Compression) {
    let brokers = common::brokers();
    let (topic, topic_id) = new_topic(&brokers, compression.codec().name()).await;
    let records = tricky_records();
    let mut builder = RecordBatchBuilder::new(BatchParams {
        compression,
        ..BatchParams::default()
    });
    for r in &records {
        builder.append(r).unwrap();
    }
    let batch = builder.finish().unwrap();

    let conn = connect(&brokers).await;
    assert_eq!(produce_batch(&conn, &topic, topic_id, batch).await, 0);

    // The broker kept the batch as we wrote it (compression.type=producer).
    let fetched = fetch_records(&conn, &topic, topic_id, records.len()).await;
    assert_eq!(fetched.codecs, [compression.codec()]);

    let read = kcat_consume(&brokers, &topic);
    assert_eq!(read.len(), records.len());
    for (i, (got, want)) in read.iter().zip(&records).enumerate() {
        assert_eq!(got.offset, i as i64);
        assert_eq!(got.timestamp, want.timestamp, "timestamp of record {i}");
        assert_eq!(got.key.as_deref(), want.key.as_deref(), "key of record {i}");
        assert_eq!(
            got.value.as_deref(),
            want.value.as_deref(),
            "value of record {i}"
        );
        assert_eq!(
            got.headers,
            header_pairs(&want.headers),
            "headers of record {i}"
        );
    }

    let java = java_consume(&brokers, &topic, records.len());
    let expected: Vec<u8> = records
        .iter()
        .enumerate()
        .flat_map(|(i, r)| java_rendering(i as i64, r))
        .collect();
    if java != expected {
        panic!(
            "the Java console consumer read something else:\n got: {:?}\nwant: {:?}",
            String::from_utf8_lossy(&java),
            String::from_utf8_lossy(&expected)
        );
    }
    conn.close();
}

async fn kcat_to_ours(codec: CompressionCodec) {
    let brokers = common::brokers();
    let (topic, topic_id) = new_topic(&brokers, &format!("kcat-{}", codec.name())).await;
    let long = "kcat value, compressible, ".repeat(30);
    let lines = vec![
        format!("key-1\t{long}"),
        format!("\t{long} with a null key"),
        "key-3\t".to_owned(),
        "ключ ✓\tvalue with = , ; \" and unicode ✓".to_owned(),
        format!("key-5\t{long}"),
    ];
    let expected: Vec<(Option<&str>, Option<String>)> = vec![
        (Some("key-1"), Some(long.clone())),
        (None, Some(format!("{long} with a null key"))),
        (Some("key-3"), None),
        (
            Some("ключ ✓"),
            Some("value with = , ; \" and unicode ✓".to_owned()),
        ),
        (Some("key-5"), Some(long.clone())),
    ];
    let headers = ["dup=a", "dup=b", "null-value", "empty=", "eq=x=y", "dup=a"];
    kcat_produce(&brokers, &topic, codec.name(), &headers, &lines);

    let expected_headers = vec![
        Header::new("dup", "a"),
        Header::new("dup", "b"),
        Header::null("null-value"),
        Header::new("empty", ""),
        Header::new("eq", "x=y"),
        Header::new("dup", "a"),
    ];
    let conn = connect(&brokers).await;
    let fetched = fetch_records(&conn, &topic, topic_id, expected.len()).await;
    assert!(!fetched.codecs.is_empty());
    assert!(
        fetched.codecs.iter().all(|&c| c == codec),
        "batches written by kcat: {:?}",
        fetched.codecs
    );
    for (i, (got, (key, value))) in fetched.records.iter().zip(&expected).enumerate() {
        assert_eq!(got.offset, i as i64);
        assert_eq!(
            got.key.as_deref(),
            key.map(str::as_bytes),
            "key of record {i}"
        );
        assert_eq!(
            got.value.as_deref(),
            value.as_deref().map(str::as_bytes),
            "value of record {i}"
        );
        assert_eq!(got.headers, expected_headers, "headers of record {i}");
        assert!(got.timestamp > 0, "record {i} carries kcat's create time");
    }
    conn.close();
}

async fn java_to_ours(codec: CompressionCodec) {
    let brokers = common::brokers();
    let (topic, topic_id) = new_topic(&brokers, &format!("java-{}", codec.name())).await;
    let long = "java value, compressible, ".repeat(30);
    let headers = format!("dup:a,dup:b,null-value:{JAVA_NULL},empty:,eq:x=y,dup:a");
    let lines = vec![
        format!("{headers}\tkey-1\t{long}"),
        format!("{headers}\t{JAVA_NULL}\t{long} with a null key"),
        format!("{headers}\tkey-3\t{JAVA_NULL}"),
        format!("{headers}\tключ ✓\tvalue with = , ; \" and unicode ✓"),
        format!("{headers}\tkey-5\t{long}"),
    ];
    java_produce(&brokers, &topic, codec.name(), &lines);

    let expected: Vec<(Option<&str>, Option<String>)> = vec![
        (Some("key-1"), Some(long.clone())),
        (None, Some(format!("{long} with a null key"))),
        (Some("key-3"), None),
        (
            Some("ключ ✓"),
            Some("value with = , ; \" and unicode ✓".to_owned()),
        ),
        (Some("key-5"), Some(long.clone())),
    ];
    let expected_headers = vec![
        Header::new("dup", "a"),
        Header::new("dup", "b"),
        Header::null("null-value"),
        Header::new("empty", ""),
        Header::new("eq", "x=y"),
        Header::new("dup", "a"),
    ];
    let conn = connect(&brokers).await;
    let fetched = fetch_records(&conn, &topic, topic_id, expected.len()).await;
    assert!(
        fetched.codecs.iter().all(|&c| c == codec),
        "batches written by Java: {:?}",
        fetched.codecs
    );
    for (i, (got, (key, value))) in fetched.records.iter().zip(&expected).enumerate() {
        assert_eq!(got.offset, i as i64);
        assert_eq!(
            got.key.as_deref(),
            key.map(str::as_bytes),
            "key of record {i}"
        );
        assert_eq!(
            got.value.as_deref(),
            value.as_deref().map(str::as_bytes),
            "value of record {i}"
        );
        assert_eq!(got.headers, expected_headers, "headers of record {i}");
    }
    conn.close();
}

#[tokio::test]
async fn ours_to_kcat_and_java_none() {
    ours_to_kcat_and_java(Compression::None).await;
}

#[tokio::test]
async fn ours_to_kcat_and_java_gzip() {
    ours_to_kcat_and_java(Compression::Gzip { level: None }).await;
}

#[tokio::test]
async fn ours_to_kcat_and_java_snappy() {
    ours_to_kcat_and_java(Compression::Snappy).await;
}

#[tokio::test]
async fn ours_to_kcat_and_java_lz4() {
    ours_to_kcat_and_java(Compression::Lz4).await;
}

#[tokio::test]
async fn ours_to_kcat_and_java_zstd() {
    ours_to_kcat_and_java(Compression::Zstd { level: None }).await;
}

#[tokio::test]
async fn kcat_to_ours_none() {
    kcat_to_ours(CompressionCodec::None).await;
}

#[tokio::test]
async fn kcat_to_ours_gzip() {
    kcat_to_ours(CompressionCodec::Gzip).await;
}

#[tokio::test]
async fn kcat_to_ours_snappy() {
    kcat_to_ours(CompressionCodec::Snappy).await;
}

#[tokio::test]
async fn kcat_to_ours_lz4() {
    kcat_to_ours(CompressionCodec::Lz4).await;
}

#[tokio::test]
async fn kcat_to_ours_zstd() {
    kcat_to_ours(CompressionCodec::Zstd).await;
}

#[tokio::test]
async fn java_to_ours_none() {
    java_to_ours(CompressionCodec::None).await;
}

#[tokio::test]
async fn java_to_ours_gzip() {
    java_to_ours(CompressionCodec::Gzip).await;
}

#[tokio::test]
async fn java_to_ours_snappy() {
    java_to_ours(CompressionCodec::Snappy).await;
}

#[tokio::test]
async fn java_to_ours_lz4() {
    java_to_ours(CompressionCodec::Lz4).await;
}

#[tokio::test]
async fn java_to_ours_zstd() {
    java_to_ours(CompressionCodec::Zstd).await;
}
