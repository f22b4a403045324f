"""Produce and consume throughput of ferrokafka beside confluent-kafka,
aiokafka and kafka-python: same broker, same run, same records.

    bench/python/run.sh BROKERS [RECORDS] [OUT.md]

Each measurement runs in a fresh process (`bench.py child ...`), so that
peak RSS and CPU time belong to one client and one direction. Throughput
is timed from the first record sent (received) to the last acknowledged
(received); CPU time is the process's user+system time (all its threads)
from just before the client is created until it is closed, so it includes
connecting and joining the group.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import uuid
from typing import Dict, List

from clients import CLIENTS

SIZES = (100, 1024)


def child(direction: str, client: str, brokers: str, topic: str, count: int, size: int) -> None:
    produce, consume = CLIENTS[client]
    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu0 = before.ru_utime + before.ru_stime
    if direction == "produce":
        seconds = produce(brokers, topic, count, b"x" * size)
    else:
        seconds = consume(brokers, topic, count, f"bench-{uuid.uuid4().hex[:8]}")
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - cpu0
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rss_mb": after.ru_maxrss / 1024}))


def measure(direction: str, client: str, brokers: str, topic: str, count: int, size: int) -> Dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "child", direction, client, brokers, topic, str(count), str(size)],
        capture_output=True, text=True, timeout=900,
    )
    if out.returncode != 0:
        raise RuntimeError(f"{client} {direction} failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(brokers: str, count: int, out_path: str) -> None:
    from ferrokafka.sync import Kafka

    admin = Kafka(brokers=brokers).admin()
    rows: List[str] = []
    for size in SIZES:
        load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
        rows.append(f"\n**{count:,} records of {size} bytes** (load average 1/5/15 min before: {load})\n")
        rows.append("| client | produce records/s | produce CPU s per 1M | produce peak RSS MB | consume records/s | consume CPU s per 1M | consume peak RSS MB |")
        rows.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for client in CLIENTS:
            topic = f"bench-py-{client}-{size}-{uuid.uuid4().hex[:6]}"
            admin.create_topics([{"name": topic, "partitions": 6, "replication_factor": 1}])
            p = measure("produce", client, brokers, topic, count, size)
            c = measure("consume", client, brokers, topic, count, size)
            admin.delete_topics([topic])
            per_m = 1_000_000 / count
            rows.append(
                f"| {client} | {count / p['seconds']:,.0f} | {p['cpu'] * per_m:.1f} | {p['rss_mb']:.0f} "
                f"| {count / c['seconds']:,.0f} | {c['cpu'] * per_m:.1f} | {c['rss_mb']:.0f} |"
            )
            print(rows[-1], flush=True)
    admin.close()
    text = "\n".join(rows) + "\n"
    with open(out_path, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    if sys.argv[1] == "child":
        d, client, brokers, topic, count, size = sys.argv[2:8]
        child(d, client, brokers, topic, int(count), int(size))
    else:
        main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200_000, sys.argv[3] if len(sys.argv) > 3 else "results.md")
