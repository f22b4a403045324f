"""Transactions: committed records are visible to read_committed
consumers and aborted ones are not, offsets sent in a transaction count
only when it commits, and a newer producer with the same transactional_id
fences the older one."""

from __future__ import annotations

import time
import uuid
from typing import Callable, List

import pytest

from ferrokafka import ConfigError, Kafka, ProducerFencedError, TransactionError, TopicPartition, sync


def committed_values(brokers: str, name: str, last: bytes) -> List[bytes]:
    """The values a read_committed consumer reads, up to `last`."""
    seen: List[bytes] = []
    kafka = sync.Kafka(brokers=brokers)
    with kafka.consumer(group_id=f"py-txn-{uuid.uuid4().hex[:8]}", auto_offset_reset="earliest", isolation_level="read_committed") as c:
        for m in c.stream(name):
            seen.append(m.raw_value or b"")
            if m.raw_value == last:
                return seen
    return seen


async def test_committed_records_are_visible_and_aborted_ones_are_not(brokers: str, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    async with Kafka(brokers=brokers).producer(transactional_id=f"py-txn-{uuid.uuid4().hex[:8]}") as p:
        async with p.transaction() as txn:
            await txn.send(name, [{"value": b"a1"}, {"value": b"a2"}])
        with pytest.raises(ValueError, match="processing failed"):
            async with p.transaction() as txn:
                await txn.send(name, [{"value": b"aborted"}])
                raise ValueError("processing failed")
        async with p.transaction() as txn:
            await txn.send(name, [{"value": b"c"}])
    assert committed_values(brokers, name, b"c") == [b"a1", b"a2", b"c"]


def test_blocking_transactions_and_plain_send_is_refused(brokers: str, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    kafka = sync.Kafka(brokers=brokers)
    with kafka.producer(transactional_id=f"py-txn-{uuid.uuid4().hex[:8]}") as p:
        with pytest.raises(TransactionError, match="send inside a transaction"):
            p.send(name, [{"value": b"outside"}])
        with pytest.raises(RuntimeError):
            with p.transaction() as txn:
                txn.send(name, [{"value": b"aborted"}])
                raise RuntimeError("boom")
        with p.transaction() as txn:
            txn.send(name, [{"value": b"kept"}])
    assert committed_values(brokers, name, b"kept") == [b"kept"]
    with pytest.raises(ConfigError):
        kafka.producer().transaction()


def test_offsets_sent_in_a_transaction_commit_with_it(
    brokers: str, admin: sync.Admin, new_topic: Callable[..., str], group: str
) -> None:
    source, sink = new_topic(), new_topic()
    kafka = sync.Kafka(brokers=brokers)
    with kafka.producer() as plain:
        plain.send(source, [{"value": f"in-{i}".encode()} for i in range(3)])
    with kafka.producer(transactional_id=f"py-txn-{uuid.uuid4().hex[:8]}") as p, kafka.consumer(
        group_id=group, auto_offset_reset="earliest", auto_commit=False
    ) as c:
        got = []
        for m in c.stream(source):
            got.append(m)
            if len(got) == 3:
                break
        with pytest.raises(KeyError):
            with p.transaction() as txn:
                txn.send(sink, [{"value": b"out-aborted"}])
                txn.send_offsets(c, {(source, 0): 1})
                raise KeyError("abort")
        assert admin.list_group_offsets(group) == {}
        with p.transaction() as txn:
            txn.send(sink, [{"value": (m.raw_value or b"").replace(b"in", b"out")} for m in got])
            txn.send_offsets(c, {(source, 0): got[-1].offset + 1})
        # Checked while the consumer is open: the transaction committed them.
        # The coordinator applies offsets of a committed transaction when its
        # marker lands, a moment after the commit returns; until then the
        # listing still shows the old (here: no) offsets.
        expected = {TopicPartition(source, 0): 3}
        deadline = time.monotonic() + 30
        listed = admin.list_group_offsets(group)
        while listed != expected and time.monotonic() < deadline:
            time.sleep(0.1)
            listed = admin.list_group_offsets(group)
        assert listed == expected
    assert committed_values(brokers, sink, b"out-2") == [b"out-0", b"out-1", b"out-2"]


async def test_a_newer_producer_fences_the_older_one(brokers: str, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    txn_id = f"py-txn-{uuid.uuid4().hex[:8]}"
    kafka = Kafka(brokers=brokers)
    old = await kafka.producer(transactional_id=txn_id).connect()
    async with kafka.producer(transactional_id=txn_id) as new:
        with pytest.raises(ProducerFencedError):
            async with old.transaction() as txn:
                await txn.send(name, [{"value": b"zombie"}])
        async with new.transaction() as txn:
            await txn.send(name, [{"value": b"new"}])
    await old.close()
    assert committed_values(brokers, name, b"new") == [b"new"]
