//! The parts of error messages that say what went wrong and what to do.

use super::*;

pub(super) fn describe_code(code: ErrorCode, message: Option<&str>) -> String {
    let retriable = if code.is_retriable() { ", retriable" } else { "" };
    match message {
        // The hints that may follow start with ". ": drop the broker's own
        // closing full stop so that the sentence does not end twice.
        Some(m) if !m.trim_end_matches('.').is_empty() => {
            format!("{} ({}{retriable}): {}", code.name(), code.0, m.trim_end_matches('.'))
        }
        _ => format!("{} ({}{retriable})", code.name(), code.0),
    }
}

/// What to do about the codes users meet most; a generic word otherwise.
pub(super) fn kafka_hint(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::TOPIC_ALREADY_EXISTS => ". Use another name, or delete the topic first",
        ErrorCode::INVALID_PARTITIONS => {
            ". A new topic needs at least one partition (or -1 for the broker default); an existing topic can only grow to a larger count, never shrink"
        }
        ErrorCode::INVALID_REPLICATION_FACTOR => {
            ". Use a replication factor no larger than the number of brokers (or -1 for the broker default)"
        }
        ErrorCode::INVALID_TOPIC_EXCEPTION => {
            ". Topic names are 1 to 249 characters from ASCII letters, digits, '.', '_' and '-'"
        }
        ErrorCode::INVALID_CONFIG => ". Check the names and values of the topic configs",
        ErrorCode::POLICY_VIOLATION => ". The broker's create-topic policy rejected the request",
        ErrorCode::TOPIC_DELETION_DISABLED => ". Set delete.topic.enable=true on the brokers to allow it",
        ErrorCode::NON_EMPTY_GROUP => {
            ". The group still has active members; stop its consumers (and wait for them to leave) first"
        }
        ErrorCode::GROUP_ID_NOT_FOUND => ". Check the group id; list the groups to see which exist",
        ErrorCode::GROUP_SUBSCRIBED_TO_TOPIC => {
            ". A member of the group is subscribed to the topic; stop the group's consumers first"
        }
        ErrorCode::SECURITY_DISABLED => ". Start the brokers with an authorizer (authorizer.class.name) to use ACLs",
        ErrorCode::OFFSET_OUT_OF_RANGE => ". The offset is outside the partition's log; list its offsets first",
        ErrorCode::UNSUPPORTED_VERSION => ". The broker does not speak the version of this API the client used",
        _ if code.is_retriable() => ". This is usually temporary; retrying may succeed",
        _ => "",
    }
}

/// The ACL operation a request needs on its resource, as words for an
/// authorization error (empty when not known).
pub(super) fn needed_acl(context: &ErrorContext) -> String {
    let operation = match context.api {
        "Produce" | "AddPartitionsToTxn" | "TxnOffsetCommit" | "AddOffsetsToTxn" | "EndTxn" | "InitProducerId" => "Write",
        "Fetch" | "OffsetCommit" | "OffsetFetch" | "JoinGroup" | "SyncGroup" | "Heartbeat" | "LeaveGroup"
        | "ConsumerGroupHeartbeat" | "OffsetDelete" => "Read",
        "Metadata" | "ListOffsets" | "OffsetForLeaderEpoch" | "DescribeGroups" | "FindCoordinator"
        | "DescribeConfigs" | "ConsumerGroupDescribe" => "Describe",
        "CreateTopics" | "CreatePartitions" => "Create",
        "DeleteTopics" | "DeleteRecords" | "DeleteGroups" => "Delete",
        "AlterConfigs" | "IncrementalAlterConfigs" => "AlterConfigs",
        _ => return String::new(),
    };
    format!(" (it needs the {operation} operation)")
}

/// What to check when no bootstrap server could be used. A broker that
/// closes a fresh connection is most often a TLS or SASL listener talked to
/// without TLS or SASL (or a plain one talked to with TLS).
pub(super) fn bootstrap_advice(attempts: &[(String, Error)]) -> &'static str {
    if attempts.iter().any(|(_, e)| matches!(e, Error::Disconnected { .. })) {
        "Check that the `tls` and `sasl` options match the security protocol of the listener at that \
         address (a TLS or SASL listener closes the connections of clients that do not use them), and \
         the `bootstrap_servers` option"
    } else {
        "Check the `bootstrap_servers` option and that the brokers are running"
    }
}

pub(super) fn join_errors(attempts: &[(String, Error)]) -> String {
    if attempts.is_empty() {
        return "no servers were given".to_owned();
    }
    attempts
        .iter()
        .map(|(server, error)| match error {
            Error::Unreachable { reason, .. } => format!("{server}: {reason}"),
            other => format!("{server}: {other}"),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn describe_range(range: &Option<(i16, i16)>) -> String {
    match range {
        Some((min, max)) => format!("the broker speaks versions {min} to {max}"),
        None => "the broker does not offer this API at all".to_owned(),
    }
}
