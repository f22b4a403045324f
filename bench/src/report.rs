//! Writes the results as docs/benchmarks.md. The file's own sections are
//! rewritten on every run; sections headed "Node" or "Python" belong to the
//! bindings' benchmarks and are carried over untouched.

use std::fmt::Write as _;

use crate::driver::{Row, Size, PARTITIONS};
use crate::fk::{CHUNK, WINDOW};
use crate::machine::Machine;
use crate::spec::Role;

/// What a run produced besides its rows.
pub struct Run<'a> {
    pub machine: &'a Machine,
    pub sizes: &'a [Size],
    pub rows: &'a [Row],
    pub date: String,
    pub minutes: f64,
}

/// The new file: this run's sections, then the carried-over ones of `old`.
pub fn render(run: &Run<'_>, old: &str) -> String {
    let mut s = String::new();
    s.push_str(&header(run));
    s.push_str("\n## Produce\n\n");
    s.push_str(&table(run.rows, Role::Produce));
    s.push_str("\n## Consume\n\n");
    s.push_str(&table(run.rows, Role::Consume));
    s.push_str(CAVEATS);
    for section in kept_sections(old) {
        s.push('\n');
        s.push_str(&section);
    }
    s
}

fn header(run: &Run<'_>) -> String {
    let m = run.machine;
    let loads: Vec<f64> = run.rows.iter().map(|r| r.load).collect();
    let min = loads.iter().copied().fold(f64::INFINITY, f64::min);
    let max = loads.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let counts = run
        .sizes
        .iter()
        .map(|s| {
            format!(
                "{} records of {} B values",
                group(s.records as f64),
                s.value_bytes
            )
        })
        .collect::<Vec<_>>()
        .join(" and ");
    let mut s = String::new();
    let _ = write!(
        s,
        "# Benchmarks

Throughput of ferrokafka beside the `rdkafka` crate (librdkafka) and the Java
client, all against the same broker in one run. Everything above the Node and
Python sections is written by `bench/run`; those sections come from the
bindings' own benchmarks.

To reproduce (builds the bench, starts its own 1-node cluster, runs every
case, rewrites this file, stops the cluster; see `bench/README.md`):

```sh
make bench
```

## How it is measured

- One Kafka {kafka} broker (1 node, started by `bench/run` with
  `tests/kafka/cluster`) on the same machine as the clients, over loopback.
  Every topic has {PARTITIONS} partitions and replication factor 1.
- Each client runs in a process of its own, one at a time. **CPU** is the
  user + system time the kernel counted for that process (`wait4`), so it
  includes start-up and connecting; **peak RSS** is its `ru_maxrss`.
- **Time** is each client's own: ferrokafka and rdkafka from the first send
  until every record is acknowledged (produce) or from assigning the
  partitions until the last record arrived (consume); for Java, the figures
  ProducerPerformance and ConsumerPerformance print (the consumer's
  `fetch.time.ms`, which leaves out joining the group). **MB/s** counts value
  bytes only (10^6 bytes).
- Records: {counts}, per client and case. Values are random capital letters
  — one value reused for every record, as ProducerPerformance sends — with
  no key.
- Produce: acks=all, idempotence on, linger 5 ms, no compression or zstd at
  the codec's default level; other options at each client's defaults (batch
  cap: ferrokafka 1 MiB, librdkafka 1,000,000 bytes, Java 16 KiB).
  ferrokafka sends through `send_batch` in calls of {CHUNK} records, {WINDOW}
  calls outstanding; rdkafka through `BaseProducer` (queue raised to
  1,000,000 messages), polling for delivery reports; Java through
  `ProducerPerformance --throughput -1`.
- Consume: one uncompressed topic per value size, written once by ferrokafka
  before the consumers run (not measured), read from the beginning by each
  client with default fetch options: ferrokafka's `Consumer` with every
  partition assigned, rdkafka's `BaseConsumer` with every partition assigned,
  Java's `ConsumerPerformance` (a consumer group of one). Each checks it read
  the expected number of records (ferrokafka and rdkafka also the value
  bytes).

## Machine and versions

| | |
| --- | --- |
| date | {date} ({minutes:.1} minutes for the whole run) |
| CPU | {cpu}, {cores} cores |
| memory | {mem:.1} GiB |
| kernel | {kernel} |
| load average (1 min) before each client | {min:.2} to {max:.2} |
| ferrokafka | {ferrokafka}, release build |
| rdkafka | crate 0.37, librdkafka {librdkafka} built from the crate's sources |
| Java client | Kafka {kafka} tools on {java} |
| Rust | {rustc} |
",
        kafka = m.kafka,
        date = run.date,
        minutes = run.minutes,
        cpu = m.cpu,
        cores = m.cores,
        mem = m.memory_gib,
        kernel = m.kernel,
        ferrokafka = m.ferrokafka,
        librdkafka = m.librdkafka,
        java = m.java,
        rustc = m.rustc,
    );
    s
}

