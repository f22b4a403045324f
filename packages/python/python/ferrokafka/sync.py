"""The blocking API: the same names as the asyncio API, without ``await``.

Each call waits on the engine with the GIL released, so other Python
threads run meanwhile, and clients may be shared between threads::

    from ferrokafka.sync import Kafka
    kafka = Kafka(brokers=["localhost:9092"])
    with kafka.producer() as producer:
        producer.send("events", [{"value": b"hello"}])

Rebalance callbacks of a blocking consumer run on a worker thread of the
consumer; the group waits for them before going on.
"""

from __future__ import annotations

import concurrent.futures
import threading
from types import TracebackType
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Type, TypeVar, Union, overload

from . import _acls as acls_
from . import _admin_ops as ops
from . import _versions as versions_
from . import _native
from ._core import ConsumerState, client_options, follow_log_level, run_callback, created, described, encode_records, new_topics
from .admin_types import AclBinding, BrokerVersions, ClusterDescription, ConfigResource, ConfigsByResource, GroupDescription, GroupLag, GroupList, ListedOffset
from .errors import ClientClosedError, ConfigError, TransactionError
from .producer import TRANSACTIONAL_SEND
from .transaction import SyncTransaction
from .message import Message
from .topic import Topic, TopicLike, as_topic
from .types import CreatedTopic, Record, RecordMetadata, TopicDescription, TopicPartition

Topics = Union[TopicLike, Sequence[TopicLike]]
K = TypeVar("K")
V = TypeVar("V")


class _Closable:
    _native: Any = None

    def __enter__(self) -> Any:
        return self.connect()  # type: ignore[attr-defined]

    def __exit__(self, et: Optional[Type[BaseException]], e: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        self.close()  # type: ignore[attr-defined]


class Producer(_Closable):
    """Blocking producer; see :class:`ferrokafka.Producer`."""

    def __init__(self, client: Dict[str, Any], options: Dict[str, Any]) -> None:
        self._client = client
        self._options = {k: v for k, v in options.items() if v is not None}
        _native.check_producer_options(self._options)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self._closed = False

    def connect(self) -> "Producer":
        with self._lock:
            if self._closed:
                raise ClientClosedError("the producer is closed; create a new one", name="SHUTDOWN")
            if self._native is None:
                follow_log_level()
                self._native = _native.producer_connect(self._client, self._options, True)
        return self

    @overload
    def send(self, topic: Topic[K, V], records: Iterable[Union[Mapping[str, Any], Record[K, V]]]) -> List[RecordMetadata]: ...
    @overload
    def send(self, topic: str, records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]) -> List[RecordMetadata]: ...

    def send(
        self, topic: TopicLike, records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]
    ) -> List[RecordMetadata]:
        if "transactional_id" in self._options:
            raise TransactionError(TRANSACTIONAL_SEND.format(self._options["transactional_id"]), name="INVALID_TXN_STATE")
        return self._send(topic, records)

    def transaction(self) -> SyncTransaction:
        """``with producer.transaction() as txn``: commits on leaving the
        block, aborts (and re-raises) on an exception."""
        if "transactional_id" not in self._options:
            raise ConfigError("transactions need a producer made with transactional_id=...", option="transactional_id")
        return SyncTransaction(self)

    def _require(self) -> Any:
        return self._native or self.connect()._native

    def _send(
        self, topic: TopicLike, records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]
    ) -> List[RecordMetadata]:
        t = as_topic(topic)
        encoded = encode_records(t, records)
        native = self._native or self.connect()._native
        with self._lock:
            self._in_flight += 1
        try:
            sent: List[RecordMetadata] = native.send(t.name, encoded, True)
            return sent
        finally:
            with self._lock:
                self._in_flight -= 1
                self._idle.notify_all()

    def flush(self) -> None:
        if self._native is not None:
            self._native.flush(True)

    def close(self, timeout_ms: int = 120_000) -> None:
        """Waits for sends of other threads, drains, closes."""
        with self._lock:
            self._closed = True
            native, self._native = self._native, None
            self._idle.wait_for(lambda: self._in_flight == 0, timeout=timeout_ms / 1000)
        if native is not None:
            native.close(timeout_ms, True)


