"""The API versions and features each broker supports, through the admin
client, checked against Kafka's own BrokerApiVersionsCommand."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Dict, Tuple

from ferrokafka import Kafka, sync

RUN_CLASS = Path(__file__).resolve().parents[3] / "tests" / "kafka" / "run-class"


def java_tool_versions(brokers: str) -> Dict[int, Dict[int, Tuple[int, int]]]:
    """Each broker's API versions as Kafka's tool prints them: node id -> key -> (min, max)."""
    out = subprocess.run(
        [str(RUN_CLASS), "org.apache.kafka.tools.BrokerApiVersionsCommand", "--bootstrap-server", brokers],
        check=True, capture_output=True, text=True, timeout=180,
    ).stdout
    blocks = re.split(r"^\S+ \(id: (\d+) rack: [^)]*\) -> \(", out, flags=re.M)[1:]
    return {
        # "Produce(0): 0 to 13 [usable: 13]", or "OffsetDelete(47): 0 [usable: 0]" for one version.
        int(node): {int(k): (int(lo), int(hi or lo)) for k, lo, hi in re.findall(r"\w+\((\d+)\): (\d+)(?: to (\d+))?", text)}
        for node, text in zip(blocks[::2], blocks[1::2])
    }


async def test_describe_broker_versions_matches_the_java_tool(brokers: str, admin: sync.Admin) -> None:
    async with Kafka(brokers=brokers).admin() as async_admin:
        described = await async_admin.describe_broker_versions()
    node_ids = sorted(b.node_id for b in admin.describe_cluster().brokers)
    assert [b.node_id for b in described] == node_ids
    for broker in described:
        assert broker.error is None, broker.error
        produce = next(a for a in broker.apis if a.api_key == 0)
        assert produce.name == "Produce" and produce.max_version >= 9, produce
        finalized = {f.name: f for f in broker.finalized_features}
        supported = {f.name: f for f in broker.supported_features}
        level = finalized["metadata.version"].max
        assert level >= 1
        assert supported["metadata.version"].min <= level <= supported["metadata.version"].max
        assert broker.finalized_features_epoch >= 0

    # The blocking client reports the same (the epoch moves with the cluster's metadata).
    assert [b._replace(finalized_features_epoch=0) for b in admin.describe_broker_versions()] == [
        b._replace(finalized_features_epoch=0) for b in described
    ]

    # Kafka's own tool sees the same ranges on every broker.
    ours = {b.node_id: {a.api_key: (a.min_version, a.max_version) for a in b.apis} for b in described}
    assert ours == java_tool_versions(brokers)
