//! Behaviour of generated messages that round trips alone cannot show: exact
//! bytes against hand-assembled frames, the version rules (unsupported,
//! ignorable, null), unknown tagged fields, and the generated tables.

use bytes::{Bytes, BytesMut};
use ferrokafka::protocol::messages::api_versions_response::{ApiVersion, FinalizedFeatureKey};
use ferrokafka::protocol::messages::list_offsets_request::{ListOffsetsPartition, ListOffsetsTopic};
use ferrokafka::protocol::messages::metadata_request::MetadataRequestTopic;
use ferrokafka::protocol::messages::produce_request::{PartitionProduceData, TopicProduceData};
use ferrokafka::protocol::messages::*;
use ferrokafka::protocol::primitives::RawTaggedField;
use ferrokafka::protocol::{
    ApiKey, ApiRequest, ApiResponse, Decodable, Encodable, ErrorCode, Message, ProtocolError, RequestBody,
    ResponseBody, Uuid,
};

fn encode<T: Encodable>(value: &T, version: i16) -> Result<Vec<u8>, ProtocolError> {
    let mut buf = BytesMut::new();
    value.encode(&mut buf, version)?;
    Ok(buf.to_vec())
}

fn decode_all<T: Decodable>(raw: &[u8], version: i16) -> T {
    let mut buf = Bytes::copy_from_slice(raw);
    let value = T::decode(&mut buf, version).expect("decodes");
    assert!(buf.is_empty(), "{} bytes left", buf.len());
    value
}

#[test]
fn request_header_client_id_is_never_compact() {
    let header = RequestHeader {
        request_api_key: 3,
        request_api_version: 12,
        correlation_id: 7,
        client_id: Some("ab".into()),
        ..Default::default()
    };
    let v1 = [0, 3, 0, 12, 0, 0, 0, 7, 0, 2, b'a', b'b'];
    assert_eq!(encode(&header, 1).unwrap(), v1);
    // v2 adds only the tagged-field section; the client ID keeps its int16 length.
    let v2 = [0, 3, 0, 12, 0, 0, 0, 7, 0, 2, b'a', b'b', 0];
    assert_eq!(encode(&header, 2).unwrap(), v2);
    assert_eq!(decode_all::<RequestHeader>(&v2, 2), header);
    let anonymous = RequestHeader { client_id: None, ..header };
    assert_eq!(encode(&anonymous, 2).unwrap(), [0, 3, 0, 12, 0, 0, 0, 7, 0xff, 0xff, 0]);
}

#[test]
fn response_header_versions() {
    let header = ResponseHeader { correlation_id: 7, ..Default::default() };
    assert_eq!(encode(&header, 0).unwrap(), [0, 0, 0, 7]);
    assert_eq!(encode(&header, 1).unwrap(), [0, 0, 0, 7, 0]);
}

#[test]
fn metadata_request_classic_and_flexible_bytes() {
    let one_topic = MetadataRequest {
        topics: Some(vec![MetadataRequestTopic { name: Some("t".into()), ..Default::default() }]),
        ..Default::default()
    };
    assert_eq!(encode(&one_topic, 0).unwrap(), [0, 0, 0, 1, 0, 1, b't']);
    // v4 adds AllowAutoTopicCreation (default true).
    assert_eq!(encode(&one_topic, 4).unwrap(), [0, 0, 0, 1, 0, 1, b't', 1]);
    // v9: compact array and string, a tagged section per struct, three bools.
    assert_eq!(encode(&one_topic, 9).unwrap(), [2, 2, b't', 0, 1, 0, 0, 0]);
    assert_eq!(decode_all::<MetadataRequest>(&[2, 2, b't', 0, 1, 0, 0, 0], 9), one_topic);
    // v10 puts a topic ID in front of a now nullable name.
    let by_id = MetadataRequest {
        topics: Some(vec![MetadataRequestTopic { topic_id: Uuid::from_u128(1), name: None, ..Default::default() }]),
        ..Default::default()
    };
    let mut expected = vec![2];
    expected.extend_from_slice(&1u128.to_be_bytes());
    expected.extend_from_slice(&[0, 0, 1, 0, 0, 0]);
    assert_eq!(encode(&by_id, 10).unwrap(), expected);
    // Null topics means "all topics" from v1 on.
    let all = MetadataRequest { topics: None, ..Default::default() };
    assert_eq!(encode(&all, 1).unwrap(), [0xff, 0xff, 0xff, 0xff]);
    assert_eq!(encode(&all, 9).unwrap(), [0, 1, 0, 0, 0]);
}

