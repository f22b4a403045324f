//! gzip (codec id 1).
//!
//! The Java client writes one gzip member with `GZIPOutputStream`, and its
//! reader accepts several concatenated members, so the reader here does too
//! (a plain single-member decoder would silently stop after the first).

use std::io::Write;

use bytes::{BufMut, BytesMut};
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;

use super::{encode_failed, read_bounded, CompressionCodec};
use crate::record::error::RecordError;

const CODEC: CompressionCodec = CompressionCodec::Gzip;
/// zlib's default, which is also what the Java client uses by default.
const DEFAULT_LEVEL: u32 = 6;

pub(super) fn compress(
    input: &[u8],
    level: Option<i32>,
    out: &mut BytesMut,
) -> Result<(), RecordError> {
    // The level was validated to 0..=9 by the caller.
    let level = level.map_or(DEFAULT_LEVEL, |l| l.clamp(0, 9) as u32);
    let mut encoder = GzEncoder::new(out.writer(), flate2::Compression::new(level));
    encoder
        .write_all(input)
        .map_err(|e| encode_failed(CODEC, e))?;
    encoder.finish().map_err(|e| encode_failed(CODEC, e))?;
    Ok(())
}

pub(super) fn decompress(input: &[u8], limit: usize) -> Result<Vec<u8>, RecordError> {
    read_bounded(
        MultiGzDecoder::new(input),
        CODEC,
        limit,
        input.len().saturating_mul(4),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concatenated_members_are_all_read() {
        let mut out = BytesMut::new();
        compress(b"first,", None, &mut out).unwrap();
        compress(b"second", Some(1), &mut out).unwrap();
        assert_eq!(decompress(&out, 100).unwrap(), b"first,second");
    }

    #[test]
    fn output_starts_with_the_gzip_magic() {
        let mut out = BytesMut::new();
        compress(b"abc", None, &mut out).unwrap();
        assert_eq!(&out[..3], &[0x1f, 0x8b, 0x08]);
    }
}
