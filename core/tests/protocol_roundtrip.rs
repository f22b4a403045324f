//! Round-trip properties of every generated message at every stable version.
//!
//! For random instances valid at a version (built by `test_support`):
//! encode → decode gives back the same value and consumes exactly the encoded
//! bytes, and decode → encode gives back the same bytes. Requests and
//! responses are reached through the dispatch enums, so every API key is
//! covered without listing its types here; headers and data specs are listed.

use bytes::{Bytes, BytesMut};
use ferrokafka::protocol::messages::*;
use ferrokafka::protocol::test_support::{Gen, Random};
use ferrokafka::protocol::{ApiKey, Message, RequestBody, ResponseBody};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Cases per (message, version) pair.
const CASES: u32 = 48;

fn runner() -> TestRunner {
    TestRunner::new(Config { cases: CASES, failure_persistence: None, ..Config::default() })
}

/// Checks both round trips for one value, given how to decode it.
fn check<T: PartialEq + std::fmt::Debug>(
    value: &T,
    encode: impl Fn(&T, &mut BytesMut) -> Result<(), ferrokafka::protocol::ProtocolError>,
    decode: impl Fn(&mut Bytes) -> Result<T, ferrokafka::protocol::ProtocolError>,
) -> Result<(), TestCaseError> {
    let mut buf = BytesMut::new();
    encode(value, &mut buf).map_err(|e| TestCaseError::fail(format!("encode failed: {e}")))?;
    let bytes = buf.freeze();
    let mut rest = bytes.clone();
    let back = decode(&mut rest).map_err(|e| TestCaseError::fail(format!("decode failed: {e}")))?;
    prop_assert!(rest.is_empty(), "{} bytes left after decoding", rest.len());
    prop_assert_eq!(&back, value);
    let mut again = BytesMut::new();
    encode(&back, &mut again).map_err(|e| TestCaseError::fail(format!("re-encode failed: {e}")))?;
    prop_assert_eq!(again.freeze(), bytes);
    Ok(())
}

fn roundtrip_type<T: Message + Random>() -> usize {
    let mut pairs = 0;
    for version in T::MIN_VERSION..=T::MAX_VERSION {
        runner()
            .run(&any::<u64>(), |seed| {
                let value = T::random(&mut Gen::new(seed), version);
                check(&value, |v, b| v.encode(b, version), |b| T::decode(b, version))
            })
            .unwrap_or_else(|e| panic!("{} v{version}: {e}", T::NAME));
        pairs += 1;
    }
    pairs
}

#[test]
fn every_request_round_trips_at_every_version() {
    let mut pairs = 0;
    for key in ApiKey::ALL {
        for version in key.min_version()..=key.max_version() {
            runner()
                .run(&any::<u64>(), |seed| {
                    let value = RequestBody::random(key, version, &mut Gen::new(seed));
                    prop_assert_eq!(value.api_key(), key);
                    check(&value, |v, b| v.encode(b, version), |b| RequestBody::decode(key.as_i16(), version, b))
                })
                .unwrap_or_else(|e| panic!("{key} request v{version}: {e}"));
            pairs += 1;
        }
    }
    assert!(pairs > 300, "only {pairs} request versions were checked");
}

#[test]
fn every_response_round_trips_at_every_version() {
    let mut pairs = 0;
    for key in ApiKey::ALL {
        for version in key.min_version()..=key.max_version() {
            runner()
                .run(&any::<u64>(), |seed| {
                    let value = ResponseBody::random(key, version, &mut Gen::new(seed));
                    prop_assert_eq!(value.api_key(), key);
                    check(&value, |v, b| v.encode(b, version), |b| ResponseBody::decode(key.as_i16(), version, b))
                })
                .unwrap_or_else(|e| panic!("{key} response v{version}: {e}"));
            pairs += 1;
        }
    }
    assert!(pairs > 300, "only {pairs} response versions were checked");
}

#[test]
fn headers_round_trip_at_every_version() {
    assert_eq!(roundtrip_type::<RequestHeader>() + roundtrip_type::<ResponseHeader>(), 4);
}

#[test]
fn data_specs_round_trip_at_every_version() {
    let pairs = roundtrip_type::<ConsumerProtocolAssignment>()
        + roundtrip_type::<ConsumerProtocolSubscription>()
        + roundtrip_type::<ControlRecordTypeSchema>()
        + roundtrip_type::<DefaultPrincipalData>()
        + roundtrip_type::<EndTxnMarker>()
        + roundtrip_type::<KRaftVersionRecord>()
        + roundtrip_type::<LeaderChangeMessage>()
        + roundtrip_type::<SnapshotFooterRecord>()
        + roundtrip_type::<SnapshotHeaderRecord>()
        + roundtrip_type::<VotersRecord>();
    assert_eq!(pairs, 4 + 4 + 1 + 1 + 1 + 1 + 2 + 1 + 1 + 1);
}