class Consumer(_Closable):
    """Blocking group consumer; see :class:`ferrokafka.Consumer`."""

    def __init__(self, client: Dict[str, Any], options: Dict[str, Any]) -> None:
        self._client = client
        self._state = ConsumerState(dict(options))
        _native.check_consumer_options(self._client, self._state.options)
        self._lock = threading.Lock()
        self._closed = False
        self._workers: Optional[concurrent.futures.ThreadPoolExecutor] = None

    def connect(self) -> "Consumer":
        with self._lock:
            if self._closed:
                raise ClientClosedError("the consumer is closed; create a new one", name="SHUTDOWN")
            if self._native is None:
                follow_log_level()
                hook = None
                if self._state.callbacks:
                    self._workers = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="ferrokafka-rebalance")
                    hook = self._dispatch
                self._native = _native.consumer_connect(self._client, self._state.options, hook, True)
        return self

    def _dispatch(self, kind: str, parts: List[Tuple[str, int]]) -> Optional["concurrent.futures.Future[Any]"]:
        cb = self._state.callbacks.get(kind)
        if cb is None or self._workers is None:
            return None
        return self._workers.submit(run_callback, cb, kind, self._state.partitions(parts))

    def _ready(self) -> Any:
        return self._native or self.connect()._native

    def _poll(self) -> List[Message[Any, Any]]:
        native = self._ready()
        self._state.hand_over(native)
        return self._state.batch(native.poll(self._state.poll_ms, True))

    def subscribe(self, topics: Topics) -> None:
        self._state.subscribe(self._ready(), topics)

    @overload
    def stream(self, topics: Topic[K, V]) -> Iterator[Message[K, V]]: ...
    @overload
    def stream(self, topics: Topics) -> Iterator[Message[Any, Any]]: ...

    def stream(self, topics: Topics) -> Iterator[Message[Any, Any]]:
        self.subscribe(topics)
        while not self._state.stopped:
            state = self._state
            for done, message in enumerate(self._poll(), 1):
                if state.stopped:
                    break
                yield message
                state.done = done

    @overload
    def run_each(self, topics: Topic[K, V], handler: Callable[[Message[K, V]], Any]) -> None: ...
    @overload
    def run_each(self, topics: Topics, handler: Callable[[Message[Any, Any]], Any]) -> None: ...

    def run_each(self, topics: Topics, handler: Callable[[Message[Any, Any]], Any]) -> None:
        self.subscribe(topics)
        while not self._state.stopped:
            state = self._state
            for done, message in enumerate(self._poll(), 1):
                if state.stopped:
                    break
                handler(message)
                state.done = done

    @overload
    def run_batch(self, topics: Topic[K, V], handler: Callable[[List[Message[K, V]]], Any]) -> None: ...
    @overload
    def run_batch(self, topics: Topics, handler: Callable[[List[Message[Any, Any]]], Any]) -> None: ...

    def run_batch(self, topics: Topics, handler: Callable[[List[Message[Any, Any]]], Any]) -> None:
        self.subscribe(topics)
        while not self._state.stopped:
            messages = self._poll()
            if messages:
                handler(messages)
                self._state.done = len(messages)

    def stop(self) -> None:
        self._state.stopped = True

    def commit(self) -> None:
        native = self._ready()
        self._state.hand_over(native)
        native.commit(True)

    def committed(self, partitions: Iterable[Tuple[str, int]]) -> Dict[TopicPartition, Optional[int]]:
        found = self._ready().committed([(t, p) for t, p in partitions], True)
        return {TopicPartition(t, p): o for t, p, o in found}

    def assignment(self) -> List[TopicPartition]:
        return self._state.partitions(self._native.assignment()) if self._native else []

    def seek(self, topic: str, partition: int, offset: int) -> None:
        self._ready().seek(topic, partition, offset)

    def pause(self, partitions: Iterable[Tuple[str, int]]) -> None:
        self._ready().pause([(t, p) for t, p in partitions])

    def resume(self, partitions: Iterable[Tuple[str, int]]) -> None:
        self._ready().resume([(t, p) for t, p in partitions])

    def paused(self) -> List[TopicPartition]:
        return self._state.partitions(self._ready().paused())

    def close(self) -> None:
        self._state.stopped = True
        with self._lock:
            self._closed = True
            native, self._native = self._native, None
        if native is not None:
            self._state.hand_over(native)
            native.close(True)
        if self._workers is not None:
            self._workers.shutdown(wait=True)


