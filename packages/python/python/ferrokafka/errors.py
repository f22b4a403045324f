"""The exceptions ferrokafka raises.

Every error is a :class:`KafkaError` with ``code`` (the Kafka error code, or
``None`` for errors the client found itself), ``name`` (a stable upper-case
name such as ``TOPIC_ALREADY_EXISTS`` or ``TIMEOUT``) and ``retriable``
(whether trying the same operation again may succeed). Subclasses group the
kinds an application usually handles differently.
"""

from __future__ import annotations

from typing import Dict, Optional, Type


class KafkaError(Exception):
    """Base class of every ferrokafka error."""

    code: Optional[int]
    name: str
    retriable: bool

    def __init__(
        self,
        message: str,
        *,
        name: str = "KAFKA_ERROR",
        code: Optional[int] = None,
        retriable: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.name = name
        self.code = code
        self.retriable = retriable

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, code={self.code!r}, retriable={self.retriable!r})"


class ConfigError(KafkaError, ValueError):
    """An option has a value the client cannot use; ``option`` names it."""

    option: Optional[str]

    def __init__(self, message: str, *, option: Optional[str] = None, **kw: object) -> None:
        kw.setdefault("name", "INVALID_CONFIGURATION")
        super().__init__(message, **kw)  # type: ignore[arg-type]
        self.option = option


class KafkaTimeoutError(KafkaError, TimeoutError):
    """An operation did not finish in time (retriable)."""


class KafkaConnectionError(KafkaError, ConnectionError):
    """A broker could not be reached, or a connection to it was lost."""


class TlsError(KafkaConnectionError):
    """The TLS handshake with a broker failed (untrusted or mismatched
    certificate, missing client certificate, TLS against a plaintext
    listener)."""


class AuthenticationError(KafkaError):
    """The broker refused the client's credentials."""


class AuthorizationError(KafkaError):
    """The client's principal is not allowed to do this (an ACL is missing)."""


class TransactionError(KafkaError):
    """A transaction call failed or was made at the wrong time (``name``:
    ``INVALID_TXN_STATE``, ``TRANSACTION_ABORTABLE``, ...)."""


class ProducerFencedError(TransactionError):
    """A newer producer with the same ``transactional_id`` took over; this
    producer can do nothing more: close it."""


class UnknownTopicError(KafkaError):
    """The topic (or partition) does not exist."""


class TopicExistsError(KafkaError):
    """A topic with this name exists already."""


class RecordTooLargeError(KafkaError):
    """A record is larger than a producer or broker limit."""


class ProtocolError(KafkaError):
    """The broker and the client do not understand each other."""


class ClientClosedError(KafkaError):
    """The client was closed; create a new one."""


class DecodeError(KafkaError, ValueError):
    """A codec could not decode a key, value or header."""


class EncodeError(KafkaError, TypeError):
    """A codec could not encode a key, value or header."""


_BY_NAME: Dict[str, Type[KafkaError]] = {
    "INVALID_CONFIGURATION": ConfigError,
    "TIMEOUT": KafkaTimeoutError,
    "REQUEST_TIMED_OUT": KafkaTimeoutError,
    "DISCONNECTED": KafkaConnectionError,
    "BROKER_UNREACHABLE": KafkaConnectionError,
    "NO_BROKER_REACHABLE": KafkaConnectionError,
    "AUTHENTICATION_FAILED": AuthenticationError,
    "SASL_AUTHENTICATION_FAILED": AuthenticationError,
    "TLS_FAILED": TlsError,
    "UNKNOWN_TOPIC_OR_PARTITION": UnknownTopicError,
    "UNKNOWN_TOPIC_ID": UnknownTopicError,
    "TOPIC_ALREADY_EXISTS": TopicExistsError,
    "RECORD_TOO_LARGE": RecordTooLargeError,
    "MESSAGE_TOO_LARGE": RecordTooLargeError,
    "RECORD_LIST_TOO_LARGE": RecordTooLargeError,
    "PROTOCOL_ERROR": ProtocolError,
    "UNSUPPORTED_VERSION": ProtocolError,
    "FRAME_TOO_LARGE": ProtocolError,
    "SHUTDOWN": ClientClosedError,
    "PRODUCER_FENCED": ProducerFencedError,
    "INVALID_PRODUCER_EPOCH": ProducerFencedError,
    "TRANSACTIONAL_ID_AUTHORIZATION_FAILED": AuthorizationError,
    "INVALID_TXN_STATE": TransactionError,
    "TRANSACTION_ABORTABLE": TransactionError,
    "INVALID_PRODUCER_ID_MAPPING": TransactionError,
    "CONCURRENT_TRANSACTIONS": TransactionError,
}


def _class_for(name: str) -> Type[KafkaError]:
    if name.endswith("_AUTHORIZATION_FAILED"):
        return AuthorizationError
    return _BY_NAME.get(name, KafkaError)


def _from_native(
    name: str, code: Optional[int], retriable: bool, message: str, option: Optional[str]
) -> KafkaError:
    """Builds the exception for an engine error (called by the native module)."""
    cls = _class_for(name)
    if cls is ConfigError:
        return ConfigError(message, option=option, code=code, retriable=retriable)
    return cls(message, name=name, code=code, retriable=retriable)


__all__ = [
    "KafkaError",
    "ConfigError",
    "KafkaTimeoutError",
    "KafkaConnectionError",
    "TlsError",
    "AuthenticationError",
    "AuthorizationError",
    "UnknownTopicError",
    "TransactionError",
    "ProducerFencedError",
    "TopicExistsError",
    "RecordTooLargeError",
    "ProtocolError",
    "ClientClosedError",
    "DecodeError",
    "EncodeError",
]
