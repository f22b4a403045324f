//! Re-authentication (KIP-368): on the secured cluster's SASL_SSL listener
//! the brokers limit SCRAM-SHA-512 and OAUTHBEARER sessions to 10 s, so a
//! connection must authenticate again over the same socket, without
//! disturbing the requests it carries, or be closed by the broker.

mod common;
mod security_support;

use std::time::Duration;

use ferrokafka::net::{Connection, ConnectionConfig, SaslConfig};
use security_support as s;
use tokio::time::Instant;

fn config(sasl: SaslConfig) -> ConnectionConfig {
    ConnectionConfig { tls: Some(s::tls()), sasl: Some(sasl), ..Default::default() }
}

/// Sends Metadata requests on one connection, with pauses of `pause` in
/// between, until it has re-authenticated `times` times; every request must
/// succeed and the connection must stay open.
async fn keeps_working_across_reauthentication(connection: &Connection, times: u64, pause: Duration) {
    let give_up = Instant::now() + Duration::from_secs(90);
    let mut requests = 0;
    while connection.reauthentications() < times {
        assert!(Instant::now() < give_up, "only {} re-authentications in 90 s", connection.reauthentications());
        connection
            .send(&common::metadata_for("alice-anything"))
            .await
            .unwrap_or_else(|e| panic!("request {requests} failed after {} re-authentications: {e}", connection.reauthentications()));
        requests += 1;
        tokio::time::sleep(pause).await;
    }
    assert!(!connection.is_closed());
    connection.send(&common::metadata_for("alice-anything")).await.expect("a request after re-authenticating");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scram_sessions_are_renewed_on_the_same_connection() {
    let connection = Connection::connect(&common::first(&s::sasl_ssl()), &config(s::scram512("alice", s::ALICE_PASSWORD)))
        .await
        .expect("connect");
    keeps_working_across_reauthentication(&connection, 2, Duration::from_millis(200)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_sent_concurrently_during_renewal_all_succeed() {
    let connection = Connection::connect(&common::first(&s::sasl_ssl()), &config(s::scram512("alice", s::ALICE_PASSWORD)))
        .await
        .expect("connect");
    // Four senders without pauses, so that requests are queued while the
    // connection re-authenticates; each must get its answer.
    let senders: Vec<_> = (0..4)
        .map(|_| {
            let connection = connection.clone();
            tokio::spawn(async move { keeps_working_across_reauthentication(&connection, 2, Duration::ZERO).await })
        })
        .collect();
    for sender in senders {
        sender.await.expect("a sender failed");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_connection_is_renewed_before_its_session_ends() {
    let connection = Connection::connect(&common::first(&s::sasl_ssl()), &config(s::scram512("admin", s::ADMIN_PASSWORD)))
        .await
        .expect("connect");
    // Longer pauses than the session: only renewal without traffic keeps it.
    keeps_working_across_reauthentication(&connection, 2, Duration::from_secs(11)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oauth_tokens_are_fetched_again_for_each_renewal() {
    let tokens = s::UnsecuredTokens::new("alice", Duration::from_secs(3600));
    let connection = Connection::connect(&common::first(&s::sasl_ssl()), &config(s::oauth(tokens.clone())))
        .await
        .expect("connect");
    keeps_working_across_reauthentication(&connection, 2, Duration::from_millis(200)).await;
    assert!(tokens.calls() >= 3, "the provider was asked {} times for 1 login and 2 renewals", tokens.calls());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_without_a_limit_are_not_renewed() {
    // PLAIN on SASL_SSL has no session limit on the test brokers.
    let connection = Connection::connect(&common::first(&s::sasl_ssl()), &config(s::plain("admin", s::ADMIN_PASSWORD)))
        .await
        .expect("connect");
    for _ in 0..3 {
        connection.send(&common::metadata_for("alice-anything")).await.expect("request");
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    assert_eq!(connection.reauthentications(), 0);
}
