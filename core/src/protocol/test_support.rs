//! Random message instances for property tests and fuzz seeds.
//!
//! Compiled only with the `test-support` feature, so that the library users
//! build does not carry it. Every generated struct implements [`Random`]: it
//! fills exactly the fields that exist at the requested version (others keep
//! their defaults) and uses null only where that version allows it, so every
//! instance it builds can be encoded at that version and must decode back to
//! itself.
//!
//! Randomness comes from a small seeded generator rather than a proptest
//! strategy per struct: one `u64` seed chosen by proptest reproduces a whole
//! message, and the generated code stays small.

use bytes::Bytes;

use super::primitives::{UnknownTaggedFields, Uuid};

/// Builds a random value valid at a version.
pub trait Random: Sized {
    /// A random instance whose fields are those of `version`.
    fn random(g: &mut Gen, version: i16) -> Self;
}

/// A seeded source of random field values (SplitMix64), biased towards the
/// edge cases that break codecs: empty, null, zero, -1, minimum, maximum.
#[derive(Debug, Clone)]
pub struct Gen {
    state: u64,
    depth: u32,
}

impl Gen {
    /// A generator whose output is fixed by `seed`.
    pub fn new(seed: u64) -> Self {
        Gen { state: seed, depth: 0 }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True one time in `n`.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }

    fn int(&mut self, min: i64, max: i64) -> i64 {
        match self.below(8) {
            0 => 0,
            1 => (-1i64).clamp(min, max),
            2 => min,
            3 => max,
            _ => {
                let span = (max as i128 - min as i128 + 1) as u128;
                (min as i128 + (u128::from(self.next_u64()) % span) as i128) as i64
            }
        }
    }

    /// A random `int8`.
    pub fn i8(&mut self) -> i8 {
        self.int(i8::MIN.into(), i8::MAX.into()) as i8
    }
    /// A random `int16`.
    pub fn i16(&mut self) -> i16 {
        self.int(i16::MIN.into(), i16::MAX.into()) as i16
    }
    /// A random `int32`.
    pub fn i32(&mut self) -> i32 {
        self.int(i32::MIN.into(), i32::MAX.into()) as i32
    }
    /// A random `int64`.
    pub fn i64(&mut self) -> i64 {
        self.int(i64::MIN, i64::MAX)
    }
    /// A random `uint16`.
    pub fn u16(&mut self) -> u16 {
        self.int(0, u16::MAX.into()) as u16
    }
    /// A random `uint32`.
    pub fn u32(&mut self) -> u32 {
        self.int(0, u32::MAX.into()) as u32
    }
    /// A random finite `float64` (NaN would not equal itself after a round trip).
    pub fn f64(&mut self) -> f64 {
        match self.below(4) {
            0 => 0.0,
            1 => f64::MAX,
            _ => (self.next_u64() >> 11) as f64 / 1024.0 - 1e9,
        }
    }
    /// A random `bool`.
    pub fn bool(&mut self) -> bool {
        self.next_u64() & 1 == 1
    }
    /// A random UUID.
    pub fn uuid(&mut self) -> Uuid {
        if self.one_in(4) {
            return Uuid::ZERO;
        }
        Uuid::from_u128(u128::from(self.next_u64()) << 64 | u128::from(self.next_u64()))
    }
    /// A short random string, sometimes empty, sometimes not ASCII.
    pub fn string(&mut self) -> String {
        const PIECES: [&str; 6] = ["topic", "-", "é", "☃", "0", "_x"];
        let n = self.below(5);
        (0..n).map(|_| PIECES[self.below(PIECES.len() as u64) as usize]).collect()
    }
    /// Short random bytes, sometimes empty.
    pub fn bytes(&mut self) -> Bytes {
        let n = self.below(12) as usize;
        Bytes::from((0..n).map(|_| self.next_u64() as u8).collect::<Vec<u8>>())
    }
    /// `Some(make())`, or `None` one time in four.
    pub fn maybe<T>(&mut self, make: impl FnOnce(&mut Gen) -> T) -> Option<T> {
        if self.one_in(4) {
            None
        } else {
            Some(make(self))
        }
    }
    /// A short vector; shorter the deeper the nesting, so messages stay small.
    pub fn vec<T>(&mut self, mut make: impl FnMut(&mut Gen) -> T) -> Vec<T> {
        let max = 3u64.saturating_sub(u64::from(self.depth / 2));
        let n = self.below(max + 1);
        self.depth += 1;
        let items = (0..n).map(|_| make(self)).collect();
        self.depth -= 1;
        items
    }
    /// Sometimes a few tagged fields with tags no spec uses, in ascending
    /// order, as a newer peer might send them.
    pub fn unknown_tagged_fields(&mut self) -> UnknownTaggedFields {
        let mut fields = UnknownTaggedFields::default();
        if self.one_in(4) {
            let mut tag = 1000;
            for _ in 0..=self.below(2) {
                tag += 1 + self.below(100) as u32;
                let data = self.bytes();
                fields.push(tag, data);
            }
        }
        fields
    }
}
