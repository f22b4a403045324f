//! Compression of a batch's records section.
//!
//! A v2 batch compresses everything after its 61-byte header as one unit; the
//! header names the codec in attribute bits 0-2. Each codec lives in its own
//! file because each has its own interoperability quirks (snappy's framing,
//! lz4's frame flags), documented there.
//!
//! Decompression is always bounded: the output may not exceed a limit the
//! caller chooses, so that a few kilobytes of hostile input cannot expand into
//! gigabytes (a "decompression bomb"). Output buffers grow with the data that
//! was actually produced, never with a size announced by the input.

mod gzip;
mod lz4;
mod snappy;
mod zstd;

use std::fmt;
use std::io::Read;

use bytes::BytesMut;

use super::error::RecordError;

/// The codec ids of the batch attributes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum CompressionCodec {
    /// Id 0: records are stored as they are.
    #[default]
    None,
    /// Id 1: gzip (RFC 1952).
    Gzip,
    /// Id 2: snappy, raw or in the snappy-java ("xerial") framing.
    Snappy,
    /// Id 3: LZ4 frame format.
    Lz4,
    /// Id 4: Zstandard (KIP-110, Kafka 2.1+).
    Zstd,
}

impl CompressionCodec {
    /// The id stored in attribute bits 0-2.
    pub fn id(self) -> u8 {
        match self {
            CompressionCodec::None => 0,
            CompressionCodec::Gzip => 1,
            CompressionCodec::Snappy => 2,
            CompressionCodec::Lz4 => 3,
            CompressionCodec::Zstd => 4,
        }
    }

    /// The codec for an attribute id, if it is one this client knows.
    pub fn from_id(id: u8) -> Option<Self> {
        Some(match id {
            0 => CompressionCodec::None,
            1 => CompressionCodec::Gzip,
            2 => CompressionCodec::Snappy,
            3 => CompressionCodec::Lz4,
            4 => CompressionCodec::Zstd,
            _ => return None,
        })
    }

    /// The name Kafka configuration uses (`compression.type`).
    pub fn name(self) -> &'static str {
        match self {
            CompressionCodec::None => "none",
            CompressionCodec::Gzip => "gzip",
            CompressionCodec::Snappy => "snappy",
            CompressionCodec::Lz4 => "lz4",
            CompressionCodec::Zstd => "zstd",
        }
    }
}

impl fmt::Display for CompressionCodec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a writer compresses batches: a codec and, where the codec has levels,
/// an optional level (`None` is the codec's default, as in the Java client).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Compression {
    /// No compression.
    #[default]
    None,
    /// gzip; levels 0 (store) to 9 (smallest), default 6.
    Gzip {
        /// Compression level.
        level: Option<i32>,
    },
    /// snappy; it has no levels.
    Snappy,
    /// LZ4 frames. The encoder has a single (fast) level, so none is taken.
    Lz4,
    /// Zstandard; levels -131072 (fastest) to 22 (smallest), default 3.
    Zstd {
        /// Compression level.
        level: Option<i32>,
    },
}

/// gzip levels accepted.
const GZIP_LEVELS: (i32, i32) = (0, 9);
/// zstd levels accepted, the same range as the Java client's.
const ZSTD_LEVELS: (i32, i32) = (-131_072, 22);

impl Compression {
    /// The codec whose id goes into the batch attributes.
    pub fn codec(&self) -> CompressionCodec {
        match self {
            Compression::None => CompressionCodec::None,
            Compression::Gzip { .. } => CompressionCodec::Gzip,
            Compression::Snappy => CompressionCodec::Snappy,
            Compression::Lz4 => CompressionCodec::Lz4,
            Compression::Zstd { .. } => CompressionCodec::Zstd,
        }
    }

    /// The codec with its default settings.
    pub fn from_codec(codec: CompressionCodec) -> Self {
        match codec {
            CompressionCodec::None => Compression::None,
            CompressionCodec::Gzip => Compression::Gzip { level: None },
            CompressionCodec::Snappy => Compression::Snappy,
            CompressionCodec::Lz4 => Compression::Lz4,
            CompressionCodec::Zstd => Compression::Zstd { level: None },
        }
    }

    /// Checks that the level, if any, is one the codec accepts.
    pub fn validate(&self) -> Result<(), RecordError> {
        let (level, (min, max)) = match *self {
            Compression::Gzip { level: Some(level) } => (level, GZIP_LEVELS),
            Compression::Zstd { level: Some(level) } => (level, ZSTD_LEVELS),
            _ => return Ok(()),
        };
        if (min..=max).contains(&level) {
            Ok(())
        } else {
            Err(RecordError::InvalidLevel {
                codec: self.codec(),
                level,
                min,
                max,
            })
        }
    }
}

/// Appends `input` compressed with `compression` to `out`.
///
/// On error `out` may hold a partial result; callers that need to roll back
/// truncate it to its previous length.
pub fn compress(
    compression: Compression,
    input: &[u8],
    out: &mut BytesMut,
) -> Result<(), RecordError> {
    compression.validate()?;
    match compression {
        Compression::None => {
            out.extend_from_slice(input);
            Ok(())
        }
        Compression::Gzip { level } => gzip::compress(input, level, out),
        Compression::Snappy => snappy::compress(input, out),
        Compression::Lz4 => lz4::compress(input, out),
        Compression::Zstd { level } => zstd::compress(input, level, out),
    }
}

