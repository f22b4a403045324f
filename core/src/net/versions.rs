//! Which version of each API to speak with one broker.
//!
//! A broker announces, in its ApiVersions response, the range of versions it
//! accepts for every API. The client knows its own range for each message
//! (the generated `MIN_VERSION`..=`MAX_VERSION`). The version used is the
//! highest one in both ranges; when the ranges do not meet, the API cannot be
//! used with that broker and the error says both ranges.

use std::collections::BTreeMap;

use crate::error::Error;
use crate::protocol::messages::ApiVersionsResponse;
use crate::protocol::ApiRequest;

/// An inclusive range of versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VersionRange {
    /// Lowest version, inclusive.
    pub min: i16,
    /// Highest version, inclusive.
    pub max: i16,
}

impl VersionRange {
    /// The highest version in both ranges, if they meet.
    pub fn highest_common(self, other: VersionRange) -> Option<i16> {
        let max = self.max.min(other.max);
        let min = self.min.max(other.min);
        (min <= max).then_some(max)
    }

    /// Whether `version` is in the range.
    pub fn contains(self, version: i16) -> bool {
        (self.min..=self.max).contains(&version)
    }
}

/// The versions one broker accepts, by API key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BrokerVersions {
    ranges: BTreeMap<i16, VersionRange>,
}

impl BrokerVersions {
    /// Reads the table from a broker's ApiVersions response.
    pub fn from_response(response: &ApiVersionsResponse) -> Self {
        let ranges = response
            .api_keys
            .iter()
            .map(|k| (k.api_key, VersionRange { min: k.min_version, max: k.max_version }))
            .collect();
        Self { ranges }
    }

    /// The broker's range for an API, if it offers the API.
    pub fn range(&self, api_key: i16) -> Option<VersionRange> {
        self.ranges.get(&api_key).copied()
    }

    /// All APIs the broker offers, by key.
    pub fn iter(&self) -> impl Iterator<Item = (i16, VersionRange)> + '_ {
        self.ranges.iter().map(|(k, r)| (*k, *r))
    }

    /// The version of `R` to use with this broker: the highest both sides
    /// speak.
    pub fn pick<R: ApiRequest>(&self, broker: &str) -> Result<i16, Error> {
        let ours = client_range::<R>();
        self.range(R::API_KEY)
            .and_then(|theirs| theirs.highest_common(ours))
            .ok_or_else(|| self.unsupported::<R>(broker))
    }

    /// Checks that an explicitly chosen version is one both sides speak.
    pub fn check<R: ApiRequest>(&self, version: i16, broker: &str) -> Result<(), Error> {
        let both = client_range::<R>().contains(version)
            && self.range(R::API_KEY).is_some_and(|r| r.contains(version));
        if both {
            Ok(())
        } else {
            Err(self.unsupported::<R>(broker))
        }
    }

    fn unsupported<R: ApiRequest>(&self, broker: &str) -> Error {
        let ours = client_range::<R>();
        Error::UnsupportedVersion {
            api: api_name::<R>(),
            broker: broker.to_owned(),
            broker_range: self.range(R::API_KEY).map(|r| (r.min, r.max)),
            client_min: ours.min,
            client_max: ours.max,
        }
    }
}

/// The versions of `R` the client can encode.
pub fn client_range<R: ApiRequest>() -> VersionRange {
    VersionRange { min: R::MIN_VERSION, max: R::MAX_VERSION }
}

/// The API's name without the `Request` suffix, e.g. `"Metadata"`.
pub fn api_name<R: ApiRequest>() -> &'static str {
    R::NAME.strip_suffix("Request").unwrap_or(R::NAME)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::messages::api_versions_response::ApiVersion;
    use crate::protocol::messages::MetadataRequest;
    use crate::protocol::Message;

    fn table(entries: &[(i16, i16, i16)]) -> BrokerVersions {
        let response = ApiVersionsResponse {
            api_keys: entries
                .iter()
                .map(|&(api_key, min_version, max_version)| ApiVersion {
                    api_key,
                    min_version,
                    max_version,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        };
        BrokerVersions::from_response(&response)
    }

    #[test]
    fn highest_common_version() {
        let a = VersionRange { min: 0, max: 12 };
        assert_eq!(a.highest_common(VersionRange { min: 4, max: 13 }), Some(12));
        assert_eq!(a.highest_common(VersionRange { min: 5, max: 9 }), Some(9));
        assert_eq!(a.highest_common(VersionRange { min: 13, max: 20 }), None);
    }

    #[test]
    fn picks_highest_version_both_speak() {
        let newer_broker = table(&[(3, 0, i16::MAX)]);
        assert_eq!(newer_broker.pick::<MetadataRequest>("b:1").ok(), Some(MetadataRequest::MAX_VERSION));
        let older_broker = table(&[(3, 0, 9)]);
        assert_eq!(older_broker.pick::<MetadataRequest>("b:1").ok(), Some(9));
    }

    #[test]
    fn missing_or_disjoint_api_is_unsupported_with_both_ranges() {
        let missing = table(&[(18, 0, 4)]);
        match missing.pick::<MetadataRequest>("b:1") {
            Err(Error::UnsupportedVersion { api: "Metadata", broker_range: None, .. }) => {}
            other => panic!("unexpected {other:?}"),
        }
        let too_new = table(&[(3, MetadataRequest::MAX_VERSION + 1, MetadataRequest::MAX_VERSION + 5)]);
        match too_new.pick::<MetadataRequest>("b:1") {
            Err(e @ Error::UnsupportedVersion { broker_range: Some(_), .. }) => {
                assert!(e.to_string().contains("b:1"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn explicit_version_must_be_in_both_ranges() {
        let t = table(&[(3, 1, 9)]);
        assert!(t.check::<MetadataRequest>(9, "b").is_ok());
        assert!(t.check::<MetadataRequest>(10, "b").is_err());
        assert!(t.check::<MetadataRequest>(0, "b").is_err());
    }
}
