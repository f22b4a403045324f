//! Whole frames: the `int32` size prefix, the header, the body.
//!
//! A request frame describes itself (its header starts with the API key and
//! version), so a broker-side peer can decode any of them. A response frame
//! does not: the client must say which request it answers. Both directions
//! live here, above the generated messages and below the connection code, so
//! that the rules "which header version goes with which body" and "a frame
//! must be consumed exactly" exist once.

use bytes::{Buf, BufMut, Bytes, BytesMut};

use super::dispatch::{RequestBody, ResponseBody};
use super::messages::{RequestHeader, ResponseHeader};
use super::{ApiKey, Decodable, Encodable, ProtocolError};

/// Takes one size-prefixed frame off the front of `buf`.
///
/// Returns `Ok(None)` (leaving `buf` untouched) while the frame is not
/// complete, and an error for a negative size or one above `max_size`, before
/// waiting for — or reserving room for — such a frame.
pub fn split_frame(buf: &mut Bytes, max_size: usize) -> Result<Option<Bytes>, ProtocolError> {
    if buf.len() < 4 {
        return Ok(None);
    }
    let size = i32::from_be_bytes([buf[0], buf[1], buf[2], buf[3]]);
    let size = usize::try_from(size)
        .ok()
        .filter(|&s| s <= max_size)
        .ok_or_else(|| ProtocolError::Invalid {
            context: "frame size",
            detail: format!("{size} is negative or above the maximum of {max_size}"),
        })?;
    if buf.len() - 4 < size {
        return Ok(None);
    }
    buf.advance(4);
    Ok(Some(buf.split_to(size)))
}

/// Decodes a request frame's content (without its size prefix).
pub fn decode_request(mut frame: Bytes) -> Result<(RequestHeader, RequestBody), ProtocolError> {
    if frame.len() < 4 {
        return Err(ProtocolError::UnexpectedEof { context: "request header", needed: 4, remaining: frame.len() });
    }
    let api_key = i16::from_be_bytes([frame[0], frame[1]]);
    let version = i16::from_be_bytes([frame[2], frame[3]]);
    let key = ApiKey::from_i16(api_key).ok_or(ProtocolError::UnknownApiKey { api_key })?;
    let header = RequestHeader::decode(&mut frame, key.request_header_version(version))?;
    let body = RequestBody::decode(api_key, version, &mut frame)?;
    expect_consumed(&frame)?;
    Ok((header, body))
}

/// Decodes a response frame's content (without its size prefix) answering a
/// request of API `api_key` at `version`.
pub fn decode_response(
    mut frame: Bytes,
    api_key: ApiKey,
    version: i16,
) -> Result<(ResponseHeader, ResponseBody), ProtocolError> {
    let header = ResponseHeader::decode(&mut frame, api_key.response_header_version(version))?;
    let body = ResponseBody::decode(api_key.as_i16(), version, &mut frame)?;
    expect_consumed(&frame)?;
    Ok((header, body))
}

/// Appends a size-prefixed request frame. The header's API key and version
/// are taken from the body and `version`.
pub fn encode_request(
    buf: &mut BytesMut,
    header: &RequestHeader,
    body: &RequestBody,
    version: i16,
) -> Result<(), ProtocolError> {
    let key = body.api_key();
    let header = RequestHeader { request_api_key: key.as_i16(), request_api_version: version, ..header.clone() };
    with_size_prefix(buf, |buf| {
        header.encode(buf, key.request_header_version(version))?;
        body.encode(buf, version)
    })
}

/// Appends a size-prefixed response frame.
pub fn encode_response(
    buf: &mut BytesMut,
    header: &ResponseHeader,
    body: &ResponseBody,
    version: i16,
) -> Result<(), ProtocolError> {
    with_size_prefix(buf, |buf| {
        header.encode(buf, body.api_key().response_header_version(version))?;
        body.encode(buf, version)
    })
}

fn with_size_prefix(
    buf: &mut BytesMut,
    write: impl FnOnce(&mut BytesMut) -> Result<(), ProtocolError>,
) -> Result<(), ProtocolError> {
    let start = buf.len();
    buf.put_i32(0);
    if let Err(e) = write(buf) {
        buf.truncate(start);
        return Err(e);
    }
    let Ok(size) = i32::try_from(buf.len() - start - 4) else {
        buf.truncate(start);
        return Err(ProtocolError::Invalid { context: "frame size", detail: "frame larger than 2 GiB".into() });
    };
    buf[start..start + 4].copy_from_slice(&size.to_be_bytes());
    Ok(())
}

fn expect_consumed(frame: &Bytes) -> Result<(), ProtocolError> {
    if frame.is_empty() {
        Ok(())
    } else {
        Err(ProtocolError::Invalid {
            context: "frame",
            detail: format!("{} bytes left after the body", frame.len()),
        })
    }
}
