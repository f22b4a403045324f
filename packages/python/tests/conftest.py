"""Fixtures: the broker of the test harness and fresh topics on it.

The tests need a real Kafka: run them through `make test` or
`tests/kafka/with-clusters -- make test-python`, which export
FERROKAFKA_BROKERS (see docs/harness.md).
"""

from __future__ import annotations

import os
import uuid
from typing import Callable, Iterator, List

import pytest

from ferrokafka import sync


@pytest.fixture(scope="session")
def brokers() -> str:
    value = os.environ.get("FERROKAFKA_BROKERS")
    if not value:
        pytest.fail("FERROKAFKA_BROKERS is not set: run the tests through tests/kafka/with-clusters (see docs/harness.md)")
    return value


@pytest.fixture(scope="session")
def admin(brokers: str) -> Iterator[sync.Admin]:
    with sync.Kafka(brokers=brokers).admin() as a:
        yield a


@pytest.fixture
def new_topic(admin: sync.Admin) -> Iterator[Callable[..., str]]:
    """Creates a topic with a unique name (deleted after the test)."""
    made: List[str] = []

    def make(partitions: int = 1) -> str:
        name = f"py-{uuid.uuid4().hex[:12]}"
        admin.create_topics([{"name": name, "partitions": partitions, "replication_factor": 1}])
        made.append(name)
        return name

    yield make
    if made:
        admin.delete_topics(made)


@pytest.fixture
def group() -> str:
    return f"py-group-{uuid.uuid4().hex[:12]}"