#[test]
fn api_versions_bytes_with_a_known_tagged_field() {
    let request = ApiVersionsRequest {
        client_software_name: "x".into(),
        client_software_version: "1".into(),
        ..Default::default()
    };
    assert_eq!(encode(&request, 3).unwrap(), [2, b'x', 2, b'1', 0]);
    assert_eq!(encode(&request, 2).unwrap(), Vec::<u8>::new(), "fields are ignorable before v3");

    let response = ApiVersionsResponse {
        api_keys: vec![ApiVersion { api_key: 0, min_version: 0, max_version: 9, ..Default::default() }],
        finalized_features_epoch: 5,
        ..Default::default()
    };
    assert_eq!(encode(&response, 0).unwrap(), [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 9]);
    let v3 = [0, 0, 2, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 1, 1, 8, 0, 0, 0, 0, 0, 0, 0, 5];
    assert_eq!(encode(&response, 3).unwrap(), v3);
    assert_eq!(decode_all::<ApiVersionsResponse>(&v3, 3), response);
}

#[test]
fn produce_records_are_a_zero_copy_slice() {
    let request = ProduceRequest {
        transactional_id: None,
        acks: -1,
        timeout_ms: 1000,
        topic_data: vec![TopicProduceData {
            name: "t".into(),
            partition_data: vec![PartitionProduceData {
                index: 2,
                records: Some(Bytes::from_static(b"batch")),
                ..Default::default()
            }],
            ..Default::default()
        }],
        ..Default::default()
    };
    let raw = Bytes::from(encode(&request, 9).unwrap());
    let expected = [
        0, 0xff, 0xff, 0, 0, 0x03, 0xe8, 2, 2, b't', 2, 0, 0, 0, 2, 6, b'b', b'a', b't', b'c', b'h', 0, 0, 0,
    ];
    assert_eq!(&raw[..], expected);
    let mut buf = raw.clone();
    let back = ProduceRequest::decode(&mut buf, 9).unwrap();
    let records = back.topic_data[0].partition_data[0].records.as_ref().unwrap();
    assert_eq!(records.as_ptr(), raw[16..].as_ptr(), "records were copied");
    assert_eq!(back, request);
}

#[test]
fn unknown_tagged_fields_survive_decode_and_encode() {
    // ApiVersionsRequest v3 with a tag-7 field the spec does not define.
    let raw = [2, b'x', 2, b'1', 1, 7, 2, 0xde, 0xad];
    let request: ApiVersionsRequest = decode_all(&raw, 3);
    assert_eq!(
        request.unknown_tagged_fields.0,
        vec![RawTaggedField { tag: 7, data: Bytes::from_static(&[0xde, 0xad]) }]
    );
    assert_eq!(encode(&request, 3).unwrap(), raw);

    // In a nested struct, and merged in tag order with a known tagged field:
    // tag 1 (FinalizedFeaturesEpoch) is known, tags 0x7f and 300 are not.
    let raw = [
        0, 0, 2, 0, 0, 0, 0, 0, 9, 1, 9, 1, 0xff, // one ApiVersion with unknown tag 9
        0, 0, 0, 0, // throttle time
        3, 1, 8, 0, 0, 0, 0, 0, 0, 0, 5, 0x7f, 0, 0xac, 0x02, 1, 0xee,
    ];
    let response: ApiVersionsResponse = decode_all(&raw, 3);
    assert_eq!(response.finalized_features_epoch, 5);
    assert_eq!(response.api_keys[0].unknown_tagged_fields.0[0].tag, 9);
    assert_eq!(response.unknown_tagged_fields.len(), 2);
    assert_eq!(encode(&response, 3).unwrap(), raw);
}

#[test]
fn a_tag_known_only_in_later_versions_is_kept_raw_in_earlier_ones() {
    // FetchRequest's ReplicaState has tag 1 from v15; at v12 it is unknown.
    let request = FetchRequest { replica_id: -1, ..Default::default() };
    let mut raw = encode(&request, 12).unwrap();
    assert_eq!(raw.pop(), Some(0), "empty tagged section at the end");
    raw.extend_from_slice(&[1, 1, 1, 0x55]);
    let decoded: FetchRequest = decode_all(&raw, 12);
    assert_eq!(decoded.replica_state, Default::default());
    assert_eq!(decoded.unknown_tagged_fields.0[0].tag, 1);
    assert_eq!(encode(&decoded, 12).unwrap(), raw);
}

