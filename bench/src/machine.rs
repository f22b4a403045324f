//! What the figures were measured on: hardware, kernel, client versions,
//! and how busy the machine was.

use std::path::Path;
use std::process::Command;

/// Facts about the machine and the software under test.
#[derive(Debug, Clone, Default)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory_gib: f64,
    pub kernel: String,
    pub rustc: String,
    pub java: String,
    pub kafka: String,
    pub librdkafka: String,
    pub ferrokafka: String,
}

impl Machine {
    pub fn probe(librdkafka: String, kafka: String) -> Machine {
        let cpuinfo = read("/proc/cpuinfo");
        let meminfo = read("/proc/meminfo");
        let mem_kib: f64 = meminfo
            .lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0.0);
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let commit =
            output(
                Command::new("git")
                    .arg("-C")
                    .arg(&repo)
                    .args(["rev-parse", "--short", "HEAD"]),
            );
        Machine {
            cpu: cpuinfo
                .lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|v| v.trim_start_matches([' ', '\t', ':']).trim().to_owned())
                .unwrap_or_else(|| "unknown".into()),
            cores: std::thread::available_parallelism().map_or(0, usize::from),
            memory_gib: mem_kib / 1024.0 / 1024.0,
            kernel: read("/proc/sys/kernel/osrelease").trim().to_owned(),
            rustc: output(Command::new("rustc").arg("--version")),
            java: java_version(),
            kafka,
            librdkafka,
            ferrokafka: format!("{} (commit {commit})", ferrokafka_version()),
        }
    }
}

/// The 1-, 5- and 15-minute load averages.
pub fn load_average() -> [f64; 3] {
    let text = read("/proc/loadavg");
    let mut it = text
        .split_whitespace()
        .map(|v| v.parse().unwrap_or(f64::NAN));
    [(); 3].map(|_| it.next().unwrap_or(f64::NAN))
}

fn ferrokafka_version() -> String {
    // The engine takes its version from the workspace manifest.
    let manifest = read(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.toml"));
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = "))
        .map(|v| v.trim_matches('"').to_owned())
        .unwrap_or_else(|| "unknown".into())
}

fn java_version() -> String {
    // `java -version` writes to stderr.
    Command::new("java")
        .arg("-version")
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .next()
                .map(str::to_owned)
        })
        .unwrap_or_else(|| "unknown".into())
}

fn output(cmd: &mut Command) -> String {
    cmd.output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}
