//! The examples of docs/security.md, run against the secured 1-node
//! cluster. `examples_in_the_doc_are_the_ones_run_here` checks that every
//! Rust block of the page appears in this file, so the page cannot drift
//! from code that runs.

mod common;
mod security_support;

use std::time::Duration;

use security_support as s;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set; run with `make test` (see docs/harness.md)"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scram_over_tls() -> Result<(), ferrokafka::Error> {
    let bootstrap = env("FERROKAFKA_BROKERS_SASL_TLS");
    let ca_file = env("FERROKAFKA_TLS_CA");
    let password = s::ALICE_PASSWORD.to_owned();
    let topic = s::topic("alice-docs").await;

    use ferrokafka::cluster::ClientConfig;
    use ferrokafka::net::{Pem, SaslConfig, TlsConfig};
    use ferrokafka::producer::{Message, Producer, ProducerConfig, ProducerRecord};

    let mut config = ClientConfig::from_bootstrap(&bootstrap)?;
    config.tls = Some(TlsConfig::with_ca(Pem::file(&ca_file)));
    config.sasl = Some(SaslConfig::ScramSha512 { username: "alice".into(), password });
    let producer = Producer::connect(config, ProducerConfig::default()).await?;
    producer.send(ProducerRecord::new(&topic, Message::new().value("hello"))).await?;

    producer.close(Duration::from_secs(10)).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutual_tls() -> Result<(), ferrokafka::Error> {
    let bootstrap = env("FERROKAFKA_BROKERS_TLS");
    let (ca_file, cert_file, key_file) =
        (env("FERROKAFKA_TLS_CA"), env("FERROKAFKA_TLS_CLIENT_CERT"), env("FERROKAFKA_TLS_CLIENT_KEY"));
    use ferrokafka::cluster::ClientConfig;
    use ferrokafka::net::{Pem, TlsConfig};

    let mut config = ClientConfig::from_bootstrap(&bootstrap)?;
    config.tls = Some(TlsConfig {
        ca: Some(Pem::file(&ca_file)),
        client_cert: Some(Pem::file(&cert_file)),
        client_key: Some(Pem::file(&key_file)),
        ..TlsConfig::default()
    });

    let cluster = ferrokafka::cluster::Cluster::connect(config).await?;
    cluster.shutdown().await;
    Ok(())
}

mod token_provider {
    use std::time::Duration;

    /// Fetches a token from the identity provider (here: makes an unsecured one).
    async fn fetch_token_somehow() -> Result<(String, Duration), String> {
        Ok((super::s::UnsecuredTokens::jwt("alice", Duration::from_secs(600)), Duration::from_secs(600)))
    }

    use ferrokafka::net::{OAuthToken, TokenFuture, TokenProvider};

    struct MyTokens;

    impl TokenProvider for MyTokens {
        fn token(&self) -> TokenFuture<'_> {
            Box::pin(async move {
                let (jwt, lifetime) = fetch_token_somehow().await?;
                Ok(OAuthToken::new(jwt).with_lifetime(lifetime))
            })
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn oauthbearer() -> Result<(), ferrokafka::Error> {
        let bootstrap = super::env("FERROKAFKA_BROKERS_SASL");
        use ferrokafka::cluster::ClientConfig;
        use ferrokafka::net::SaslConfig;
        use std::sync::Arc;

        let mut config = ClientConfig::from_bootstrap(&bootstrap)?;
        config.sasl = Some(SaslConfig::OAuthBearer(Arc::new(MyTokens)));

        let cluster = ferrokafka::cluster::Cluster::connect(config).await?;
        cluster.shutdown().await;
        Ok(())
    }
}

fn what_to_check(error: &ferrokafka::Error) -> &'static str {
    match error {
        ferrokafka::Error::Authentication { .. } => "the SASL mechanism, user name and password or token",
        ferrokafka::Error::Tls { .. } => "the CA, the client certificate and the broker's name",
        ferrokafka::Error::Authorization { .. } => "the ACLs of the client's principal",
        _ => "the message of the error",
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telling_errors_apart() {
    use ferrokafka::cluster::{ClientConfig, Cluster};
    use ferrokafka::net::SaslConfig;
    let mut config = ClientConfig::from_bootstrap(&env("FERROKAFKA_BROKERS_SASL")).expect("bootstrap");
    config.sasl = Some(SaslConfig::Plain { username: "alice".into(), password: "not her password".into() });
    let error = Cluster::connect(config).await.err().expect("a wrong password is refused");
    assert_eq!(what_to_check(&error), "the SASL mechanism, user name and password or token");
}

/// Lines of a text with surrounding whitespace removed and blank lines dropped.
fn normalized(text: &str) -> String {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

#[test]
fn examples_in_the_doc_are_the_ones_run_here() {
    let doc = include_str!("../../docs/security.md");
    let source = normalized(include_str!("it_security_docs.rs"));
    let mut blocks = 0;
    for (i, part) in doc.split("```").enumerate() {
        if i % 2 == 1 && part.starts_with("rust") {
            let code = normalized(part.trim_start_matches("rust"));
            assert!(source.contains(&code), "this example of docs/security.md is not run by a test:\n{code}");
            blocks += 1;
        }
    }
    assert!(blocks >= 4, "docs/security.md has {blocks} Rust examples; expected at least 4");
}
