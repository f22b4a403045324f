"""Locations and defaults shared by every harness command."""

import os
from pathlib import Path

# Newest Kafka 4.x whose broker and tools both resolve from Maven Central.
DEFAULT_KAFKA_VERSION = "4.3.1"

# Newest 3.9.x, the compatibility line the harness is also checked against.
COMPAT_KAFKA_VERSION = "3.9.2"

HARNESS_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = HARNESS_DIR.parent.parent
POM_FILE = HARNESS_DIR / "pom.xml"
LOG_CONFIG_DIR = HARNESS_DIR / "config"


class HarnessError(Exception):
    """A failure the user can act on; its message says what to do."""


def cache_dir() -> Path:
    """Where downloaded Kafka jars live, outside the repository."""
    configured = os.environ.get("FERROKAFKA_CACHE")
    if configured:
        return Path(configured).expanduser().resolve()
    return Path.home() / ".cache" / "ferrokafka"


def cluster_dir(override: str | None = None) -> Path:
    """The directory holding one cluster's configs, data, pids and logs."""
    chosen = override or os.environ.get("FERROKAFKA_CLUSTER_DIR")
    if chosen:
        return Path(chosen).expanduser().resolve()
    return HARNESS_DIR / ".run" / "default"


def requested_version(flag: str | None) -> str:
    """The Kafka version asked for: --kafka, then $FERROKAFKA_KAFKA_VERSION, then the default."""
    return flag or os.environ.get("FERROKAFKA_KAFKA_VERSION") or DEFAULT_KAFKA_VERSION


def major_version(version: str) -> int:
    head = version.split(".", 1)[0]
    if not head.isdigit():
        raise HarnessError(f"'{version}' is not a Kafka version; use a number such as {DEFAULT_KAFKA_VERSION}")
    return int(head)
