//! The driver: creates a topic per case, runs every client on it in a
//! process of its own, and collects what each measured and what the kernel
//! counted for it.

use std::process::Command;

use ferrokafka::admin::{Admin, DeleteTopicsOptions, NewTopic};
use ferrokafka::cluster::ClientConfig;

use crate::java;
use crate::machine::load_average;
use crate::process::{self, Usage};
use crate::spec::{Client, Codec, Job, Role, Timing};

/// Partitions of every topic the bench writes.
pub const PARTITIONS: i32 = 6;

/// One value size and how many records of it each client handles.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub value_bytes: usize,
    pub records: usize,
}

/// One client's result in one case; `error` set when it did not finish.
#[derive(Debug, Clone)]
pub struct Row {
    pub job: Job,
    pub timing: Option<Timing>,
    pub usage: Usage,
    /// 1-minute load average just before the client started.
    pub load: f64,
    pub error: Option<String>,
}

/// Runs the produce cases, then the consume cases, for every size,
/// `repeat` times each. The clients take turns within a case, so that a
/// change in the machine's load falls on all of them alike.
pub async fn run_all(brokers: &str, sizes: &[Size], repeat: usize) -> Result<Vec<Row>, String> {
    let admin = Admin::connect(ClientConfig::from_bootstrap(brokers).map_err(|e| e.to_string())?)
        .await
        .map_err(|e| format!("connecting to {brokers}: {e}"))?;
    let tag = std::process::id();
    let mut rows = Vec::new();
    for size in sizes {
        for codec in [Codec::None, Codec::Zstd] {
            for round in 1..=repeat {
                for client in Client::ALL {
                    let topic = format!(
                        "bench-produce-{}-{}-{}-{round}-{tag}",
                        client.name(),
                        size.value_bytes,
                        codec.name()
                    );
                    create(&admin, &topic).await?;
                    rows.push(measure(job(
                        client,
                        Role::Produce,
                        brokers,
                        topic.clone(),
                        size,
                        codec,
                    )));
                    // Only the measurement needs the records: free the disk.
                    delete(&admin, &topic).await;
                }
            }
        }
    }
    for size in sizes {
        let topic = format!("bench-consume-{}-{tag}", size.value_bytes);
        create(&admin, &topic).await?;
        // Fill the topic once (uncompressed) with ferrokafka; not measured.
        let fill = job(
            Client::Ferrokafka,
            Role::Produce,
            brokers,
            topic.clone(),
            size,
            Codec::None,
        );
        let filled = measure(fill);
        match (&filled.error, filled.timing.and_then(|t| t.failed)) {
            (None, Some(0)) => {}
            (error, failed) => {
                return Err(format!(
                    "filling {topic} failed: {error:?}, {failed:?} records failed"
                ))
            }
        }
        for _ in 0..repeat {
            for client in Client::ALL {
                rows.push(measure(job(
                    client,
                    Role::Consume,
                    brokers,
                    topic.clone(),
                    size,
                    Codec::None,
                )));
            }
        }
        delete(&admin, &topic).await;
    }
    admin.close().await;
    Ok(rows)
}

async fn create(admin: &Admin, topic: &str) -> Result<(), String> {
    admin
        .create_topic(NewTopic::new(topic, PARTITIONS, 1))
        .await
        .map(drop)
        .map_err(|e| format!("creating topic {topic}: {e}"))
}

async fn delete(admin: &Admin, topic: &str) {
    if let Err(e) = admin
        .delete_topics(&[topic], &DeleteTopicsOptions::default())
        .await
    {
        eprintln!("bench: could not delete topic {topic} (left for the cluster's teardown): {e}");
    }
}

fn job(client: Client, role: Role, brokers: &str, topic: String, size: &Size, codec: Codec) -> Job {
    Job {
        client,
        role,
        brokers: brokers.to_owned(),
        topic,
        records: size.records,
        value_bytes: size.value_bytes,
        codec,
    }
}

/// Runs one client process on `job`; a failure is kept in the row.
fn measure(job: Job) -> Row {
    let load = load_average()[0];
    eprintln!(
        "bench: {} {} {} B {} x{} (load {load:.2})",
        job.client.name(),
        job.role.name(),
        job.value_bytes,
        job.codec.name(),
        job.records
    );
    let mut row = Row {
        job,
        timing: None,
        usage: Usage::default(),
        load,
        error: None,
    };
    let command = match row.job.client {
        Client::Java => java::command(&row.job),
        _ => {
            let mut cmd = Command::new(std::env::current_exe().expect("the bench's own path"));
            cmd.arg("client").args(row.job.to_args());
            cmd
        }
    };
    match process::run(command) {
        Err(e) => row.error = Some(format!("could not run: {e}")),
        Ok(done) => {
            row.usage = done.usage;
            row.timing = match row.job.client {
                Client::Java => java::timing(row.job.role, &done.stdout),
                _ => Timing::find(&done.stdout),
            };
            row.error = match (done.failure, row.timing) {
                (Some(failure), _) => Some(failure),
                (None, None) => {
                    let last = done
                        .stdout
                        .lines()
                        .rev()
                        .find(|l| !l.trim().is_empty())
                        .unwrap_or("");
                    Some(format!("printed no result (last line: {last:?})"))
                }
                (None, Some(t)) if t.records < row.job.records => Some(format!(
                    "handled {} of {} records",
                    t.records, row.job.records
                )),
                (None, Some(_)) => None,
            };
        }
    }
    if let Some(error) = &row.error {
        eprintln!(
            "bench: {} {} failed: {error}",
            row.job.client.name(),
            row.job.role.name()
        );
    }
    row
}
