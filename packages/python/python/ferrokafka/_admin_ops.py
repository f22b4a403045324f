"""Arguments and results of the admin calls beyond topics, shared by the
asyncio and the blocking admin clients."""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from .admin_types import (
    ConfigEntry,
    ConfigResource,
    ConfigsByResource,
    GroupDescription,
    GroupList,
    GroupListing,
    GroupLag,
    GroupMember,
    ListedOffset,
    PartitionLag,
)
from .errors import ConfigError, KafkaError
from .types import TopicPartition

OffsetSpec = Union[str, int]
ConfigChange = Union[str, None, Tuple[str, str]]


def resources(items: Iterable[ConfigResource]) -> List[Tuple[str, str]]:
    out = []
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise ConfigError(f"a config resource is (\"topic\", name) or (\"broker\", node id), not {item!r}", option="resource")
        out.append((str(item[0]), str(item[1])))
    return out


def configs(raw: Tuple[List[Tuple[str, str, List[Tuple[Any, ...]]]], List[Tuple[str, str, KafkaError]]]) -> ConfigsByResource:
    answered, failed = raw
    return ConfigsByResource(
        {(kind, name): {e[0]: ConfigEntry(*e) for e in entries} for kind, name, entries in answered},
        {(kind, name): error for kind, name, error in failed},
    )


def changes(asked: Mapping[ConfigResource, Mapping[str, ConfigChange]]) -> List[Tuple[str, str, List[Tuple[str, str, Optional[str]]]]]:
    """``{resource: {config: value}}``: a str sets, None deletes (back to the
    default), ``("append" | "subtract", value)`` edits a list config."""
    out = []
    for (kind, name), ops in zip(resources(asked), asked.values()):
        listed: List[Tuple[str, str, Optional[str]]] = []
        for key, value in ops.items():
            if value is None:
                listed.append(("delete", key, None))
            elif isinstance(value, str):
                listed.append(("set", key, value))
            elif isinstance(value, tuple) and len(value) == 2:
                listed.append((str(value[0]), key, str(value[1])))
            else:
                raise ConfigError(f"config `{key}`: give a str, None or (\"append\" | \"subtract\", str), not {value!r}", option=key)
        out.append((kind, name, listed))
    return out


def partitions(items: Iterable[Tuple[str, int]]) -> List[Tuple[str, int]]:
    return [(str(t), int(p)) for t, p in items]


def offsets(items: Mapping[Tuple[str, int], int]) -> List[Tuple[str, int, int]]:
    return [(str(t), int(p), int(o)) for (t, p), o in items.items()]


def by_partition(raw: List[Tuple[str, int, int]]) -> Dict[TopicPartition, int]:
    return {TopicPartition(t, p): o for t, p, o in raw}


def groups(raw: Tuple[List[Tuple[str, str, str, str]], List[Tuple[int, KafkaError]]]) -> GroupList:
    listed, failed = raw
    return GroupList((GroupListing(*g) for g in listed), dict(failed))


def described_groups(raw: List[Tuple[Any, ...]]) -> List[GroupDescription]:
    return [
        GroupDescription(gid, state, ptype, assignor, [GroupMember(m, i, c, h, [TopicPartition(*tp) for tp in a]) for m, i, c, h, a in members])
        for gid, state, ptype, assignor, members in raw
    ]


def lag(raw: Tuple[str, str, int, List[Tuple[Any, ...]]]) -> GroupLag:
    gid, state, total, parts = raw
    return GroupLag(gid, state, total, [PartitionLag(TopicPartition(t, p), c, e, lg, m) for t, p, c, e, lg, m in parts])


def specs(asked: Mapping[Tuple[str, int], OffsetSpec]) -> List[Tuple[str, int, OffsetSpec]]:
    return [(str(t), int(p), s) for (t, p), s in asked.items()]


def listed(raw: Sequence[Tuple[str, int, Optional[int], Optional[int], Optional[KafkaError]]]) -> Dict[TopicPartition, ListedOffset]:
    return {TopicPartition(t, p): ListedOffset(o, ts, e) for t, p, o, ts, e in raw}


def read_committed(isolation_level: str) -> bool:
    if isolation_level not in ("read_committed", "read_uncommitted"):
        raise ConfigError(f"isolation_level is read_committed or read_uncommitted, not {isolation_level!r}", option="isolation_level")
    return isolation_level == "read_committed"
