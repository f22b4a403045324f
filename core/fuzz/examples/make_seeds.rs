//! Writes a seed corpus for the protocol fuzz targets: random valid messages
//! of every API, version and direction, with the prefix the targets expect.
//!
//! `cargo run --example make_seeds` (from `core/fuzz`), then fuzz as usual;
//! the files land in `corpus/<target>/`.

use std::fs;
use std::path::Path;

use bytes::BytesMut;
use ferrokafka::protocol::frame::{encode_request, encode_response};
use ferrokafka::protocol::messages::{RequestHeader, ResponseHeader};
use ferrokafka::protocol::test_support::Gen;
use ferrokafka::protocol::{ApiKey, RequestBody, ResponseBody};

const PER_VERSION: u64 = 2;

fn main() -> std::io::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let decode_dir = root.join("response_decode");
    let frame_dir = root.join("frame_header");
    fs::create_dir_all(&decode_dir)?;
    fs::create_dir_all(&frame_dir)?;
    let mut count = 0;
    for (index, key) in ApiKey::ALL.iter().enumerate() {
        for version in key.min_version()..=key.max_version() {
            let offset = u8::try_from(version - key.min_version()).expect("fewer than 256 versions");
            let index = u8::try_from(index).expect("fewer than 256 API keys");
            for seed in 0..PER_VERSION {
                let mut g = Gen::new(seed);
                for response in [false, true] {
                    let mut body = BytesMut::new();
                    let mut frame = BytesMut::new();
                    if response {
                        let value = ResponseBody::random(*key, version, &mut g);
                        value.encode(&mut body, version).expect("random values encode");
                        encode_response(&mut frame, &ResponseHeader::default(), &value, version).expect("encodes");
                    } else {
                        let value = RequestBody::random(*key, version, &mut g);
                        value.encode(&mut body, version).expect("random values encode");
                        let header = RequestHeader { client_id: Some("seed".into()), ..Default::default() };
                        encode_request(&mut frame, &header, &value, version).expect("encodes");
                    }
                    let prefix = [u8::from(response), index, offset];
                    let name = format!("{}-v{version}-{}-{seed}", key.name(), if response { "resp" } else { "req" });
                    fs::write(decode_dir.join(&name), [&prefix[..], &body].concat())?;
                    fs::write(frame_dir.join(&name), [&prefix[..], &frame].concat())?;
                    count += 2;
                }
            }
        }
    }
    println!("wrote {count} seeds under {}", root.display());
    Ok(())
}
