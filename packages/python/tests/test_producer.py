from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Callable

import pytest

from ferrokafka import (
    ClientClosedError,
    ConfigError,
    EncodeError,
    Kafka,
    KafkaError,
    Record,
    RecordTooLargeError,
    UnknownTopicError,
    json,
    string,
    sync,
    topic,
)


def read_all(brokers: str, name: str, count: int, group: str) -> list:
    """Reads `count` messages back with the blocking consumer."""
    out = []
    with sync.Kafka(brokers=brokers).consumer(group_id=group, auto_offset_reset="earliest") as c:
        for m in c.stream(name):
            out.append((m.partition, m.offset, m.raw_key, m.raw_value, m.headers, m.timestamp_ms))
            if len(out) == count:
                break
    return out


async def test_send_returns_metadata_in_order(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic(partitions=2)
    t = topic(name, key=string(), value=json())
    stamp = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    async with Kafka(brokers=brokers).producer(linger_ms=2) as producer:
        meta = await producer.send(
            t,
            [
                {"key": "a", "value": {"n": 1}, "headers": [("h", "1"), ("h", b"2"), ("empty", None)]},
                Record(key="b", value={"n": 2}, partition=1, timestamp=stamp),
                {"value": None, "partition": 0},
            ],
        )
    assert [m.topic for m in meta] == [name] * 3
    assert meta[1].partition == 1 and meta[2].partition == 0
    assert meta[1].timestamp == stamp
    assert all(m.offset >= 0 for m in meta)
    back = {(p, o): rest for p, o, *rest in read_all(brokers, name, 3, group)}
    key, value, headers, _ = back[(meta[0].partition, meta[0].offset)]
    assert (key, value) == (b"a", b'{"n":1}')
    assert headers == [("h", b"1"), ("h", b"2"), ("empty", None)]  # order and duplicates kept
    assert back[(1, meta[1].offset)][3] == int(stamp.timestamp() * 1000)
    assert back[(0, meta[2].offset)][:2] == [None, None]


async def test_close_drains_sends_in_flight(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic()
    producer = Kafka(brokers=brokers).producer(linger_ms=50)
    await producer.connect()
    sends = [asyncio.ensure_future(producer.send(name, [{"value": str(i).encode()}])) for i in range(50)]
    await asyncio.sleep(0)
    await producer.close()
    results = await asyncio.gather(*sends)
    assert sorted(r[0].offset for r in results) == list(range(50))
    with pytest.raises(ClientClosedError):
        await producer.send(name, [{"value": b"late"}])
    assert len(read_all(brokers, name, 50, group)) == 50


async def test_flush_does_not_wait_for_linger(brokers: str, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    async with Kafka(brokers=brokers).producer(linger_ms=60_000, delivery_timeout_ms=200_000) as producer:
        sends = [asyncio.ensure_future(producer.send(name, [{"value": str(i).encode()}])) for i in range(20)]
        await asyncio.sleep(0)
        await asyncio.wait_for(producer.flush(), 50)  # a safety net well below the 60 s linger
        assert all(s.done() for s in sends)
        assert sorted(s.result()[0].offset for s in sends) == list(range(20))


async def test_send_errors_are_typed(brokers: str, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    async with Kafka(brokers=brokers).producer(max_block_ms=3000) as producer:
        with pytest.raises(UnknownTopicError) as info:
            await producer.send("py-no-such-topic-x", [{"value": b"x"}])
        assert info.value.name == "UNKNOWN_TOPIC_OR_PARTITION" and info.value.code == 3
        with pytest.raises(RecordTooLargeError):
            await producer.send(name, [{"value": b"x" * (2 * 1024 * 1024)}])
        with pytest.raises(KafkaError) as bad_partition:
            await producer.send(name, [{"value": b"x", "partition": 7}])
        assert "partition" in str(bad_partition.value)
        with pytest.raises(EncodeError):
            await producer.send(name, [{"value": "text for a raw topic"}])
        with pytest.raises(ConfigError):
            await producer.send(name, [{"valeu": b"typo"}])
        with pytest.raises(ConfigError):
            await producer.send(name, {"value": b"not a list"})  # type: ignore[arg-type]
        # The producer still works after bad input.
        assert (await producer.send(name, [{"value": b"ok"}]))[0].offset == 0


async def test_unreachable_broker_is_a_connection_error() -> None:
    from ferrokafka import KafkaConnectionError

    producer = Kafka(brokers=["127.0.0.1:1"], connect_timeout_ms=2000).producer()
    with pytest.raises(KafkaConnectionError) as info:
        await producer.connect()
    assert info.value.retriable and "127.0.0.1:1" in str(info.value)
