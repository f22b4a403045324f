"""Messages read from Kafka, built lazily from one packed batch.

A poll arrives as one bytes buffer plus flat integer tables (see the native
``consumer`` module). A :class:`Message` holds its row number and decodes its
key, value and headers only when they are read, so what the application
does not look at costs nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, Generic, List, Optional, Tuple, TypeVar

from . import _native
from .topic import Topic, topic as _untyped
from .types import to_datetime

K = TypeVar("K")
V = TypeVar("V")

_R = _native.RECORD_FIELDS
_H = _native.HEADER_FIELDS


class Batch:
    """The records of one poll."""

    __slots__ = ("data", "topics", "rows", "headers", "codecs")

    def __init__(self, raw: Tuple[bytes, List[str], bytes, bytes], codecs: Dict[str, Topic[Any, Any]]) -> None:
        data, self.topics, rows, headers = raw
        self.data = memoryview(data)
        self.rows = memoryview(rows).cast("q")
        self.headers = memoryview(headers).cast("q")
        self.codecs = [codecs.get(name) or _untyped(name) for name in self.topics]

    def __len__(self) -> int:
        return len(self.rows) // _R

    def messages(self) -> List["Message[Any, Any]"]:
        return [Message(self, i * _R) for i in range(len(self))]


class Message(Generic[K, V]):
    """One record: ``topic``, ``partition``, ``offset``, ``timestamp``
    (a UTC datetime), ``key`` and ``value`` decoded by the topic's codecs,
    and ``headers`` as a list of ``(name, bytes or None)`` pairs."""

    __slots__ = ("_batch", "_row", "_key", "_value")

    def __init__(self, batch: Batch, row: int) -> None:
        self._batch = batch
        self._row = row
        self._key: Any = _UNSET
        self._value: Any = _UNSET

    @property
    def topic(self) -> str:
        return self._batch.topics[self._batch.rows[self._row]]

    @property
    def partition(self) -> int:
        return self._batch.rows[self._row + 1]

    @property
    def offset(self) -> int:
        return self._batch.rows[self._row + 2]

    @property
    def timestamp(self) -> datetime:
        return to_datetime(self._batch.rows[self._row + 3])

    @property
    def timestamp_ms(self) -> int:
        return self._batch.rows[self._row + 3]

    def _slice(self, start: int, length: int) -> Optional[bytes]:
        return None if length < 0 else bytes(self._batch.data[start : start + length])

    @property
    def raw_key(self) -> Optional[bytes]:
        r = self._batch.rows
        return self._slice(r[self._row + 4], r[self._row + 5])

    @property
    def raw_value(self) -> Optional[bytes]:
        r = self._batch.rows
        return self._slice(r[self._row + 6], r[self._row + 7])

    @property
    def key(self) -> Optional[K]:
        if self._key is _UNSET:
            raw = self.raw_key
            codec = self._batch.codecs[self._batch.rows[self._row]].key
            self._key = None if raw is None else codec.decode(raw)
        return self._key  # type: ignore[no-any-return]

    @property
    def value(self) -> Optional[V]:
        if self._value is _UNSET:
            raw = self.raw_value
            codec = self._batch.codecs[self._batch.rows[self._row]].value
            self._value = None if raw is None else codec.decode(raw)
        return self._value  # type: ignore[no-any-return]

    @property
    def headers(self) -> List[Tuple[str, Optional[bytes]]]:
        r, h = self._batch.rows, self._batch.headers
        first, count = r[self._row + 8], r[self._row + 9]
        out = []
        for i in range(first * _H, (first + count) * _H, _H):
            name = str(self._batch.data[h[i] : h[i] + h[i + 1]], "utf-8")
            out.append((name, self._slice(h[i + 2], h[i + 3])))
        return out

    def __repr__(self) -> str:
        return f"Message(topic={self.topic!r}, partition={self.partition}, offset={self.offset})"


class _Unset:
    pass


_UNSET: Any = _Unset()
