"""Messages read from Kafka, built lazily from one packed batch.

A poll arrives as one bytes buffer plus flat integer tables (see the native
``consumer`` module). A :class:`Message` holds its row number and decodes its
key, value and headers only when they are read, so what the application
does not look at costs nothing.
"""

from __future__ import annotations

from datetime import datetime
from itertools import repeat
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

    __slots__ = ("data", "topics", "rows", "headers", "key_decoders", "value_decoders")

    def __init__(self, raw: Tuple[bytes, List[str], bytes, bytes], codecs: Dict[str, Topic[Any, Any]]) -> None:
        self.data, self.topics, rows, headers = raw
        # A list: indexing it is several times faster than the memoryview.
        self.rows: List[int] = memoryview(rows).cast("q").tolist()
        self.headers = memoryview(headers).cast("q")
        topics = [codecs.get(name) or _untyped(name) for name in self.topics]
        self.key_decoders = [t.key.decode for t in topics]
        self.value_decoders = [t.value.decode for t in topics]

    def __len__(self) -> int:
        return len(self.rows) // _R

    def messages(self) -> List["Message[Any, Any]"]:
        return list(map(Message, repeat(self, len(self)), range(0, len(self.rows), _R)))

    def next_offsets(self, start: int, end: int) -> Dict[Tuple[str, int], int]:
        """The offset after the last of messages ``start`` to ``end - 1``,
        per partition."""
        rows, topics = self.rows, self.topics
        lo, hi = start * _R, end * _R
        last = dict(zip(zip(rows[lo:hi:_R], rows[lo + 1 : hi : _R]), rows[lo + 2 : hi : _R]))
        return {(topics[t], p): o + 1 for (t, p), o in last.items()}


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
        return None if length < 0 else self._batch.data[start : start + length]

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
        k = self._key
        if k is _UNSET:
            b, i = self._batch, self._row
            r = b.rows
            n = r[i + 5]
            if n < 0:
                k = None
            else:
                s, decode = r[i + 4], b.key_decoders[r[i]]
                k = b.data[s : s + n] if decode is bytes else decode(b.data[s : s + n])
            self._key = k
        return k  # type: ignore[no-any-return]

    @property
    def value(self) -> Optional[V]:
        v = self._value
        if v is _UNSET:
            b, i = self._batch, self._row
            r = b.rows
            n = r[i + 7]
            if n < 0:
                v = None
            else:
                s, decode = r[i + 6], b.value_decoders[r[i]]
                # The raw codec's decode is `bytes`: a slice already is one.
                v = b.data[s : s + n] if decode is bytes else decode(b.data[s : s + n])
            self._value = v
        return v  # type: ignore[no-any-return]

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
