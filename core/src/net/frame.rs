//! Size-prefixed frames: the unit in which Kafka moves requests and responses.
//!
//! Every request and response is a 4-byte big-endian length followed by that
//! many bytes. A response's bytes start with the correlation id of the request
//! it answers, which is all the reader needs to route it; the rest of the
//! header and the body are decoded by whoever sent the request, who knows the
//! API and version.
//!
//! The length comes from the network, so it is checked against a maximum
//! before anything is allocated. A frame over the limit is not an attack on
//! the connection's framing: it is skipped by reading it through a small
//! fixed buffer, so the request it answers fails with
//! [`Error::FrameTooLarge`](crate::Error::FrameTooLarge) while the connection
//! stays usable for the others.

use bytes::{BufMut, Bytes, BytesMut};
use tokio::io::{AsyncRead, AsyncReadExt};

use crate::protocol::messages::RequestHeader;
use crate::protocol::{ApiRequest, Encodable, ProtocolError};

/// Default largest response frame the client reads: 100 MiB, the size of the
/// Java broker's default `socket.request.max.bytes`.
pub const DEFAULT_MAX_FRAME_SIZE: usize = 100 * 1024 * 1024;

/// Bytes of the length prefix.
const LENGTH_PREFIX: usize = 4;
/// Bytes of the correlation id that starts every response.
const CORRELATION_ID: usize = 4;

/// Encodes one request frame (length, header, body) at `version`.
pub(crate) fn encode_request<R: ApiRequest>(
    request: &R,
    version: i16,
    correlation_id: i32,
    client_id: Option<&str>,
) -> Result<Bytes, ProtocolError> {
    let header = RequestHeader {
        request_api_key: R::API_KEY,
        request_api_version: version,
        correlation_id,
        client_id: client_id.map(str::to_owned),
        ..Default::default()
    };
    let mut buf = BytesMut::with_capacity(128);
    buf.put_i32(0);
    header.encode(&mut buf, R::request_header_version(version))?;
    request.encode(&mut buf, version)?;
    let body_len = buf.len() - LENGTH_PREFIX;
    let body_len = i32::try_from(body_len).map_err(|_| ProtocolError::Invalid {
        context: "request frame",
        detail: format!("{} is {body_len} bytes, more than a frame can carry", R::NAME),
    })?;
    buf[..LENGTH_PREFIX].copy_from_slice(&body_len.to_be_bytes());
    Ok(buf.freeze())
}

/// One frame read from a broker.
#[derive(Debug)]
pub(crate) enum Incoming {
    /// A whole response: the correlation id, then header rest and body.
    Response {
        /// The correlation id at the start of `frame`.
        correlation_id: i32,
        /// The frame's bytes, starting with the correlation id.
        frame: Bytes,
    },
    /// A response larger than the limit, which was skipped.
    TooLarge {
        /// The correlation id at the start of the skipped frame.
        correlation_id: i32,
        /// The announced size.
        size: u64,
    },
}

/// Why no frame could be read.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// The socket failed or closed in the middle of a frame.
    Io(std::io::Error),
    /// The length prefix is impossible; the stream cannot be resynchronised.
    BadLength(i32),
}

/// Reads the next response frame.
///
/// Returns `Ok(None)` when the stream ends cleanly between frames. Never
/// allocates more than `max_frame_size` bytes for a frame.
pub(crate) async fn read_frame<S: AsyncRead + Unpin>(
    stream: &mut S,
    max_frame_size: usize,
) -> Result<Option<Incoming>, ReadError> {
    let mut prefix = [0u8; LENGTH_PREFIX];
    match read_exact_or_eof(stream, &mut prefix).await {
        Ok(true) => {}
        Ok(false) => return Ok(None),
        Err(e) => return Err(ReadError::Io(e)),
    }
    let length = i32::from_be_bytes(prefix);
    let Ok(size) = usize::try_from(length) else {
        return Err(ReadError::BadLength(length));
    };
    if size < CORRELATION_ID {
        return Err(ReadError::BadLength(length));
    }
    if size > max_frame_size {
        let mut id = [0u8; CORRELATION_ID];
        stream.read_exact(&mut id).await.map_err(ReadError::Io)?;
        let rest = (size - CORRELATION_ID) as u64;
        let skipped = tokio::io::copy(&mut (&mut *stream).take(rest), &mut tokio::io::sink())
            .await
            .map_err(ReadError::Io)?;
        if skipped < rest {
            return Err(ReadError::Io(std::io::ErrorKind::UnexpectedEof.into()));
        }
        return Ok(Some(Incoming::TooLarge {
            correlation_id: i32::from_be_bytes(id),
            size: size as u64,
        }));
    }
    let mut frame = BytesMut::zeroed(size);
    stream.read_exact(&mut frame).await.map_err(ReadError::Io)?;
    let frame = frame.freeze();
    let correlation_id = i32::from_be_bytes([frame[0], frame[1], frame[2], frame[3]]);
    Ok(Some(Incoming::Response { correlation_id, frame }))
}

