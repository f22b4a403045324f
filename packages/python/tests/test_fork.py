"""After os.fork() the child can create and use new clients; the runtime
is rebuilt in the child. The parent's clients keep working."""

from __future__ import annotations

import asyncio
import os
from typing import Callable

from ferrokafka import Kafka, sync


def child(brokers: str, name: str) -> int:
    with sync.Kafka(brokers=brokers).producer() as p:
        if p.send(name, [{"value": b"from the child, blocking"}])[0].offset < 0:
            return 3

    async def main() -> int:
        async with Kafka(brokers=brokers).producer() as p:
            meta = await p.send(name, [{"value": b"from the child, asyncio"}])
        return 0 if meta[0].offset >= 0 else 4

    return asyncio.run(main())


def test_fork_child_uses_new_clients(brokers: str, new_topic: Callable[..., str], group: str) -> None:
    name = new_topic()
    kafka = sync.Kafka(brokers=brokers)
    parent = kafka.producer().connect()
    parent.send(name, [{"value": b"parent before fork"}])
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            code = child(brokers, name)
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    parent.send(name, [{"value": b"parent after fork"}])
    parent.close()
    values = []
    with kafka.consumer(group_id=group, auto_offset_reset="earliest") as c:
        for m in c.stream(name):
            values.append(m.value)
            if len(values) == 4:
                break
    assert sorted(values) == sorted(
        [b"parent before fork", b"from the child, blocking", b"from the child, asyncio", b"parent after fork"]
    )
