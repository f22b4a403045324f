"""Codecs: how keys, values and headers become bytes and back.

Codecs run in Python (they are application code). A :class:`Codec` is a pair
of functions; :func:`string`, :func:`json`, :func:`raw` and :func:`codec`
make the usual ones.
"""

from __future__ import annotations

import dataclasses
import json as _json
from typing import Any, Callable, Generic, Optional, Type, TypeVar, overload

from .errors import DecodeError, EncodeError

T = TypeVar("T")


class Codec(Generic[T]):
    """Encodes values of type ``T`` to bytes and decodes them back."""

    __slots__ = ("encode", "decode", "name")

    def __init__(self, encode: Callable[[T], bytes], decode: Callable[[bytes], T], name: str = "codec") -> None:
        self.encode = encode
        self.decode = decode
        self.name = name

    def __repr__(self) -> str:
        return f"<Codec {self.name}>"


def _raw_encode(value: bytes) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    raise EncodeError(
        f"the raw codec takes bytes, not {type(value).__name__}; "
        "give the topic a codec (string(), json(), codec(...)) for other types",
        name="ENCODE_ERROR",
    )


def raw() -> Codec[bytes]:
    """Bytes as they are (``bytes``, ``bytearray`` or ``memoryview`` in, ``bytes`` out)."""
    return Codec(_raw_encode, bytes, "raw")


def is_raw_encode(encode: Callable[..., bytes]) -> bool:
    """Whether ``encode`` is the raw codec's (bytes need no call then)."""
    return encode is _raw_encode


def string(encoding: str = "utf-8") -> Codec[str]:
    """Text in ``encoding`` (UTF-8 by default)."""

    def encode(value: str) -> bytes:
        if not isinstance(value, str):
            raise EncodeError(f"the string codec takes str, not {type(value).__name__}", name="ENCODE_ERROR")
        return value.encode(encoding)

    def decode(data: bytes) -> str:
        try:
            return str(data, encoding)
        except UnicodeDecodeError as e:
            raise DecodeError(f"not valid {encoding} text: {e}", name="DECODE_ERROR") from e

    return Codec(encode, decode, f"string({encoding})")


def _to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    dump = getattr(value, "model_dump", None)  # pydantic v2
    if callable(dump):
        return dump(mode="json")
    return value


def _from_jsonable(cls: Any) -> Callable[[Any], Any]:
    validate = getattr(cls, "model_validate", None)  # pydantic v2
    if callable(validate):
        return validate  # type: ignore[no-any-return]
    if dataclasses.is_dataclass(cls):
        make: Any = cls
        return lambda obj: make(**obj)
    required = getattr(cls, "__required_keys__", None)  # TypedDict
    if required is not None:

        def typed_dict(obj: Any) -> Any:
            if not isinstance(obj, dict):
                raise TypeError(f"expected a JSON object, got {type(obj).__name__}")
            missing = sorted(set(required) - set(obj))
            if missing:
                raise TypeError(f"missing keys {missing}")
            return obj

        return typed_dict
    return lambda obj: obj


@overload
def json() -> Codec[Any]: ...
@overload
def json(type: Type[T]) -> Codec[T]: ...


def json(type: Optional[Any] = None) -> Codec[Any]:
    """JSON (UTF-8). With ``type`` (a dataclass, a TypedDict or a pydantic
    model) values decode into it: ``json(Order)``. Dataclasses and pydantic
    models are encoded from their fields."""
    build = _from_jsonable(type)
    name = f"json({getattr(type, '__name__', '')})" if type is not None else "json"

    def encode(value: Any) -> bytes:
        try:
            return _json.dumps(_to_jsonable(value), separators=(",", ":")).encode()
        except (TypeError, ValueError) as e:
            raise EncodeError(f"cannot encode {type_name(value)} as JSON: {e}", name="ENCODE_ERROR") from e

    def decode(data: bytes) -> Any:
        try:
            return build(_json.loads(data))
        except Exception as e:  # json, dataclass and pydantic errors alike
            raise DecodeError(f"cannot decode JSON into {name}: {e}", name="DECODE_ERROR") from e

    return Codec(encode, decode, name)


def type_name(value: Any) -> str:
    return type(value).__name__


def codec(encode: Callable[[T], bytes], decode: Callable[[bytes], T]) -> Codec[T]:
    """A codec from two functions."""
    return Codec(encode, decode, getattr(encode, "__name__", "codec"))


__all__ = ["Codec", "raw", "string", "json", "codec"]
