"""A group member in its own process, for test_processes.py.

Usage: group_member.py BROKERS TOPIC GROUP. Prints one JSON line per event:
{"assigned": [...]} after each rebalance and {"record": [partition, offset]}
per message; exits when stdin closes.
"""

from __future__ import annotations

import json
import sys
import threading
from typing import List, Set

from ferrokafka import TopicPartition
from ferrokafka.sync import Kafka


def main(brokers: str, name: str, group: str) -> None:
    lock = threading.Lock()

    def say(obj: object) -> None:
        with lock:
            print(json.dumps(obj), flush=True)

    owned: Set[int] = set()

    def assigned(tps: List[TopicPartition]) -> None:
        owned.update(p for _, p in tps)
        say({"assigned": sorted(owned)})

    def revoked(tps: List[TopicPartition]) -> None:
        owned.difference_update(p for _, p in tps)
        say({"assigned": sorted(owned)})

    consumer = Kafka(brokers=brokers).consumer(
        group_id=group, auto_offset_reset="earliest", on_assigned=assigned, on_revoked=revoked, on_lost=revoked, poll_interval_ms=200
    )
    threading.Thread(target=lambda: (sys.stdin.read(), consumer.stop()), daemon=True).start()
    with consumer:
        for m in consumer.stream(name):
            say({"record": [m.partition, m.offset]})


if __name__ == "__main__":
    main(*sys.argv[1:4])
