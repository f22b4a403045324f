//! How long to wait before reconnecting to a broker that failed.
//!
//! Reconnecting at once after a failure turns a broker restart into a storm
//! of connection attempts from every client. Waits grow exponentially from
//! `min` to `max` with each consecutive failure, and each wait is spread by a
//! random ±20% so that clients that failed together do not retry together.
//! The defaults are the Java client's (`reconnect.backoff.ms` = 50 ms,
//! `reconnect.backoff.max.ms` = 1 s).

use std::time::Duration;

use rand::Rng;

use crate::error::Error;

/// Relative spread of each wait: a wait of `d` becomes one in `d·(1±JITTER)`.
const JITTER: f64 = 0.2;

/// Exponential backoff with jitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    min: Duration,
    max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self { min: Duration::from_millis(50), max: Duration::from_secs(1) }
    }
}

impl Backoff {
    /// A backoff from `min` (after the first failure) doubling up to `max`.
    ///
    /// Fails when `min` is zero or larger than `max`.
    pub fn new(min: Duration, max: Duration) -> Result<Self, Error> {
        if min.is_zero() {
            return Err(Error::Config {
                option: "reconnect_backoff_min",
                value: format!("{min:?}"),
                allowed: "a duration above zero".to_owned(),
            });
        }
        if min > max {
            return Err(Error::Config {
                option: "reconnect_backoff_max",
                value: format!("{max:?}"),
                allowed: format!("at least reconnect_backoff_min ({min:?})"),
            });
        }
        Ok(Self { min, max })
    }

    /// Shortest wait.
    pub fn min(&self) -> Duration {
        self.min
    }

    /// Longest wait before jitter.
    pub fn max(&self) -> Duration {
        self.max
    }

    /// The wait before the next attempt after `failures` consecutive failures
    /// (1 for the first), without jitter.
    pub fn base_delay(&self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(31);
        self.min.saturating_mul(1u32 << doublings).min(self.max)
    }

    /// The wait before the next attempt, with jitter.
    pub fn delay(&self, failures: u32) -> Duration {
        let base = self.base_delay(failures);
        let factor = rand::thread_rng().gen_range((1.0 - JITTER)..=(1.0 + JITTER));
        base.mul_f64(factor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_exponentially_then_caps() {
        let b = Backoff::new(Duration::from_millis(50), Duration::from_millis(1000)).expect("valid");
        let waits: Vec<u128> = (1..=7).map(|n| b.base_delay(n).as_millis()).collect();
        assert_eq!(waits, vec![50, 100, 200, 400, 800, 1000, 1000]);
        assert_eq!(b.base_delay(10_000), Duration::from_millis(1000));
    }

    #[test]
    fn jitter_stays_within_twenty_percent() {
        let b = Backoff::new(Duration::from_millis(100), Duration::from_secs(10)).expect("valid");
        for failures in 1..=8 {
            let base = b.base_delay(failures).as_secs_f64();
            for _ in 0..50 {
                let d = b.delay(failures).as_secs_f64();
                assert!(d >= base * 0.8 - 1e-9 && d <= base * 1.2 + 1e-9, "{d} vs {base}");
            }
        }
    }

    #[test]
    fn jitter_spreads_waits() {
        let b = Backoff::default();
        let waits: std::collections::HashSet<Duration> = (0..20).map(|_| b.delay(3)).collect();
        assert!(waits.len() > 1);
    }

    #[test]
    fn rejects_bad_bounds() {
        assert!(matches!(
            Backoff::new(Duration::ZERO, Duration::from_secs(1)),
            Err(Error::Config { option: "reconnect_backoff_min", .. })
        ));
        assert!(matches!(
            Backoff::new(Duration::from_secs(2), Duration::from_secs(1)),
            Err(Error::Config { option: "reconnect_backoff_max", .. })
        ));
    }
}
