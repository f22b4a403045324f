"""Two consumers of one group, each in its own process, share a topic's
partitions and together read every record once."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Callable, Dict, List, Set, Tuple

from ferrokafka.sync import Kafka

MEMBER = Path(__file__).with_name("group_member.py")


def test_two_processes_share_a_group(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic(partitions=4)
    events: "queue.Queue[Tuple[int, dict]]" = queue.Queue()
    procs = [
        subprocess.Popen([sys.executable, str(MEMBER), brokers, name, group], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]

    def pump(i: int, p: subprocess.Popen) -> None:
        assert p.stdout is not None
        for line in p.stdout:
            events.put((i, json.loads(line)))

    for i, p in enumerate(procs):
        threading.Thread(target=pump, args=(i, p), daemon=True).start()
    try:
        # Wait until both members hold partitions and together hold all four.
        owned: Dict[int, Set[int]] = {0: set(), 1: set()}
        while not (owned[0] and owned[1] and owned[0] | owned[1] == {0, 1, 2, 3} and not owned[0] & owned[1]):
            i, event = events.get(timeout=120)
            if "assigned" in event:
                owned[i] = set(event["assigned"])
        with Kafka(brokers=brokers).producer() as p:
            p.send(name, [{"value": b"x", "partition": n % 4} for n in range(200)])
        got: Dict[Tuple[int, int], List[int]] = {}
        while len(got) < 200:
            i, event = events.get(timeout=120)
            if "record" in event:
                got.setdefault(tuple(event["record"]), []).append(i)  # type: ignore[arg-type]
        readers = {who for whos in got.values() for who in whos}
        assert readers == {0, 1}
        assert all(len(whos) == 1 for whos in got.values())
        for (partition, _), whos in got.items():
            assert partition in owned[whos[0]]
    finally:
        for p in procs:
            assert p.stdin is not None
            p.stdin.close()
        for p in procs:
            p.wait(60)
    assert [p.returncode for p in procs] == [0, 0]
