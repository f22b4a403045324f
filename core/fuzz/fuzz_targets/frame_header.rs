//! A stream of size-prefixed frames: size, header, body.
//!
//! Input: `[flags, api key index, version offset, frames...]`. Request frames
//! name their own API and version; response frames are read as answers to the
//! request the prefix chose. Every frame that decodes must re-encode into a
//! frame that decodes to the same header and body.

#![no_main]

use bytes::{Bytes, BytesMut};
use ferrokafka::protocol::frame::{decode_request, decode_response, encode_request, encode_response, split_frame};
use ferrokafka::protocol::messages::{RequestHeader, ResponseHeader};
use ferrokafka::protocol::{RequestBody, ResponseBody};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

/// Small enough that the fuzzer meets the limit.
const MAX_FRAME: usize = 1 << 16;

fuzz_target!(|data: &[u8]| {
    let Some(c) = common::choose(data) else { return };
    let mut stream = Bytes::copy_from_slice(c.rest);
    while let Ok(Some(frame)) = split_frame(&mut stream, MAX_FRAME) {
        let first = if c.response {
            let Ok((header, body)) = decode_response(frame, c.key, c.version) else { continue };
            response_frame(&header, &body, c.version)
        } else {
            let Ok((header, body)) = decode_request(frame) else { continue };
            request_frame(&header, &body)
        };
        // The re-encoded frame decodes, and encodes to the same bytes again.
        let mut wire = first.clone();
        let again = split_frame(&mut wire, usize::MAX).expect("valid size").expect("whole frame");
        let second = if c.response {
            let (header, body) = decode_response(again, c.key, c.version).expect("re-decodes");
            response_frame(&header, &body, c.version)
        } else {
            let (header, body) = decode_request(again).expect("re-decodes");
            request_frame(&header, &body)
        };
        assert_eq!(first, second, "encoding is not stable");
    }
});

fn request_frame(header: &RequestHeader, body: &RequestBody) -> Bytes {
    let mut wire = BytesMut::new();
    encode_request(&mut wire, header, body, header.request_api_version).expect("a decoded request encodes");
    wire.freeze()
}

fn response_frame(header: &ResponseHeader, body: &ResponseBody, version: i16) -> Bytes {
    let mut wire = BytesMut::new();
    encode_response(&mut wire, header, body, version).expect("a decoded response encodes");
    wire.freeze()
}
