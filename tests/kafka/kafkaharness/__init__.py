"""Runs real Apache Kafka brokers for ferrokafka's tests.

The command-line entry points are `tests/kafka/cluster`, `tests/kafka/run-class`
and `tests/kafka/with-clusters`; see docs/harness.md.
"""
