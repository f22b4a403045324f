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
    pub repeat: usize,
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
- Each client runs each case {repeat} times, the clients taking turns. A
  row shows the run with the median records/s — its MB/s, CPU, peak RSS
  and the load average before it started — and the range of records/s over
  all runs.
- Records per run: {counts}. Values are random capital letters
  — one value reused for every record, as ProducerPerformance sends — with
  no key.
- Produce: acks=all, idempotence on, linger 5 ms, no compression or zstd at
  the codec's default level; other options at each client's defaults (batch
  cap: ferrokafka 1 MiB, librdkafka 1,000,000 bytes, Java 16 KiB).
  ferrokafka sends through `send_batch` in calls of {chunk} records, {WINDOW}
  calls outstanding; rdkafka through `BaseProducer`, polling for delivery
  reports (and waiting when its queue of 100,000 messages is full); Java through
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
        repeat = run.repeat,
        chunk = group(CHUNK as f64),
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
        "| value | codec | client | records/s | min – max | MB/s | CPU s per M records | peak RSS MiB | load | notes |\n\
         | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n",
    );
    for runs in cases(rows, role) {
        let j = &runs[0].job;
        let mut ok: Vec<(&Row, f64)> = runs
            .iter()
            .filter(|r| r.error.is_none())
            .filter_map(|r| r.timing.map(|t| (*r, t.records as f64 / t.seconds)))
            .collect();
        ok.sort_by(|a, b| a.1.total_cmp(&b.1));
        let mut notes = Vec::new();
        if ok.len() < runs.len() {
            let errors: Vec<&str> = runs.iter().filter_map(|r| r.error.as_deref()).collect();
            notes.push(format!(
                "FAILED {} of {} runs: {}",
                errors.len(),
                runs.len(),
                errors.join("; ")
            ));
        }
        let figures = match ok.get((ok.len().max(1) - 1) / 2) {
            Some(&(median, rate)) => {
                let t = median.timing.expect("a successful run has a timing");
                let failed: usize = ok.iter().filter_map(|(r, _)| r.timing?.failed).sum();
                if failed > 0 {
                    notes.push(format!("{failed} records failed"));
                }
                if role == Role::Produce && t.failed.is_none() {
                    notes.push("failures not reported".into());
                }
                format!(
                    "{} | {} – {} | {:.1} | {:.2} | {:.0} | {:.2}",
                    group(rate),
                    group(ok[0].1),
                    group(ok[ok.len() - 1].1),
                    rate * j.value_bytes as f64 / 1e6,
                    median.usage.cpu_seconds / t.records as f64 * 1e6,
                    median.usage.max_rss_kib as f64 / 1024.0,
                    median.load
                )
            }
            None => "– | – | – | – | – | –".to_owned(),
        };
        let _ = writeln!(
            s,
            "| {} B | {} | {} | {figures} | {} |",
            j.value_bytes,
            j.codec.name(),
            j.client.name(),
            notes.join("; ")
        );
    }
    s
}

/// The runs of `role`, grouped by case and client, in the order first run.
fn cases(rows: &[Row], role: Role) -> Vec<Vec<&Row>> {
    let mut cases: Vec<Vec<&Row>> = Vec::new();
    for row in rows.iter().filter(|r| r.job.role == role) {
        let j = &row.job;
        let same = |r: &&Row| {
            r.job.client == j.client && r.job.value_bytes == j.value_bytes && r.job.codec == j.codec
        };
        match cases.iter_mut().find(|c| same(&c[0])) {
            Some(case) => case.push(row),
            None => cases.push(vec![row]),
        }
    }
    cases
}

const CAVEATS: &str = "
## Read with care

- The machine may be shared: other builds, tests and Kafka brokers may run
  at the same time (the load column shows the 1-minute load average before
  each run, to compare with the core count), and the broker always shares
  the cores with the client measured. On a busy machine the broker is often
  the bottleneck and runs of the same client differ widely (see the min –
  max column); compare clients within one run, and re-run `make bench` on a
  quiet machine before quoting a number.
- Each run sends or reads a modest amount of data. Java's figures include
  JIT warm-up, and its CPU and RSS include the JVM's start-up, which
  weigh more in short runs.
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
    use crate::process::Usage;
    use crate::spec::{Client, Codec, Job, Timing};

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

    fn row(client: Client, seconds: f64, error: Option<&str>) -> Row {
        Row {
            job: Job {
                client,
                role: Role::Produce,
                brokers: String::new(),
                topic: String::new(),
                records: 1000,
                value_bytes: 100,
                codec: Codec::None,
            },
            timing: Some(Timing {
                records: 1000,
                seconds,
                failed: Some(0),
            }),
            usage: Usage {
                cpu_seconds: seconds / 10.0,
                max_rss_kib: 2048,
            },
            load: seconds,
            error: error.map(str::to_owned),
        }
    }

    #[test]
    fn a_row_per_client_with_the_median_run_and_the_range() {
        let rows = [
            row(Client::Ferrokafka, 1.0, None),
            row(Client::Java, 4.0, None),
            row(Client::Ferrokafka, 0.5, None),
            row(Client::Java, 5.0, Some("exit status 1")),
            row(Client::Ferrokafka, 2.0, None),
        ];
        let text = table(&rows, Role::Produce);
        let lines: Vec<&str> = text.lines().skip(2).collect();
        assert_eq!(lines.len(), 2, "{text}");
        // Runs at 500, 1,000 and 2,000 records/s: the median is the 1 s run.
        assert_eq!(
            lines[0],
            "| 100 B | none | ferrokafka | 1,000 | 500 – 2,000 | 0.1 | 100.00 | 2 | 1.00 |  |"
        );
        assert!(
            lines[1].starts_with("| 100 B | none | java | 250 | 250 – 250 |"),
            "{}",
            lines[1]
        );
        assert!(
            lines[1].ends_with("| FAILED 1 of 2 runs: exit status 1 |"),
            "{}",
            lines[1]
        );
        assert!(table(&rows, Role::Consume).lines().nth(2).is_none());
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group(1_234_567.4), "1,234,567");
        assert_eq!(group(999.0), "999");
        assert_eq!(group(1000.0), "1,000");
    }
}
