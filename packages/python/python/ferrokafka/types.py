"""Plain values the client takes and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Generic, List, Mapping, NamedTuple, Optional, Sequence, Tuple, TypeVar, Union

K = TypeVar("K")
V = TypeVar("V")

HeaderValue = Union[str, bytes, None]
Headers = Union[Mapping[str, HeaderValue], Sequence[Tuple[str, HeaderValue]]]


class TopicPartition(NamedTuple):
    """A partition of a topic."""

    topic: str
    partition: int


@dataclass
class Record(Generic[K, V]):
    """A record to send. Dicts with the same keys work as well."""

    value: Optional[V] = None
    key: Optional[K] = None
    headers: Optional[Headers] = None
    partition: Optional[int] = None
    timestamp: Union[datetime, int, None] = None


@dataclass(frozen=True)
class RecordMetadata:
    """Where an acknowledged record was written."""

    topic: str
    partition: int
    offset: int
    timestamp: datetime = field(compare=False)


@dataclass(frozen=True)
class TopicDescription:
    """A topic as the cluster describes it."""

    name: str
    topic_id: str
    internal: bool
    partitions: List["PartitionDescription"]


@dataclass(frozen=True)
class PartitionDescription:
    partition: int
    leader: Optional[int]
    replicas: List[int]
    isr: List[int]


@dataclass(frozen=True)
class CreatedTopic:
    name: str
    topic_id: str
    partitions: int
    replication_factor: int


def to_datetime(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000.0, tz=timezone.utc)


def to_millis(ts: Any) -> Optional[int]:
    if ts is None:
        return None
    if isinstance(ts, datetime):
        return int(ts.timestamp() * 1000)
    if isinstance(ts, int) and not isinstance(ts, bool):
        return ts
    from .errors import ConfigError

    raise ConfigError(f"a record's timestamp must be a datetime or int milliseconds, not {type(ts).__name__}", option="timestamp")
