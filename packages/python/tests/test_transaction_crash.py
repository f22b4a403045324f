"""A transactional consume-transform-produce pipeline killed with SIGKILL
and restarted again and again still writes exactly one output record per
input record."""

from __future__ import annotations

import json
import queue
import random
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Callable, List

from ferrokafka import sync

PIPELINE = Path(__file__).parent / "fixtures" / "txn_pipeline.py"
RECORDS = 200_000
PARTITIONS = 6
KILLS = 5
CHUNK = 10_000


class Pipeline:
    """One pipeline process and the records its transactions committed."""

    def __init__(self, args: List[str]) -> None:
        self.proc = subprocess.Popen([sys.executable, str(PIPELINE), *args], stdout=subprocess.PIPE, text=True)
        self.events: "queue.Queue[int]" = queue.Queue()
        self.committed = 0
        self.transactions = 0
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.events.put(json.loads(line)["committed"])

    def wait_for_transactions(self, transactions: int) -> None:
        """Waits (up to three minutes) until the pipeline reported
        `transactions` committed transactions."""
        give_up = time.monotonic() + 180
        while self.transactions < transactions:
            assert time.monotonic() < give_up, f"the pipeline committed {self.transactions} of {transactions} transactions"
            assert self.proc.poll() is None, f"the pipeline exited with {self.proc.returncode}"
            try:
                self.committed += self.events.get(timeout=0.01)
                self.transactions += 1
            except queue.Empty:
                pass

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(60)


def test_a_pipeline_killed_5_times_writes_every_record_once(
    brokers: str, admin: sync.Admin, new_topic: Callable[..., str]
) -> None:
    source, sink = new_topic(partitions=PARTITIONS), new_topic(partitions=PARTITIONS)
    kafka = sync.Kafka(brokers=brokers)
    with kafka.producer(linger_ms=5) as seed:
        for start in range(0, RECORDS, CHUNK):
            seed.send(source, [{"value": f"record-{i}".encode(), "partition": i % PARTITIONS} for i in range(start, start + CHUNK)])

    group = f"py-crash-{uuid.uuid4().hex[:12]}"
    args = [brokers, source, sink, group]
    killed_after: List[int] = []
    current = None
    try:
        for _ in range(KILLS):
            current = Pipeline(args)
            # Killed after a random number of committed transactions: the
            # pipeline is then usually inside the next one.
            current.wait_for_transactions(random.randint(1, 6))
            current.kill()
            killed_after.append(current.committed)
        # Each kill hit a pipeline that still had work to do.
        assert sum(killed_after) < RECORDS, f"the killed instances committed {killed_after}"
        current = Pipeline(args)
        seen: "Counter[str]" = Counter()
        count = 0
        with kafka.consumer(
            group_id=f"py-crash-check-{uuid.uuid4().hex[:8]}", auto_offset_reset="earliest", isolation_level="read_committed"
        ) as check:
            # A missing record would make the loop wait forever: stop it
            # after a generous time and let the counts below fail.
            watchdog = threading.Timer(300, check.stop)
            watchdog.start()
            # One iterator for both loops, so that records fetched after the
            # last expected one are still delivered to the second loop.
            records = check.stream(sink)
            for m in records:
                value = (m.raw_value or b"").decode()
                assert value.startswith("RECORD-"), value
                assert int(value[7:]) % PARTITIONS == m.partition, value
                seen[value] += 1
                count += 1
                if count == RECORDS:
                    break
            assert count == RECORDS, f"read {count} of {RECORDS} output records in 300 s"
            # Once the group's offsets cover the whole input the pipeline has
            # nothing left to write; stop it and mark the end of each output
            # partition: nothing may come before those marks.
            give_up = time.monotonic() + 180
            while sum(admin.list_group_offsets(group).values()) < RECORDS:
                assert time.monotonic() < give_up, "the pipeline did not commit the offsets of the whole input"
                time.sleep(0.2)
            current.kill()
            with kafka.producer() as marker:
                marker.send(sink, [{"value": b"END", "partition": p} for p in range(PARTITIONS)])
            ends = 0
            for m in records:
                assert m.raw_value == b"END", f"an extra record after all {RECORDS}: {m.raw_value!r}"
                ends += 1
                if ends == PARTITIONS:
                    break
            watchdog.cancel()
        assert ends == PARTITIONS, "the end marks were not read in 300 s"
        duplicates = [v for v, n in seen.items() if n > 1]
        assert duplicates[:10] == []
        assert len(seen) == RECORDS
        assert all(f"RECORD-{i}" in seen for i in range(RECORDS))
        print(f"records committed by each killed instance: {killed_after}")
    finally:
        if current is not None:
            current.kill()
