from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Callable, List, Tuple

import pytest

from ferrokafka import Kafka, Message, TopicPartition, json, string, sync, topic


@dataclass
class Order:
    id: int
    item: str


def produce(brokers: str, name: str, values: List[bytes], partition: int = 0) -> None:
    with sync.Kafka(brokers=brokers).producer() as p:
        p.send(name, [{"key": b"k", "value": v, "partition": partition} for v in values])


async def test_stream_decodes_typed_messages(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic()
    orders = topic(name, key=string(), value=json(Order))
    async with Kafka(brokers=brokers).producer() as p:
        await p.send(orders, [{"key": f"u{i}", "value": Order(i, "book"), "headers": {"src": "web"}} for i in range(5)])
    seen: List[Message[str, Order]] = []
    async with Kafka(brokers=brokers).consumer(group_id=group, auto_offset_reset="earliest") as c:
        async for m in c.stream(orders):
            seen.append(m)
            if len(seen) == 5:
                break
        assert c.assignment() == [TopicPartition(name, 0)]
    assert [m.value for m in seen] == [Order(i, "book") for i in range(5)]
    assert [m.key for m in seen] == [f"u{i}" for i in range(5)]
    assert [m.offset for m in seen] == list(range(5))
    assert seen[0].headers == [("src", b"web")] and seen[0].topic == name and seen[0].partition == 0
    assert seen[0].timestamp.tzinfo is not None


async def test_run_each_commits_only_after_the_handler_returns(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic()
    produce(brokers, name, [str(i).encode() for i in range(10)])
    kafka = Kafka(brokers=brokers)
    handled: List[int] = []

    async def fail_at_six(m: Message[bytes, bytes]) -> None:
        if m.offset == 6:
            raise RuntimeError("handler failed")
        handled.append(m.offset)

    async with kafka.consumer(group_id=group, auto_offset_reset="earliest") as c:
        with pytest.raises(RuntimeError, match="handler failed"):
            await c.run_each(name, fail_at_six)
        await c.commit()
        assert (await c.committed([(name, 0)]))[TopicPartition(name, 0)] == 6
    assert handled == [0, 1, 2, 3, 4, 5]

    # A new member of the group starts at the message whose handler failed.
    again: List[int] = []
    async with kafka.consumer(group_id=group, auto_offset_reset="earliest") as c:

        async def collect(m: Message[bytes, bytes]) -> None:
            again.append(m.offset)
            if m.offset == 9:
                c.stop()

        await c.run_each(name, collect)
    assert again == [6, 7, 8, 9]


async def test_run_batch_and_commit_on_close(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic()
    produce(brokers, name, [b"x"] * 20)
    kafka = Kafka(brokers=brokers)
    batches: List[int] = []
    async with kafka.consumer(group_id=group, auto_offset_reset="earliest") as c:

        async def handle(ms: List[Message[bytes, bytes]]) -> None:
            batches.append(len(ms))
            if sum(batches) >= 20:
                c.stop()

        await c.run_batch(name, handle)
    assert sum(batches) == 20
    async with kafka.consumer(group_id=group) as c:
        assert (await c.committed([(name, 0)]))[TopicPartition(name, 0)] == 20


async def test_seek_pause_resume(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic(partitions=2)
    produce(brokers, name, [b"a0", b"a1", b"a2"], partition=0)
    produce(brokers, name, [b"b0", b"b1"], partition=1)
    async with Kafka(brokers=brokers).consumer(group_id=group, auto_offset_reset="earliest") as c:
        stream = c.stream(name)
        got: List[Tuple[int, int]] = []
        async for m in stream:
            got.append((m.partition, m.offset))
            if len(got) == 5:
                break
        assert sorted(got) == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1)]
        assert sorted(c.assignment()) == [TopicPartition(name, 0), TopicPartition(name, 1)]

        c.pause([(name, 1)])
        assert c.paused() == [TopicPartition(name, 1)]
        c.seek(name, 0, 1)
        c.seek(name, 1, 0)
        produce(brokers, name, [b"b2"], partition=1)
        produce(brokers, name, [b"a3"], partition=0)
        after: List[Tuple[int, int]] = []
        async for m in c.stream(name):
            after.append((m.partition, m.offset))
            if m.partition == 0 and m.offset == 3:
                break
        assert after == [(0, 1), (0, 2), (0, 3)]  # nothing from the paused partition

        c.resume([(name, 1)])
        resumed: List[Tuple[int, int]] = []
        async for m in c.stream(name):
            resumed.append((m.partition, m.offset))
            if len(resumed) == 3:
                break
        assert resumed == [(1, 0), (1, 1), (1, 2)]


async def test_rebalance_callbacks(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic(partitions=2)
    events: List[Tuple[str, List[TopicPartition]]] = []

    async def assigned(tps: List[TopicPartition]) -> None:
        await asyncio.sleep(0)
        events.append(("assigned", sorted(tps)))

    def revoked(tps: List[TopicPartition]) -> None:
        events.append(("revoked", sorted(tps)))

    produce(brokers, name, [b"x"])
    kafka = Kafka(brokers=brokers)
    async with kafka.consumer(group_id=group, auto_offset_reset="earliest", on_assigned=assigned, on_revoked=revoked) as c:
        async for _ in c.stream(name):
            break
    both = [TopicPartition(name, 0), TopicPartition(name, 1)]
    assert events[0] == ("assigned", both)
    assert events[-1] == ("revoked", both)


async def test_consumer_log_lines_reach_python_logging(brokers: str, group: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="ferrokafka")
    async with Kafka(brokers=brokers).consumer(group_id=group):
        pass
    lines = [r for r in caplog.records if r.name == "ferrokafka"]
    assert any("consumer connected" in r.getMessage() and group in r.getMessage() for r in lines), lines
    assert all(r.levelname == "INFO" for r in lines if "connected" in r.getMessage())
