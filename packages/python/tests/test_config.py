"""Options are checked before anything connects; bad ones raise ConfigError
naming the option. No broker needed."""

from __future__ import annotations

import pytest

from ferrokafka import ConfigError, Kafka, KafkaError, sync


def option_of(call: object) -> str:
    with pytest.raises(ConfigError) as info:
        call()  # type: ignore[operator]
    assert isinstance(info.value, KafkaError) and isinstance(info.value, ValueError)
    assert info.value.name == "INVALID_CONFIGURATION" and info.value.retriable is False
    assert info.value.option is not None
    assert info.value.option in str(info.value)
    return info.value.option


def test_client_options_are_checked() -> None:
    assert option_of(lambda: Kafka(brokers=["no-port"])) == "brokers"
    assert option_of(lambda: Kafka(brokers=[])) == "brokers"
    assert option_of(lambda: Kafka(brokers=["a:1"], request_timeout_ms="soon")) == "request_timeout_ms"
    assert option_of(lambda: Kafka(brokers=["a:1"], request_timeout_ms=-5)) == "request_timeout_ms"
    assert option_of(lambda: Kafka(brokers=["a:1"], client_idd="x")) == "client_idd"
    assert option_of(lambda: sync.Kafka(brokers="a:1", max_frame_size=10)) == "max_frame_size"
    Kafka(brokers="a:1,b:2")  # a comma-separated string works too


def test_producer_options_are_checked() -> None:
    kafka = Kafka(brokers=["a:1"])
    assert option_of(lambda: kafka.producer(acks="some")) == "acks"
    assert option_of(lambda: kafka.producer(acks="leader")) == "acks"  # idempotence needs acks=all
    kafka.producer(acks="leader", idempotence=False)
    assert option_of(lambda: kafka.producer(compression="brotli")) == "compression"
    assert option_of(lambda: kafka.producer(linger_ms=1.5)) == "linger_ms"
    assert option_of(lambda: kafka.producer(delivery_timeout_ms=10)) == "delivery_timeout_ms"
    assert option_of(lambda: kafka.producer(max_in_flight=9)) == "max_in_flight"
    assert option_of(lambda: kafka.producer(lingerMs=5)) == "lingerMs"
    kafka.producer(compression="zstd", compression_level=3, linger_ms=5, partitioner="round_robin")


def test_consumer_options_are_checked() -> None:
    kafka = Kafka(brokers=["a:1"])
    assert option_of(lambda: kafka.consumer()) == "group_id"
    assert option_of(lambda: kafka.consumer(group_id="g", auto_offset_reset="oldest")) == "auto_offset_reset"
    assert option_of(lambda: kafka.consumer(group_id="g", assignors=["fair"])) == "assignors"
    assert option_of(lambda: kafka.consumer(group_id="g", heartbeat_interval_ms=60_000)) == "heartbeat_interval_ms"
    assert option_of(lambda: kafka.consumer(group_id="g", on_assigned=42)) == "on_assigned"
    assert option_of(lambda: sync.Kafka(brokers="a:1").consumer(group_id="g", max_poll_records=0)) == "max_poll_records"


def test_ssl_and_sasl_shapes_are_checked() -> None:
    assert option_of(lambda: Kafka(brokers=["a:1"], ssl={"ca": 3})) == "ssl"
    assert option_of(lambda: Kafka(brokers=["a:1"], ssl={"cert": "c.pem"})) == "ssl"
    assert option_of(lambda: Kafka(brokers=["a:1"], ssl={"ca": "ca.pem", "verify": False})) == "ssl"
    assert option_of(lambda: Kafka(brokers=["a:1"], ssl={"server_hostname": ""})) == "ssl"
    assert option_of(lambda: Kafka(brokers=["a:1"], sasl={"mechanism": "kerberos"})) == "sasl"
    assert option_of(lambda: Kafka(brokers=["a:1"], sasl={"mechanism": "plain", "username": "u"})) == "sasl"
    assert option_of(lambda: Kafka(brokers=["a:1"], sasl={"mechanism": "oauthbearer"})) == "sasl"
    # Well-formed options are accepted without connecting.
    Kafka(brokers=["a:1"], ssl=True)
    Kafka(brokers=["a:1"], ssl={"ca": b"-----BEGIN CERTIFICATE-----", "reject_unauthorized": True, "server_hostname": "kafka"})
    Kafka(brokers=["a:1"], sasl={"mechanism": "SCRAM-SHA-512", "username": "u", "password": "p"})
    Kafka(brokers=["a:1"], sasl={"mechanism": "oauthbearer", "oauth_bearer_provider": lambda: {"value": "t"}})
