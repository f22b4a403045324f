//! The Java side: Kafka's own ProducerPerformance and ConsumerPerformance
//! tools, run from the cached Kafka jars by `bench/java-tool` (which
//! `exec`s the JVM with Kafka's perf-test JVM options, so the process
//! measured is the JVM itself).

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::spec::{Job, Role, Timing};

fn java_tool() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("java-tool")
}

/// The command that runs `job` with the Java client.
pub fn command(job: &Job) -> Command {
    let mut cmd = Command::new(java_tool());
    match job.role {
        Role::Produce => {
            cmd.args([
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic",
                &job.topic,
            ])
            .args(["--num-records", &job.records.to_string()])
            .args(["--record-size", &job.value_bytes.to_string()])
            .args(["--throughput", "-1", "--producer-props"])
            .arg(format!("bootstrap.servers={}", job.brokers))
            .args(["acks=all", "enable.idempotence=true", "linger.ms=5"])
            .arg(format!("compression.type={}", job.codec.name()));
        }
        Role::Consume => {
            cmd.args([
                "org.apache.kafka.tools.ConsumerPerformance",
                "--topic",
                &job.topic,
            ])
            .args(["--bootstrap-server", &job.brokers])
            .args(["--num-records", &job.records.to_string()])
            .args(["--group", &fresh_group()])
            .args(["--timeout", "60000"]);
        }
    }
    cmd
}

/// A group no earlier run used: ConsumerPerformance commits its offsets,
/// so a second run in the same group would start at the end of the topic.
fn fresh_group() -> String {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    format!(
        "bench-java-{}-{}",
        std::process::id(),
        RUNS.fetch_add(1, Ordering::Relaxed)
    )
}

/// The Kafka version of the tools, from `ConsumerPerformance --version`.
pub fn version() -> Option<String> {
    let out = Command::new(java_tool())
        .args(["org.apache.kafka.tools.ConsumerPerformance", "--version"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace().next().map(str::to_owned)
}

/// Reads the tool's own figures from its output.
pub fn timing(role: Role, stdout: &str) -> Option<Timing> {
    match role {
        Role::Produce => produce_timing(stdout),
        Role::Consume => consume_timing(stdout),
    }
}

/// ProducerPerformance ends with "N records sent, R records/sec (...), ...".
fn produce_timing(stdout: &str) -> Option<Timing> {
    let line = stdout
        .lines()
        .rev()
        .find(|l| l.contains(" records sent, "))?;
    let mut parts = line.split(", ");
    let records: usize = parts.next()?.split_whitespace().next()?.parse().ok()?;
    let rate: f64 = parts.next()?.split_whitespace().next()?.parse().ok()?;
    (rate > 0.0).then(|| Timing {
        records,
        seconds: records as f64 / rate,
        failed: None,
    })
}

/// ConsumerPerformance prints a header line of field names and a line of
/// values. The time taken is `fetch.time.ms`: from after the group's first
/// rebalance to the last record (so joining the group is not counted).
fn consume_timing(stdout: &str) -> Option<Timing> {
    let lines: Vec<&str> = stdout.lines().collect();
    let at = lines.iter().position(|l| l.contains("fetch.time.ms"))?;
    let names: Vec<&str> = lines[at].split(',').map(str::trim).collect();
    // A warning (e.g. a timeout) may come between the header and the values.
    let values: Vec<&str> = lines[at + 1..]
        .iter()
        .map(|l| l.split(',').map(str::trim).collect::<Vec<_>>())
        .find(|v| v.len() == names.len())?;
    let field = |name: &str| -> Option<f64> {
        let i = names.iter().position(|n| *n == name)?;
        values.get(i)?.parse().ok()
    };
    let records = field("data.consumed.in.nMsg")? as usize;
    let seconds = field("fetch.time.ms")? / 1000.0;
    (seconds > 0.0).then_some(Timing {
        records,
        seconds,
        failed: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_producer_performance_summary() {
        let out = "500 records sent, 100.0 records/sec\n\
            1000 records sent, 250000.0 records/sec (23.84 MB/sec), 3.1 ms avg latency, 90.0 ms max latency, 2 ms 50th, 7 ms 95th, 9 ms 99th, 10 ms 99.9th.\n";
        let t = timing(Role::Produce, out).unwrap();
        assert_eq!(t.records, 1000);
        assert!((t.seconds - 0.004).abs() < 1e-9);
    }

    #[test]
    fn reads_consumer_performance_fields() {
        let out = "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec\n\
            2026-01-01 00:00:00:000, 2026-01-01 00:00:03:000, 95.3674, 31.7891, 1000000, 333333.3333, 500, 2500, 38.1470, 400000.0000\n";
        let t = timing(Role::Consume, out).unwrap();
        assert_eq!(t.records, 1_000_000);
        assert!((t.seconds - 2.5).abs() < 1e-9);
    }

    #[test]
    fn every_consume_run_gets_its_own_group() {
        let job = Job {
            client: crate::spec::Client::Java,
            role: Role::Consume,
            brokers: "b".into(),
            topic: "t".into(),
            records: 1,
            value_bytes: 1,
            codec: crate::spec::Codec::None,
        };
        let group = |cmd: Command| {
            let args: Vec<String> = cmd
                .get_args()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            let at = args.iter().position(|a| a == "--group").unwrap();
            args[at + 1].clone()
        };
        assert_ne!(group(command(&job)), group(command(&job)));
    }

    #[test]
    fn reads_consumer_performance_fields_after_a_warning() {
        let out = "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec\n\
            WARNING: Exiting before consuming the expected number of messages: timeout (60000 ms) exceeded. You can use the --timeout option to increase the timeout.\n\
            2026-01-01 00:00:00:000, 2026-01-01 00:01:03:000, 0.0000, 0.0000, 0, 0.0000, 3000, 60000, 0.0000, 0.0000\n";
        let t = timing(Role::Consume, out).unwrap();
        assert_eq!(t.records, 0);
        assert!((t.seconds - 60.0).abs() < 1e-9);
    }

    #[test]
    fn no_summary_is_none() {
        assert_eq!(timing(Role::Produce, "Exception in thread main\n"), None);
        assert_eq!(timing(Role::Consume, ""), None);
    }
}
