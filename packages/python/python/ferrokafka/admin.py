"""The asyncio admin client."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Dict, Iterable, List, Mapping, Optional, Type

from . import _native
from ._core import created, described, follow_log_level, new_topics
from .types import CreatedTopic, TopicDescription


class Admin:
    """Topics: create, delete, list, describe. ``async with kafka.admin() as admin``."""

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
