//! The messages and flags of engine errors.

use super::*;

#[test]
fn code_zero_is_no_error() {
    assert!(Error::from_code(0, ErrorContext::api("Metadata"), None).is_none());
    assert!(Error::check(0, ErrorContext::api("Metadata"), None).is_ok());
}

#[test]
fn kafka_error_names_code_resource_and_what_to_do() {
    let e = Error::from_code(
        ErrorCode::TOPIC_ALREADY_EXISTS.0,
        ErrorContext::topic("CreateTopics", "orders"),
        Some("Topic 'orders' already exists.".into()),
    )
    .expect("an error");
    let text = e.to_string();
    assert!(text.contains("CreateTopics for topic 'orders'"), "{text}");
    assert!(text.contains("TOPIC_ALREADY_EXISTS (36)"), "{text}");
    assert!(text.contains("delete the topic first"), "{text}");
    assert!(!e.is_retriable());
    assert_eq!(e.kind(), "TOPIC_ALREADY_EXISTS");
    assert_eq!(e.code().map(|c| c.0), Some(36));
}

#[test]
fn group_and_acl_errors_name_the_resource_and_what_to_do() {
    let e = Error::kafka(ErrorCode::NON_EMPTY_GROUP.0, ErrorContext::group("DeleteGroups", "billing"), None);
    let text = e.to_string();
    assert!(text.contains("DeleteGroups for group 'billing'"), "{text}");
    assert!(text.contains("stop its consumers"), "{text}");
    assert_eq!(e.kind(), "NON_EMPTY_GROUP");
    let context = ErrorContext { api: "CreateAcls", resource: Some(Resource::Acl("Allow User:a Read".into())) };
    let e = Error::kafka(ErrorCode::SECURITY_DISABLED.0, context, None);
    assert!(e.to_string().contains("CreateAcls for ACL Allow User:a Read"), "{e}");
    assert!(e.to_string().contains("authorizer"), "{e}");
    let shared = Error::UnknownTopic { topic: "t".into() };
    assert_eq!(Error::from(&shared).to_string(), shared.to_string());
}

#[test]
fn retriable_flag_comes_from_the_code_table() {
    let e = Error::from_code(ErrorCode::NOT_CONTROLLER.0, ErrorContext::api("CreateTopics"), None)
        .expect("an error");
    assert!(e.is_retriable());
    assert!(e.to_string().contains("retriable"));
    let e = Error::from_code(ErrorCode::LEADER_NOT_AVAILABLE.0, ErrorContext::partition("Produce", "t", 0), None)
        .expect("an error");
    assert!(e.is_retriable());
    assert!(e.invalidates_metadata());
}

#[test]
fn authorization_codes_map_to_authorization() {
    let e = Error::from_code(
        ErrorCode::TOPIC_AUTHORIZATION_FAILED.0,
        ErrorContext::topic("Metadata", "secret"),
        None,
    )
    .expect("an error");
    assert!(matches!(e, Error::Authorization { .. }));
    assert!(!e.is_retriable());
    assert!(e.to_string().contains("topic 'secret'"));
    assert!(e.to_string().contains("ACL"));
    assert!(e.to_string().contains("needs the Describe operation"), "{e}");
}

#[test]
fn authorization_errors_name_the_operation_of_the_request() {
    for (api, operation) in [("Produce", "Write"), ("Fetch", "Read"), ("CreateTopics", "Create")] {
        let e = Error::kafka(ErrorCode::TOPIC_AUTHORIZATION_FAILED.0, ErrorContext::topic(api, "t"), None);
        assert!(e.to_string().contains(&format!("needs the {operation} operation")), "{e}");
    }
    let e = Error::kafka(ErrorCode::CLUSTER_AUTHORIZATION_FAILED.0, ErrorContext::api("SomethingElse"), None);
    assert!(!e.to_string().contains("needs the"), "{e}");
}

#[test]
fn tls_errors_are_not_retriable() {
    let e = Error::Tls { broker: "b:9093".into(), reason: "unknown issuer".into() };
    assert_eq!(e.kind(), "TLS_FAILED");
    assert!(!e.is_retriable());
    assert!(e.to_string().contains("b:9093") && e.to_string().contains("unknown issuer"));
}

#[test]
fn client_side_kinds_have_retriable_flags() {
    let timeout = Error::Timeout { operation: "Metadata v12 to b:9092".into(), after: Duration::from_secs(1) };
    assert!(timeout.is_retriable());
    let refused = Error::Unreachable { broker: "127.0.0.1:1".into(), reason: "connection refused".into() };
    assert!(refused.is_retriable());
    assert!(refused.to_string().contains("127.0.0.1:1"));
    let config = Error::Config { option: "max_frame_size", value: "0".into(), allowed: "at least 1024".into() };
    assert!(!config.is_retriable());
    assert!(config.to_string().contains("max_frame_size"));
    assert!(!Error::Shutdown.is_retriable());
    let version = Error::UnsupportedVersion {
        api: "Metadata",
        broker: "b:9092".into(),
        broker_range: Some((0, 3)),
        client_min: 4,
        client_max: 13,
    };
    assert!(version.to_string().contains("0 to 3"));
    assert!(!version.is_retriable());
}

#[test]
fn no_broker_reachable_lists_every_attempt() {
    let e = Error::NoBrokerReachable {
        attempts: vec![
            ("a:1".into(), Error::Unreachable { broker: "a:1".into(), reason: "connection refused".into() }),
            ("b:2".into(), Error::Unreachable { broker: "b:2".into(), reason: "host not found".into() }),
        ],
    };
    let text = e.to_string();
    assert!(text.contains("a:1: connection refused"), "{text}");
    assert!(text.contains("b:2: host not found"), "{text}");
    assert!(text.contains("brokers are running"), "{text}");
    assert!(e.is_retriable());
}

#[test]
fn a_closed_connection_at_bootstrap_points_at_tls_and_sasl() {
    let closed = Error::Disconnected { broker: "a:1".into(), reason: "the broker closed the connection".into() };
    let text = Error::NoBrokerReachable { attempts: vec![("a:1".into(), closed)] }.to_string();
    assert!(text.contains("`tls` and `sasl`"), "{text}");
}
