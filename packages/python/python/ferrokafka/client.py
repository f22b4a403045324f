"""The asyncio entry point: :class:`Kafka`."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence, Union

from ._core import client_options
from .admin import Admin
from .consumer import Consumer
from .producer import Producer


class Kafka:
    """A cluster's address and connection options; makes producers,
    consumers and admin clients. Bad options raise ConfigError at once.
    ``ssl`` (True or ``{"ca", "cert", "key", "reject_unauthorized",
    "server_hostname"}``) and ``sasl`` (``{"mechanism", "username",
    "password"}`` or ``{"mechanism": "oauthbearer",
    "oauth_bearer_provider"}``) are described in docs/python.md."""

    def __init__(
        self,
        brokers: Union[str, Sequence[str]],
        *,
        client_id: Optional[str] = None,
        request_timeout_ms: Optional[int] = None,
        connect_timeout_ms: Optional[int] = None,
        ssl: Union[bool, Mapping[str, Any], None] = None,
        sasl: Optional[Mapping[str, Any]] = None,
        **options: Any,
    ) -> None:
        self._client = client_options(
            dict(
                options,
                brokers=brokers,
                client_id=client_id,
                request_timeout_ms=request_timeout_ms,
                connect_timeout_ms=connect_timeout_ms,
                ssl=ssl,
                sasl=sasl,
            )
        )

    def producer(self, **options: Any) -> Producer:
        """A producer; options in snake_case (``acks``, ``linger_ms``, ...)."""
        return Producer(self._client, options)

    def consumer(self, **options: Any) -> Consumer:
        """A group consumer; ``group_id`` is required."""
        return Consumer(self._client, options)

    def admin(self) -> Admin:
        return Admin(self._client)
