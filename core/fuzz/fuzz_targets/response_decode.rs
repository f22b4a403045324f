//! Any request or response body decoder, chosen by the first bytes.
//!
//! Input: `[flags, api key index, version offset, body...]` (see `common.rs`).
//! Besides "never panic", checks that whatever decodes re-encodes, and that
//! the re-encoding decodes to a value that encodes to the same bytes.

#![no_main]

use bytes::{Bytes, BytesMut};
use ferrokafka::protocol::{RequestBody, ResponseBody};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

macro_rules! check {
    ($body:ty, $key:expr, $version:expr, $input:expr) => {{
        let mut input = Bytes::copy_from_slice($input);
        if let Ok(value) = <$body>::decode($key, $version, &mut input) {
            let mut first = BytesMut::new();
            value.encode(&mut first, $version).expect("a decoded body encodes");
            let first = first.freeze();
            let mut again = first.clone();
            let value2 = <$body>::decode($key, $version, &mut again).expect("an encoded body decodes");
            assert!(again.is_empty(), "re-decoding left bytes");
            let mut second = BytesMut::new();
            value2.encode(&mut second, $version).expect("re-encodes");
            assert_eq!(first, second.freeze(), "encoding is not stable");
        }
    }};
}

fuzz_target!(|data: &[u8]| {
    let Some(c) = common::choose(data) else { return };
    let key = c.key.as_i16();
    if c.response {
        check!(ResponseBody, key, c.version, c.rest);
    } else {
        check!(RequestBody, key, c.version, c.rest);
    }
});
