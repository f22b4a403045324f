"""Typed topics: a name with a key codec and a value codec."""

from __future__ import annotations

from typing import Any, Generic, Optional, TypeVar, Union, overload

from .codecs import Codec, raw

K = TypeVar("K")
V = TypeVar("V")


class Topic(Generic[K, V]):
    """A topic name with the codecs of its keys and values."""

    __slots__ = ("name", "key", "value")

    def __init__(self, name: str, key: Codec[K], value: Codec[V]) -> None:
        if not isinstance(name, str) or not name:
            from .errors import ConfigError

            raise ConfigError(f"a topic name must be a non-empty str, not {name!r}", option="topic")
        self.name = name
        self.key = key
        self.value = value

    def __repr__(self) -> str:
        return f"Topic({self.name!r}, key={self.key!r}, value={self.value!r})"


@overload
def topic(name: str) -> Topic[bytes, bytes]: ...
@overload
def topic(name: str, key: Codec[K]) -> Topic[K, bytes]: ...
@overload
def topic(name: str, *, value: Codec[V]) -> Topic[bytes, V]: ...
@overload
def topic(name: str, key: Codec[K], value: Codec[V]) -> Topic[K, V]: ...


def topic(name: str, key: Optional[Codec[Any]] = None, value: Optional[Codec[Any]] = None) -> Topic[Any, Any]:
    """``topic("orders", key=string(), value=json(Order))``; codecs default to :func:`raw`."""
    return Topic(name, key if key is not None else raw(), value if value is not None else raw())


TopicLike = Union[str, Topic[Any, Any]]


def as_topic(t: TopicLike) -> Topic[Any, Any]:
    return t if isinstance(t, Topic) else topic(t)
