"""The asyncio producer."""

from __future__ import annotations

import asyncio
from types import TracebackType
from typing import Any, Dict, Set, Iterable, List, Mapping, Optional, Type, TypeVar, Union, overload

from . import _native
from ._core import encode_records, follow_log_level
from .errors import ClientClosedError, ConfigError, TransactionError
from .transaction import Transaction
from .topic import Topic, TopicLike, as_topic
from .types import Record, RecordMetadata


K = TypeVar("K")
V = TypeVar("V")

TRANSACTIONAL_SEND = (
    "this producer is transactional (transactional_id={!r}): send inside a transaction, "
    "`with producer.transaction() as txn: txn.send(...)`"
)


class Producer:
    """Sends records. Use as ``async with kafka.producer(...) as producer``,
    or call :meth:`connect` and :meth:`close` yourself."""

    def __init__(self, client: Dict[str, Any], options: Dict[str, Any]) -> None:
        self._client = client
        self._options = {k: v for k, v in options.items() if v is not None}
        _native.check_producer_options(self._options)
        self._native: Any = None
        self._lock = asyncio.Lock()
        self._closed = False
        self._in_flight: Set["asyncio.Future[Any]"] = set()

    async def connect(self) -> "Producer":
        async with self._lock:
            if self._closed:
                raise ClientClosedError("the producer is closed; create a new one", name="SHUTDOWN")
            if self._native is None:
                follow_log_level()
                self._native = await _native.producer_connect(self._client, self._options, False)
        return self

    async def _ready(self) -> Any:
        if self._native is None:
            await self.connect()
        return self._native

    @overload
    async def send(
        self, topic: Topic[K, V], records: Iterable[Union[Mapping[str, Any], Record[K, V]]]
    ) -> List[RecordMetadata]: ...
    @overload
    async def send(
        self, topic: str, records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]
    ) -> List[RecordMetadata]: ...

    async def send(
        self, topic: TopicLike, records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]
    ) -> List[RecordMetadata]:
        """Sends records to one topic and waits until every one is
        acknowledged. Returns one :class:`RecordMetadata` per record, in
        order; raises the first failed record's error. A transactional
        producer sends through :meth:`transaction` instead."""
        if "transactional_id" in self._options:
            raise TransactionError(TRANSACTIONAL_SEND.format(self._options["transactional_id"]), name="INVALID_TXN_STATE")
        return await self._send(topic, records)

    def transaction(self) -> Transaction:
        """``async with producer.transaction() as txn``: commits on leaving
        the block, aborts (and re-raises) on an exception."""
        if "transactional_id" not in self._options:
            raise ConfigError("transactions need a producer made with transactional_id=...", option="transactional_id")
        return Transaction(self)

    async def _send(
        self, topic: TopicLike, records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]
    ) -> List[RecordMetadata]:
        t = as_topic(topic)
        encoded = encode_records(t, records)
        native = await self._ready()
        pending = native.send(t.name, encoded, False)
        self._in_flight.add(pending)
        try:
            sent: List[RecordMetadata] = await pending
            return sent
        finally:
            self._in_flight.discard(pending)

    async def flush(self) -> None:
        """Sends everything buffered now, without waiting for ``linger_ms``,
        and returns once every send started before the call has its result."""
        if self._native is None:
            return
        waiting = set(self._in_flight)
        while True:
            # Again after each short wait: a send started just before the
            # call may reach the engine after the previous flush.
            await self._native.flush(False)
            if not waiting:
                return
            _, waiting = await asyncio.wait(waiting, timeout=0.05)

    async def close(self, timeout_ms: int = 120_000) -> None:
        """Waits for every send started before the call, sends what is
        buffered, waits (up to ``timeout_ms``) until it is acknowledged, and
        closes. Later sends raise ClientClosedError."""
        async with self._lock:
            self._closed = True
            native, self._native = self._native, None
        if self._in_flight:
            await asyncio.wait(list(self._in_flight), timeout=timeout_ms / 1000)
        if native is not None:
            await native.close(timeout_ms, False)

    async def __aenter__(self) -> "Producer":
        return await self.connect()

    async def __aexit__(
        self, et: Optional[Type[BaseException]], e: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        await self.close()