fn table(rows: &[Row], role: Role) -> String {
    let mut s = String::from(
        "| value | codec | client | records/s | MB/s | seconds | CPU s | CPU s per M records | peak RSS MiB | load | notes |\n\
         | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n",
    );
    for row in rows.iter().filter(|r| r.job.role == role) {
        let j = &row.job;
        let cpu = row.usage.cpu_seconds;
        let rss = row.usage.max_rss_kib as f64 / 1024.0;
        let mut notes = Vec::new();
        let figures = match row.timing {
            Some(t) if row.error.is_none() => {
                let rate = t.records as f64 / t.seconds;
                match t.failed {
                    Some(0) => {}
                    Some(n) => notes.push(format!("{n} records failed")),
                    None if role == Role::Produce => notes.push("failures not reported".into()),
                    None => {}
                }
                format!(
                    "{} | {:.1} | {:.2} | {cpu:.2} | {:.2}",
                    group(rate),
                    rate * j.value_bytes as f64 / 1e6,
                    t.seconds,
                    cpu / t.records as f64 * 1e6
                )
            }
            _ => {
                notes.push(format!(
                    "FAILED: {}",
                    row.error.as_deref().unwrap_or("no result")
                ));
                format!("– | – | – | {cpu:.2} | –")
            }
        };
        let _ = writeln!(
            s,
            "| {} B | {} | {} | {figures} | {rss:.0} | {:.2} | {} |",
            j.value_bytes,
            j.codec.name(),
            j.client.name(),
            row.load,
            notes.join("; ")
        );
    }
    s
}

const CAVEATS: &str = "
## Read with care

- The machine is shared: other builds, tests and Kafka brokers may run at
  the same time (see the load averages), and the broker shares the CPU
  cores with the client being measured. Figures from a busy machine are
  noisy — runs have differed by up to 2x — so compare clients within one run
  and re-run `make bench` on a quiet machine before quoting a number.
- Each case sends or reads a modest amount of data, once; Java's figures
  include JIT warm-up and its CPU and RSS include the JVM's start-up, which
  weighs more in short runs.
- Values repeat (one value for every record), so zstd compresses them far
  better than real data.
";

/// Sections of `old` headed `## Node...` or `## Python...`, each with its
/// body up to the next `## ` heading.
fn kept_sections(old: &str) -> Vec<String> {
    let mut sections = Vec::new();
    let mut current: Option<String> = None;
    for line in old.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            if let Some(done) = current.take() {
                sections.push(done);
            }
            if title.starts_with("Node") || title.starts_with("Python") {
                current = Some(String::new());
            }
        } else if line.starts_with("# ") {
            if let Some(done) = current.take() {
                sections.push(done);
            }
        }
        if let Some(section) = current.as_mut() {
            section.push_str(line);
            section.push('\n');
        }
    }
    sections.extend(current);
    sections
}

/// 1234567.8 -> "1,234,568".
fn group(n: f64) -> String {
    let digits = format!("{:.0}", n);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_node_and_python_sections_only() {
        let old = "# Benchmarks\n\nintro\n\n## Produce\n\nold table\n\n## Node\n\nnode table\n### detail\nmore\n\n## Consume\nx\n## Python (asyncio)\n\npy\n";
        let kept = kept_sections(old);
        assert_eq!(
            kept,
            vec![
                "## Node\n\nnode table\n### detail\nmore\n\n",
                "## Python (asyncio)\n\npy\n"
            ]
        );
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group(1_234_567.4), "1,234,567");
        assert_eq!(group(999.0), "999");
        assert_eq!(group(1000.0), "1,000");
    }
}
