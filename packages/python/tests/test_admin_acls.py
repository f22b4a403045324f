"""ACLs made, listed and deleted through the admin client take effect for
a SASL user; the cluster's description names its brokers."""

from __future__ import annotations

import os
import time
import uuid
from typing import Callable

import pytest
from eventually import until

from ferrokafka import AclBinding, AuthorizationError, ConfigError, Kafka, sync


def alice() -> sync.Kafka:
    servers = os.environ.get("FERROKAFKA_BROKERS_SASL")
    if not servers:
        pytest.fail("FERROKAFKA_BROKERS_SASL is not set: run the tests through tests/kafka/with-clusters")
    return sync.Kafka(brokers=servers, sasl={"mechanism": "scram-sha-256", "username": "alice", "password": "alice-secret"})


def test_an_acl_lets_alice_write_until_it_is_deleted(admin: sync.Admin, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    acl = {"resource_type": "topic", "resource_name": name, "principal": "User:alice", "operation": "write"}
    for_topic = {"resource_type": "topic", "resource_name": name}
    admin.create_acls([acl])
    expected = AclBinding("topic", name, "literal", "User:alice", "*", "write", "allow")
    assert until(lambda: admin.describe_acls(for_topic), bool, "the new ACL showing") == [expected]

    with alice().producer() as p:
        deadline = time.monotonic() + 60
        while True:  # brokers apply new ACLs shortly after they are created
            try:
                assert p.send(name, [{"value": b"allowed"}])[0].offset == 0
                break
            except AuthorizationError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)

    assert admin.delete_acls([for_topic]) == [expected]
    until(lambda: admin.describe_acls(for_topic), lambda acls: acls == [], "the deleted ACL going")
    with pytest.raises(ConfigError, match="operation"):
        admin.create_acls([{**acl, "operation": "juggle"}])


async def test_describe_cluster_names_the_brokers(brokers: str) -> None:
    async with Kafka(brokers=brokers).admin() as admin:
        described = await admin.describe_cluster()
    assert described.cluster_id
    assert [f"{b.host}:{b.port}" for b in described.brokers] == brokers.split(",")
    assert described.controller_id is not None
