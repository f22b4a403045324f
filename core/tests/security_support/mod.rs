//! Helpers for the security tests: the secured listeners of the 1-node
//! cluster (`tests/kafka/cluster up --security`), credentials, an unsecured
//! OAUTHBEARER token provider, and a produce/consume round trip.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use ferrokafka::admin::NewTopic;
use ferrokafka::cluster::ClientConfig;
use ferrokafka::consumer::{Consumer, ConsumerConfig, TopicPartition};
use ferrokafka::net::{OAuthToken, Pem, SaslConfig, TlsConfig, TokenFuture, TokenProvider};
use ferrokafka::producer::{Message, Producer, ProducerConfig, ProducerRecord};

use crate::common;

pub const ADMIN_PASSWORD: &str = "admin-secret";
pub const ALICE_PASSWORD: &str = "alice-secret";

fn env(name: &str) -> String {
    match std::env::var(name) {
        Ok(value) if !value.trim().is_empty() => value,
        _ => panic!(
            "{name} is not set: the security tests need the 1-node cluster started with \
             `tests/kafka/cluster up --security`. Run them with `make test` or \
             `tests/kafka/with-clusters -- cargo test -p ferrokafka --test it_security_...`"
        ),
    }
}

/// The SASL_PLAINTEXT listener.
pub fn sasl_plaintext() -> String {
    env("FERROKAFKA_BROKERS_SASL")
}

/// The SSL listener (client certificate required).
pub fn ssl() -> String {
    env("FERROKAFKA_BROKERS_TLS")
}

/// The SASL_SSL listener.
pub fn sasl_ssl() -> String {
    env("FERROKAFKA_BROKERS_SASL_TLS")
}

pub fn ca() -> Pem {
    Pem::file(env("FERROKAFKA_TLS_CA"))
}

pub fn other_ca() -> Pem {
    Pem::file(env("FERROKAFKA_TLS_OTHER_CA"))
}

/// TLS trusting the cluster's CA.
pub fn tls() -> TlsConfig {
    TlsConfig::with_ca(ca())
}

/// TLS trusting the cluster's CA, with the test client certificate.
pub fn mtls() -> TlsConfig {
    TlsConfig {
        client_cert: Some(Pem::file(env("FERROKAFKA_TLS_CLIENT_CERT"))),
        client_key: Some(Pem::file(env("FERROKAFKA_TLS_CLIENT_KEY"))),
        ..tls()
    }
}

pub fn plain(user: &str, password: &str) -> SaslConfig {
    SaslConfig::Plain { username: user.into(), password: password.into() }
}

pub fn scram256(user: &str, password: &str) -> SaslConfig {
    SaslConfig::ScramSha256 { username: user.into(), password: password.into() }
}

pub fn scram512(user: &str, password: &str) -> SaslConfig {
    SaslConfig::ScramSha512 { username: user.into(), password: password.into() }
}

/// Unsecured JWTs (`alg: none`), which the test brokers accept, for one
/// principal; counts how often it was asked.
pub struct UnsecuredTokens {
    pub principal: String,
    pub lifetime: Duration,
    pub calls: AtomicUsize,
}

impl UnsecuredTokens {
    pub fn new(principal: &str, lifetime: Duration) -> Arc<Self> {
        Arc::new(Self { principal: principal.to_owned(), lifetime, calls: AtomicUsize::new(0) })
    }

    pub fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }

    /// The JWT text for `sub`, valid for `lifetime` from now.
    pub fn jwt(sub: &str, lifetime: Duration) -> String {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock after 1970").as_secs_f64();
        Self::jwt_between(sub, now, now + lifetime.as_secs_f64())
    }

    /// The JWT text for `sub` issued at `iat` and expiring at `exp` (seconds since the epoch).
    pub fn jwt_between(sub: &str, iat: f64, exp: f64) -> String {
        let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"none"}"#);
        let claims = format!(r#"{{"sub":"{sub}","iat":{iat:.3},"exp":{exp:.3}}}"#);
        format!("{header}.{}.", URL_SAFE_NO_PAD.encode(claims))
    }
}

impl TokenProvider for UnsecuredTokens {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move {
            self.calls.fetch_add(1, Ordering::SeqCst);
            let mut token = OAuthToken::new(Self::jwt(&self.principal, self.lifetime)).with_lifetime(self.lifetime);
            token.principal = Some(self.principal.clone());
            Ok(token)
        })
    }
}

pub fn oauth(provider: Arc<UnsecuredTokens>) -> SaslConfig {
    SaslConfig::OAuthBearer(provider)
}

/// Client options for one listener.
pub fn client(servers: &str, tls: Option<TlsConfig>, sasl: Option<SaslConfig>) -> ClientConfig {
    let mut config = ClientConfig::from_bootstrap(servers).expect("bootstrap servers");
    config.tls = tls;
    config.sasl = sasl;
    config
}

/// Creates a topic over the PLAINTEXT listener (as a super user).
pub async fn topic(prefix: &str) -> String {
    let name = common::unique(prefix);
    let admin = common::admin(&common::brokers()).await;
    admin.create_topic(NewTopic::new(&name, 1, 1)).await.expect("create the topic");
    admin.close().await;
    name
}

/// Produces one record through `config` and reads it back through it.
pub async fn round_trip(config: ClientConfig, topic: &str) {
    let value = format!("through {}", config.bootstrap_servers[0]);
    let producer = Producer::connect(config.clone(), ProducerConfig::default()).await.expect("producer connects");
    let sent = producer
        .send(ProducerRecord::new(topic, Message::new().key("k").value(value.clone())))
        .await
        .expect("the record is acknowledged");
    producer.close(Duration::from_secs(10)).await.expect("producer closes");

    let consumer = Consumer::connect(ConsumerConfig::new(config)).await.expect("consumer connects");
    let tp = TopicPartition::new(topic, sent.partition);
    consumer.assign([tp.clone()]).await.expect("assign");
    consumer.seek(&tp, sent.offset).expect("seek");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let records = consumer.poll(Duration::from_millis(500)).await.expect("poll");
        if let Some(record) = records.first() {
            assert_eq!(record.offset, sent.offset);
            assert_eq!(record.value.as_deref(), Some(value.as_bytes()));
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "the record did not come back within 30 s");
    }
    consumer.close().await;
}
