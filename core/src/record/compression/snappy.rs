//! snappy (codec id 2), in both of the forms found in Kafka logs.
//!
//! Snappy itself defines only a "raw" block format. Kafka data comes in two
//! shapes:
//!
//! - **snappy-java ("xerial") framing**, which the Java client writes through
//!   `SnappyOutputStream`: the 8-byte magic `\x82SNAPPY\x00`, a big-endian
//!   `i32` version (1) and a big-endian `i32` minimum compatible version (1),
//!   then blocks of at most 32 KiB of input, each written as a big-endian
//!   `i32` compressed length followed by a raw snappy block.
//! - **raw snappy**, one block for the whole records section, which librdkafka
//!   (and so kcat and the clients built on it) writes.
//!
//! Both readers of note accept both shapes: snappy-java falls back to raw
//! snappy when the magic is absent, and librdkafka decodes the framing when it
//! sees the magic. The reader here does the same. The two cannot be confused:
//! a raw snappy stream starts with the varint of its length, and `\x82 \x53`
//! followed by `N` would be a stream whose first element is a copy, which no
//! valid stream has.
//!
//! The writer emits the xerial framing, byte for byte the layout the Java
//! client produces (same magic, versions and 32 KiB blocks). That is the form
//! the broker's own (Java) validation reads natively, and the one librdkafka
//! must decode for every Java producer's data, so it is the best-trodden path
//! in both. It also keeps each block a reader decodes to 32 KiB.

use bytes::{BufMut, BytesMut};

use super::{encode_failed, failed, CompressionCodec};
use crate::record::error::RecordError;

const CODEC: CompressionCodec = CompressionCodec::Snappy;

/// The snappy-java stream magic.
pub(crate) const XERIAL_MAGIC: [u8; 8] = *b"\x82SNAPPY\x00";
/// Magic plus the two version numbers.
const XERIAL_HEADER_LEN: usize = 16;
/// The version numbers snappy-java writes (current and minimum compatible).
const XERIAL_VERSION: i32 = 1;
const XERIAL_COMPATIBLE_VERSION: i32 = 1;
/// Input bytes per block, the Java client's default block size.
const XERIAL_BLOCK: usize = 32 * 1024;

pub(super) fn compress(input: &[u8], out: &mut BytesMut) -> Result<(), RecordError> {
    let mut encoder = snap::raw::Encoder::new();
    out.reserve(XERIAL_HEADER_LEN + input.len() / 2);
    out.put_slice(&XERIAL_MAGIC);
    out.put_i32(XERIAL_VERSION);
    out.put_i32(XERIAL_COMPATIBLE_VERSION);
    for block in input.chunks(XERIAL_BLOCK) {
        let length_at = out.len();
        out.put_i32(0);
        let start = out.len();
        out.resize(start + snap::raw::max_compress_len(block.len()), 0);
        let written = encoder
            .compress(block, &mut out[start..])
            .map_err(|e| encode_failed(CODEC, e))?;
        out.truncate(start + written);
        // A block of at most 32 KiB compresses to well under 2 GiB.
        let written = i32::try_from(written).map_err(|e| encode_failed(CODEC, e))?;
        out[length_at..start].copy_from_slice(&written.to_be_bytes());
    }
    Ok(())
}

pub(super) fn decompress(input: &[u8], limit: usize) -> Result<Vec<u8>, RecordError> {
    if is_xerial(input) {
        decompress_xerial(input, limit)
    } else {
        let mut out = Vec::new();
        decompress_raw_into(input, limit, &mut out)?;
        Ok(out)
    }
}

fn is_xerial(input: &[u8]) -> bool {
    input.len() >= XERIAL_HEADER_LEN && input[..XERIAL_MAGIC.len()] == XERIAL_MAGIC
}

