"""Checks the shape of the ``ssl`` and ``sasl`` options.

Shapes (snake_case mirrors of the Node package's options)::

    ssl={"ca": PEM or path, "cert": PEM or path, "key": PEM or path,
         "reject_unauthorized": True}
    sasl={"mechanism": "plain" | "scram-sha-256" | "scram-sha-512",
          "username": ..., "password": ...}
    sasl={"mechanism": "oauthbearer", "oauth_bearer_provider": callable}

The checked options go to the native module's single conversion point,
which, in this build, refuses them: the engine has no TLS or SASL yet.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from .errors import ConfigError

SSL_KEYS = {"ca", "cert", "key", "reject_unauthorized"}
SASL_MECHANISMS = ("plain", "scram-sha-256", "scram-sha-512", "oauthbearer")


def check_ssl(ssl: Any) -> Optional[Dict[str, Any]]:
    if ssl is None or ssl is False:
        return None
    if ssl is True:
        return {"reject_unauthorized": True}
    if not isinstance(ssl, dict):
        raise ConfigError(f"option `ssl` must be True or a dict with {sorted(SSL_KEYS)}, not {type(ssl).__name__}", option="ssl")
    unknown = set(ssl) - SSL_KEYS
    if unknown:
        raise ConfigError(f"unknown `ssl` keys {sorted(unknown)}; known keys: {sorted(SSL_KEYS)}", option="ssl")
    for name in ("ca", "cert", "key"):
        if ssl.get(name) is not None and not isinstance(ssl[name], str):
            raise ConfigError(f"`ssl[{name!r}]` must be a PEM string or a file path", option="ssl")
    if ("cert" in ssl) != ("key" in ssl):
        raise ConfigError("`ssl` needs both `cert` and `key` for a client certificate, or neither", option="ssl")
    reject = ssl.get("reject_unauthorized", True)
    if not isinstance(reject, bool):
        raise ConfigError("`ssl['reject_unauthorized']` must be a bool", option="ssl")
    return {**ssl, "reject_unauthorized": reject}


def check_sasl(sasl: Any) -> Optional[Dict[str, Any]]:
    if sasl is None:
        return None
    if not isinstance(sasl, dict):
        raise ConfigError(f"option `sasl` must be a dict, not {type(sasl).__name__}", option="sasl")
    mechanism = str(sasl.get("mechanism", "")).lower()
    if mechanism not in SASL_MECHANISMS:
        raise ConfigError(
            f"`sasl['mechanism']` = {sasl.get('mechanism')!r} is not one of {', '.join(SASL_MECHANISMS)}", option="sasl"
        )
    if mechanism == "oauthbearer":
        if not callable(sasl.get("oauth_bearer_provider")):
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
    return {**sasl, "mechanism": mechanism}
