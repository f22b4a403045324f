"""The asyncio consumer (a member of a consumer group)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
from types import TracebackType
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Type, TypeVar, Union, overload

from . import _native
from ._core import LOGGER, ConsumerState, follow_log_level
from .errors import ClientClosedError
from .message import Message
from .topic import Topic, TopicLike
from .types import TopicPartition

Topics = Union[TopicLike, Sequence[TopicLike]]
K = TypeVar("K")
V = TypeVar("V")


async def _maybe_await(value: Any) -> Any:
    if inspect.isawaitable(value):
        return await value
    return value


async def _callback(cb: Callable[[List[TopicPartition]], Any], kind: str, tps: List[TopicPartition]) -> None:
    try:
        await _maybe_await(cb(tps))
    except Exception:
        LOGGER.exception("the %s callback raised", kind)


class Consumer:
    """Reads records as a member of ``group_id``.

    Offsets are committed only for messages whose processing finished: in
    :meth:`stream`, a message counts as processed when the loop asks for
    the next one; in :meth:`run_each` / :meth:`run_batch`, when the handler
    returns. With ``auto_commit`` (the default) processed offsets are
    committed every ``auto_commit_interval_ms``, before partitions are
    revoked, and on close; :meth:`commit` commits them now."""

    def __init__(self, client: Dict[str, Any], options: Dict[str, Any]) -> None:
        self._client = client
        self._state = ConsumerState(dict(options))
        _native.check_consumer_options(client, self._state.options)
        self._native: Any = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._lock = asyncio.Lock()
        self._closed = False

    async def connect(self) -> "Consumer":
        async with self._lock:
            if self._closed:
                raise ClientClosedError("the consumer is closed; create a new one", name="SHUTDOWN")
            if self._native is None:
                self._loop = asyncio.get_running_loop()
                follow_log_level()
                hook = self._dispatch if self._state.callbacks else None
                self._native = await _native.consumer_connect(self._client, self._state.options, hook, False)
        return self

    def _dispatch(self, kind: str, parts: List[Tuple[str, int]]) -> Optional["concurrent.futures.Future[Any]"]:
        """Called by the engine on a rebalance: runs the callback on the loop."""
        cb = self._state.callbacks.get(kind)
        if cb is None or self._loop is None:
            return None
        tps = self._state.partitions(parts)
        return asyncio.run_coroutine_threadsafe(_callback(cb, kind, tps), self._loop)

    async def _ready(self) -> Any:
        if self._native is None:
            await self.connect()
        return self._native

    async def _poll(self) -> List[Message[Any, Any]]:
        native = await self._ready()
        self._state.hand_over(native)
        return self._state.batch(await native.poll(self._state.poll_ms, False))

    async def subscribe(self, topics: Topics) -> None:
        self._state.subscribe(await self._ready(), topics)

    @overload
    def stream(self, topics: Topic[K, V]) -> AsyncIterator[Message[K, V]]: ...
    @overload
    def stream(self, topics: Topics) -> AsyncIterator[Message[Any, Any]]: ...

    async def stream(self, topics: Topics) -> AsyncIterator[Message[Any, Any]]:
        """``async for msg in consumer.stream(orders)``: messages until
        :meth:`stop` or :meth:`close`."""
        await self.subscribe(topics)
        while not self._state.stopped:
            state = self._state
            for done, message in enumerate(await self._poll(), 1):
                if state.stopped:
                    break
                yield message
                state.done = done

    @overload
    async def run_each(self, topics: Topic[K, V], handler: Callable[[Message[K, V]], Awaitable[Any]]) -> None: ...
    @overload
    async def run_each(self, topics: Topics, handler: Callable[[Message[Any, Any]], Awaitable[Any]]) -> None: ...

    async def run_each(self, topics: Topics, handler: Callable[[Message[Any, Any]], Awaitable[Any]]) -> None:
        """Calls ``await handler(message)`` for each message, in order per
        partition, until :meth:`stop`. A message is processed once its
        handler returns; an exception from the handler stops the loop and
        propagates (that message is not committed)."""
        await self.subscribe(topics)
        while not self._state.stopped:
            state = self._state
            for done, message in enumerate(await self._poll(), 1):
                if state.stopped:
                    break
                await _maybe_await(handler(message))
                state.done = done

    @overload
    async def run_batch(self, topics: Topic[K, V], handler: Callable[[List[Message[K, V]]], Awaitable[Any]]) -> None: ...
    @overload
    async def run_batch(self, topics: Topics, handler: Callable[[List[Message[Any, Any]]], Awaitable[Any]]) -> None: ...

    async def run_batch(self, topics: Topics, handler: Callable[[List[Message[Any, Any]]], Awaitable[Any]]) -> None:
        """Like :meth:`run_each` with one call per fetched batch."""
        await self.subscribe(topics)
        while not self._state.stopped:
            messages = await self._poll()
            if messages:
                await _maybe_await(handler(messages))
                self._state.done = len(messages)

    def stop(self) -> None:
        """Ends :meth:`stream`, :meth:`run_each` and :meth:`run_batch`: no
        further message is delivered (those not delivered are read again by
        whoever next owns their partitions)."""
        self._state.stopped = True

    async def commit(self) -> None:
        """Commits the offsets of every message processed so far."""
        native = await self._ready()
        self._state.hand_over(native)
        await native.commit(False)

    async def committed(self, partitions: Iterable[Tuple[str, int]]) -> Dict[TopicPartition, Optional[int]]:
        native = await self._ready()
        found = await native.committed([(t, p) for t, p in partitions], False)
        return {TopicPartition(t, p): o for t, p, o in found}

    def assignment(self) -> List[TopicPartition]:
        return self._state.partitions(self._native.assignment()) if self._native else []

    def seek(self, topic: str, partition: int, offset: int) -> None:
        """Reads ``topic``/``partition`` from ``offset`` next."""
        self._require().seek(topic, partition, offset)

    def pause(self, partitions: Iterable[Tuple[str, int]]) -> None:
        self._require().pause([(t, p) for t, p in partitions])

    def resume(self, partitions: Iterable[Tuple[str, int]]) -> None:
        self._require().resume([(t, p) for t, p in partitions])

    def paused(self) -> List[TopicPartition]:
        return self._state.partitions(self._require().paused())

    def _require(self) -> Any:
        if self._native is None:
            raise ClientClosedError("the consumer is not connected; use `async with` or `await connect()`", name="SHUTDOWN")
        return self._native

    async def close(self) -> None:
        """Stops reading, commits what was processed, leaves the group."""
        self._state.stopped = True
        async with self._lock:
            self._closed = True
            native, self._native = self._native, None
        if native is not None:
            self._state.hand_over(native)
            await native.close(False)

    async def __aenter__(self) -> "Consumer":
        return await self.connect()

    async def __aexit__(
        self, et: Optional[Type[BaseException]], e: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        await self.close()
