"""TLS and SASL against the secured listeners of the 1-node cluster that
tests/kafka/with-clusters starts (see docs/harness.md): every mechanism
carries a produce/consume round trip; wrong credentials, a failing token
provider, an untrusted CA and a missing ACL fail with typed errors."""

from __future__ import annotations

import base64
import json
import os
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, List

import pytest

from ferrokafka import AuthenticationError, AuthorizationError, ConfigError, Kafka, TlsError, sync

ADMIN = ("admin", "admin-secret")


def env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: run the tests through tests/kafka/with-clusters (see docs/harness.md)")
    return value


def tls(**extra: Any) -> Dict[str, Any]:
    return {"ca": env("FERROKAFKA_TLS_CA"), **extra}


def sasl(mechanism: str, user: str = ADMIN[0], password: str = ADMIN[1]) -> Dict[str, Any]:
    return {"mechanism": mechanism, "username": user, "password": password}


def unsecured_jwt(sub: str, lifetime_s: float = 3600.0) -> Dict[str, Any]:
    """A token of the kind the harness's brokers accept (alg "none")."""

    def part(obj: Dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    now = time.time()
    # Issued a little in the past: the broker refuses an `iat` later than its
    # own clock, which a fraction of a millisecond would be.
    claims = {"sub": sub, "iat": int(now) - 60, "exp": int(now + lifetime_s)}
    return {"value": f"{part({'alg': 'none'})}.{part(claims)}.", "expires_at": now + lifetime_s, "principal": sub}


def round_trip(kafka: sync.Kafka, name: str) -> None:
    """Sends one record and reads it back through `kafka`."""
    payload = uuid.uuid4().hex.encode()
    with kafka.producer() as p:
        p.send(name, [{"value": payload}])
    with kafka.consumer(group_id=f"py-sec-{uuid.uuid4().hex[:8]}", auto_offset_reset="earliest") as c:
        for m in c.stream(name):
            if m.raw_value == payload:
                return


@pytest.mark.parametrize("mechanism", ["plain", "scram-sha-256", "scram-sha-512"])
def test_password_mechanisms_round_trip_over_sasl_and_sasl_ssl(mechanism: str, new_topic: Callable[..., str]) -> None:
    name = new_topic()
    round_trip(sync.Kafka(brokers=env("FERROKAFKA_BROKERS_SASL"), sasl=sasl(mechanism)), name)
    round_trip(sync.Kafka(brokers=env("FERROKAFKA_BROKERS_SASL_TLS"), ssl=tls(), sasl=sasl(mechanism)), name)


def test_oauthbearer_with_a_plain_provider(new_topic: Callable[..., str]) -> None:
    calls: List[int] = []

    def provider() -> Dict[str, Any]:
        calls.append(1)
        return unsecured_jwt("admin")

    kafka = sync.Kafka(brokers=env("FERROKAFKA_BROKERS_SASL"), sasl={"mechanism": "oauthbearer", "oauth_bearer_provider": provider})
    round_trip(kafka, new_topic())
    assert calls, "the provider was never asked for a token"


async def test_oauthbearer_with_an_async_provider_on_the_running_loop(new_topic: Callable[..., str]) -> None:
    calls: List[int] = []

    async def provider() -> Dict[str, Any]:
        calls.append(1)
        return unsecured_jwt("admin")

    name = new_topic()
    kafka = Kafka(
        brokers=env("FERROKAFKA_BROKERS_SASL_TLS"), ssl=tls(), sasl={"mechanism": "oauthbearer", "oauth_bearer_provider": provider}
    )
    async with kafka.producer() as p:
        await p.send(name, [{"value": b"from-async-provider"}])
    async with kafka.admin() as admin:
        assert name in await admin.list_topics()
    assert calls, "the provider was never asked for a token"


def test_mutual_tls_with_pem_bytes_and_paths(new_topic: Callable[..., str]) -> None:
    ca = Path(env("FERROKAFKA_TLS_CA")).read_bytes()
    ssl = {"ca": ca, "cert": env("FERROKAFKA_TLS_CLIENT_CERT"), "key": Path(env("FERROKAFKA_TLS_CLIENT_KEY"))}
    round_trip(sync.Kafka(brokers=env("FERROKAFKA_BROKERS_TLS"), ssl=ssl), new_topic())


def test_an_untrusted_broker_certificate_is_a_tls_error() -> None:
    ssl = {"ca": env("FERROKAFKA_TLS_OTHER_CA")}
    with pytest.raises(TlsError) as caught:
        with sync.Kafka(brokers=env("FERROKAFKA_BROKERS_SASL_TLS"), ssl=ssl, sasl=sasl("plain")).admin() as admin:
            admin.list_topics()
    assert caught.value.name == "TLS_FAILED"


@pytest.mark.parametrize("mechanism", ["plain", "scram-sha-256", "scram-sha-512"])
def test_a_wrong_password_is_an_authentication_error(mechanism: str) -> None:
    with pytest.raises(AuthenticationError) as caught:
        with sync.Kafka(brokers=env("FERROKAFKA_BROKERS_SASL"), sasl=sasl(mechanism, "alice", "wrong")).admin() as admin:
            admin.list_topics()
    assert mechanism.upper() in str(caught.value)
    assert "wrong" not in str(caught.value)
    assert not caught.value.retriable


async def test_a_failing_token_provider_is_an_authentication_error() -> None:
    def provider() -> Dict[str, Any]:
        raise RuntimeError("token service down")

    kafka = Kafka(brokers=env("FERROKAFKA_BROKERS_SASL"), sasl={"mechanism": "oauthbearer", "oauth_bearer_provider": provider})
    with pytest.raises(AuthenticationError) as caught:
        async with kafka.admin() as admin:
            await admin.list_topics()
    assert "oauth_bearer_provider raised RuntimeError: token service down" in str(caught.value)


def test_alice_is_denied_private_topics_and_allowed_her_own(admin: sync.Admin) -> None:
    mine, private = f"alice-py-{uuid.uuid4().hex[:8]}", f"private-py-{uuid.uuid4().hex[:8]}"
    admin.create_topics([{"name": t, "partitions": 1, "replication_factor": 1} for t in (mine, private)])
    try:
        alice = sync.Kafka(brokers=env("FERROKAFKA_BROKERS_SASL"), sasl=sasl("scram-sha-256", "alice", "alice-secret"))
        with alice.producer() as p:
            assert p.send(mine, [{"value": b"ok"}])[0].offset == 0
            with pytest.raises(AuthorizationError) as caught:
                p.send(private, [{"value": b"no"}])
        assert caught.value.name == "TOPIC_AUTHORIZATION_FAILED"
    finally:
        admin.delete_topics([mine, private])


def test_an_unreadable_ca_file_is_a_config_error_naming_the_file() -> None:
    with pytest.raises(ConfigError) as caught:
        with sync.Kafka(brokers=env("FERROKAFKA_BROKERS_TLS"), ssl={"ca": "/nonexistent/ca.pem"}).admin() as admin:
            admin.list_topics()
    assert "/nonexistent/ca.pem" in str(caught.value)


def test_a_provider_returning_no_token_is_an_authentication_error() -> None:
    kafka = sync.Kafka(brokers=env("FERROKAFKA_BROKERS_SASL"), sasl={"mechanism": "oauthbearer", "oauth_bearer_provider": lambda: "jwt"})
    with pytest.raises(AuthenticationError, match='must return a dict with a str "value"'):
        with kafka.admin() as admin:
            admin.list_topics()


def test_an_async_provider_works_with_the_blocking_api(new_topic: Callable[..., str]) -> None:
    async def provider() -> Dict[str, Any]:
        return unsecured_jwt("admin")

    kafka = sync.Kafka(brokers=env("FERROKAFKA_BROKERS_SASL"), sasl={"mechanism": "oauthbearer", "oauth_bearer_provider": provider})
    round_trip(kafka, new_topic())
