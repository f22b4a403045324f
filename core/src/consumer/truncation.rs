//! What to do when the leader says the log diverges from what this consumer
//! read (KIP-320).
//!
//! Every fetch carries the leader epoch of the last batch read
//! (`last_fetched_epoch`). A leader whose log differs from that history (an
//! unclean election made a replica that lacked some records leader, and it
//! wrote others at the same offsets) answers with a diverging epoch: the
//! largest epoch it has that is not newer than the consumer's, and the
//! offset where that epoch ends in its log.
//!
//! - The end offset is below the position: records from there up to the
//!   position, which this consumer may have delivered, are gone. With an
//!   `auto_offset_reset` policy the consumer goes on from the end offset, the
//!   first offset whose record it has not seen (so nothing the new leader
//!   holds is skipped); with `none` the partition fails with an error that
//!   names it and the offsets, until the application seeks.
//! - Otherwise nothing the consumer read was lost: it keeps its position
//!   and adopts the leader's epoch.

use super::types::{AutoOffsetReset, TopicPartition};
use crate::error::{Error, ErrorContext};
use crate::protocol::ErrorCode;

/// The consumer's next step after a diverging epoch.
#[derive(Debug, Clone)]
pub(crate) enum Verdict {
    /// Fetch from `offset` with `epoch` as the last fetched epoch.
    Resume { offset: i64, epoch: i32, truncated: bool },
    /// Stop the partition with this error.
    Fail(Error),
}

/// Decides what a diverging epoch `(epoch, end_offset)` means for a
/// partition read up to `position` under `policy`.
pub(crate) fn on_diverging_epoch(
    tp: &TopicPartition,
    position: i64,
    epoch: i32,
    end_offset: i64,
    policy: AutoOffsetReset,
) -> Verdict {
    if end_offset >= position {
        return Verdict::Resume { offset: position, epoch, truncated: false };
    }
    match policy {
        AutoOffsetReset::None => Verdict::Fail(truncated(tp, position, end_offset)),
        AutoOffsetReset::Earliest | AutoOffsetReset::Latest => {
            Verdict::Resume { offset: end_offset.max(0), epoch, truncated: true }
        }
    }
}

/// The error for a detected log truncation under `auto_offset_reset = none`.
fn truncated(tp: &TopicPartition, position: i64, end_offset: i64) -> Error {
    Error::kafka(
        ErrorCode::OFFSET_OUT_OF_RANGE.0,
        ErrorContext::partition("Fetch", tp.topic.clone(), tp.partition),
        Some(format!(
            "log truncation detected: the log of {tp} was truncated at offset {end_offset} (an unclean \
             leader election), so records from {end_offset} up to {position} that this consumer may have \
             read are gone. Seek {tp} to {end_offset} to go on with what the new leader holds"
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp() -> TopicPartition {
        TopicPartition::new("t", 3)
    }

    #[test]
    fn truncation_below_the_position_resumes_where_the_logs_part() {
        for policy in [AutoOffsetReset::Earliest, AutoOffsetReset::Latest] {
            match on_diverging_epoch(&tp(), 20, 4, 10, policy) {
                Verdict::Resume { offset, epoch, truncated } => {
                    assert_eq!((offset, epoch, truncated), (10, 4, true));
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn truncation_with_policy_none_fails_naming_the_partition_and_offsets() {
        match on_diverging_epoch(&tp(), 20, 4, 10, AutoOffsetReset::None) {
            Verdict::Fail(error) => {
                let text = error.to_string();
                assert!(text.contains("t-3") && text.contains("truncat"), "{text}");
                assert!(text.contains("Seek t-3 to 10"), "{text}");
                assert_eq!(error.code(), Some(ErrorCode::OFFSET_OUT_OF_RANGE));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_epoch_ending_at_or_after_the_position_loses_nothing() {
        for end in [20, 25] {
            match on_diverging_epoch(&tp(), 20, 6, end, AutoOffsetReset::None) {
                Verdict::Resume { offset, epoch, truncated } => {
                    assert_eq!((offset, epoch, truncated), (20, 6, false));
                }
                other => panic!("{other:?}"),
            }
        }
    }
}
