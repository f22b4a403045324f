//! The one error type of the engine.
//!
//! Every fallible operation returns [`Error`]. It has two families of variants:
//!
//! - errors a broker reported with a Kafka error code ([`Error::Kafka`], and
//!   the codes with a meaning of their own: [`Error::Authorization`],
//!   [`Error::Authentication`], [`Error::UnknownTopic`]); they carry the code,
//!   its name and its retriable flag from the protocol's error table, plus
//!   which request and which resource (topic, group, ...) it was about;
//! - errors the client found itself: timeouts, lost or refused connections,
//!   bad configuration, malformed bytes, versions the broker does not speak.
//!
//! Callers decide what to do with [`Error::is_retriable`]: a retriable error
//! may succeed if the same operation is tried again (after a metadata refresh
//! or a backoff); a non-retriable one will fail again until something changes.
//! The bindings map the variants to `KafkaError` subclasses using
//! [`Error::kind`], [`Error::code`] and [`Error::is_retriable`], so every
//! message is written to be read by an application developer and says what
//! to do about it.

use std::fmt;
use std::time::Duration;

use crate::protocol::error_code::ErrorCode;
use crate::protocol::ProtocolError;

mod advice;
use advice::{bootstrap_advice, describe_code, describe_range, join_errors, kafka_hint, needed_acl};

/// Result with the engine's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a failed request was about: the API and, when there is one, the
/// resource it named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorContext {
    /// The API of the request, e.g. `"CreateTopics"`.
    pub api: &'static str,
    /// The resource the error is about, if the response said which.
    pub resource: Option<Resource>,
}

impl ErrorContext {
    /// Context of a request that is about no resource in particular.
    pub fn api(api: &'static str) -> Self {
        Self { api, resource: None }
    }

    /// Context of a request about a topic.
    pub fn topic(api: &'static str, topic: impl Into<String>) -> Self {
        Self { api, resource: Some(Resource::Topic(topic.into())) }
    }

    /// Context of a request about a group.
    pub fn group(api: &'static str, group: impl Into<String>) -> Self {
        Self { api, resource: Some(Resource::Group(group.into())) }
    }

    /// Context of a request about one partition.
    pub fn partition(api: &'static str, topic: impl Into<String>, partition: i32) -> Self {
        Self { api, resource: Some(Resource::Partition(topic.into(), partition)) }
    }
}

impl fmt::Display for ErrorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.resource {
            Some(resource) => write!(f, "{} for {resource}", self.api),
            None => f.write_str(self.api),
        }
    }
}

/// A named thing on the cluster that an error is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resource {
    /// A topic, by name.
    Topic(String),
    /// One partition of a topic.
    Partition(String, i32),
    /// A consumer group.
    Group(String),
    /// A transactional id.
    TransactionalId(String),
    /// The cluster itself.
    Cluster,
    /// One broker, by node id.
    Broker(i32),
    /// An access control entry, as text (`ALLOW User:alice READ on topic 'orders'`).
    Acl(String),
}

impl fmt::Display for Resource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Resource::Topic(t) => write!(f, "topic '{t}'"),
            Resource::Partition(t, p) => write!(f, "partition {t}-{p}"),
            Resource::Group(g) => write!(f, "group '{g}'"),
            Resource::TransactionalId(id) => write!(f, "transactional id '{id}'"),
            Resource::Cluster => f.write_str("the cluster"),
            Resource::Broker(id) => write!(f, "broker {id}"),
            Resource::Acl(acl) => write!(f, "ACL {acl}"),
        }
    }
}

