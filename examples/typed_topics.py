"""Typed topics: keys and values decode to the types their codecs name.

Checked with `mypy --strict` by packages/python/tests/test_typing.py, and run
against a broker by the same test: `python typed_topics.py HOST:PORT TOPIC`.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass
from typing import List, TypedDict

from pydantic import BaseModel

from ferrokafka import Kafka, Message, Record, RecordMetadata, codec, json, string, topic
from ferrokafka import sync


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


async def main(brokers: str, name: str) -> None:
    orders = topic(name, key=string(), value=json(Order))
    refunds = topic(name + "-refunds", value=json(Refund))
    invoices = topic(name + "-invoices", key=codec(lambda n: n.to_bytes(8, "big"), lambda b: int.from_bytes(b, "big")), value=json(Invoice))

    kafka = Kafka(brokers=brokers.split(","), client_id="typed-example")
    async with kafka.admin() as admin:
        await admin.create_topics([{"name": t.name, "partitions": 1} for t in (orders, refunds, invoices)])

    async with kafka.producer() as producer:
        meta: List[RecordMetadata] = await producer.send(orders, [Record(key="user-1", value=Order(1, "book"))])
        await producer.send(refunds, [{"value": {"order": 1, "cents": 250}}])
        await producer.send(invoices, [Record(key=7, value=Invoice(number="A-7", total=9.5))])
    print("order written at offset", meta[0].offset)

    async with kafka.consumer(group_id=name + "-readers", auto_offset_reset="earliest") as consumer:
        async for message in consumer.stream(orders):
            order: Order | None = message.value
            key: str | None = message.key
            assert order is not None and key is not None
            print("order", key, order.id, order.item)
            break

    with sync.Kafka(brokers=brokers).consumer(group_id=name + "-sync", auto_offset_reset="earliest") as blocking:
        for m in blocking.stream(invoices):
            invoice_message: Message[int, Invoice] = m
            invoice = invoice_message.value
            assert invoice is not None
            print("invoice", invoice_message.key, invoice.number, invoice.total)
            break
        for r in blocking.stream(refunds):
            refund = r.value
            assert refund is not None
            print("refund", refund["order"], refund["cents"])
            break


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
