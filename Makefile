# Entry points for people and CI. `make test` runs every test against real
# Kafka clusters started by tests/kafka (see docs/harness.md).

SHELL := bash
CLUSTER := tests/kafka/cluster
WITH_CLUSTERS := tests/kafka/with-clusters
DEMO_DIR := tests/kafka/.run/demo

# Test steps that run while the clusters are up. The Node and Python steps join
# by themselves once those packages have a test setup.
TEST_STEPS := test-rust
ifneq ($(wildcard packages/node/package.json),)
TEST_STEPS += test-node
endif
ifneq ($(wildcard packages/python/tests),)
TEST_STEPS += test-python
endif

.PHONY: test build test-steps test-rust test-node test-python demo clusters-down

## Build everything, start a 1-node and a 3-node cluster, run all tests, stop the clusters.
test: build
	$(WITH_CLUSTERS) -- $(MAKE) --no-print-directory test-steps

build:
	cargo build --workspace

# Expects FERROKAFKA_BROKERS and FERROKAFKA_BROKERS_3 (set by $(WITH_CLUSTERS)).
test-steps: $(TEST_STEPS)

test-rust:
	cargo test --workspace

test-node:
	cd packages/node && npm test

test-python:
	cd packages/python && python3 -m pytest -q

## Start a 1-node cluster, print what the Rust client sees of it, stop the cluster.
demo:
	@export FERROKAFKA_CLUSTER_DIR=$(DEMO_DIR); \
	trap '$(CLUSTER) down' EXIT; \
	bootstrap=$$($(CLUSTER) up --nodes 1 | tail -n 1) && \
	cargo run -q -p ferrokafka-examples --bin cluster-info -- "$$bootstrap"

## Stop any cluster a crashed run left behind.
clusters-down:
	@for dir in tests/kafka/.run/*/; do FERROKAFKA_CLUSTER_DIR=$$dir $(CLUSTER) down; done