/// Everything that can go wrong in the engine.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A broker answered with a Kafka error code.
    #[error("{context} failed: {}{}", describe_code(*.code, .message.as_deref()), kafka_hint(*.code))]
    Kafka {
        /// The code the broker sent.
        code: ErrorCode,
        /// The request and resource it was about.
        context: ErrorContext,
        /// The broker's own explanation, when it sent one.
        message: Option<String>,
    },

    /// The broker refused the client's credentials, or the SASL exchange
    /// failed.
    #[error("authentication failed ({context}): {reason}. Check the SASL mechanism, user name and password (or token) configured for this client")]
    Authentication {
        /// What was being done, with the broker when known.
        context: String,
        /// What the broker or the client said.
        reason: String,
    },

    /// The client's principal may not do this.
    #[error("{context} was denied{}: {}. Grant the client's principal the ACL this operation needs, or use a principal that has it", needed_acl(.context), describe_code(*.code, .message.as_deref()))]
    Authorization {
        /// The code the broker sent (TOPIC_AUTHORIZATION_FAILED, ...).
        code: ErrorCode,
        /// The request and resource it was about.
        context: ErrorContext,
        /// The broker's own explanation, when it sent one.
        message: Option<String>,
    },

    /// The topic does not exist (or is not visible to this client).
    #[error("unknown topic '{topic}': it does not exist on the cluster. Create it first (or enable auto.create.topics.enable on the brokers), and check the name for typos")]
    UnknownTopic {
        /// The topic name.
        topic: String,
    },

    /// An operation did not finish in time.
    #[error("{operation} timed out after {after:?}. The broker may be overloaded or unreachable; retry, or raise the timeout if the operation is expected to take this long")]
    Timeout {
        /// What was being done, e.g. `"Metadata v12 to localhost:9092"`.
        operation: String,
        /// How long the client waited.
        after: Duration,
    },

    /// An established connection to a broker was lost.
    #[error("connection to {broker} was lost: {reason}. Requests in flight may or may not have been processed by the broker; the client reconnects on the next request")]
    Disconnected {
        /// The broker address.
        broker: String,
        /// Why, as far as the client knows.
        reason: String,
    },

    /// A connection to a broker could not be established (refused, host
    /// unknown, no route, no answer in time).
    #[error("cannot connect to {broker}: {reason}. Check that the address is right, that the broker is running, and that it is reachable from this host")]
    Unreachable {
        /// The broker address.
        broker: String,
        /// Why the connection failed.
        reason: String,
    },

    /// A TLS connection to a broker could not be set up or broke: the
    /// reason says which check failed (unknown issuer, name mismatch,
    /// expired certificate, client certificate refused, ...).
    #[error("TLS with {broker} failed: {reason}")]
    Tls {
        /// The broker address.
        broker: String,
        /// Which check failed, and what to do about it.
        reason: String,
    },

    /// None of the bootstrap servers could be reached.
    #[error("could not reach any bootstrap server ({}). {}", join_errors(.attempts), bootstrap_advice(.attempts))]
    NoBrokerReachable {
        /// Each server tried, with why it failed.
        attempts: Vec<(String, Error)>,
    },

    /// An option has a value the client cannot use.
    #[error("invalid configuration `{option}` = {value:?}: {allowed}")]
    Config {
        /// The option's name.
        option: &'static str,
        /// The value given.
        value: String,
        /// What is allowed.
        allowed: String,
    },

    /// Bytes on the wire did not follow the protocol.
    #[error("protocol error while {context}: {source}. This is a bug in the client or the broker; please report it with the broker version")]
    Protocol {
        /// What the client was doing.
        context: String,
        /// What was wrong with the bytes.
        #[source]
        source: ProtocolError,
    },

    /// The broker does not speak any version of an API that the client can use.
    #[error("{api} is not supported by broker {broker}: {}; this client speaks versions {client_min} to {client_max}. Upgrade the broker, or use a client release that supports this broker version", describe_range(.broker_range))]
    UnsupportedVersion {
        /// The API, e.g. `"Metadata"`.
        api: &'static str,
        /// The broker address.
        broker: String,
        /// The broker's (min, max) versions, `None` when it lacks the API.
        broker_range: Option<(i16, i16)>,
        /// Lowest version the client speaks.
        client_min: i16,
        /// Highest version the client speaks.
        client_max: i16,
    },

    /// A response was larger than the configured maximum frame size; it was
    /// skipped without being read into memory.
    #[error("a response of {size} bytes from {broker} exceeds the maximum frame size of {max} bytes. Raise `max_frame_size` if responses this large are expected, or ask for less data per request")]
    FrameTooLarge {
        /// The broker address.
        broker: String,
        /// The size the frame announced.
        size: u64,
        /// The configured maximum.
        max: usize,
    },

    /// A record is larger than a producer limit allows; it was not sent.
    #[error("a record of {size} bytes (encoded) exceeds `{option}` = {max} bytes and was not sent. Send smaller records, or raise `{option}` (and the topic's max.message.bytes) if records this large are expected")]
    RecordTooLarge {
        /// Encoded size of the record, with its share of batch overhead.
        size: usize,
        /// The limit it exceeds.
        max: usize,
        /// The option that sets the limit.
        option: &'static str,
    },

    /// The client (or the connection) has been shut down.
    #[error("the client has been shut down; create a new one to send more requests")]
    Shutdown,

    /// A newer producer with the same transactional id started (or the
    /// coordinator no longer knows this producer's epoch): this producer
    /// can never write again.
    #[error("the producer with transactional id '{transactional_id}' was fenced ({reason}): another instance with the same transactional id has started. Close this producer; the newer instance carries on")]
    ProducerFenced {
        /// The transactional id.
        transactional_id: String,
        /// The code that said so (PRODUCER_FENCED or INVALID_PRODUCER_EPOCH) and where.
        reason: String,
    },

    /// The current transaction cannot commit any more: abort it, then
    /// begin a new one (the producer stays usable).
    #[error("the transaction cannot be committed: {cause}. Call abort_transaction(), then begin a new transaction and send again")]
    TransactionAbortable {
        /// What went wrong inside the transaction.
        cause: Box<Error>,
    },

    /// A transactional operation was called in a state that does not allow it.
    #[error("{operation} is not allowed now: {reason}")]
    TransactionState {
        /// What was called, e.g. `"send"`.
        operation: &'static str,
        /// Why not, and what to call first.
        reason: String,
    },
}

