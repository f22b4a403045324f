//! LZ4 (codec id 3), in the LZ4 *frame* format.
//!
//! Since message format v1 Kafka uses standard LZ4 frames (magic
//! `04 22 4D 18`), with a correct header checksum: the byte after the frame
//! descriptor is `(xxh32(descriptor) >> 8) & 0xff`. (Message format v0 hashed
//! the magic too, a bug readers must forgive only for v0.)
//!
//! The Java reader decompresses every block on its own, without the previous
//! block as a dictionary, so the writer must set the block-independence flag;
//! it uses 64 KiB blocks and no checksums, as the Java writer does. The reader
//! accepts any valid frame (linked blocks, checksums, content size too).

use std::io::Write;

use bytes::{BufMut, BytesMut};
use lz4_flex::frame::{BlockMode, BlockSize, FrameDecoder, FrameEncoder, FrameInfo};

use super::{encode_failed, read_bounded, CompressionCodec};
use crate::record::error::RecordError;

const CODEC: CompressionCodec = CompressionCodec::Lz4;

pub(super) fn compress(input: &[u8], out: &mut BytesMut) -> Result<(), RecordError> {
    let info = FrameInfo::new()
        .block_size(BlockSize::Max64KB)
        .block_mode(BlockMode::Independent)
        .block_checksums(false)
        .content_checksum(false);
    let mut encoder = FrameEncoder::with_frame_info(info, out.writer());
    encoder
        .write_all(input)
        .map_err(|e| encode_failed(CODEC, e))?;
    encoder.finish().map_err(|e| encode_failed(CODEC, e))?;
    Ok(())
}

pub(super) fn decompress(input: &[u8], limit: usize) -> Result<Vec<u8>, RecordError> {
    // The decoder's own buffers are bounded by the largest block size the
    // format has (4 MiB), whatever the input says.
    read_bounded(
        FrameDecoder::new(input),
        CODEC,
        limit,
        input.len().saturating_mul(4),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_header_is_what_the_java_client_writes() {
        let mut out = BytesMut::new();
        compress(b"abcabcabc", &mut out).unwrap();
        // Magic, FLG 0x60 (version 01, independent blocks, no checksums, no
        // content size), BD 0x40 (64 KiB blocks), HC 0x82 = second byte of
        // xxh32([0x60, 0x40], seed 0).
        assert_eq!(&out[..7], &[0x04, 0x22, 0x4d, 0x18, 0x60, 0x40, 0x82]);
        // Ends with the end mark.
        assert_eq!(&out[out.len() - 4..], &[0, 0, 0, 0]);
    }

    #[test]
    fn corrupted_header_checksum_is_an_error() {
        let mut out = BytesMut::new();
        compress(b"abcabcabc", &mut out).unwrap();
        out[6] ^= 0xff;
        assert!(decompress(&out, 100).is_err());
    }
}