/// Decompresses `input`, failing if the result would exceed `limit` bytes.
///
/// For [`CompressionCodec::None`] the input is copied.
pub fn decompress(
    codec: CompressionCodec,
    input: &[u8],
    limit: usize,
) -> Result<Vec<u8>, RecordError> {
    match codec {
        CompressionCodec::None => {
            if input.len() > limit {
                return Err(RecordError::DecompressedTooLarge { codec, limit });
            }
            Ok(input.to_vec())
        }
        CompressionCodec::Gzip => gzip::decompress(input, limit),
        CompressionCodec::Snappy => snappy::decompress(input, limit),
        CompressionCodec::Lz4 => lz4::decompress(input, limit),
        CompressionCodec::Zstd => zstd::decompress(input, limit),
    }
}

/// Reads `reader` to its end into a vector of at most `limit` bytes.
///
/// The vector starts at `hint` bytes (capped by `limit`) and then doubles, but
/// never beyond `limit + 1`: one byte past the limit is how overflow is seen.
pub(crate) fn read_bounded(
    mut reader: impl Read,
    codec: CompressionCodec,
    limit: usize,
    hint: usize,
) -> Result<Vec<u8>, RecordError> {
    let ceiling = limit.saturating_add(1);
    let mut out: Vec<u8> = Vec::with_capacity(hint.clamp(64, 1 << 20).min(ceiling));
    let mut chunk = [0u8; 8 * 1024];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => return Ok(out),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(RecordError::Decompression {
                    codec,
                    detail: e.to_string(),
                })
            }
        };
        if out.len() + n > limit {
            return Err(RecordError::DecompressedTooLarge { codec, limit });
        }
        if out.capacity() - out.len() < n {
            let target = (out.capacity().saturating_mul(2))
                .max(out.len() + n)
                .min(ceiling);
            out.reserve_exact(target - out.len());
        }
        out.extend_from_slice(&chunk[..n]);
    }
}

/// A decoder's error as a [`RecordError`].
pub(crate) fn failed(codec: CompressionCodec, detail: impl fmt::Display) -> RecordError {
    RecordError::Decompression {
        codec,
        detail: detail.to_string(),
    }
}

/// An encoder's error as a [`RecordError`].
pub(crate) fn encode_failed(codec: CompressionCodec, detail: impl fmt::Display) -> RecordError {
    RecordError::Compression {
        codec,
        detail: detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Compression; 5] = [
        Compression::None,
        Compression::Gzip { level: None },
        Compression::Snappy,
        Compression::Lz4,
        Compression::Zstd { level: None },
    ];

    fn sample(len: usize) -> Vec<u8> {
        // Compressible but not trivially so.
        (0..len)
            .map(|i| (i % 251) as u8 ^ (i / 1000) as u8)
            .collect()
    }

    #[test]
    fn every_codec_round_trips_small_and_multi_block_inputs() {
        for c in ALL {
            for len in [0, 1, 100, 70_000, 300_000] {
                let input = sample(len);
                let mut out = BytesMut::new();
                compress(c, &input, &mut out).unwrap();
                let back = decompress(c.codec(), &out, 1 << 20).unwrap();
                assert_eq!(back, input, "{c:?} len {len}");
            }
        }
    }

    #[test]
    fn levels_are_applied_and_validated() {
        let input = sample(50_000);
        for c in [
            Compression::Gzip { level: Some(1) },
            Compression::Gzip { level: Some(9) },
            Compression::Zstd { level: Some(-5) },
            Compression::Zstd { level: Some(19) },
        ] {
            let mut out = BytesMut::new();
            compress(c, &input, &mut out).unwrap();
            assert_eq!(decompress(c.codec(), &out, 1 << 20).unwrap(), input);
        }
        let bad = Compression::Gzip { level: Some(10) };
        assert!(matches!(
            compress(bad, b"x", &mut BytesMut::new()),
            Err(RecordError::InvalidLevel { .. })
        ));
        let bad = Compression::Zstd { level: Some(23) };
        assert!(matches!(
            bad.validate(),
            Err(RecordError::InvalidLevel { max: 22, .. })
        ));
    }

    #[test]
    fn output_beyond_the_limit_is_an_error_for_every_codec() {
        let input = vec![0u8; 100_000];
        for c in ALL {
            let mut out = BytesMut::new();
            compress(c, &input, &mut out).unwrap();
            let err = decompress(c.codec(), &out, 99_999).unwrap_err();
            assert_eq!(
                err,
                RecordError::DecompressedTooLarge {
                    codec: c.codec(),
                    limit: 99_999
                },
                "{c:?}"
            );
            assert_eq!(decompress(c.codec(), &out, 100_000).unwrap().len(), 100_000);
        }
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for c in ALL.iter().skip(1) {
            for input in [
                &b""[..],
                b"\x00",
                b"garbage bytes that are no stream",
                &[0xff; 64],
            ] {
                // Some codecs legitimately decode tiny inputs (empty zstd,
                // raw snappy "\x00"); none may panic.
                let _ = decompress(c.codec(), input, 1 << 16);
            }
            assert!(
                decompress(c.codec(), b"garbage bytes that are no stream", 1 << 16).is_err(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn codec_ids_round_trip() {
        for id in 0..8u8 {
            match CompressionCodec::from_id(id) {
                Some(c) => assert_eq!(c.id(), id),
                None => assert!(id > 4),
            }
        }
    }
}
