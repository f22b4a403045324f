//! No secret in logs or errors: every log line the engine writes (at trace
//! level, which includes debug) and the text of every error, during failed
//! and successful logins with each mechanism, are searched for the
//! passwords and tokens used.

mod common;
mod security_support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ferrokafka::cluster::{ClientConfig, Cluster};
use ferrokafka::net::{OAuthToken, SaslConfig, TokenFuture, TokenProvider};
use security_support as s;

const WRONG_PASSWORD: &str = "wrong-Passw0rd-x7Q";

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A fixed token, so that the test knows what must not show.
struct FixedToken(String);

impl TokenProvider for FixedToken {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move { Ok(OAuthToken::new(self.0.clone()).with_lifetime(Duration::from_secs(3600))) })
    }
}

/// Logs in with `config`; returns the error text (Display and Debug), or
/// nothing after a successful round trip.
async fn attempt(config: ClientConfig, topic: &str) -> String {
    let debug_of_config = format!("{config:?}");
    match Cluster::connect(config.clone()).await {
        Ok(cluster) => {
            cluster.shutdown().await;
            s::round_trip(config, topic).await;
            debug_of_config
        }
        Err(error) => format!("{debug_of_config}\n{error}\n{error:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_password_or_token_in_logs_or_errors() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber of this test binary");

    let good_token = s::UnsecuredTokens::jwt("admin", Duration::from_secs(3600));
    // A token the broker refuses: it expired an hour ago.
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64();
    let bad_token = s::UnsecuredTokens::jwt_between("admin", now - 7200.0, now - 3600.0);
    let oauth = |token: &str| SaslConfig::OAuthBearer(Arc::new(FixedToken(token.to_owned())));

    let topic = s::topic("it-security-logs").await;
    let mut texts = Vec::new();
    for (servers, tls) in [(s::sasl_plaintext(), None), (s::sasl_ssl(), Some(s::tls()))] {
        let failing = [
            s::plain("alice", WRONG_PASSWORD),
            s::scram256("alice", WRONG_PASSWORD),
            s::scram512("alice", WRONG_PASSWORD),
            oauth(&bad_token),
        ];
        for sasl in failing {
            let text = attempt(s::client(&servers, tls.clone(), Some(sasl)), &topic).await;
            assert!(text.contains("authentication failed"), "this login should have failed: {text}");
            texts.push(text);
        }
        let working = [
            s::plain("admin", s::ADMIN_PASSWORD),
            s::scram256("admin", s::ADMIN_PASSWORD),
            s::scram512("admin", s::ADMIN_PASSWORD),
            oauth(&good_token),
        ];
        for sasl in working {
            let text = attempt(s::client(&servers, tls.clone(), Some(sasl)), &topic).await;
            assert!(!text.contains("authentication failed"), "this login should have worked: {text}");
            texts.push(text);
        }
    }

    // The explicit opt-out of certificate checks works, and says so in the logs.
    let insecure = ferrokafka::net::TlsConfig { insecure_skip_verify: true, ..ferrokafka::net::TlsConfig::default() };
    let text = attempt(s::client(&s::sasl_ssl(), Some(insecure), Some(s::plain("admin", s::ADMIN_PASSWORD))), &topic).await;
    texts.push(text);

    let logs = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    assert!(logs.contains("WARN") && logs.contains("certificate verification is OFF"), "no warning for the opt-out:\n{logs}");
    assert!(logs.contains("SASL authentication succeeded"), "the logs were not captured:\n{logs}");
    assert!(logs.contains("DEBUG"), "no debug lines were captured:\n{logs}");
    let everything = format!("{logs}\n{}", texts.join("\n"));
    // The JWT payloads are checked too: they hold the claims, the part of a
    // token that would be the give-away.
    let payload = |jwt: &str| jwt.split('.').nth(1).unwrap_or_default().to_owned();
    for secret in [
        WRONG_PASSWORD.to_owned(),
        s::ADMIN_PASSWORD.to_owned(),
        good_token.clone(),
        bad_token.clone(),
        payload(&good_token),
        payload(&bad_token),
    ] {
        assert!(!everything.contains(&secret), "a secret ({} chars) appears in the logs or errors", secret.len());
    }
}
