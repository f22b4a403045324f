//! Prints what a Kafka cluster says about itself, and makes sure the demo
//! topic exists.
//!
//! ```text
//! cargo run -p ferrokafka-examples --bin cluster-info -- localhost:9092
//! ```
//!
//! Connects through the given bootstrap servers, creates the topic
//! `ferrokafka-demo` if it is absent (3 partitions, replicated on up to 3
//! brokers), then prints the cluster id, the controller, the brokers and the
//! topic's partitions with their leaders.

use std::process::ExitCode;

use ferrokafka::admin::{Admin, NewTopic};
use ferrokafka::cluster::ClientConfig;
use ferrokafka::Error;

const TOPIC: &str = "ferrokafka-demo";
const PARTITIONS: i32 = 3;

#[tokio::main]
async fn main() -> ExitCode {
    let Some(bootstrap) = std::env::args().nth(1) else {
        eprintln!("usage: cluster-info <bootstrap servers, e.g. localhost:9092>");
        return ExitCode::from(2);
    };
    match run(&bootstrap).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(bootstrap: &str) -> Result<(), Error> {
    let admin = Admin::connect(ClientConfig::from_bootstrap(bootstrap)?).await?;
    let cluster = admin.describe_cluster().await?;

    let created = if admin.list_topics(false).await?.iter().any(|t| t == TOPIC) {
        false
    } else {
        let replicas = cluster.brokers.len().clamp(1, 3) as i16;
        match admin.create_topic(NewTopic::new(TOPIC, PARTITIONS, replicas)).await {
            Ok(_) => true,
            // Someone else created it meanwhile: fine.
            Err(e) if e.kind() == "TOPIC_ALREADY_EXISTS" => false,
            Err(e) => return Err(e),
        }
    };

    println!("cluster id: {}", cluster.cluster_id.as_deref().unwrap_or("(none)"));
    match cluster.controller_id {
        Some(id) => println!("controller: {id}"),
        None => println!("controller: (none)"),
    }
    println!("brokers:");
    for broker in cluster.brokers.values() {
        let rack = broker.rack.as_deref().map(|r| format!(" rack {r}")).unwrap_or_default();
        println!("  {:>4}  {}{rack}", broker.node_id, broker.address());
    }

    let described = admin.describe_topics(&[TOPIC]).await?;
    let topic = described.first().ok_or_else(|| Error::UnknownTopic { topic: TOPIC.to_owned() })?;
    let state = if created { "created" } else { "exists" };
    println!("topic {} ({state}), id {}:", topic.name, topic.topic_id);
    for p in &topic.partitions {
        let leader = p.leader.map_or_else(|| "none".to_owned(), |l| l.to_string());
        println!(
            "  partition {}: leader {leader} (epoch {}), replicas {:?}, in sync {:?}",
            p.partition, p.leader_epoch, p.replicas, p.isr
        );
    }
    admin.close().await;
    Ok(())
}
