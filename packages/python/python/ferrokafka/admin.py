"""The asyncio admin client."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Type

from . import _native
from ._core import created, described, follow_log_level, new_topics
from . import _acls as acls_
from . import _admin_ops as ops
from . import _versions as versions_
from .admin_types import AclBinding, BrokerVersions, ClusterDescription, ConfigResource, ConfigsByResource, GroupDescription, GroupLag, GroupList, ListedOffset
from .types import CreatedTopic, TopicDescription, TopicPartition


class Admin:
    """Topics, partitions, configs, groups and their offsets, offsets and
    records. ``async with kafka.admin() as admin``."""

    def __init__(self, client: Dict[str, Any]) -> None:
        self._client = client
        self._native: Any = None

    async def connect(self) -> "Admin":
        if self._native is None:
            follow_log_level()
            self._native = await _native.admin_connect(self._client, False)
        return self

    async def _ready(self) -> Any:
        return (await self.connect())._native

    async def create_topics(
        self, topics: Iterable[Mapping[str, Any]], *, timeout_ms: int = 60_000, validate_only: bool = False
    ) -> List[CreatedTopic]:
        """Creates topics (``{"name", "partitions", "replication_factor",
        "configs"}``; -1 or absent means the broker's default) and waits
        until the cluster's metadata shows them."""
        native = await self._ready()
        return created(await native.create_topics(new_topics(topics), timeout_ms, validate_only, False))

    async def delete_topics(self, names: Iterable[str], *, timeout_ms: int = 60_000) -> None:
        native = await self._ready()
        await native.delete_topics(list(names), timeout_ms, False)

    async def list_topics(self, *, include_internal: bool = False) -> List[str]:
        native = await self._ready()
        return list(await native.list_topics(include_internal, False))

    async def describe_topics(self, names: Iterable[str]) -> List[TopicDescription]:
        native = await self._ready()
        return described(await native.describe_topics(list(names), False))

    async def create_partitions(self, totals: Mapping[str, int], *, validate_only: bool = False) -> None:
        """Raises each topic's partition count to the total given (``{topic: total}``)."""
        await _native.admin_create_partitions(await self._ready(), list(totals.items()), validate_only, False)

    async def describe_configs(self, resources: Iterable[ConfigResource]) -> ConfigsByResource:
        """The configs of ``("topic", name)`` / ``("broker", node id)`` resources, by resource, then by name; a resource that failed is left out and its error is in the result's ``errors``."""
        return ops.configs(await _native.admin_describe_configs(await self._ready(), ops.resources(resources), False))

    async def alter_configs(self, changes: Mapping[ConfigResource, Mapping[str, ops.ConfigChange]], *, validate_only: bool = False) -> None:
        """Changes configs incrementally: ``{resource: {name: value}}``, a str sets, None deletes (back to the default), ``("append" | "subtract", value)`` edits a list config."""
        await _native.admin_alter_configs(await self._ready(), ops.changes(changes), validate_only, False)

    async def list_groups(self, *, states: Optional[Iterable[str]] = None) -> GroupList:
        """The consumer groups of every broker that answered, optionally only those in ``states`` (``Stable``, ``Empty``, ...); brokers that could not be asked are in the result's ``broker_errors``. Raises only when no broker answered."""
        return ops.groups(await _native.admin_list_groups(await self._ready(), list(states or []), False))

    async def describe_groups(self, group_ids: Iterable[str]) -> List[GroupDescription]:
        """State, assignor and members (with their assignments) of each group."""
        return ops.described_groups(await _native.admin_describe_groups(await self._ready(), list(group_ids), False))

    async def delete_groups(self, group_ids: Iterable[str]) -> None:
        """Deletes groups that have no members."""
        await _native.admin_delete_groups(await self._ready(), list(group_ids), False)

    async def list_group_offsets(self, group_id: str) -> Dict[TopicPartition, int]:
        """The group's committed offsets."""
        return ops.by_partition(await _native.admin_list_group_offsets(await self._ready(), group_id, False))

    async def alter_group_offsets(self, group_id: str, offsets: Mapping[Tuple[str, int], int]) -> None:
        """Sets the group's committed offsets (``{(topic, partition): offset}``); the group must have no members."""
        await _native.admin_alter_group_offsets(await self._ready(), group_id, ops.offsets(offsets), False)

    async def reset_group_offsets(self, group_id: str, partitions: Iterable[Tuple[str, int]], *, to: ops.OffsetSpec) -> Dict[TopicPartition, int]:
        """Resets the group's offsets to ``"earliest"``, ``"latest"`` or the first record at or after a timestamp (ms); returns the offsets set. The group must have no members."""
        return ops.by_partition(await _native.admin_reset_group_offsets(await self._ready(), group_id, ops.partitions(partitions), to, False))

    async def delete_group_offsets(self, group_id: str, partitions: Iterable[Tuple[str, int]]) -> None:
        """Deletes the group's committed offsets of partitions no member subscribes to."""
        await _native.admin_delete_group_offsets(await self._ready(), group_id, ops.partitions(partitions), False)

    async def group_lag(self, group_id: str) -> GroupLag:
        """Committed offset, log end and lag of each partition the group has offsets for or is assigned."""
        return ops.lag(await _native.admin_group_lag(await self._ready(), group_id, False))

    async def list_offsets(self, asked: Mapping[Tuple[str, int], ops.OffsetSpec], *, isolation_level: str = "read_uncommitted") -> Dict[TopicPartition, ListedOffset]:
        """The earliest, latest or by-timestamp offset of partitions (``{(topic, partition): "earliest" | "latest" | ms}``); a partition whose lookup failed has ``offset`` None and its ``error``."""
        return ops.listed(await _native.admin_list_offsets(await self._ready(), ops.specs(asked), ops.read_committed(isolation_level), False))

    async def delete_records(self, before: Mapping[Tuple[str, int], int]) -> Dict[TopicPartition, int]:
        """Deletes the records before the given offsets; returns each partition's new earliest offset."""
        return ops.by_partition(await _native.admin_delete_records(await self._ready(), ops.offsets(before), False))

    async def create_acls(self, acls: Iterable[Mapping[str, Any]]) -> None:
        """Creates ACLs: ``{"resource_type", "resource_name", "pattern_type"="literal", "principal", "host"="*", "operation", "permission"="allow"}``."""
        await _native.admin_create_acls(await self._ready(), [acls_.binding(a) for a in acls], False)

    async def describe_acls(self, acl_filter: Optional[Mapping[str, Any]] = None) -> List[AclBinding]:
        """The ACLs matching a filter (the fields of an ACL; a missing one matches anything)."""
        return acls_.bindings(await _native.admin_describe_acls(await self._ready(), acls_.acl_filter(acl_filter or {}), False))

    async def delete_acls(self, filters: Iterable[Mapping[str, Any]]) -> List[AclBinding]:
        """Deletes the ACLs matching any of the filters; returns them."""
        return acls_.bindings(await _native.admin_delete_acls(await self._ready(), [acls_.acl_filter(f) for f in filters], False))

    async def describe_cluster(self) -> ClusterDescription:
        """The cluster's id, controller and live brokers, asked now."""
        return acls_.cluster(await _native.admin_describe_cluster(await self._ready(), False))

    async def describe_broker_versions(self) -> List[BrokerVersions]:
        """The API versions and features of every live broker, by node id; a
        broker that could not be asked carries its exception in ``error``."""
        return versions_.broker_versions(await _native.admin_describe_broker_versions(await self._ready(), False))

    async def close(self) -> None:
        native, self._native = self._native, None
        if native is not None:
            await native.close(False)

    async def __aenter__(self) -> "Admin":
        return await self.connect()

    async def __aexit__(
        self, et: Optional[Type[BaseException]], e: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        await self.close()
