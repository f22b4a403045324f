//! TLS against the secured 1-node cluster: mutual TLS on the SSL listener
//! (which requires a client certificate), the checks of the broker's
//! certificate (unknown issuer, name mismatch), the explicit opt-out, and
//! inline PEM.

mod common;
mod security_support;

use ferrokafka::cluster::{ClientConfig, Cluster};
use ferrokafka::net::{Pem, TlsConfig};
use ferrokafka::Error;
use security_support as s;

/// Connecting fails with a TLS error; returns its text.
async fn tls_fails(config: ClientConfig) -> String {
    let error = Cluster::connect(config).await.err().expect("the connection is refused");
    assert!(matches!(error, Error::Tls { .. }), "not a TLS error: {error:?}");
    assert_eq!(error.kind(), "TLS_FAILED");
    assert!(!error.is_retriable());
    error.to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutual_tls_round_trips_over_ssl() {
    let topic = s::topic("it-security-tls").await;
    s::round_trip(s::client(&s::ssl(), Some(s::mtls()), None), &topic).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pem_given_inline_works_like_files() {
    let read = |var: &str| std::fs::read_to_string(std::env::var(var).expect(var)).expect("read the PEM file");
    let tls = TlsConfig {
        ca: Some(Pem::inline(read("FERROKAFKA_TLS_CA"))),
        client_cert: Some(Pem::inline(read("FERROKAFKA_TLS_CLIENT_CERT"))),
        client_key: Some(Pem::inline(read("FERROKAFKA_TLS_CLIENT_KEY"))),
        ..TlsConfig::default()
    };
    let topic = s::topic("it-security-tls").await;
    s::round_trip(s::client(&s::ssl(), Some(tls), None), &topic).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ssl_without_a_client_certificate_says_one_is_needed() {
    let text = tls_fails(s::client(&s::ssl(), Some(s::tls()), None)).await;
    assert!(text.contains("client certificate"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broker_certificate_from_an_unknown_ca_is_refused_as_unknown_issuer() {
    let tls = TlsConfig::with_ca(s::other_ca());
    let text = tls_fails(s::client(&s::sasl_ssl(), Some(tls), Some(s::plain("admin", s::ADMIN_PASSWORD)))).await;
    assert!(text.contains("unknown issuer"), "{text}");
    assert!(text.contains(&common::first(&s::sasl_ssl())), "the broker is not named: {text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_certificate_for_another_name_is_refused_as_name_mismatch() {
    let tls = TlsConfig { server_name: Some("kafka.example.com".into()), ..s::tls() };
    let text = tls_fails(s::client(&s::sasl_ssl(), Some(tls), Some(s::plain("admin", s::ADMIN_PASSWORD)))).await;
    assert!(text.contains("name mismatch") && text.contains("kafka.example.com"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_name_that_the_certificate_lists_is_accepted() {
    // The broker's certificate names 127.0.0.1 and localhost.
    let tls = TlsConfig { server_name: Some("localhost".into()), ..s::tls() };
    let topic = s::topic("it-security-tls").await;
    s::round_trip(s::client(&s::sasl_ssl(), Some(tls), Some(s::plain("admin", s::ADMIN_PASSWORD))), &topic).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn insecure_skip_verify_accepts_an_untrusted_certificate() {
    let tls = TlsConfig { insecure_skip_verify: true, ..TlsConfig::with_ca(s::other_ca()) };
    let topic = s::topic("it-security-tls").await;
    s::round_trip(s::client(&s::sasl_ssl(), Some(tls), Some(s::scram256("admin", s::ADMIN_PASSWORD))), &topic).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_to_a_plaintext_listener_says_it_is_not_tls() {
    let text = tls_fails(s::client(&common::brokers(), Some(s::tls()), None)).await;
    assert!(text.contains("TLS listener"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_ca_file_is_a_config_error_naming_the_option() {
    let tls = TlsConfig::with_ca(Pem::file("/nonexistent/ca.pem"));
    let error = Cluster::connect(s::client(&s::ssl(), Some(tls), None)).await.err().expect("no CA, no connection");
    assert!(matches!(error, Error::Config { option: "tls.ca", .. }), "{error:?}");
    assert!(error.to_string().contains("/nonexistent/ca.pem"), "{error}");
}