class Admin(_Closable):
    """Blocking admin client; see :class:`ferrokafka.Admin`."""

    def __init__(self, client: Dict[str, Any]) -> None:
        self._client = client

    def connect(self) -> "Admin":
        if self._native is None:
            follow_log_level()
            self._native = _native.admin_connect(self._client, True)
        return self

    def create_topics(
        self, topics: Iterable[Mapping[str, Any]], *, timeout_ms: int = 60_000, validate_only: bool = False
    ) -> List[CreatedTopic]:
        return created(self.connect()._native.create_topics(new_topics(topics), timeout_ms, validate_only, True))

    def delete_topics(self, names: Iterable[str], *, timeout_ms: int = 60_000) -> None:
        self.connect()._native.delete_topics(list(names), timeout_ms, True)

    def list_topics(self, *, include_internal: bool = False) -> List[str]:
        return list(self.connect()._native.list_topics(include_internal, True))

    def describe_topics(self, names: Iterable[str]) -> List[TopicDescription]:
        return described(self.connect()._native.describe_topics(list(names), True))

    def create_partitions(self, totals: Mapping[str, int], *, validate_only: bool = False) -> None:
        """Raises each topic's partition count to the total given (``{topic: total}``)."""
        _native.admin_create_partitions(self.connect()._native, list(totals.items()), validate_only, True)

    def describe_configs(self, resources: Iterable[ConfigResource]) -> ConfigsByResource:
        """The configs of ``("topic", name)`` / ``("broker", node id)`` resources, by resource, then by name; a resource that failed is left out and its error is in the result's ``errors``."""
        return ops.configs(_native.admin_describe_configs(self.connect()._native, ops.resources(resources), True))

    def alter_configs(self, changes: Mapping[ConfigResource, Mapping[str, ops.ConfigChange]], *, validate_only: bool = False) -> None:
        """Changes configs incrementally: ``{resource: {name: value}}``, a str sets, None deletes (back to the default), ``("append" | "subtract", value)`` edits a list config."""
        _native.admin_alter_configs(self.connect()._native, ops.changes(changes), validate_only, True)

    def list_groups(self, *, states: Optional[Iterable[str]] = None) -> GroupList:
        """The consumer groups of every broker that answered, optionally only those in ``states`` (``Stable``, ``Empty``, ...); brokers that could not be asked are in the result's ``broker_errors``. Raises only when no broker answered."""
        return ops.groups(_native.admin_list_groups(self.connect()._native, list(states or []), True))

    def describe_groups(self, group_ids: Iterable[str]) -> List[GroupDescription]:
        """State, assignor and members (with their assignments) of each group."""
        return ops.described_groups(_native.admin_describe_groups(self.connect()._native, list(group_ids), True))

    def delete_groups(self, group_ids: Iterable[str]) -> None:
        """Deletes groups that have no members."""
        _native.admin_delete_groups(self.connect()._native, list(group_ids), True)

    def list_group_offsets(self, group_id: str) -> Dict[TopicPartition, int]:
        """The group's committed offsets."""
        return ops.by_partition(_native.admin_list_group_offsets(self.connect()._native, group_id, True))

    def alter_group_offsets(self, group_id: str, offsets: Mapping[Tuple[str, int], int]) -> None:
        """Sets the group's committed offsets (``{(topic, partition): offset}``); the group must have no members."""
        _native.admin_alter_group_offsets(self.connect()._native, group_id, ops.offsets(offsets), True)

    def reset_group_offsets(self, group_id: str, partitions: Iterable[Tuple[str, int]], *, to: ops.OffsetSpec) -> Dict[TopicPartition, int]:
        """Resets the group's offsets to ``"earliest"``, ``"latest"`` or the first record at or after a timestamp (ms); returns the offsets set. The group must have no members."""
        return ops.by_partition(_native.admin_reset_group_offsets(self.connect()._native, group_id, ops.partitions(partitions), to, True))

    def delete_group_offsets(self, group_id: str, partitions: Iterable[Tuple[str, int]]) -> None:
        """Deletes the group's committed offsets of partitions no member subscribes to."""
        _native.admin_delete_group_offsets(self.connect()._native, group_id, ops.partitions(partitions), True)

    def group_lag(self, group_id: str) -> GroupLag:
        """Committed offset, log end and lag of each partition the group has offsets for or is assigned."""
        return ops.lag(_native.admin_group_lag(self.connect()._native, group_id, True))

    def list_offsets(self, asked: Mapping[Tuple[str, int], ops.OffsetSpec], *, isolation_level: str = "read_uncommitted") -> Dict[TopicPartition, ListedOffset]:
        """The earliest, latest or by-timestamp offset of partitions (``{(topic, partition): "earliest" | "latest" | ms}``); a partition whose lookup failed has ``offset`` None and its ``error``."""
        return ops.listed(_native.admin_list_offsets(self.connect()._native, ops.specs(asked), ops.read_committed(isolation_level), True))

    def delete_records(self, before: Mapping[Tuple[str, int], int]) -> Dict[TopicPartition, int]:
        """Deletes the records before the given offsets; returns each partition's new earliest offset."""
        return ops.by_partition(_native.admin_delete_records(self.connect()._native, ops.offsets(before), True))

    def create_acls(self, acls: Iterable[Mapping[str, Any]]) -> None:
        """Creates ACLs: ``{"resource_type", "resource_name", "pattern_type"="literal", "principal", "host"="*", "operation", "permission"="allow"}``."""
        _native.admin_create_acls(self.connect()._native, [acls_.binding(a) for a in acls], True)

    def describe_acls(self, acl_filter: Optional[Mapping[str, Any]] = None) -> List[AclBinding]:
        """The ACLs matching a filter (the fields of an ACL; a missing one matches anything)."""
        return acls_.bindings(_native.admin_describe_acls(self.connect()._native, acls_.acl_filter(acl_filter or {}), True))

    def delete_acls(self, filters: Iterable[Mapping[str, Any]]) -> List[AclBinding]:
        """Deletes the ACLs matching any of the filters; returns them."""
        return acls_.bindings(_native.admin_delete_acls(self.connect()._native, [acls_.acl_filter(f) for f in filters], True))

    def describe_cluster(self) -> ClusterDescription:
        """The cluster's id, controller and live brokers, asked now."""
        return acls_.cluster(_native.admin_describe_cluster(self.connect()._native, True))

    def describe_broker_versions(self) -> List[BrokerVersions]:
        """The API versions and features of every live broker, by node id; a
        broker that could not be asked carries its exception in ``error``."""
        return versions_.broker_versions(_native.admin_describe_broker_versions(self.connect()._native, True))

    def close(self) -> None:
        native, self._native = self._native, None
        if native is not None:
            native.close(True)


class Kafka:
    """Blocking twin of :class:`ferrokafka.Kafka`."""

    def __init__(self, brokers: Union[str, Sequence[str]], **options: Any) -> None:
        self._client = client_options(dict(options, brokers=brokers))

    def producer(self, **options: Any) -> Producer:
        return Producer(self._client, options)

    def consumer(self, **options: Any) -> Consumer:
        return Consumer(self._client, options)

    def admin(self) -> Admin:
        return Admin(self._client)


__all__ = ["Kafka", "Producer", "Consumer", "Admin"]
