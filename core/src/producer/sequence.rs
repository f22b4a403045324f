//! Producer sequence numbers.
//!
//! An idempotent producer numbers the records of each partition 0, 1, 2, ...
//! and the broker accepts a batch only if its first sequence follows the
//! last one it stored, which is how it drops duplicates of a retried batch
//! and detects lost ones. Sequences are `i32` and wrap from `i32::MAX` to 0,
//! as the broker's own arithmetic does.

/// The sequence `count` records after `sequence`, wrapping past `i32::MAX`
/// to 0.
pub fn advance(sequence: i32, count: i32) -> i32 {
    let sequence = i64::from(sequence.max(0));
    let next = sequence + i64::from(count.max(0));
    (next % (i64::from(i32::MAX) + 1)) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advances_and_wraps_like_the_broker() {
        assert_eq!(advance(0, 5), 5);
        assert_eq!(advance(i32::MAX - 2, 2), i32::MAX);
        assert_eq!(advance(i32::MAX - 2, 3), 0);
        assert_eq!(advance(i32::MAX, 1), 0);
        assert_eq!(advance(i32::MAX - 1, 10), 8);
    }
}