#[test]
fn a_tagged_value_of_the_wrong_size_is_rejected() {
    // FinalizedFeaturesEpoch (int64) announced with 9 bytes.
    let raw = [0, 0, 1, 0, 0, 0, 0, 1, 1, 9, 0, 0, 0, 0, 0, 0, 0, 5, 0];
    let err = ApiVersionsResponse::decode(&mut Bytes::copy_from_slice(&raw), 3).unwrap_err();
    assert!(matches!(err, ProtocolError::Invalid { context: "ApiVersionsResponse.FinalizedFeaturesEpoch", .. }), "{err}");
}

#[test]
fn non_default_value_in_a_field_the_version_lacks_is_an_error() {
    let request = MetadataRequest { allow_auto_topic_creation: false, ..Default::default() };
    assert_eq!(
        encode(&request, 3),
        Err(ProtocolError::FieldNotSupported {
            message: "MetadataRequest",
            field: "AllowAutoTopicCreation",
            version: 3
        })
    );
    assert!(encode(&request, 4).is_ok());
    // Tagged fields follow the same rule.
    let fetch = FetchRequest {
        replica_state: ferrokafka::protocol::messages::fetch_request::ReplicaState { replica_id: 1, ..Default::default() },
        ..Default::default()
    };
    assert!(matches!(encode(&fetch, 14), Err(ProtocolError::FieldNotSupported { field: "ReplicaState", .. })));
    // Also in versions without any tagged-field section.
    assert!(matches!(encode(&fetch, 11), Err(ProtocolError::FieldNotSupported { field: "ReplicaState", .. })));
    assert!(encode(&fetch, 15).is_ok());
}

#[test]
fn ignorable_fields_are_dropped_silently() {
    let request = ListOffsetsRequest {
        timeout_ms: 5000,
        topics: vec![ListOffsetsTopic {
            name: "t".into(),
            partitions: vec![ListOffsetsPartition { current_leader_epoch: 3, ..Default::default() }],
            ..Default::default()
        }],
        ..Default::default()
    };
    let raw = encode(&request, 3).unwrap();
    let back: ListOffsetsRequest = decode_all(&raw, 3);
    assert_eq!(back.timeout_ms, 0);
    assert_eq!(back.topics[0].partitions[0].current_leader_epoch, -1, "spec default");
    let back: ListOffsetsRequest = decode_all(&encode(&request, 10).unwrap(), 10);
    assert_eq!(back, request);
}

#[test]
fn null_where_the_version_forbids_it_is_an_error() {
    let request = MetadataRequest { topics: None, ..Default::default() };
    assert_eq!(
        encode(&request, 0),
        Err(ProtocolError::NullNotAllowed { message: "MetadataRequest", field: "Topics", version: 0 })
    );
    // A null array on the wire where the version forbids it is malformed.
    assert!(MetadataRequest::decode(&mut Bytes::from_static(&[0xff, 0xff, 0xff, 0xff]), 0).is_err());
}

#[test]
fn versions_outside_the_stable_range_are_refused() {
    let err = encode(&MetadataRequest::default(), 14).unwrap_err();
    assert_eq!(err, ProtocolError::UnsupportedVersion { message: "MetadataRequest", version: 14, min: 0, max: 13 });
    assert!(MetadataRequest::decode(&mut Bytes::new(), -1).is_err());
    // InitProducerId v6 is marked unstable in the spec.
    assert_eq!(InitProducerIdRequest::MAX_VERSION, 5);
    assert_eq!(InitProducerIdResponse::MAX_VERSION, 5);
    assert_eq!(ApiKey::InitProducerId.max_version(), 5);
    assert!(encode(&InitProducerIdRequest::default(), 6).is_err());
    // Removed APIs keep a type but accept no version.
    assert!(ApiKey::LeaderAndIsr.is_removed());
    assert!(encode(&LeaderAndIsrRequest::default(), 0).is_err());
    assert!(ControlledShutdownResponse::decode(&mut Bytes::new(), 0).is_err());
}

