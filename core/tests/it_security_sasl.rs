//! SASL against the secured 1-node cluster: every mechanism over
//! SASL_PLAINTEXT and SASL_SSL carries a produce/consume round trip, and a
//! wrong password fails with an authentication error naming the mechanism
//! and the broker.

mod common;
mod security_support;

use std::time::Duration;

use ferrokafka::cluster::Cluster;
use ferrokafka::net::{OAuthToken, SaslConfig};
use ferrokafka::Error;
use security_support as s;

/// Round trips through one mechanism on both SASL listeners.
async fn on_both_listeners(sasl: SaslConfig) {
    let topic = s::topic("it-security-sasl").await;
    s::round_trip(s::client(&s::sasl_plaintext(), None, Some(sasl.clone())), &topic).await;
    s::round_trip(s::client(&s::sasl_ssl(), Some(s::tls()), Some(sasl)), &topic).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_round_trips_over_sasl_plaintext_and_sasl_ssl() {
    on_both_listeners(s::plain("admin", s::ADMIN_PASSWORD)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scram_sha_256_round_trips_over_sasl_plaintext_and_sasl_ssl() {
    on_both_listeners(s::scram256("admin", s::ADMIN_PASSWORD)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scram_sha_512_round_trips_over_sasl_plaintext_and_sasl_ssl() {
    on_both_listeners(s::scram512("admin", s::ADMIN_PASSWORD)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oauthbearer_round_trips_over_sasl_plaintext_and_sasl_ssl() {
    let tokens = s::UnsecuredTokens::new("admin", Duration::from_secs(3600));
    on_both_listeners(s::oauth(tokens.clone())).await;
    assert!(tokens.calls() >= 2, "the token provider was asked {} times", tokens.calls());
}

/// Connecting with `sasl` fails with an authentication error that names the
/// mechanism and the broker; returns its text.
async fn login_fails(servers: &str, tls: bool, sasl: SaslConfig) -> String {
    let mechanism = sasl.mechanism();
    let config = s::client(servers, tls.then(s::tls), Some(sasl));
    let error = Cluster::connect(config).await.expect_err("a wrong password is refused");
    let text = error.to_string();
    assert!(matches!(error, Error::Authentication { .. }), "not an authentication error: {error:?}");
    assert_eq!(error.kind(), "AUTHENTICATION_FAILED");
    assert!(!error.is_retriable());
    assert!(text.contains(mechanism), "the mechanism is not named: {text}");
    assert!(text.contains(&common::first(servers)), "the broker is not named: {text}");
    text
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_is_an_authentication_error_naming_mechanism_and_broker() {
    for sasl in [s::plain("alice", "wrong"), s::scram256("alice", "wrong"), s::scram512("alice", "wrong")] {
        let text = login_fails(&s::sasl_plaintext(), false, sasl.clone()).await;
        assert!(text.contains("'alice'"), "the user is not named: {text}");
        login_fails(&s::sasl_ssl(), true, sasl).await;
    }
    // SCRAM for a user the broker does not know fails the same way.
    login_fails(&s::sasl_plaintext(), false, s::scram256("nobody", "x")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_oauth_token_is_refused() {
    struct Expired;
    impl ferrokafka::net::TokenProvider for Expired {
        fn token(&self) -> ferrokafka::net::TokenFuture<'_> {
            Box::pin(async {
                // Issued two hours ago, expired an hour ago.
                let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs_f64();
                Ok(OAuthToken::new(s::UnsecuredTokens::jwt_between("admin", now - 7200.0, now - 3600.0)))
            })
        }
    }
    let text = login_fails(&s::sasl_plaintext(), false, SaslConfig::OAuthBearer(std::sync::Arc::new(Expired))).await;
    assert!(text.contains("OAUTHBEARER"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_token_provider_is_an_authentication_error() {
    struct Failing;
    impl ferrokafka::net::TokenProvider for Failing {
        fn token(&self) -> ferrokafka::net::TokenFuture<'_> {
            Box::pin(async { Err("the identity provider is down".into()) })
        }
    }
    let config = s::client(&s::sasl_plaintext(), None, Some(SaslConfig::OAuthBearer(std::sync::Arc::new(Failing))));
    let error = Cluster::connect(config).await.expect_err("no token, no login");
    assert!(matches!(error, Error::Authentication { .. }), "{error:?}");
    assert!(error.to_string().contains("the identity provider is down"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sasl_against_the_plaintext_listener_fails_clearly() {
    let config = s::client(&common::brokers(), None, Some(s::plain("admin", s::ADMIN_PASSWORD)));
    let error = Cluster::connect(config).await.expect_err("PLAINTEXT does not speak SASL");
    assert!(matches!(error, Error::Authentication { .. }), "{error:?}");
    assert!(error.to_string().contains("does not use SASL"), "{error}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_without_sasl_or_tls_on_a_secured_listener_is_told_to_check_them() {
    // SASL_PLAINTEXT closes the connection at the first request that is not
    // part of a login; SSL closes it when the client does not speak TLS.
    for servers in [s::sasl_plaintext(), s::ssl()] {
        let error = Cluster::connect(s::client(&servers, None, None)).await.expect_err("a secured listener");
        let text = error.to_string();
        assert_eq!(error.kind(), "NO_BROKER_REACHABLE", "{error:?}");
        assert!(text.contains(&common::first(&servers)), "the listener is not named: {text}");
        assert!(text.contains("`tls` and `sasl`"), "no advice about tls and sasl: {text}");
    }
}
