//! Produce and consume throughput of ferrokafka, the rdkafka crate and the
//! Java client, against one broker, each client in a process of its own.
//! See bench/README.md.
//!
//! Usage:
//! - `ferrokafka-bench drive --brokers HOST:PORT --out FILE.md [--records SIZE=N]... [--repeat N]`
//!   runs every case and writes the results to FILE.md (keeping its Node
//!   and Python sections);
//! - `ferrokafka-bench client CLIENT ROLE BROKERS TOPIC RECORDS VALUE_BYTES CODEC`
//!   is one client's run, started by the driver; it prints one result line.

mod driver;
mod fk;
mod java;
mod machine;
mod process;
mod rdk;
mod report;
mod spec;

use std::process::ExitCode;
use std::time::Instant;

use driver::Size;
use spec::{Client, Job, Role};

/// Value sizes and record counts unless `--records` says otherwise.
const DEFAULT_SIZES: [Size; 2] = [
    Size {
        value_bytes: 100,
        records: 1_000_000,
    },
    Size {
        value_bytes: 1024,
        records: 250_000,
    },
];

/// Runs of every client in every case unless `--repeat` says otherwise.
const DEFAULT_REPEAT: usize = 3;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("drive") => drive(&args[1..]),
        Some("client") => client(&args[1..]),
        _ => Err(
            "usage: ferrokafka-bench drive --brokers B --out FILE [--records SIZE=N]... [--repeat N] \
                  | client CLIENT ROLE BROKERS TOPIC RECORDS VALUE_BYTES CODEC"
                .into(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ferrokafka-bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Runtime::new().map_err(|e| format!("starting tokio: {e}"))
}

fn client(args: &[String]) -> Result<(), String> {
    let job = Job::from_args(args)?;
    let timing = match (job.client, job.role) {
        (Client::Ferrokafka, Role::Produce) => runtime()?.block_on(fk::produce(&job))?,
        (Client::Ferrokafka, Role::Consume) => runtime()?.block_on(fk::consume(&job))?,
        (Client::Rdkafka, Role::Produce) => rdk::produce(&job)?,
        (Client::Rdkafka, Role::Consume) => rdk::consume(&job)?,
        (Client::Java, _) => return Err("the Java client runs through bench/java-tool".into()),
    };
    println!("{timing}");
    Ok(())
}

struct DriveArgs {
    brokers: String,
    out: String,
    sizes: Vec<Size>,
    repeat: usize,
}

fn parse_drive(args: &[String]) -> Result<DriveArgs, String> {
    let (mut brokers, mut out, mut sizes, mut repeat) = (None, None, Vec::new(), DEFAULT_REPEAT);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--brokers" => brokers = Some(value.clone()),
            "--out" => out = Some(value.clone()),
            "--repeat" => {
                repeat =
                    value.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                        format!("--repeat takes a count of 1 or more; got {value:?}")
                    })?;
            }
            "--records" => {
                let parsed = value
                    .split_once('=')
                    .and_then(|(size, n)| Some((size.parse().ok()?, n.parse().ok()?)));
                let Some((value_bytes, records)) =
                    parsed.filter(|&(b, n): &(usize, usize)| b > 0 && n > 0)
                else {
                    return Err(format!(
                        "--records takes VALUE_BYTES=COUNT, e.g. 100=1000000; got {value:?}"
                    ));
                };
                sizes.push(Size {
                    value_bytes,
                    records,
                });
            }
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(DriveArgs {
        brokers: brokers.ok_or("--brokers is required")?,
        out: out.ok_or("--out is required")?,
        sizes: if sizes.is_empty() {
            DEFAULT_SIZES.to_vec()
        } else {
            sizes
        },
        repeat,
    })
}

fn drive(args: &[String]) -> Result<(), String> {
    let args = parse_drive(args)?;
    let started = Instant::now();
    let date = std::process::Command::new("date")
        .args(["-u", "+%Y-%m-%d %H:%M UTC"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let kafka = java::version().unwrap_or_else(|| "unknown".into());
    let machine = machine::Machine::probe(rdk::version(), kafka);
    let rows = runtime()?.block_on(driver::run_all(&args.brokers, &args.sizes, args.repeat))?;
    let run = report::Run {
        machine: &machine,
        sizes: &args.sizes,
        repeat: args.repeat,
        rows: &rows,
        date,
        minutes: started.elapsed().as_secs_f64() / 60.0,
    };
    let old = std::fs::read_to_string(&args.out).unwrap_or_default();
    let text = report::render(&run, &old);
    std::fs::write(&args.out, &text).map_err(|e| format!("writing {}: {e}", args.out))?;
    eprintln!("bench: wrote {}", args.out);
    let failed = rows.iter().filter(|r| r.error.is_some()).count();
    if failed > 0 {
        return Err(format!("{failed} client runs failed; see {}", args.out));
    }
    Ok(())
}
