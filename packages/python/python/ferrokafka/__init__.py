"""ferrokafka: a Kafka client over a native Rust engine.

The client API (Kafka, producers, consumers, admin, typed topics) is not built
yet; for now the package proves that the native engine imports.
"""

from ferrokafka._native import engine_version

__all__ = ["engine_version"]
__version__ = "0.1.0"