#[test]
fn defaults_come_from_the_spec() {
    let fetch = FetchRequest::default();
    assert_eq!(fetch.replica_id, -1);
    assert_eq!(fetch.max_bytes, i32::MAX);
    assert_eq!(fetch.cluster_id, None);
    assert!(MetadataRequest::default().allow_auto_topic_creation);
    assert_eq!(MetadataRequest::default().topics, Some(vec![]));
    assert_eq!(ApiVersionsResponse::default().finalized_features_epoch, -1);
    assert_eq!(FinalizedFeatureKey::default().max_version_level, 0);
}

#[test]
fn header_versions_follow_the_flexible_versions() {
    assert_eq!(MetadataRequest::request_header_version(8), 1);
    assert_eq!(MetadataRequest::request_header_version(9), 2);
    assert_eq!(MetadataResponse::response_header_version(8), 0);
    assert_eq!(MetadataResponse::response_header_version(9), 1);
    assert_eq!(ApiVersionsRequest::request_header_version(3), 2);
    assert_eq!(ApiVersionsResponse::response_header_version(3), 0, "ApiVersions answers with header v0");
    assert_eq!(SaslHandshakeRequest::request_header_version(1), 1, "never flexible");
    assert_eq!(ControlledShutdownRequest::request_header_version(0), 0);
    for key in ApiKey::ALL {
        assert_eq!(key.request_header_version(key.max_version()) == 2, key.max_version() >= key.flexible_min_version());
    }
    assert_eq!(ApiKey::ApiVersions.response_header_version(4), 0);
    assert_eq!(ApiKey::Fetch.response_header_version(12), 1);
    assert_eq!(<MetadataRequest as ApiRequest>::API_KEY, ApiKey::Metadata.as_i16());
    assert_eq!(<MetadataResponse as ApiResponse>::API_KEY, 3);
}

#[test]
fn api_keys_cover_every_key_once() {
    let keys: Vec<i16> = ApiKey::ALL.iter().map(|k| k.as_i16()).collect();
    let mut sorted = keys.clone();
    sorted.dedup();
    assert_eq!(keys, sorted, "ALL is in key order without duplicates");
    for key in ApiKey::ALL {
        assert_eq!(ApiKey::from_i16(key.as_i16()), Some(key));
    }
    assert_eq!(ApiKey::from_i16(-1), None);
    assert_eq!(ApiKey::from_i16(i16::MAX), None);
    assert_eq!(ApiKey::Produce.as_i16(), 0);
    assert_eq!(ApiKey::Produce.name(), "Produce");
    assert_eq!((ApiKey::Produce.min_version(), ApiKey::Produce.max_version()), (3, 13));
    assert_eq!(ApiKey::Metadata.to_string(), "Metadata");
    assert!(!ApiKey::Fetch.supports(3) && ApiKey::Fetch.supports(4));
}

#[test]
fn error_codes_carry_the_table() {
    assert!(ErrorCode::NONE.is_ok());
    assert_eq!(ErrorCode::UNKNOWN_SERVER_ERROR.code(), -1);
    let code = ErrorCode::from_i16(3);
    assert_eq!(code, ErrorCode::UNKNOWN_TOPIC_OR_PARTITION);
    assert_eq!(code.name(), "UNKNOWN_TOPIC_OR_PARTITION");
    assert!(code.is_retriable() && code.invalidates_metadata());
    assert!(ErrorCode::REQUEST_TIMED_OUT.is_retriable() && !ErrorCode::REQUEST_TIMED_OUT.invalidates_metadata());
    assert!(!ErrorCode::OFFSET_OUT_OF_RANGE.is_retriable());
    let unknown = ErrorCode::from_i16(9999);
    assert!(!unknown.is_known() && !unknown.is_retriable() && !unknown.invalidates_metadata());
    assert_eq!(unknown.name(), "UNKNOWN_ERROR_CODE");
    assert_eq!(ErrorCode::from(10).to_string(), "MESSAGE_TOO_LARGE (10)");
}

#[test]
fn dispatch_decodes_by_key_and_refuses_unknown_keys() {
    let raw = encode(&MetadataRequest::default(), 12).unwrap();
    let body = RequestBody::decode(3, 12, &mut Bytes::from(raw)).unwrap();
    assert_eq!(body, RequestBody::Metadata(MetadataRequest::default()));
    assert_eq!(body.api_key(), ApiKey::Metadata);
    assert_eq!(
        ResponseBody::decode(1000, 0, &mut Bytes::new()),
        Err(ProtocolError::UnknownApiKey { api_key: 1000 })
    );
    assert!(RequestBody::decode(3, 99, &mut Bytes::new()).is_err());
}
