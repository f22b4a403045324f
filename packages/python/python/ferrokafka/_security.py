"""Checks the ``ssl`` and ``sasl`` options and readies them for the engine.

Shapes::

    ssl=True                      # TLS, broker checked against the system roots
    ssl={"ca": PEM or path, "cert": PEM or path, "key": PEM or path,
         "reject_unauthorized": True, "server_hostname": "broker.example"}
    sasl={"mechanism": "plain" | "scram-sha-256" | "scram-sha-512",
          "username": ..., "password": ...}
    sasl={"mechanism": "oauthbearer", "oauth_bearer_provider": callable}

PEM may be given as ``str`` or ``bytes`` (text holding ``-----BEGIN``) or as
a file path (``str`` or ``os.PathLike``). The OAUTHBEARER provider may be a
plain or an ``async`` callable; it returns ``{"value": token, "expires_at":
seconds since the epoch (optional), "principal": ... (optional),
"extensions": {str: str} (optional)}``. The native module calls the wrapper
built here on one of the engine's threads.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import threading
from typing import Any, Callable, Dict, Mapping, Optional

from .errors import ConfigError

SSL_KEYS = {"ca", "cert", "key", "reject_unauthorized", "server_hostname"}
SASL_MECHANISMS = ("plain", "scram-sha-256", "scram-sha-512", "oauthbearer")

#: How long the engine waits for an ``async`` provider on the application's loop.
PROVIDER_TIMEOUT_S = 60.0


def _pem(name: str, value: Any) -> str:
    if isinstance(value, (bytes, bytearray)):
        try:
            return bytes(value).decode("ascii")
        except UnicodeDecodeError:
            raise ConfigError(f"`ssl[{name!r}]` bytes must be PEM text (ASCII)", option="ssl") from None
    if isinstance(value, os.PathLike):
        return str(os.fspath(value))
    if isinstance(value, str):
        return value
    raise ConfigError(f"`ssl[{name!r}]` must be PEM text (str or bytes) or a file path, not {type(value).__name__}", option="ssl")


def check_ssl(ssl: Any) -> Optional[Dict[str, Any]]:
    if ssl is None or ssl is False:
        return None
    if ssl is True:
        return {"reject_unauthorized": True}
    if not isinstance(ssl, Mapping):
        raise ConfigError(f"option `ssl` must be True or a dict with {sorted(SSL_KEYS)}, not {type(ssl).__name__}", option="ssl")
    ssl = dict(ssl)
    unknown = set(ssl) - SSL_KEYS
    if unknown:
        raise ConfigError(f"unknown `ssl` keys {sorted(unknown)}; known keys: {sorted(SSL_KEYS)}", option="ssl")
    out: Dict[str, Any] = {}
    for name in ("ca", "cert", "key"):
        if ssl.get(name) is not None:
            out[name] = _pem(name, ssl[name])
    if ("cert" in out) != ("key" in out):
        raise ConfigError("`ssl` needs both `cert` and `key` for a client certificate, or neither", option="ssl")
    reject = ssl.get("reject_unauthorized", True)
    if not isinstance(reject, bool):
        raise ConfigError("`ssl['reject_unauthorized']` must be a bool", option="ssl")
    out["reject_unauthorized"] = reject
    host = ssl.get("server_hostname")
    if host is not None:
        if not isinstance(host, str) or not host:
            raise ConfigError("`ssl['server_hostname']` must be a non-empty str", option="ssl")
        out["server_hostname"] = host
    return out


def _loop_or_none() -> Optional[asyncio.AbstractEventLoop]:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def token_caller(provider: Callable[[], Any]) -> Callable[[], Any]:
    """A synchronous wrapper of ``provider`` for the engine's threads.

    An awaitable result runs on the event loop that was running when the
    client was created (if it still runs and this is not its thread), or
    else on a new loop of this thread (``asyncio.run``)."""
    loop = _loop_or_none()
    loop_thread = threading.get_ident() if loop is not None else None

    def call() -> Any:
        result = provider()
        if not inspect.isawaitable(result):
            return result

        async def wait() -> Any:
            return await result

        if loop is not None and loop.is_running() and not loop.is_closed() and threading.get_ident() != loop_thread:
            return asyncio.run_coroutine_threadsafe(wait(), loop).result(timeout=PROVIDER_TIMEOUT_S)
        return asyncio.run(wait())

    return call


def check_sasl(sasl: Any) -> Optional[Dict[str, Any]]:
    if sasl is None:
        return None
    if not isinstance(sasl, Mapping):
        raise ConfigError(f"option `sasl` must be a dict, not {type(sasl).__name__}", option="sasl")
    sasl = dict(sasl)
    mechanism = str(sasl.get("mechanism", "")).lower()
    if mechanism not in SASL_MECHANISMS:
        raise ConfigError(
            f"`sasl['mechanism']` = {sasl.get('mechanism')!r} is not one of {', '.join(SASL_MECHANISMS)}", option="sasl"
        )
    if mechanism == "oauthbearer":
        provider = sasl.get("oauth_bearer_provider")
        if not callable(provider):
            raise ConfigError("`sasl` with mechanism 'oauthbearer' needs a callable `oauth_bearer_provider`", option="sasl")
        allowed = {"mechanism", "oauth_bearer_provider"}
    else:
        for name in ("username", "password"):
            if not isinstance(sasl.get(name), str):
                raise ConfigError(f"`sasl` with mechanism {mechanism!r} needs a str `{name}`", option="sasl")
        allowed = {"mechanism", "username", "password"}
    unknown = set(sasl) - allowed
    if unknown:
        raise ConfigError(f"unknown `sasl` keys {sorted(unknown)} for mechanism {mechanism!r}", option="sasl")
    out = {**sasl, "mechanism": mechanism}
    if mechanism == "oauthbearer":
        out["oauth_bearer_provider"] = token_caller(sasl["oauth_bearer_provider"])
    return out
