from __future__ import annotations

import uuid

import pytest

from ferrokafka import Kafka, TopicExistsError, UnknownTopicError


async def test_create_list_describe_delete(brokers: str) -> None:
    name = f"py-admin-{uuid.uuid4().hex[:10]}"
    async with Kafka(brokers=brokers).admin() as admin:
        created = await admin.create_topics(
            [{"name": name, "partitions": 3, "replication_factor": 1, "configs": {"retention.ms": "3600000"}}]
        )
        assert [(c.name, c.partitions, c.replication_factor) for c in created] == [(name, 3, 1)]
        assert name in await admin.list_topics()
        assert not any(t.startswith("__") for t in await admin.list_topics())
        [described] = await admin.describe_topics([name])
        assert described.name == name and described.topic_id == created[0].topic_id
        assert [p.partition for p in described.partitions] == [0, 1, 2]
        assert all(p.leader is not None and p.replicas and p.isr for p in described.partitions)
        with pytest.raises(TopicExistsError) as info:
            await admin.create_topics([{"name": name, "partitions": 1}])
        assert info.value.code == 36 and not info.value.retriable
        await admin.delete_topics([name])
        assert name not in await admin.list_topics()
        with pytest.raises(UnknownTopicError):
            await admin.describe_topics([name])
        with pytest.raises(UnknownTopicError):
            await admin.delete_topics([name])
