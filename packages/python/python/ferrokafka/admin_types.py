"""What the admin calls on configs, groups and offsets return."""

from __future__ import annotations

from typing import Dict, Iterable, List, NamedTuple, Optional, Tuple

from .errors import KafkaError
from .types import TopicPartition

#: A config resource: ``("topic", name)`` or ``("broker", "node id")``.
ConfigResource = Tuple[str, str]


class ConfigEntry(NamedTuple):
    """One config of a topic or broker. ``source`` is where its value comes
    from: ``Topic``, ``DynamicBroker``, ``DynamicDefaultBroker``,
    ``StaticBroker``, ``Default`` or ``DynamicBrokerLogger``."""

    name: str
    value: Optional[str]
    source: str
    is_default: bool
    read_only: bool
    sensitive: bool


class GroupListing(NamedTuple):
    group_id: str
    protocol_type: str
    state: str
    group_type: str


class GroupList(List[GroupListing]):
    """The groups of every broker that answered (a list of
    :class:`GroupListing`), and in ``broker_errors`` the brokers that could
    not be asked, by node id, with their error: their groups are missing."""

    broker_errors: Dict[int, KafkaError]

    def __init__(self, groups: Iterable[GroupListing] = (), broker_errors: Optional[Dict[int, KafkaError]] = None) -> None:
        super().__init__(groups)
        self.broker_errors = dict(broker_errors or {})


class GroupMember(NamedTuple):
    member_id: str
    group_instance_id: Optional[str]
    client_id: str
    host: str
    assignment: List[TopicPartition]


class GroupDescription(NamedTuple):
    group_id: str
    state: str
    protocol_type: str
    assignor: str
    members: List[GroupMember]


class PartitionLag(NamedTuple):
    """``lag`` is ``log_end - committed``; ``None`` where either is unknown."""

    partition: TopicPartition
    committed: Optional[int]
    log_end: Optional[int]
    lag: Optional[int]
    member_id: Optional[str]


class GroupLag(NamedTuple):
    group_id: str
    state: str
    total: int
    partitions: List[PartitionLag]


class ListedOffset(NamedTuple):
    """``offset`` is None when a timestamp is later than every record, or
    when the lookup failed: then ``error`` says why (the partition does not
    exist, its leader could not be asked, ...)."""

    offset: Optional[int]
    timestamp: Optional[int]
    error: Optional[KafkaError] = None


class ConfigsByResource(Dict[ConfigResource, Dict[str, ConfigEntry]]):
    """The configs of each resource that answered, by resource, then by
    name; ``errors`` holds the resources that failed (an unknown topic, a
    broker that cannot be reached), with their error."""

    errors: Dict[ConfigResource, KafkaError]

    def __init__(
        self,
        configs: Optional[Dict[ConfigResource, Dict[str, ConfigEntry]]] = None,
        errors: Optional[Dict[ConfigResource, KafkaError]] = None,
    ) -> None:
        super().__init__(configs or {})
        self.errors = dict(errors or {})


class AclBinding(NamedTuple):
    """An ACL, with lower-case names (``"topic"``, ``"literal"``, ``"read"``, ``"allow"``)."""

    resource_type: str
    resource_name: str
    pattern_type: str
    principal: str
    host: str
    operation: str
    permission: str


class BrokerNode(NamedTuple):
    node_id: int
    host: str
    port: int
    rack: Optional[str]


class ClusterDescription(NamedTuple):
    cluster_id: Optional[str]
    controller_id: Optional[int]
    brokers: List[BrokerNode]


class ApiVersionRange(NamedTuple):
    """One API a broker speaks. ``name`` (``Produce``) is None for a key
    this client does not know."""

    api_key: int
    name: Optional[str]
    min_version: int
    max_version: int


class FeatureRange(NamedTuple):
    """A feature's supported version range, or its finalized level (``max``)."""

    name: str
    min: int
    max: int


class BrokerVersions(NamedTuple):
    """What one broker supports. A broker that could not be asked has its
    exception in ``error`` and empty lists."""

    node_id: int
    apis: List[ApiVersionRange]
    supported_features: List[FeatureRange]
    finalized_features: List[FeatureRange]
    #: The epoch of the finalized features; -1 when unknown.
    finalized_features_epoch: int
    error: Optional[Exception]