impl Error {
    /// Builds the error for a Kafka error code, or `None` for code 0 (no error).
    pub fn from_code(code: i16, context: ErrorContext, message: Option<String>) -> Option<Error> {
        (code != ErrorCode::NONE.0).then(|| Error::kafka(code, context, message))
    }

    /// Builds the error for a (non-zero) Kafka error code.
    ///
    /// Codes with a meaning of their own become the matching variant:
    /// authorization failures become [`Error::Authorization`] and SASL
    /// failures [`Error::Authentication`]; the rest become [`Error::Kafka`].
    pub fn kafka(code: i16, context: ErrorContext, message: Option<String>) -> Error {
        let error_code = ErrorCode(code);
        match error_code {
            ErrorCode::TOPIC_AUTHORIZATION_FAILED
            | ErrorCode::GROUP_AUTHORIZATION_FAILED
            | ErrorCode::CLUSTER_AUTHORIZATION_FAILED
            | ErrorCode::TRANSACTIONAL_ID_AUTHORIZATION_FAILED
            | ErrorCode::DELEGATION_TOKEN_AUTHORIZATION_FAILED => {
                Error::Authorization { code: error_code, context, message }
            }
            ErrorCode::SASL_AUTHENTICATION_FAILED
            | ErrorCode::UNSUPPORTED_SASL_MECHANISM
            | ErrorCode::ILLEGAL_SASL_STATE => Error::Authentication {
                context: context.to_string(),
                reason: describe_code(error_code, message.as_deref()),
            },
            _ => Error::Kafka { code: error_code, context, message },
        }
    }

