# Entry points for people and CI. `make test` runs every test against real
# Kafka clusters started by tests/kafka (see docs/harness.md).

SHELL := bash
CLUSTER := tests/kafka/cluster
WITH_CLUSTERS := tests/kafka/with-clusters
DEMO_DIR := tests/kafka/.run/demo
NODE_DIR := packages/node
PYTHON_DIR := packages/python
VENV := .venv

# Steps run one after another even under -j: test-harness kills and restarts
# a node of the shared 3-node cluster.
.NOTPARALLEL:

# Each package joins the build and the tests once it has a test setup.
BUILD_STEPS := build-rust
TEST_STEPS := test-harness test-rust
ifneq ($(wildcard $(NODE_DIR)/package.json),)
BUILD_STEPS += build-node
TEST_STEPS += test-node
endif
ifneq ($(wildcard $(PYTHON_DIR)/tests),)
BUILD_STEPS += build-python
TEST_STEPS += test-python
endif

.PHONY: test build test-steps build-rust build-node build-python test-harness test-rust test-node test-python \
	demo clusters-down

## Build everything, start a 1-node and a 3-node cluster, run all tests, stop the clusters.
test: build
	$(WITH_CLUSTERS) -- $(MAKE) --no-print-directory test-steps

build: $(BUILD_STEPS)

build-rust:
	cargo build --workspace

# `npm install`, not `npm ci`: the build tools (@napi-rs/cli) have optional
# per-platform packages, and a lockfile written where some of them cannot be
# resolved lacks them, which `npm ci` rejects. `npm install` keeps the
# lockfile's versions and skips what does not apply to this platform.
build-node:
	cd $(NODE_DIR) && npm install --no-audit --no-fund --loglevel=error && npm run build

build-python: $(VENV)/.python-deps-2
	cd $(PYTHON_DIR) && VIRTUAL_ENV="$(abspath $(VENV))" PATH="$(abspath $(VENV))/bin:$$PATH" maturin develop -q

# The stamp's number goes up whenever the list changes, so existing venvs
# get the new packages too.
$(VENV)/.python-deps-2:
	test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q 'maturin>=1.7,<2' pytest pytest-asyncio mypy pydantic
	touch $@

# The test steps expect FERROKAFKA_BROKERS and FERROKAFKA_BROKERS_3, which
# $(WITH_CLUSTERS) sets; run them through it, or export the variables yourself.
test-steps: $(TEST_STEPS)

test-harness:
	cd tests/kafka && python3 -m unittest discover -s . -p 'test_*.py'

test-rust:
	cargo test --workspace

test-node:
	cd $(NODE_DIR) && npm test

test-python:
	cd $(PYTHON_DIR) && "$(abspath $(VENV))/bin/python" -m pytest -q

## Start a 1-node cluster, print what the Rust client sees of it, run the
## TypeScript (examples/quickstart.ts) and Python (examples/quickstart.py)
## quickstarts against it, stop the cluster.
demo: build-node build-python
	@set -o pipefail; export FERROKAFKA_CLUSTER_DIR=$(DEMO_DIR); \
	trap '$(CLUSTER) down' EXIT; \
	bootstrap=$$($(CLUSTER) up --nodes 1 | tail -n 1) && \
	cargo run -q -p ferrokafka-examples --bin cluster-info -- "$$bootstrap" && \
	(cd $(NODE_DIR) && npx tsc -p ../../examples/tsconfig.json) && \
	node $(NODE_DIR)/build/examples/quickstart.js "$$bootstrap" && \
	"$(abspath $(VENV))/bin/python" examples/quickstart.py "$$bootstrap"

## Throughput of ferrokafka, rdkafka and the Java client; rewrites docs/benchmarks.md (not a test).
.PHONY: bench
bench:
	bench/run

## Stop every cluster under tests/kafka/.run, e.g. after an interrupted run.
clusters-down:
	@for dir in tests/kafka/.run/*/; do [ -d "$$dir" ] && FERROKAFKA_CLUSTER_DIR=$$dir $(CLUSTER) down; done; true
