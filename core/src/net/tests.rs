//! Connection behaviour that a real broker of today does not show on
//! demand: an older broker's ApiVersions answer, a throttling broker, a
//! broker that answers a request nobody sent. A scripted peer on 127.0.0.1
//! plays the broker's side of the wire; everything else is covered against
//! real brokers in `core/tests/it_*.rs`.

use bytes::{Buf, BufMut, Bytes, BytesMut};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{Connection, ConnectionConfig};
use crate::error::Error;
use crate::protocol::messages::api_versions_response::ApiVersion;
use crate::protocol::messages::{ApiVersionsResponse, MetadataRequest, MetadataResponse, ResponseHeader};
use crate::protocol::{ApiRequest, ApiResponse, Encodable, Message};

/// One request as the peer read it.
struct Received {
    api_key: i16,
    version: i16,
    correlation_id: i32,
}

async fn read_request(stream: &mut TcpStream) -> Option<Received> {
    let length = stream.read_i32().await.ok()?;
    let mut frame = vec![0u8; usize::try_from(length).ok()?];
    stream.read_exact(&mut frame).await.ok()?;
    let mut frame = Bytes::from(frame);
    Some(Received { api_key: frame.get_i16(), version: frame.get_i16(), correlation_id: frame.get_i32() })
}

/// Writes a response, with the header version the response type uses.
async fn answer<M: ApiResponse>(stream: &mut TcpStream, correlation_id: i32, body: &M, version: i16) {
    let header = ResponseHeader { correlation_id, ..Default::default() };
    let mut encoded = BytesMut::new();
    header.encode(&mut encoded, M::response_header_version(version)).expect("encode the header");
    body.encode(&mut encoded, version).expect("encode the answer");
    let mut frame = BytesMut::new();
    frame.put_i32(encoded.len() as i32);
    frame.extend_from_slice(&encoded);
    stream.write_all(&frame).await.expect("write the answer");
}

fn versions(entries: &[(i16, i16, i16)]) -> ApiVersionsResponse {
    ApiVersionsResponse {
        api_keys: entries
            .iter()
            .map(|&(api_key, min_version, max_version)| ApiVersion { api_key, min_version, max_version, ..Default::default() })
            .collect(),
        ..Default::default()
    }
}

/// Starts a peer that runs `script` on the first connection.
async fn peer<F, Fut>(script: F) -> String
where
    F: FnOnce(TcpStream) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address").to_string();
    tokio::spawn(async move {
        let (stream, _) = listener.accept().await.expect("accept");
        script(stream).await;
    });
    address
}

/// Answers ApiVersions with a broker that knows ApiVersions up to v2 and
/// Metadata up to v9.
async fn old_broker_handshake(stream: &mut TcpStream) {
    let first = read_request(stream).await.expect("ApiVersions");
    assert_eq!(first.api_key, 18);
    assert_eq!(first.version, crate::protocol::messages::ApiVersionsRequest::MAX_VERSION);
    // Kafka's answer to a version it does not know: v0 format, error 35,
    // and its own ApiVersions range.
    let refusal = ApiVersionsResponse { error_code: 35, ..versions(&[(18, 0, 2)]) };
    answer(stream, first.correlation_id, &refusal, 0).await;

    let second = read_request(stream).await.expect("ApiVersions again");
    assert_eq!((second.api_key, second.version), (18, 2));
    answer(stream, second.correlation_id, &versions(&[(18, 0, 2), (3, 0, 9)]), 2).await;
}

#[tokio::test]
async fn falls_back_to_the_brokers_api_versions_version() {
    let address = peer(|mut stream| async move {
        old_broker_handshake(&mut stream).await;
        let _ = read_request(&mut stream).await;
    })
    .await;
    let conn = Connection::connect(&address, &ConnectionConfig::default()).await.expect("connect");
    assert_eq!(conn.api_versions_version(), 2);
    assert_eq!(conn.version_for::<MetadataRequest>().ok(), Some(9));
    assert!(conn.versions().range(MetadataRequest::API_KEY).is_some());
}

#[tokio::test]
async fn throttle_time_is_recorded() {
    let address = peer(|mut stream| async move {
        old_broker_handshake(&mut stream).await;
        let request = read_request(&mut stream).await.expect("Metadata");
        let throttled = MetadataResponse { throttle_time_ms: 250, ..Default::default() };
        answer(&mut stream, request.correlation_id, &throttled, request.version).await;
        let _ = read_request(&mut stream).await;
    })
    .await;
    let conn = Connection::connect(&address, &ConnectionConfig::default()).await.expect("connect");
    assert_eq!(conn.throttle().throttled_responses, 0);
    let response = conn.send(&MetadataRequest::default()).await.expect("Metadata");
    assert_eq!(response.throttle_time_ms, 250);
    let stats = conn.throttle();
    assert_eq!(stats.throttled_responses, 1);
    assert_eq!(stats.last_throttle_ms, 250);
}

#[tokio::test]
async fn an_answer_to_no_request_closes_the_connection() {
    let address = peer(|mut stream| async move {
        old_broker_handshake(&mut stream).await;
        let request = read_request(&mut stream).await.expect("Metadata");
        answer(&mut stream, request.correlation_id + 1000, &MetadataResponse::default(), request.version).await;
        let _ = read_request(&mut stream).await;
    })
    .await;
    let conn = Connection::connect(&address, &ConnectionConfig::default()).await.expect("connect");
    match conn.send(&MetadataRequest::default()).await {
        Err(e @ Error::Disconnected { .. }) => assert!(e.to_string().contains("correlation id"), "{e}"),
        other => panic!("expected Disconnected, got {other:?}"),
    }
    assert!(conn.is_closed());
}

#[tokio::test]
async fn a_broker_that_hangs_up_fails_waiting_requests() {
    let address = peer(|mut stream| async move {
        old_broker_handshake(&mut stream).await;
        let _ = read_request(&mut stream).await;
        drop(stream);
    })
    .await;
    let conn = Connection::connect(&address, &ConnectionConfig::default()).await.expect("connect");
    match conn.send(&MetadataRequest::default()).await {
        Err(e @ Error::Disconnected { .. }) => {
            assert!(e.is_retriable());
            assert!(e.to_string().contains(&address), "{e}");
        }
        other => panic!("expected Disconnected, got {other:?}"),
    }
}