    /// Turns a code into `Ok(())` or the matching error.
    pub fn check(code: i16, context: ErrorContext, message: Option<String>) -> Result<()> {
        match Error::from_code(code, context, message) {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// Wraps a protocol error with what the client was doing.
    pub fn protocol(context: impl Into<String>, source: ProtocolError) -> Error {
        Error::Protocol { context: context.into(), source }
    }

    /// Whether trying the same operation again may succeed.
    ///
    /// For Kafka error codes this is the protocol's own retriable flag. Lost
    /// connections, timeouts and unreachable brokers are retriable (the
    /// broker may come back); configuration, authorization, protocol and
    /// version errors are not (they fail again until something changes).
    pub fn is_retriable(&self) -> bool {
        match self {
            Error::Kafka { code, .. } => code.is_retriable(),
            Error::Timeout { .. }
            | Error::Disconnected { .. }
            | Error::Unreachable { .. }
            | Error::NoBrokerReachable { .. } => true,
            Error::Authentication { .. }
            | Error::Authorization { .. }
            | Error::Tls { .. }
            | Error::UnknownTopic { .. }
            | Error::Config { .. }
            | Error::Protocol { .. }
            | Error::UnsupportedVersion { .. }
            | Error::FrameTooLarge { .. }
            | Error::RecordTooLarge { .. }
            | Error::Shutdown
            | Error::ProducerFenced { .. }
            | Error::TransactionAbortable { .. }
            | Error::TransactionState { .. } => false,
        }
    }

    /// Whether the client's view of the cluster is probably stale: refresh
    /// metadata before retrying.
    pub fn invalidates_metadata(&self) -> bool {
        match self {
            Error::Kafka { code, .. } => code.invalidates_metadata(),
            Error::Disconnected { .. } | Error::Unreachable { .. } => true,
            _ => false,
        }
    }

    /// The Kafka error code, when the error came from one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Error::Kafka { code, .. } | Error::Authorization { code, .. } => Some(*code),
            Error::UnknownTopic { .. } => Some(ErrorCode::UNKNOWN_TOPIC_OR_PARTITION),
            Error::ProducerFenced { .. } => Some(ErrorCode::PRODUCER_FENCED),
            _ => None,
        }
    }

    /// A stable upper-case name for the kind of error: the Kafka code's name
    /// (`TOPIC_ALREADY_EXISTS`) for broker errors, and a client-side name
    /// (`TIMEOUT`, `DISCONNECTED`, ...) otherwise. The bindings expose it as
    /// `error.name`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Kafka { code, .. } | Error::Authorization { code, .. } => code.name(),
            Error::Authentication { .. } => "AUTHENTICATION_FAILED",
            Error::UnknownTopic { .. } => "UNKNOWN_TOPIC_OR_PARTITION",
            Error::Timeout { .. } => "TIMEOUT",
            Error::Disconnected { .. } => "DISCONNECTED",
            Error::Unreachable { .. } => "BROKER_UNREACHABLE",
            Error::Tls { .. } => "TLS_FAILED",
            Error::NoBrokerReachable { .. } => "NO_BROKER_REACHABLE",
            Error::Config { .. } => "INVALID_CONFIGURATION",
            Error::Protocol { .. } => "PROTOCOL_ERROR",
            Error::UnsupportedVersion { .. } => "UNSUPPORTED_VERSION",
            Error::FrameTooLarge { .. } => "FRAME_TOO_LARGE",
            Error::RecordTooLarge { .. } => "RECORD_TOO_LARGE",
            Error::Shutdown => "SHUTDOWN",
            Error::ProducerFenced { .. } => "PRODUCER_FENCED",
            Error::TransactionAbortable { .. } => "TRANSACTION_ABORTABLE",
            Error::TransactionState { .. } => "INVALID_TXN_STATE",
        }
    }
}

/// Lets `?` take a per-resource result by reference
/// (`results["orders"].as_ref()?`).
impl From<&Error> for Error {
    fn from(error: &Error) -> Error {
        error.clone()
    }
}

#[cfg(test)]
mod tests;
