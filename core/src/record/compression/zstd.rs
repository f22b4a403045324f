//! Zstandard (codec id 4).
//!
//! The writer streams into the output and records the content size in the
//! frame header, which lets readers that size their buffer from it (such as
//! librdkafka) allocate once.
//!
//! A zstd frame announces the window a decoder must keep, up to 2 GiB in
//! principle. The reader caps that window relative to the caller's output
//! limit (between 4 MiB and 128 MiB; 128 MiB is zstd's own default ceiling and
//! the largest the Java client reads), so decoder memory is bounded by
//! configuration, not by what the input asks for.

use std::io::Write;

use bytes::{BufMut, BytesMut};

use super::{encode_failed, failed, read_bounded, CompressionCodec};
use crate::record::error::RecordError;

const CODEC: CompressionCodec = CompressionCodec::Zstd;
/// zstd's default level, also the Java client's.
const DEFAULT_LEVEL: i32 = 3;
/// Bounds of the decoder's window log (4 MiB and 128 MiB).
const MIN_WINDOW_LOG: u32 = 22;
const MAX_WINDOW_LOG: u32 = 27;

pub(super) fn compress(
    input: &[u8],
    level: Option<i32>,
    out: &mut BytesMut,
) -> Result<(), RecordError> {
    let mut encoder =
        ::zstd::stream::write::Encoder::new(out.writer(), level.unwrap_or(DEFAULT_LEVEL))
            .map_err(|e| encode_failed(CODEC, e))?;
    encoder
        .include_contentsize(true)
        .map_err(|e| encode_failed(CODEC, e))?;
    encoder
        .set_pledged_src_size(Some(input.len() as u64))
        .map_err(|e| encode_failed(CODEC, e))?;
    encoder
        .write_all(input)
        .map_err(|e| encode_failed(CODEC, e))?;
    encoder.finish().map_err(|e| encode_failed(CODEC, e))?;
    Ok(())
}

pub(super) fn decompress(input: &[u8], limit: usize) -> Result<Vec<u8>, RecordError> {
    let mut decoder =
        ::zstd::stream::read::Decoder::with_buffer(input).map_err(|e| failed(CODEC, e))?;
    decoder
        .window_log_max(window_log_for(limit))
        .map_err(|e| failed(CODEC, e))?;
    read_bounded(decoder, CODEC, limit, input.len().saturating_mul(4))
}

/// The smallest window log covering `limit`, clamped to the bounds above.
fn window_log_for(limit: usize) -> u32 {
    let log = usize::BITS - limit.saturating_sub(1).leading_zeros();
    log.clamp(MIN_WINDOW_LOG, MAX_WINDOW_LOG)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_log_follows_the_limit_within_bounds() {
        assert_eq!(window_log_for(0), MIN_WINDOW_LOG);
        assert_eq!(window_log_for(1 << 20), MIN_WINDOW_LOG);
        assert_eq!(window_log_for(1 << 24), 24);
        assert_eq!(window_log_for((1 << 24) + 1), 25);
        assert_eq!(window_log_for(usize::MAX), MAX_WINDOW_LOG);
    }

    #[test]
    fn frames_carry_their_content_size() {
        let mut out = BytesMut::new();
        compress(&[7u8; 1000], None, &mut out).unwrap();
        assert_eq!(
            ::zstd::zstd_safe::get_frame_content_size(&out)
                .ok()
                .flatten(),
            Some(1000)
        );
    }
}
