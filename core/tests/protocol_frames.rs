//! Size-prefixed frames: every API in both directions survives
//! encode → split → decode, and malformed frames are refused.

use bytes::{Bytes, BytesMut};
use ferrokafka::protocol::frame::{decode_request, decode_response, encode_request, encode_response, split_frame};
use ferrokafka::protocol::messages::{MetadataRequest, RequestHeader, ResponseHeader};
use ferrokafka::protocol::test_support::Gen;
use ferrokafka::protocol::{ApiKey, ProtocolError, RequestBody, ResponseBody};

const MAX: usize = 1 << 20;

#[test]
fn every_api_frames_round_trip() {
    let mut g = Gen::new(7);
    let mut frames = 0;
    for key in ApiKey::ALL {
        for version in key.min_version()..=key.max_version() {
            let header = RequestHeader { correlation_id: frames, client_id: Some("c".into()), ..Default::default() };
            let request = RequestBody::random(key, version, &mut g);
            let response = ResponseBody::random(key, version, &mut g);
            let mut wire = BytesMut::new();
            encode_request(&mut wire, &header, &request, version).unwrap();
            encode_response(&mut wire, &ResponseHeader { correlation_id: frames, ..Default::default() }, &response, version)
                .unwrap();
            let mut wire = wire.freeze();

            let (h, body) = decode_request(split_frame(&mut wire, MAX).unwrap().unwrap()).unwrap();
            assert_eq!((h.request_api_key, h.request_api_version, h.correlation_id), (key.as_i16(), version, frames));
            assert_eq!(body, request, "{key} v{version}");
            let (h, body) = decode_response(split_frame(&mut wire, MAX).unwrap().unwrap(), key, version).unwrap();
            assert_eq!(h.correlation_id, frames);
            assert_eq!(body, response, "{key} v{version}");
            assert!(wire.is_empty());
            frames += 1;
        }
    }
    assert!(frames > 300);
}

#[test]
fn incomplete_frames_wait_and_bad_sizes_fail() {
    let mut partial = Bytes::from_static(&[0, 0, 0, 5, 1, 2]);
    assert_eq!(split_frame(&mut partial, MAX), Ok(None));
    assert_eq!(partial.len(), 6, "nothing consumed");
    assert_eq!(split_frame(&mut Bytes::from_static(&[0, 0]), MAX), Ok(None));
    assert!(split_frame(&mut Bytes::from_static(&[0xff, 0xff, 0xff, 0xff]), MAX).is_err());
    assert!(split_frame(&mut Bytes::from_static(&[0x10, 0, 0, 0]), MAX).is_err(), "above max");
    let mut empty = Bytes::from_static(&[0, 0, 0, 0]);
    assert_eq!(split_frame(&mut empty, MAX), Ok(Some(Bytes::new())));
}

#[test]
fn malformed_request_frames_are_errors() {
    assert!(matches!(decode_request(Bytes::from_static(&[0, 3])), Err(ProtocolError::UnexpectedEof { .. })));
    assert_eq!(
        decode_request(Bytes::from_static(&[0x7f, 0, 0, 0, 0, 0, 0, 0])),
        Err(ProtocolError::UnknownApiKey { api_key: 0x7f00 })
    );
    let mut wire = BytesMut::new();
    let body = RequestBody::Metadata(MetadataRequest::default());
    encode_request(&mut wire, &RequestHeader::default(), &body, 12).unwrap();
    wire.extend_from_slice(&[0xee]);
    let frame = wire.freeze().slice(4..);
    assert!(matches!(decode_request(frame), Err(ProtocolError::Invalid { context: "frame", .. })));
}