/// Decodes the framed form. Several framed streams may follow one another
/// (snappy-java reads such concatenations), so a magic where a block length
/// is expected starts a new stream.
fn decompress_xerial(input: &[u8], limit: usize) -> Result<Vec<u8>, RecordError> {
    let mut out = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        if is_xerial(rest) {
            // The version numbers are not checked: the block layout has never
            // changed, and librdkafka ignores them too.
            rest = &rest[XERIAL_HEADER_LEN..];
            continue;
        }
        let Some((length, after)) = rest.split_first_chunk::<4>() else {
            return Err(failed(
                CODEC,
                format!(
                    "{} trailing bytes after the last snappy-java block",
                    rest.len()
                ),
            ));
        };
        let length = i32::from_be_bytes(*length);
        let length = usize::try_from(length)
            .map_err(|_| failed(CODEC, format!("negative snappy-java block length {length}")))?;
        if length > after.len() {
            return Err(failed(
                CODEC,
                format!(
                    "snappy-java block of {length} bytes but only {} remain",
                    after.len()
                ),
            ));
        }
        let (block, next) = after.split_at(length);
        decompress_raw_into(block, limit, &mut out)?;
        rest = next;
    }
    Ok(out)
}

/// Appends the decoding of one raw snappy block to `out`, keeping the total
/// within `limit`. The block announces its decoded length up front; that
/// number is checked against the limit before any memory is reserved.
fn decompress_raw_into(block: &[u8], limit: usize, out: &mut Vec<u8>) -> Result<(), RecordError> {
    let length = snap::raw::decompress_len(block).map_err(|e| failed(CODEC, e))?;
    if length > limit.saturating_sub(out.len()) {
        return Err(RecordError::DecompressedTooLarge {
            codec: CODEC,
            limit,
        });
    }
    let start = out.len();
    out.resize(start + length, 0);
    let written = snap::raw::Decoder::new()
        .decompress(block, &mut out[start..])
        .map_err(|e| failed(CODEC, e))?;
    out.truncate(start + written);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writer_emits_the_java_framing() {
        let input: Vec<u8> = (0..80_000u32).map(|i| (i % 7) as u8).collect();
        let mut out = BytesMut::new();
        compress(&input, &mut out).unwrap();
        assert_eq!(
            &out[..16],
            b"\x82SNAPPY\x00\x00\x00\x00\x01\x00\x00\x00\x01"
        );
        // 80 000 bytes make three blocks: 32 KiB, 32 KiB and the rest.
        let mut rest = &out[16..];
        let mut decoded = Vec::new();
        while !rest.is_empty() {
            let len = u32::from_be_bytes(rest[..4].try_into().unwrap()) as usize;
            let block = snap::raw::Decoder::new()
                .decompress_vec(&rest[4..4 + len])
                .unwrap();
            decoded.push(block.len());
            rest = &rest[4 + len..];
        }
        assert_eq!(decoded, [32_768, 32_768, 80_000 - 65_536]);
    }

    #[test]
    fn raw_snappy_is_read() {
        let raw = snap::raw::Encoder::new()
            .compress_vec(b"raw snappy payload")
            .unwrap();
        assert_eq!(decompress(&raw, 100).unwrap(), b"raw snappy payload");
    }

    #[test]
    fn announced_length_beyond_limit_is_refused_before_allocating() {
        // A raw block announcing 2^32 - 1 bytes: varint ff ff ff ff 0f.
        let bomb = [0xff, 0xff, 0xff, 0xff, 0x0f, 0x00];
        assert_eq!(
            decompress(&bomb, 1 << 20),
            Err(RecordError::DecompressedTooLarge {
                codec: CODEC,
                limit: 1 << 20
            })
        );
    }

    #[test]
    fn broken_framing_is_an_error() {
        let mut framed = BytesMut::new();
        compress(b"hello hello hello", &mut framed).unwrap();
        // Block length larger than what follows.
        let mut long = framed.to_vec();
        long[19] = 0x7f;
        assert!(decompress(&long, 1000).is_err());
        // Negative block length.
        let mut negative = framed.to_vec();
        negative[16] = 0xf0;
        assert!(decompress(&negative, 1000).is_err());
        // Two stray bytes after the last block.
        let mut trailing = framed.to_vec();
        trailing.extend_from_slice(&[0, 0]);
        assert!(decompress(&trailing, 1000).is_err());
    }
}
