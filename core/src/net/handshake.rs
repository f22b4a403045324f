//! Opening a connection: the TCP socket, then ApiVersions, retried at a
//! lower version when the broker does not know the one asked for.

use std::time::Duration;

use tokio::net::TcpStream;
use tokio::time::Instant;

use super::connection::{decode_body, next_id, round_trip, ConnectionConfig};
use super::frame;
use super::transport::Transport;
use crate::error::{Error, ErrorContext, Result};
use crate::protocol::messages::{ApiVersionsRequest, ApiVersionsResponse};
use crate::protocol::{ApiRequest, ErrorCode, Message};

pub(super) async fn open_socket(broker: &str, deadline: Instant, timeout: Duration) -> Result<TcpStream> {
    let unreachable = |reason: String| Error::Unreachable { broker: broker.to_owned(), reason };
    let stream = match tokio::time::timeout_at(deadline, TcpStream::connect(broker)).await {
        Ok(Ok(stream)) => stream,
        Ok(Err(e)) => return Err(unreachable(describe_connect_error(&e))),
        Err(_) => return Err(unreachable(format!("no answer within {timeout:?}"))),
    };
    if let Err(e) = stream.set_nodelay(true) {
        tracing::debug!(broker, error = %e, "could not disable Nagle's algorithm");
    }
    Ok(stream)
}

fn describe_connect_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::ConnectionRefused => "connection refused (nothing listens on that port)".to_owned(),
        ErrorKind::InvalidInput => format!("not a valid host:port address ({e})"),
        _ => e.to_string(),
    }
}

/// The ApiVersions request this client sends: it names the client, as
/// brokers (v3+) require a valid software name and version.
pub fn api_versions_request() -> ApiVersionsRequest {
    ApiVersionsRequest {
        client_software_name: "ferrokafka".to_owned(),
        client_software_version: env!("CARGO_PKG_VERSION").to_owned(),
        ..Default::default()
    }
}

/// Asks the broker which versions it speaks.
///
/// Starts with the newest ApiVersions version the client knows. A broker
/// that does not know it answers UNSUPPORTED_VERSION in the v0 format, with
/// its own ApiVersions range; the client then retries with the highest
/// version in that range (v0 if the broker gave none).
pub(super) async fn negotiate(
    broker: &str,
    config: &ConnectionConfig,
    transport: &Transport,
    deadline: Instant,
) -> Result<(ApiVersionsResponse, i16)> {
    let counter = &transport.shared().next_correlation_id;
    let request = api_versions_request();
    let mut version = ApiVersionsRequest::MAX_VERSION;
    loop {
        let correlation_id = next_id(counter);
        let frame = frame::encode_request(&request, version, correlation_id, config.client_id.as_deref())
            .map_err(|e| Error::protocol("encoding ApiVersions", e))?;
        let body = round_trip::<ApiVersionsRequest>(
            transport,
            broker,
            correlation_id,
            frame,
            version,
            deadline,
            config.connect_timeout,
        )
        .await?;
        // The broker answers in the version asked for, except when it does
        // not know that version: then it answers in v0.
        let response = match decode_body::<ApiVersionsResponse>(body.clone(), version, broker) {
            Ok(r) if r.error_code != ErrorCode::UNSUPPORTED_VERSION.0 => r,
            _ => decode_body::<ApiVersionsResponse>(body, 0, broker)?,
        };
        if response.error_code == ErrorCode::UNSUPPORTED_VERSION.0 && version > 0 {
            let theirs = response.api_keys.iter().find(|k| k.api_key == ApiVersionsRequest::API_KEY);
            let next = theirs.map_or(0, |k| k.max_version).clamp(0, version - 1);
            tracing::debug!(broker, from = version, to = next, "ApiVersions version not supported, retrying");
            version = next;
            continue;
        }
        Error::check(response.error_code, ErrorContext::api("ApiVersions"), None)?;
        return Ok((response, version));
    }
}
