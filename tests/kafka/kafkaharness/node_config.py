"""Writes the server.properties of one combined broker+controller node."""

from dataclasses import dataclass, field
from pathlib import Path

from . import security
from .ports import HOST


@dataclass(frozen=True)
class NodeSpec:
    node_id: int
    broker_port: int
    controller_port: int
    # Ports of the optional security listeners, by listener name (SASL_PLAINTEXT, SSL, SASL_SSL).
    listener_ports: dict = field(default_factory=dict)

    @property
    def bootstrap(self) -> str:
        return f"{HOST}:{self.broker_port}"

    def address(self, listener: str) -> str:
        return f"{HOST}:{self.listener_ports[listener]}"


def quorum_voters(nodes: list[NodeSpec]) -> str:
    return ",".join(f"{n.node_id}@{HOST}:{n.controller_port}" for n in nodes)


def server_properties(node: NodeSpec, nodes: list[NodeSpec], data_dir: Path, auto_create: bool,
                      tls_dir: Path | None = None, authorizer: bool = False,
                      secured: bool = False) -> str:
    count = len(nodes)
    replication = min(3, count)
    min_isr = min(2, count)
    extra = list(node.listener_ports)
    advertised = [f"PLAINTEXT://{node.bootstrap}"] + [f"{name}://{node.address(name)}" for name in extra]
    settings = {
        "process.roles": "broker,controller",
        "node.id": node.node_id,
        "controller.quorum.voters": quorum_voters(nodes),
        "listeners": ",".join(advertised + [f"CONTROLLER://{HOST}:{node.controller_port}"]),
        "advertised.listeners": ",".join(advertised),
        "listener.security.protocol.map": ",".join(
            ["PLAINTEXT:PLAINTEXT", "CONTROLLER:PLAINTEXT"] + [f"{name}:{name}" for name in extra]),
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "log.dirs": data_dir,
        "num.partitions": 1,
        "default.replication.factor": 1,
        "auto.create.topics.enable": str(auto_create).lower(),
        "group.initial.rebalance.delay.ms": 0,
        # Tests stop and restart nodes; leadership then stays where the
        # failover put it instead of moving back minutes later, in the
        # middle of some other test.
        "auto.leader.rebalance.enable": "false",
        # Tests write records with fixed timestamps in the past (to check
        # they are kept); the broker's retention pass would delete them
        # from under a test. It runs once a day instead of every 5 minutes
        # (retention.ms itself keeps its default, which tests describe).
        "log.retention.check.interval.ms": 86400000,
        # Lets a test give a KIP-848 group a short session (group configs
        # consumer.session.timeout.ms / consumer.heartbeat.interval.ms); the
        # broker defaults (45 s / 5 s) are unchanged.
        "group.consumer.min.session.timeout.ms": 6000,
        "group.consumer.min.heartbeat.interval.ms": 500,
        "offsets.topic.num.partitions": 3,
        "offsets.topic.replication.factor": replication,
        "transaction.state.log.num.partitions": 3,
        "transaction.state.log.replication.factor": replication,
        "transaction.state.log.min.isr": min_isr,
        "share.coordinator.state.topic.num.partitions": 3,
        "share.coordinator.state.topic.replication.factor": replication,
        "share.coordinator.state.topic.min.isr": min_isr,
        # A small machine runs several brokers next to the tests.
        "num.network.threads": 2,
        "num.io.threads": 4,
        "num.recovery.threads.per.data.dir": 1,
        "background.threads": 4,
    }
    if extra:
        settings.update(security.broker_settings(extra, tls_dir or Path("tls"), secured))
    if authorizer:
        settings.update(security.authorizer_settings())
    lines = ["# Written by tests/kafka/cluster; rewritten on every `up`."]
    lines += [f"{key}={value}" for key, value in settings.items()]
    return "\n".join(lines) + "\n"
