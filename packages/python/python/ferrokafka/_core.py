"""What the asyncio and the blocking API share: option handling, record
encoding, result decoding, and the consumer's bookkeeping."""

from __future__ import annotations

import atexit
import logging
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from . import _native
from ._security import check_sasl, check_ssl
from .codecs import is_raw_encode
from .errors import ConfigError
from .message import Batch, Message
from .topic import Topic, TopicLike, as_topic
from .types import (
    CreatedTopic,
    PartitionDescription,
    Record,
    TopicDescription,
    TopicPartition,
)

LOGGER = logging.getLogger("ferrokafka")

# The engine's threads stop before the interpreter finalizes, so that none
# of them calls into Python (a result, a log line) while it is torn down.
atexit.register(_native.shutdown)

_RECORD_KEYS = frozenset(("key", "value", "headers", "partition", "timestamp"))


def client_options(options: Dict[str, Any]) -> Dict[str, Any]:
    """Checks the client options (raising ConfigError) and returns them
    ready for the native module."""
    opts = {k: v for k, v in options.items() if v is not None}
    brokers = opts.get("brokers")
    if isinstance(brokers, str):
        opts["brokers"] = [b.strip() for b in brokers.split(",") if b.strip()]
    if "brokers" not in opts:
        raise ConfigError("option `brokers` is required, e.g. Kafka(brokers=['localhost:9092'])", option="brokers")
    if "ssl" in opts:
        opts["ssl"] = check_ssl(opts["ssl"])
    if "sasl" in opts:
        opts["sasl"] = check_sasl(opts["sasl"])
    opts = {k: v for k, v in opts.items() if v is not None}
    _native.check_client_options(opts)
    follow_log_level()
    return opts


def follow_log_level() -> None:
    """Lets through the engine's events at the ``ferrokafka`` logger's level."""
    _native.set_log_level(LOGGER.getEffectiveLevel())


def run_callback(cb: Callable[[List[TopicPartition]], Any], kind: str, tps: List[TopicPartition]) -> Any:
    """Runs a rebalance callback, logging (not raising) its exception."""
    try:
        return cb(tps)
    except Exception:
        LOGGER.exception("the %s callback raised", kind)
        return None


def _header_bytes(value: Any) -> Optional[bytes]:
    if value is None or isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    raise ConfigError(f"a header value must be str, bytes or None, not {type(value).__name__}", option="headers")


def header_pairs(headers: Any) -> Optional[List[Tuple[str, Optional[bytes]]]]:
    """Headers (a mapping or pairs) as ``(name, bytes or None)`` pairs; the
    native encoder calls this for the headers it does not read itself."""
    if not headers:
        return None
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return [(str(name), _header_bytes(value)) for name, value in pairs]


def record_fields(r: Any) -> Tuple[Any, Any, Any, Any, Any]:
    """``(key, value, headers, partition, timestamp)`` of a record that is
    not a plain dict of known fields (the native encoder reads those
    itself); raises ConfigError for anything that is not a record."""
    if isinstance(r, Mapping):
        if not _RECORD_KEYS.issuperset(r):
            bad = sorted(set(r) - _RECORD_KEYS)
            raise ConfigError(f"unknown record fields {bad}; a record has {sorted(_RECORD_KEYS)}", option="records")
        return r.get("key"), r.get("value"), r.get("headers"), r.get("partition"), r.get("timestamp")
    if isinstance(r, Record):
        return r.key, r.value, r.headers, r.partition, r.timestamp
    raise ConfigError(
        f"records must be dicts or Record objects, not {type(r).__name__}; pass a list even for one record",
        option="records",
    )


def encode_records(t: Topic[Any, Any], records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]) -> Any:
    """Records as the native send takes them, encoded by the topic's codecs
    in one native call (raises the first record's error)."""
    kenc, venc = t.key.encode, t.value.encode
    return _native.encode_records(records, kenc, is_raw_encode(kenc), venc, is_raw_encode(venc))


def new_topics(topics: Iterable[Mapping[str, Any]]) -> List[Tuple[str, int, int, Dict[str, str]]]:
    allowed = {"name", "partitions", "replication_factor", "configs"}
    out = []
    for t in topics:
        if not isinstance(t, Mapping) or "name" not in t:
            raise ConfigError("each topic to create is a dict with at least a `name`", option="topics")
        unknown = set(t) - allowed
        if unknown:
            raise ConfigError(f"unknown topic fields {sorted(unknown)}; allowed: {sorted(allowed)}", option="topics")
        configs = {str(k): str(v) for k, v in (t.get("configs") or {}).items()}
        out.append((t["name"], int(t.get("partitions", -1)), int(t.get("replication_factor", -1)), configs))
    return out


def created(items: Sequence[Tuple[str, str, int, int]]) -> List[CreatedTopic]:
    return [CreatedTopic(*i) for i in items]


def described(items: Sequence[Tuple[str, str, bool, Sequence[Tuple[int, Optional[int], List[int], List[int]]]]]) -> List[TopicDescription]:
    return [
        TopicDescription(name, tid, internal, [PartitionDescription(*p) for p in parts])
        for name, tid, internal, parts in items
    ]


REBALANCE_KINDS = ("on_assigned", "on_revoked", "on_lost")


class ConsumerState:
    """A consumer's Python-side bookkeeping: the codecs of subscribed
    topics and the offsets processed but not yet handed to the engine
    (handed over once per batch, not once per message). Of the current
    batch, the first ``done`` messages are processed; their offsets are
    worked out only when they are handed over."""

    def __init__(self, options: Dict[str, Any]) -> None:
        self.callbacks: Dict[str, Callable[..., Any]] = {}
        for kind in REBALANCE_KINDS:
            cb = options.pop(kind, None)
            if cb is not None:
                if not callable(cb):
                    raise ConfigError(f"option `{kind}` must be a function taking a list of TopicPartition", option=kind)
                self.callbacks[kind[3:]] = cb
        self.poll_ms = int(options.pop("poll_interval_ms", 1000))
        self.options = {k: v for k, v in options.items() if v is not None}
        self.codecs: Dict[str, Topic[Any, Any]] = {}
        self.pending: Dict[Tuple[str, int], int] = {}
        self.current: Optional[Batch] = None
        self.done = 0
        self.counted = 0
        self.stopped = False

    def subscribe(self, native: Any, topics: Union[TopicLike, Sequence[TopicLike]]) -> None:
        items = [topics] if isinstance(topics, (str, Topic)) else list(topics)
        if not items:
            raise ConfigError("subscribe to at least one topic", option="topics")
        self.codecs = {t.name: t for t in map(as_topic, items)}
        self.stopped = False
        native.subscribe(list(self.codecs))

    def batch(self, raw: Any) -> List[Message[Any, Any]]:
        """Starts a new batch (the caller sets ``done`` as its messages are
        processed)."""
        self._count()
        self.current = Batch(raw, self.codecs)
        self.done = self.counted = 0
        return self.current.messages()

    def _count(self) -> None:
        if self.current is not None and self.done > self.counted:
            self.pending.update(self.current.next_offsets(self.counted, self.done))
            self.counted = self.done

    def hand_over(self, native: Any) -> None:
        self._count()
        if self.pending:
            native.store_offsets([(t, p, o) for (t, p), o in self.pending.items()])
            self.pending.clear()

    def partitions(self, items: Iterable[Tuple[str, int]]) -> List[TopicPartition]:
        return [TopicPartition(t, p) for t, p in items]
