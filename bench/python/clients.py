"""One produce and one consume routine per client, each timed the same way:
from the first record sent (or received) until the last is acknowledged (or
received). Every routine returns the number of seconds."""

from __future__ import annotations

import asyncio
import time
from typing import Callable, Dict, Tuple

CHUNK = 10_000
IN_FLIGHT = 8


def ferrokafka_produce(brokers: str, topic: str, count: int, value: bytes) -> float:
    from ferrokafka import Kafka

    async def run() -> float:
        async with Kafka(brokers=brokers).producer(linger_ms=5) as p:
            chunk = [{"value": value}] * CHUNK
            start = time.perf_counter()
            pending: set = set()
            for sent in range(0, count, CHUNK):
                if len(pending) >= IN_FLIGHT:
                    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                    for d in done:
                        d.result()
                pending.add(asyncio.ensure_future(p.send(topic, chunk[: min(CHUNK, count - sent)])))
            for d in await asyncio.gather(*pending):
                pass
            return time.perf_counter() - start

    return asyncio.run(run())


def ferrokafka_consume(brokers: str, topic: str, count: int, group: str) -> float:
    from ferrokafka import Kafka

    async def run() -> float:
        seen, start = 0, 0.0
        async with Kafka(brokers=brokers).consumer(group_id=group, auto_offset_reset="earliest") as c:
            async for m in c.stream(topic):
                if seen == 0:
                    start = time.perf_counter()
                len(m.value)
                seen += 1
                if seen == count:
                    break
            return time.perf_counter() - start

    return asyncio.run(run())


def confluent_produce(brokers: str, topic: str, count: int, value: bytes) -> float:
    from confluent_kafka import Producer

    p = Producer({"bootstrap.servers": brokers, "acks": "all", "enable.idempotence": True, "linger.ms": 5})
    failed = []

    def report(err: object, _msg: object) -> None:
        if err is not None:
            failed.append(err)

    start = time.perf_counter()
    for _ in range(count):
        while True:
            try:
                p.produce(topic, value, on_delivery=report)
                break
            except BufferError:
                p.poll(0.01)
        p.poll(0)
    p.flush()
    elapsed = time.perf_counter() - start
    assert not failed, failed[:3]
    return elapsed


def confluent_consume(brokers: str, topic: str, count: int, group: str) -> float:
    from confluent_kafka import Consumer

    c = Consumer({"bootstrap.servers": brokers, "group.id": group, "auto.offset.reset": "earliest"})
    c.subscribe([topic])
    seen, start = 0, 0.0
    while seen < count:
        for m in c.consume(num_messages=1000, timeout=1.0):
            if m.error():
                raise RuntimeError(m.error())
            if seen == 0:
                start = time.perf_counter()
            len(m.value())
            seen += 1
    elapsed = time.perf_counter() - start
    c.close()
    return elapsed


def aiokafka_produce(brokers: str, topic: str, count: int, value: bytes) -> float:
    from aiokafka import AIOKafkaProducer

    async def run() -> float:
        p = AIOKafkaProducer(bootstrap_servers=brokers, acks="all", enable_idempotence=True, linger_ms=5)
        await p.start()
        try:
            start = time.perf_counter()
            for sent in range(0, count, CHUNK):
                futures = [await p.send(topic, value) for _ in range(min(CHUNK, count - sent))]
                await asyncio.gather(*futures)
            return time.perf_counter() - start
        finally:
            await p.stop()

    return asyncio.run(run())


def aiokafka_consume(brokers: str, topic: str, count: int, group: str) -> float:
    from aiokafka import AIOKafkaConsumer

    async def run() -> float:
        c = AIOKafkaConsumer(topic, bootstrap_servers=brokers, group_id=group, auto_offset_reset="earliest")
        await c.start()
        try:
            seen, start = 0, 0.0
            while seen < count:
                batches = await c.getmany(timeout_ms=1000, max_records=1000)
                for records in batches.values():
                    for m in records:
                        if seen == 0:
                            start = time.perf_counter()
                        len(m.value)
                        seen += 1
            return time.perf_counter() - start
        finally:
            await c.stop()

    return asyncio.run(run())


def kafka_python_produce(brokers: str, topic: str, count: int, value: bytes) -> float:
    from kafka import KafkaProducer

    p = KafkaProducer(bootstrap_servers=brokers, acks="all", enable_idempotence=True, linger_ms=5)
    start = time.perf_counter()
    futures = [p.send(topic, value) for _ in range(count)]
    p.flush()
    elapsed = time.perf_counter() - start
    for f in futures[-10:]:
        f.get(timeout=60)
    p.close()
    return elapsed


def kafka_python_consume(brokers: str, topic: str, count: int, group: str) -> float:
    from kafka import KafkaConsumer

    c = KafkaConsumer(topic, bootstrap_servers=brokers, group_id=group, auto_offset_reset="earliest")
    seen, start = 0, 0.0
    while seen < count:
        for records in c.poll(timeout_ms=1000, max_records=1000).values():
            for m in records:
                if seen == 0:
                    start = time.perf_counter()
                len(m.value)
                seen += 1
    elapsed = time.perf_counter() - start
    c.close()
    return elapsed


CLIENTS: Dict[str, Tuple[Callable[..., float], Callable[..., float]]] = {
    "ferrokafka": (ferrokafka_produce, ferrokafka_consume),
    "confluent-kafka": (confluent_produce, confluent_consume),
    "aiokafka": (aiokafka_produce, aiokafka_consume),
    "kafka-python": (kafka_python_produce, kafka_python_consume),
}