/// Fills `buf`, or returns `Ok(false)` if the stream ended before its first
/// byte. Ending part-way through is an error.
async fn read_exact_or_eof<S: AsyncRead + Unpin>(
    stream: &mut S,
    buf: &mut [u8],
) -> std::io::Result<bool> {
    let mut filled = 0;
    while filled < buf.len() {
        let n = stream.read(&mut buf[filled..]).await?;
        if n == 0 {
            if filled == 0 {
                return Ok(false);
            }
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        filled += n;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncWriteExt;

    fn frame(correlation_id: i32, body: &[u8]) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&((body.len() + 4) as i32).to_be_bytes());
        v.extend_from_slice(&correlation_id.to_be_bytes());
        v.extend_from_slice(body);
        v
    }

    #[tokio::test]
    async fn reads_frames_in_order_and_ends_cleanly() {
        let mut bytes = frame(7, b"abc");
        bytes.extend(frame(8, b""));
        let mut input = &bytes[..];
        match read_frame(&mut input, 1024).await {
            Ok(Some(Incoming::Response { correlation_id: 7, frame })) => {
                assert_eq!(&frame[4..], b"abc");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(
            read_frame(&mut input, 1024).await,
            Ok(Some(Incoming::Response { correlation_id: 8, .. }))
        ));
        assert!(matches!(read_frame(&mut input, 1024).await, Ok(None)));
    }

    #[tokio::test]
    async fn oversized_frame_is_skipped_and_the_next_one_is_read() {
        let mut bytes = frame(1, &[0xAB; 5000]);
        bytes.extend(frame(2, b"small"));
        let mut input = &bytes[..];
        match read_frame(&mut input, 1000).await {
            Ok(Some(Incoming::TooLarge { correlation_id: 1, size: 5004 })) => {}
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(
            read_frame(&mut input, 1000).await,
            Ok(Some(Incoming::Response { correlation_id: 2, .. }))
        ));
    }

    #[tokio::test]
    async fn huge_announced_length_does_not_allocate_it() {
        // 2 GiB announced, only a few bytes follow: the reader must not try to
        // allocate the announced size; it fails when the stream ends instead.
        let mut bytes = (i32::MAX).to_be_bytes().to_vec();
        bytes.extend_from_slice(&9i32.to_be_bytes());
        bytes.extend_from_slice(b"xyz");
        let mut input = &bytes[..];
        assert!(matches!(read_frame(&mut input, 1 << 20).await, Err(ReadError::Io(_))));
    }

    #[tokio::test]
    async fn negative_or_tiny_lengths_are_rejected() {
        let bytes = (-5i32).to_be_bytes();
        let mut input = &bytes[..];
        assert!(matches!(read_frame(&mut input, 1024).await, Err(ReadError::BadLength(-5))));
        let bytes = 2i32.to_be_bytes();
        let mut input = &bytes[..];
        assert!(matches!(read_frame(&mut input, 1024).await, Err(ReadError::BadLength(2))));
    }

    #[tokio::test]
    async fn truncated_frame_is_an_io_error() {
        let mut bytes = frame(3, b"abcdef");
        bytes.truncate(bytes.len() - 2);
        let mut input = &bytes[..];
        assert!(matches!(read_frame(&mut input, 1024).await, Err(ReadError::Io(_))));
        let half_prefix = [0u8, 0];
        let mut input = &half_prefix[..];
        assert!(matches!(read_frame(&mut input, 1024).await, Err(ReadError::Io(_))));
    }

    #[tokio::test]
    async fn frames_split_across_reads_are_reassembled() {
        let (mut tx, mut rx) = tokio::io::duplex(8);
        let bytes = frame(42, b"split across many small writes");
        let writer = tokio::spawn(async move {
            for chunk in bytes.chunks(3) {
                tx.write_all(chunk).await.expect("write");
            }
        });
        match read_frame(&mut rx, 1024).await {
            Ok(Some(Incoming::Response { correlation_id: 42, frame })) => {
                assert_eq!(&frame[4..], b"split across many small writes");
            }
            other => panic!("unexpected {other:?}"),
        }
        writer.await.expect("writer");
    }
}
