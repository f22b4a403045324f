"""ferrokafka: a Kafka client for Python over a native Rust engine.

asyncio first::

    from ferrokafka import Kafka, topic, string, json
    kafka = Kafka(brokers=["localhost:9092"], client_id="orders-service")
    orders = topic("orders", key=string(), value=json(Order))
    async with kafka.producer(linger_ms=5) as producer:
        await producer.send(orders, [{"key": "user-42", "value": order}])

and the same API without ``await`` in :mod:`ferrokafka.sync`.
"""

from ferrokafka._native import engine_version

from .admin import Admin
from .admin_types import AclBinding, ApiVersionRange, BrokerVersions, ClusterDescription, ConfigEntry, ConfigsByResource, FeatureRange, GroupDescription, GroupLag, GroupList, GroupListing, GroupMember, ListedOffset, PartitionLag
from .client import Kafka
from .codecs import Codec, codec, json, raw, string
from .consumer import Consumer
from . import errors
from .errors import (
    AuthenticationError,
    AuthorizationError,
    ClientClosedError,
    ConfigError,
    DecodeError,
    EncodeError,
    KafkaConnectionError,
    KafkaError,
    KafkaTimeoutError,
    ProtocolError,
    RecordTooLargeError,
    TlsError,
    TopicExistsError,
    TransactionError,
    ProducerFencedError,
    UnknownTopicError,
)
from .message import Message
from .producer import Producer
from .topic import Topic, topic
from .types import CreatedTopic, PartitionDescription, Record, RecordMetadata, TopicDescription, TopicPartition

__all__ = [
    "engine_version",
    "Kafka",
    "Producer",
    "Consumer",
    "Admin",
    "Topic",
    "topic",
    "Codec",
    "codec",
    "json",
    "raw",
    "string",
    "Message",
    "Record",
    "RecordMetadata",
    "TopicPartition",
    "TopicDescription",
    "PartitionDescription",
    "CreatedTopic",
    "AclBinding",
    "ClusterDescription",
    "BrokerVersions",
    "ApiVersionRange",
    "FeatureRange",
    "ConfigEntry",
    "ConfigsByResource",
    "GroupDescription",
    "GroupLag",
    "GroupList",
    "GroupListing",
    "GroupMember",
    "ListedOffset",
    "PartitionLag",
]
__all__ += errors.__all__
__version__ = "0.1.0"
