//! The input prefix the protocol targets share: which direction, which API,
//! which version. Mapping bytes onto valid keys and versions (instead of
//! taking raw `i16`s) spends the fuzzer's time inside the decoders rather
//! than on "unknown API key".

use ferrokafka::protocol::ApiKey;

/// Direction, API and version chosen by the first three bytes of `data`,
/// and the rest of the input.
pub struct Choice<'a> {
    pub response: bool,
    pub key: ApiKey,
    pub version: i16,
    pub rest: &'a [u8],
}

pub fn choose(data: &[u8]) -> Option<Choice<'_>> {
    let [flags, key, version, rest @ ..] = data else { return None };
    let key = ApiKey::ALL[usize::from(*key) % ApiKey::ALL.len()];
    let span = i32::from(key.max_version()) - i32::from(key.min_version()) + 1;
    // Removed APIs have no version: any will do to reach their error path.
    let offset = if span > 0 { i32::from(*version) % span } else { i32::from(*version) };
    let version = i16::try_from(i32::from(key.min_version()) + offset).ok()?;
    Some(Choice { response: flags & 1 == 1, key, version, rest })
}
