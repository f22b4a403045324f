"""Admin calls that ask several brokers or several items at once report
each broker's or item's failure next to the others' answers instead of
raising: list_groups with a broker of the 3-node cluster stopped,
list_offsets and describe_configs with one bad item."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path
from typing import Callable, Dict, Iterator, List

import pytest

from ferrokafka import ConfigsByResource, GroupList, Kafka, KafkaError, TopicPartition, sync

ROOT = Path(__file__).resolve().parents[3]
VICTIM = 3


def test_list_offsets_reports_a_missing_partition_and_topic_alone(admin: sync.Admin, new_topic: Callable[..., str], brokers: str) -> None:
    name = new_topic()
    with sync.Kafka(brokers=brokers).producer() as p:
        p.send(name, [{"value": b"a"}, {"value": b"b"}])
    missing_topic = f"py-missing-{uuid.uuid4().hex[:12]}"
    listed = admin.list_offsets({(name, 0): "latest", (name, 7): "latest", (missing_topic, 0): "earliest"})
    good = listed[TopicPartition(name, 0)]
    assert (good.offset, good.error) == (2, None)
    for tp in (TopicPartition(name, 7), TopicPartition(missing_topic, 0)):
        bad = listed[tp]
        assert bad.offset is None and isinstance(bad.error, KafkaError), bad
        assert bad.error.name == "UNKNOWN_TOPIC_OR_PARTITION", bad.error


async def test_describe_configs_reports_an_unknown_topic_and_broker_alone(brokers: str, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    missing_topic = f"py-missing-{uuid.uuid4().hex[:12]}"
    async with Kafka(brokers=brokers).admin() as admin:
        configs = await admin.describe_configs([("topic", name), ("topic", missing_topic), ("broker", "4242")])
    assert isinstance(configs, ConfigsByResource)
    assert list(configs) == [("topic", name)]
    assert configs[("topic", name)]["retention.ms"].is_default
    assert set(configs.errors) == {("topic", missing_topic), ("broker", "4242")}
    assert configs.errors[("topic", missing_topic)].name == "UNKNOWN_TOPIC_OR_PARTITION"
    assert isinstance(configs.errors[("broker", "4242")], KafkaError)


def test_list_groups_with_every_broker_up_reports_no_broker_error(admin: sync.Admin, group: str, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    admin.alter_group_offsets(group, {(name, 0): 0})
    listed = admin.list_groups()
    assert isinstance(listed, GroupList) and isinstance(listed, list)
    assert listed.broker_errors == {}
    assert group in [g.group_id for g in listed]
    admin.delete_groups([group])


def java_hash(text: str) -> int:
    """Java's String.hashCode, which Kafka uses to place a group."""
    h = 0
    for unit in text.encode("utf-16-be").hex(" ", 2).split():
        h = (31 * h + int(unit, 16)) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def coordinator_partition(group_id: str, partitions: int) -> int:
    h = java_hash(group_id)
    return (0 if h == -(1 << 31) else abs(h)) % partitions


def cluster_3(*args: str) -> None:
    directory = os.environ.get("FERROKAFKA_CLUSTER_3")
    if not directory:
        pytest.fail("FERROKAFKA_CLUSTER_3 is not set: run the tests through tests/kafka/with-clusters (see docs/harness.md)")
    subprocess.run([str(ROOT / "tests/kafka/cluster"), *args], check=True, env={**os.environ, "FERROKAFKA_CLUSTER_DIR": directory})


@pytest.fixture
def admin_3() -> Iterator[sync.Admin]:
    brokers = os.environ.get("FERROKAFKA_BROKERS_3")
    if not brokers:
        pytest.fail("FERROKAFKA_BROKERS_3 is not set: run the tests through tests/kafka/with-clusters (see docs/harness.md)")
    with sync.Kafka(brokers=brokers).admin() as a:
        yield a


def test_list_groups_reports_a_stopped_broker_and_lists_the_others(admin_3: sync.Admin) -> None:
    name = f"py-partial-{uuid.uuid4().hex[:12]}"
    admin_3.create_topics([{"name": name, "partitions": 1, "replication_factor": 3}])
    # A first commit makes the cluster create __consumer_offsets.
    first = f"py-partial-{uuid.uuid4().hex[:12]}"
    admin_3.alter_group_offsets(first, {(name, 0): 0})
    # Each group's coordinator leads the __consumer_offsets partition its id
    # hashes to: pick groups that a live broker coordinates, and one that
    # the broker about to stop does.
    offsets_topic = admin_3.describe_topics(["__consumer_offsets"])[0]
    leaders: Dict[int, int] = {p.partition: p.leader for p in offsets_topic.partitions if p.leader is not None}
    elsewhere: List[str] = []
    on_victim: List[str] = []
    assert any(leader != VICTIM for leader in leaders.values()), leaders
    wants_victim = VICTIM in leaders.values()
    while len(elsewhere) < 2 or (wants_victim and not on_victim):
        g = f"py-partial-{uuid.uuid4().hex[:12]}"
        leader = leaders.get(coordinator_partition(g, len(offsets_topic.partitions)))
        if leader == VICTIM and not on_victim:
            on_victim.append(g)
        elif leader not in (None, VICTIM) and len(elsewhere) < 2:
            elsewhere.append(g)
    groups = elsewhere + on_victim
    for g in groups:
        admin_3.alter_group_offsets(g, {(name, 0): 0})
    groups.append(first)
    before = admin_3.list_groups()
    assert before.broker_errors == {}
    assert set(groups) <= {g.group_id for g in before}

    cluster_3("stop", str(VICTIM))
    try:
        listed = admin_3.list_groups()
        live = {b.node_id for b in admin_3.describe_cluster().brokers}
    finally:
        cluster_3("start", str(VICTIM))
    print("stopped broker reported:", repr(listed.broker_errors.get(VICTIM)))
    assert set(listed.broker_errors) <= {VICTIM}, listed.broker_errors
    if VICTIM in listed.broker_errors:
        assert listed.broker_errors[VICTIM].retriable, repr(listed.broker_errors[VICTIM])
    else:
        # The listing's metadata had already dropped the stopped broker.
        assert VICTIM not in live
    listed_ids = {g.group_id for g in listed}
    assert all(g in listed_ids for g in elsewhere), (elsewhere, listed_ids)

    admin_3.delete_groups(groups)
    admin_3.delete_topics([name])
