//! Response bodies captured from a real Kafka 4.3.1 broker (see
//! `golden_capture.rs`): they decode to the values the broker sent, and
//! encode back to the very same bytes.

use bytes::{Bytes, BytesMut};
use ferrokafka::protocol::messages::{ApiVersionsResponse, CreateTopicsResponse, MetadataResponse};
use ferrokafka::protocol::{Decodable, Encodable, Uuid};

const API_VERSIONS_V3: &[u8] = include_bytes!("golden/api_versions_v3.bin");
const METADATA_V12: &[u8] = include_bytes!("golden/metadata_v12.bin");
const CREATE_TOPICS_V7_EXISTS: &[u8] = include_bytes!("golden/create_topics_v7_exists.bin");

/// Decodes all of `bytes` at `version`, failing on leftovers.
fn decode<T: Decodable>(bytes: &'static [u8], version: i16) -> T {
    let mut buf = Bytes::from_static(bytes);
    let value = T::decode(&mut buf, version).expect("decode the captured body");
    assert!(buf.is_empty(), "{} bytes left after decoding", buf.len());
    value
}

fn encode<T: Encodable>(value: &T, version: i16) -> Vec<u8> {
    let mut buf = BytesMut::new();
    value.encode(&mut buf, version).expect("encode");
    buf.to_vec()
}

#[test]
fn api_versions_v3_from_kafka_4_3() {
    let response: ApiVersionsResponse = decode(API_VERSIONS_V3, 3);
    assert_eq!(response.error_code, 0);
    assert_eq!(response.throttle_time_ms, 0);
    assert_eq!(response.api_keys.len(), 75);
    let range = |key: i16| {
        response
            .api_keys
            .iter()
            .find(|k| k.api_key == key)
            .map(|k| (k.min_version, k.max_version))
    };
    assert_eq!(range(0), Some((0, 13)), "Produce");
    assert_eq!(range(1), Some((4, 18)), "Fetch");
    assert_eq!(range(3), Some((0, 13)), "Metadata");
    assert_eq!(range(18), Some((0, 4)), "ApiVersions");
    assert_eq!(range(19), Some((2, 7)), "CreateTopics");
    assert_eq!(range(20), Some((1, 6)), "DeleteTopics");
    assert_eq!(range(92), Some((0, 0)));
    // Controller-only APIs are not offered by a broker listener.
    assert_eq!(range(62), None, "BrokerRegistration");

    // Tagged fields (v3+): features.
    assert_eq!(response.supported_features.len(), 1);
    assert_eq!(response.supported_features[0].name, "metadata.version");
    assert_eq!((response.supported_features[0].min_version, response.supported_features[0].max_version), (7, 30));
    assert_eq!(response.finalized_features_epoch, 1552);
    let finalized: Vec<(&str, i16, i16)> = response
        .finalized_features
        .iter()
        .map(|f| (f.name.as_str(), f.min_version_level, f.max_version_level))
        .collect();
    assert_eq!(
        finalized,
        vec![
            ("group.version", 1, 1),
            ("streams.version", 1, 1),
            ("transaction.version", 2, 2),
            ("eligible.leader.replicas.version", 1, 1),
            ("share.version", 1, 1),
            ("metadata.version", 30, 30),
        ]
    );
    assert!(!response.zk_migration_ready);

    assert_eq!(encode(&response, 3), API_VERSIONS_V3);
}

#[test]
fn metadata_v12_from_kafka_4_3() {
    let response: MetadataResponse = decode(METADATA_V12, 12);
    assert_eq!(response.throttle_time_ms, 0);
    assert_eq!(response.cluster_id.as_deref(), Some("dhSUVkODTQWFBNsUZUxgew"));
    assert_eq!(response.controller_id, 1);

    assert_eq!(response.brokers.len(), 1);
    let broker = &response.brokers[0];
    assert_eq!((broker.node_id, broker.host.as_str(), broker.port), (1, "127.0.0.1", 15927));
    assert_eq!(broker.rack, None);

    assert_eq!(response.topics.len(), 1);
    let topic = &response.topics[0];
    assert_eq!(topic.error_code, 0);
    assert_eq!(topic.name.as_deref(), Some("ferrokafka-golden"));
    let id: Uuid = "rnLK2t68SqqpXB5iVcTbGw".parse().expect("a topic id");
    assert_eq!(topic.topic_id, id);
    assert!(!topic.is_internal);
    assert_eq!(topic.topic_authorized_operations, i32::MIN, "not requested");
    assert_eq!(topic.partitions.len(), 2);
    for (index, partition) in topic.partitions.iter().enumerate() {
        assert_eq!(partition.error_code, 0);
        assert_eq!(partition.partition_index, index as i32);
        assert_eq!(partition.leader_id, 1);
        assert_eq!(partition.leader_epoch, 0);
        assert_eq!(partition.replica_nodes, vec![1]);
        assert_eq!(partition.isr_nodes, vec![1]);
        assert!(partition.offline_replicas.is_empty());
    }

    assert_eq!(encode(&response, 12), METADATA_V12);
}

#[test]
fn create_topics_v7_error_for_an_existing_topic() {
    let response: CreateTopicsResponse = decode(CREATE_TOPICS_V7_EXISTS, 7);
    assert_eq!(response.throttle_time_ms, 0);
    assert_eq!(response.topics.len(), 1);
    let result = &response.topics[0];
    assert_eq!(result.name, "ferrokafka-golden");
    assert_eq!(result.error_code, 36, "TOPIC_ALREADY_EXISTS");
    assert_eq!(result.error_message.as_deref(), Some("Topic 'ferrokafka-golden' already exists."));
    assert!(result.topic_id.is_zero());
    assert_eq!((result.num_partitions, result.replication_factor), (-1, -1));

    assert_eq!(encode(&response, 7), CREATE_TOPICS_V7_EXISTS);
}
