"""ferrokafka in a minute: create a topic, send typed records, read them back.

    python examples/quickstart.py localhost:9092
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from dataclasses import dataclass

from ferrokafka import Kafka, json, string, topic


@dataclass
class Order:
    id: int
    item: str
    cents: int


async def main(brokers: str) -> None:
    kafka = Kafka(brokers=brokers.split(","), client_id="quickstart")
    orders = topic(f"quickstart-orders-{uuid.uuid4().hex[:8]}", key=string(), value=json(Order))

    async with kafka.admin() as admin:
        await admin.create_topics([{"name": orders.name, "partitions": 3, "replication_factor": 1}])

    async with kafka.producer(linger_ms=5) as producer:
        sent = await producer.send(
            orders,
            [{"key": f"user-{i % 2}", "value": Order(i, "book", 1250 + i), "headers": {"source": "web"}} for i in range(6)],
        )
    for meta in sent:
        print(f"sent to {meta.topic}[{meta.partition}] at offset {meta.offset}")

    received = 0
    async with kafka.consumer(group_id="quickstart", auto_offset_reset="earliest") as consumer:
        async for message in consumer.stream(orders):
            order = message.value
            assert order is not None
            print(f"got {message.key}: order {order.id} ({order.item}, {order.cents} cents) from partition {message.partition}")
            received += 1
            if received == len(sent):
                break

    async with kafka.admin() as admin:
        await admin.delete_topics([orders.name])
    print(f"done: {received} orders sent and read back")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "localhost:9092"))
