"""The blocking API: same names, no await; waits release the GIL; clients
can be shared between threads."""

from __future__ import annotations

import threading
import time
from typing import Callable, List

from ferrokafka import TopicPartition, string, topic
from ferrokafka.sync import Kafka


def test_blocking_produce_consume_admin(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic(partitions=3)
    words = topic(name, key=string(), value=string())
    kafka = Kafka(brokers=brokers)
    with kafka.admin() as admin:
        assert name in admin.list_topics()
        assert len(admin.describe_topics([name])[0].partitions) == 3
    with kafka.producer() as p:
        meta = p.send(words, [{"key": f"k{i}", "value": f"v{i}"} for i in range(30)])
        p.flush()
    assert len(meta) == 30
    seen = {}
    with kafka.consumer(group_id=group, auto_offset_reset="earliest") as c:
        for m in c.stream(words):
            seen[m.key] = m.value
            if len(seen) == 30:
                break
        c.commit()
        committed = c.committed([(name, p) for p in range(3)])
    assert seen == {f"k{i}": f"v{i}" for i in range(30)}
    assert sum(o or 0 for o in committed.values()) == 29  # the last message was never finished


def test_one_producer_shared_by_threads(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic()
    kafka = Kafka(brokers=brokers)
    errors: List[BaseException] = []
    offsets: List[int] = []
    with kafka.producer(linger_ms=5) as p:

        def work(t: int) -> None:
            try:
                for i in range(20):
                    offsets.extend(m.offset for m in p.send(name, [{"value": f"{t}-{i}".encode()}]))
            except BaseException as e:  # noqa: BLE001 - reported below
                errors.append(e)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(120)
    assert not errors
    assert sorted(offsets) == list(range(80))


def test_blocking_wait_releases_the_gil(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    """One native poll waits for a record that only another Python thread
    can produce while that poll is waiting. Were the GIL held during the
    wait, the producing thread could not run and the poll would end empty
    after its 60 s."""
    name = new_topic()
    kafka = Kafka(brokers=brokers)
    producer = kafka.producer().connect()

    def produce_later() -> None:
        time.sleep(1)  # lets the main thread enter the poll
        producer.send(name, [{"value": b"from another thread"}])

    with kafka.consumer(group_id=group, auto_offset_reset="earliest") as c:
        c.subscribe(name)
        native = c._ready()
        other = threading.Thread(target=produce_later)
        other.start()
        _data, _topics, rows, _headers = native.poll(60_000, True)
        other.join()
    producer.close()
    assert len(rows) > 0


def test_rebalance_callbacks_run_on_a_worker_thread(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic()
    calls: List[str] = []

    def assigned(tps: List[TopicPartition]) -> None:
        calls.append(threading.current_thread().name)

    with Kafka(brokers=brokers).producer() as p:
        p.send(name, [{"value": b"x"}])
    with Kafka(brokers=brokers).consumer(group_id=group, auto_offset_reset="earliest", on_assigned=assigned) as c:
        for _ in c.stream(name):
            break
    assert calls and calls[0].startswith("ferrokafka-rebalance")
