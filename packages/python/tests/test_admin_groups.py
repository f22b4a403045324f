"""Admin calls beyond topics: partitions, configs, groups with their
offsets and lag, list offsets, delete records (blocking and asyncio)."""

from __future__ import annotations

from typing import Callable, Dict

import pytest
from eventually import until

from ferrokafka import ConfigEntry, Kafka, KafkaError, TopicPartition, sync


def fill(brokers: str, name: str, per_partition: int, partitions: int = 2) -> None:
    with sync.Kafka(brokers=brokers).producer() as p:
        for part in range(partitions):
            p.send(name, [{"value": f"{part}-{i}".encode(), "partition": part} for i in range(per_partition)])


def test_create_partitions_raises_the_count(admin: sync.Admin, new_topic: Callable[..., str]) -> None:
    name = new_topic(partitions=1)
    admin.create_partitions({name: 3})
    assert len(admin.describe_topics([name])[0].partitions) == 3
    with pytest.raises(KafkaError) as caught:
        admin.create_partitions({name: 2})
    assert caught.value.name == "INVALID_PARTITIONS"


def test_topic_configs_are_described_and_altered(admin: sync.Admin, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    before = admin.describe_configs([("topic", name)])[("topic", name)]
    assert before["retention.ms"].is_default
    admin.alter_configs({("topic", name): {"retention.ms": "3600000", "cleanup.policy": ("append", "compact")}})

    def configs() -> Dict[str, ConfigEntry]:
        return admin.describe_configs([("topic", name)])[("topic", name)]

    after = until(configs, lambda c: c["retention.ms"].value == "3600000" and "compact" in (c["cleanup.policy"].value or ""), "the change showing")
    assert after["retention.ms"].source == "Topic"
    assert set((after["cleanup.policy"].value or "").split(",")) == {"delete", "compact"}
    admin.alter_configs({("topic", name): {"retention.ms": None}})
    until(configs, lambda c: c["retention.ms"].is_default, "retention.ms going back to its default")


def test_group_offsets_lag_reset_and_delete(admin: sync.Admin, new_topic: Callable[..., str], group: str, brokers: str) -> None:
    name = new_topic(partitions=2)
    fill(brokers, name, 5)
    admin.alter_group_offsets(group, {(name, 0): 2, (name, 1): 5})
    assert admin.list_group_offsets(group) == {TopicPartition(name, 0): 2, TopicPartition(name, 1): 5}
    assert group in [g.group_id for g in admin.list_groups()]
    assert admin.describe_groups([group])[0].state == "Empty"

    lag = admin.group_lag(group)
    assert lag.total == 3
    assert {(p.partition.partition, p.committed, p.log_end, p.lag) for p in lag.partitions} == {(0, 2, 5, 3), (1, 5, 5, 0)}

    assert admin.reset_group_offsets(group, [(name, 0), (name, 1)], to="earliest") == {
        TopicPartition(name, 0): 0,
        TopicPartition(name, 1): 0,
    }
    assert admin.group_lag(group).total == 10
    assert admin.reset_group_offsets(group, [(name, 1)], to="latest") == {TopicPartition(name, 1): 5}

    admin.delete_group_offsets(group, [(name, 1)])
    assert admin.list_group_offsets(group) == {TopicPartition(name, 0): 0}
    admin.delete_groups([group])
    assert group not in [g.group_id for g in admin.list_groups()]


def test_a_group_with_members_is_described_and_cannot_be_reset(admin: sync.Admin, new_topic: Callable[..., str], group: str, brokers: str) -> None:
    name = new_topic()
    fill(brokers, name, 1, partitions=1)
    with sync.Kafka(brokers=brokers, client_id="lag-reader").consumer(group_id=group, auto_offset_reset="earliest") as c:
        next(iter(c.stream(name)))
        described = admin.describe_groups([group])[0]
        assert described.state == "Stable"
        assert [m.client_id for m in described.members] == ["lag-reader"]
        assert described.members[0].assignment == [TopicPartition(name, 0)]
        with pytest.raises(KafkaError) as caught:
            admin.reset_group_offsets(group, [(name, 0)], to="earliest")
        assert caught.value.name == "NON_EMPTY_GROUP"


async def test_list_offsets_and_delete_records(brokers: str, new_topic: Callable[..., str]) -> None:
    name = new_topic(partitions=2)
    fill(brokers, name, 4)
    async with Kafka(brokers=brokers).admin() as admin:
        ends = await admin.list_offsets({(name, 0): "latest", (name, 1): "earliest"})
        assert (ends[TopicPartition(name, 0)].offset, ends[TopicPartition(name, 1)].offset) == (4, 0)
        assert await admin.delete_records({(name, 0): 3}) == {TopicPartition(name, 0): 3}
        assert (await admin.list_offsets({(name, 0): "earliest"}))[TopicPartition(name, 0)].offset == 3
