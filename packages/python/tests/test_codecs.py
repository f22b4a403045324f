from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

import pytest
from pydantic import BaseModel

from ferrokafka import DecodeError, EncodeError, codec, json, raw, string, topic
from ferrokafka.errors import ConfigError, KafkaError, UnknownTopicError, _from_native


@dataclass
class Order:
    id: int
    item: str


class Refund(TypedDict):
    order: int
    cents: int


class Invoice(BaseModel):
    number: str
    total: float


def test_string_and_raw() -> None:
    assert string().decode(string().encode("zürich")) == "zürich"
    assert raw().encode(bytearray(b"ab")) == b"ab"
    with pytest.raises(EncodeError):
        raw().encode("text")  # type: ignore[arg-type]
    with pytest.raises(DecodeError):
        string().decode(b"\xff")


def test_json_decodes_into_dataclass_typeddict_and_pydantic() -> None:
    o = json(Order)
    assert o.decode(o.encode(Order(1, "book"))) == Order(1, "book")
    r = json(Refund)
    assert r.decode(b'{"order": 1, "cents": 5}') == {"order": 1, "cents": 5}
    with pytest.raises(DecodeError, match="missing keys"):
        r.decode(b'{"order": 1}')
    i = json(Invoice)
    assert i.decode(i.encode(Invoice(number="A", total=2.5))) == Invoice(number="A", total=2.5)
    with pytest.raises(DecodeError):
        i.decode(b'{"number": "A"}')
    assert json().decode(b"[1, 2]") == [1, 2]
    with pytest.raises(EncodeError):
        json().encode(object())


def test_custom_codec_and_topic_defaults() -> None:
    c = codec(lambda n: n.to_bytes(2, "big"), lambda b: int.from_bytes(b, "big"))
    assert c.decode(c.encode(513)) == 513
    t = topic("t")
    assert t.key.encode(b"k") == b"k" and t.value.decode(b"v") == b"v"
    with pytest.raises(ConfigError):
        topic("")


def test_native_errors_map_to_classes() -> None:
    e = _from_native("UNKNOWN_TOPIC_OR_PARTITION", 3, False, "unknown topic 'x'", None)
    assert isinstance(e, UnknownTopicError) and e.code == 3 and e.name == "UNKNOWN_TOPIC_OR_PARTITION"
    e = _from_native("NOT_LEADER_OR_FOLLOWER", 6, True, "...", None)
    assert type(e) is KafkaError and e.retriable
    e = _from_native("TOPIC_AUTHORIZATION_FAILED", 29, False, "...", None)
    assert type(e).__name__ == "AuthorizationError"
