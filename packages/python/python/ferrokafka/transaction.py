"""Transactions of a producer made with ``transactional_id``.

``async with producer.transaction() as txn`` (or ``with`` on the blocking
producer) opens a transaction; leaving the block commits it, and an
exception inside it aborts it and is raised again. Records go through
``txn.send``; consumed offsets through ``txn.send_offsets``, so that they
count as committed only if the transaction commits."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import TYPE_CHECKING, Any, Iterable, List, Mapping, Optional, Tuple, Type, Union

from .errors import ConfigError, ProducerFencedError
from .topic import TopicLike
from .types import Record, RecordMetadata

if TYPE_CHECKING:
    from .producer import Producer
    from .sync import Producer as SyncProducer

LOGGER = logging.getLogger("ferrokafka")

GroupTuple = Tuple[str, int, str, Optional[str]]


def group_of(consumer: Any) -> GroupTuple:
    """The group metadata of a consumer (asyncio or blocking, connected), or
    of a group id given as a str (no fencing by generation then)."""
    if isinstance(consumer, str):
        return (consumer, -1, "", None)
    native = getattr(consumer, "_native", None)
    if native is None:
        raise ConfigError(
            "send_offsets needs a connected consumer (one that has polled) or a group id str", option="consumer"
        )
    meta: GroupTuple = native.group_metadata()
    return meta


def offset_list(offsets: Mapping[Tuple[str, int], int]) -> List[Tuple[str, int, int]]:
    return [(str(t), int(p), int(o)) for (t, p), o in offsets.items()]


def _log_abort_failure(error: BaseException) -> None:
    LOGGER.warning("aborting the transaction after an error failed too: %s", error)


class Transaction:
    """An open transaction of an asyncio producer."""

    def __init__(self, producer: "Producer") -> None:
        self._producer = producer

    async def send(self, topic: TopicLike, records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]) -> List[RecordMetadata]:
        """Sends records as part of the transaction (see ``Producer.send``)."""
        return await self._producer._send(topic, records)

    async def send_offsets(self, consumer: Any, offsets: Mapping[Tuple[str, int], int]) -> None:
        """Commits ``{(topic, partition): next offset to read}`` for the
        consumer's group if and only if the transaction commits."""
        native = await self._producer._ready()
        await native.send_offsets_to_transaction(offset_list(offsets), group_of(consumer), False)

    async def __aenter__(self) -> "Transaction":
        native = await self._producer._ready()
        await native.begin_transaction(False)
        return self

    async def __aexit__(
        self, et: Optional[Type[BaseException]], e: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        native = await self._producer._ready()
        if e is None:
            try:
                await native.commit_transaction(False)
                return
            except ProducerFencedError:
                raise
            except BaseException as failed:
                await _abort_quietly(native)
                raise failed
        if not isinstance(e, ProducerFencedError):
            await _abort_quietly(native)


async def _abort_quietly(native: Any) -> None:
    try:
        await native.abort_transaction(False)
    except BaseException as error:  # noqa: BLE001 - the first error is what the caller sees
        _log_abort_failure(error)


class SyncTransaction:
    """An open transaction of a blocking producer."""

    def __init__(self, producer: "SyncProducer") -> None:
        self._producer = producer

    def send(self, topic: TopicLike, records: Iterable[Union[Mapping[str, Any], Record[Any, Any]]]) -> List[RecordMetadata]:
        return self._producer._send(topic, records)

    def send_offsets(self, consumer: Any, offsets: Mapping[Tuple[str, int], int]) -> None:
        self._producer._require().send_offsets_to_transaction(offset_list(offsets), group_of(consumer), True)

    def __enter__(self) -> "SyncTransaction":
        self._producer._require().begin_transaction(True)
        return self

    def __exit__(self, et: Optional[Type[BaseException]], e: Optional[BaseException], tb: Optional[TracebackType]) -> None:
        native = self._producer._require()
        if e is None:
            try:
                native.commit_transaction(True)
                return
            except ProducerFencedError:
                raise
            except BaseException:
                _abort_sync(native)
                raise
        if not isinstance(e, ProducerFencedError):
            _abort_sync(native)


def _abort_sync(native: Any) -> None:
    try:
        native.abort_transaction(True)
    except BaseException as error:  # noqa: BLE001 - the first error is what the caller sees
        _log_abort_failure(error)
