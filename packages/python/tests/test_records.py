"""Every shape of record `send()` takes, and the consumer's offset
bookkeeping across partitions within one fetched batch."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any, Callable, Dict, Iterator, List, Tuple

import pytest

from ferrokafka import ConfigError, EncodeError, Kafka, Record, RecordMetadata, TopicPartition, codec, string, sync, topic


def read_back(brokers: str, name: str, count: int, group: str) -> Dict[Tuple[int, int], Tuple[Any, ...]]:
    out = {}
    with sync.Kafka(brokers=brokers).consumer(group_id=group, auto_offset_reset="earliest") as c:
        for m in c.stream(name):
            out[(m.partition, m.offset)] = (m.raw_key, m.raw_value, m.headers, m.timestamp_ms)
            if len(out) == count:
                break
    return out


async def test_every_record_shape_arrives_as_sent(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic(partitions=2)
    stamp = datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=timezone.utc)

    def generated() -> Iterator[Any]:
        yield {"key": b"k1", "value": b"v1", "headers": {"a": "1", "b": b"2", "c": None}}
        yield {"value": bytearray(b"v2"), "key": memoryview(b"k2"), "headers": (("d", "x"), ("d", "y"))}
        yield {"value": b"v3", "headers": [("e", bytearray(b"z"))], "timestamp": 1_700_000_000_000, "partition": 1}
        yield Record(value=b"v4", key=b"k4", timestamp=stamp, partition=0)
        yield MappingProxyType({"value": b"v5", "timestamp": stamp})
        yield {"value": None, "key": None, "headers": []}

    async with Kafka(brokers=brokers).producer() as producer:
        meta = await producer.send(name, generated())
    assert [type(m) for m in meta] == [RecordMetadata] * 6
    assert meta[2].partition == 1 and meta[3].partition == 0
    assert meta[2].timestamp == datetime.fromtimestamp(1_700_000_000, tz=timezone.utc)
    assert meta[3].timestamp == stamp and meta[3].timestamp.tzinfo is not None
    assert dataclasses.asdict(meta[0]) == {"topic": name, "partition": meta[0].partition, "offset": meta[0].offset, "timestamp": meta[0].timestamp}
    assert len(set(meta)) == 6 and meta[0] == dataclasses.replace(meta[0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        meta[0].offset = 5  # type: ignore[misc]

    back = read_back(brokers, name, 6, group)
    got = [back[(m.partition, m.offset)] for m in meta]
    assert got[0][:3] == (b"k1", b"v1", [("a", b"1"), ("b", b"2"), ("c", None)])
    assert got[1][:3] == (b"k2", b"v2", [("d", b"x"), ("d", b"y")])
    assert got[2] == (None, b"v3", [("e", b"z")], 1_700_000_000_000)
    assert got[3] == (b"k4", b"v4", [], int(stamp.timestamp() * 1000))
    assert got[4] == (None, b"v5", [], int(stamp.timestamp() * 1000))
    assert got[5] == (None, None, [], got[5][3])


def test_bad_records_raise_before_anything_is_sent(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic()
    numbers = topic(name, value=codec(lambda n: str(n), lambda b: int(b)))  # type: ignore[arg-type, return-value]
    with sync.Kafka(brokers=brokers).producer() as producer:
        bad: List[Tuple[Any, Any, type, str]] = [
            (name, [{"value": b"ok"}, {"value": b"x", "headers": {"h": 1}}], ConfigError, "header value"),
            (name, [{"value": b"ok"}, {"value": b"x", "headers": {1: b"x"}, "extra": 1}], ConfigError, "unknown record fields"),
            (name, [{"value": b"ok"}, {"value": b"x", "timestamp": "now"}], ConfigError, "timestamp"),
            (name, [{"value": b"ok"}, {"value": 5}], EncodeError, "raw codec"),
            (name, [{"value": b"ok"}, b"just bytes"], ConfigError, "dicts or Record"),
            (numbers, [{"value": 1}], ConfigError, "bytes after encoding"),
        ]
        for target, records, error, words in bad:
            with pytest.raises(error, match=words):
                producer.send(target, records)
        meta = producer.send(topic(name, key=string()), [{"key": "last", "value": b"v", "headers": {1: "one"}}])
    assert meta[0].offset == 0  # nothing from the failed sends was written
    assert list(read_back(brokers, name, 1, group).values())[0][:3] == (b"last", b"v", [("1", b"one")])


async def test_stream_commits_what_was_processed_in_each_partition(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic(partitions=3)
    kafka = Kafka(brokers=brokers)
    async with kafka.producer() as producer:
        for p in range(3):
            await producer.send(name, [{"value": f"{p}-{i}".encode(), "partition": p} for i in range(40)])
    seen: List[Tuple[int, int]] = []
    async with kafka.consumer(group_id=group, auto_offset_reset="earliest") as c:
        async for m in c.stream(name):
            seen.append((m.partition, m.offset))
            assert m.value == f"{m.partition}-{m.offset}".encode()
            if len(seen) == 50:
                await c.commit()  # in the middle of a batch: message 50 is not processed yet
                at_fifty = await c.committed([(name, p) for p in range(3)])
            if len(seen) == 70:
                break
    expected: Dict[TopicPartition, Any] = {TopicPartition(name, p): None for p in range(3)}
    for p, o in seen[:49]:
        expected[TopicPartition(name, p)] = o + 1
    assert at_fifty == expected
    for p, o in seen[:69]:
        expected[TopicPartition(name, p)] = o + 1
    async with kafka.consumer(group_id=group) as c:
        assert await c.committed([(name, p) for p in range(3)]) == expected
