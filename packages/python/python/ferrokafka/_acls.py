"""ACL bindings and filters between Python names and the wire codes the
native module takes, and the cluster description."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple

from .admin_types import AclBinding, BrokerNode, ClusterDescription
from .errors import ConfigError

RESOURCE_TYPES = {"any": 1, "topic": 2, "group": 3, "cluster": 4, "transactional_id": 5, "delegation_token": 6, "user": 7}
PATTERN_TYPES = {"any": 1, "match": 2, "literal": 3, "prefixed": 4}
OPERATIONS = {
    "any": 1, "all": 2, "read": 3, "write": 4, "create": 5, "delete": 6, "alter": 7, "describe": 8,
    "cluster_action": 9, "describe_configs": 10, "alter_configs": 11, "idempotent_write": 12,
    "create_tokens": 13, "describe_tokens": 14, "two_phase_commit": 15,
}
PERMISSIONS = {"any": 1, "deny": 2, "allow": 3}


def _code(table: Dict[str, int], field: str, value: Any) -> int:
    code = table.get(str(value).lower())
    if code is None:
        raise ConfigError(f"ACL `{field}` = {value!r} is not one of {', '.join(table)}", option=field)
    return code


def _name(table: Dict[str, int], code: int) -> str:
    for name, c in table.items():
        if c == code:
            return name
    return f"unknown({code})"


def binding(acl: Mapping[str, Any]) -> Tuple[int, str, int, str, str, int, int]:
    """``{"resource_type", "resource_name", "pattern_type"="literal",
    "principal", "host"="*", "operation", "permission"="allow"}``."""
    try:
        return (
            _code(RESOURCE_TYPES, "resource_type", acl["resource_type"]),
            str(acl["resource_name"]),
            _code(PATTERN_TYPES, "pattern_type", acl.get("pattern_type", "literal")),
            str(acl["principal"]),
            str(acl.get("host", "*")),
            _code(OPERATIONS, "operation", acl["operation"]),
            _code(PERMISSIONS, "permission", acl.get("permission", "allow")),
        )
    except KeyError as missing:
        raise ConfigError(f"an ACL needs {missing}", option=str(missing.args[0])) from None


def acl_filter(f: Mapping[str, Any]) -> Tuple[int, Optional[str], int, Optional[str], Optional[str], int, int]:
    """Like :func:`binding`; a missing field matches anything."""
    return (
        _code(RESOURCE_TYPES, "resource_type", f.get("resource_type", "any")),
        f.get("resource_name"),
        _code(PATTERN_TYPES, "pattern_type", f.get("pattern_type", "any")),
        f.get("principal"),
        f.get("host"),
        _code(OPERATIONS, "operation", f.get("operation", "any")),
        _code(PERMISSIONS, "permission", f.get("permission", "any")),
    )


def bindings(raw: List[Tuple[int, str, int, str, str, int, int]]) -> List[AclBinding]:
    return [
        AclBinding(_name(RESOURCE_TYPES, rt), name, _name(PATTERN_TYPES, pt), principal, host, _name(OPERATIONS, op), _name(PERMISSIONS, perm))
        for rt, name, pt, principal, host, op, perm in raw
    ]


def cluster(raw: Tuple[Optional[str], Optional[int], List[Tuple[int, str, int, Optional[str]]]]) -> ClusterDescription:
    cluster_id, controller, brokers = raw
    return ClusterDescription(cluster_id, controller, [BrokerNode(*b) for b in brokers])
