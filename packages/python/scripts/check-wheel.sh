#!/usr/bin/env bash
# Builds the release abi3 wheel and the sdist, installs the wheel with pip
# into a fresh virtualenv, and runs examples/quickstart.py with it against
# BROKERS (default: a 1-node cluster started here and stopped afterwards).
#
#   packages/python/scripts/check-wheel.sh [BROKERS]
#
# Needs maturin on PATH (the repository's .venv has it) and, without
# BROKERS, what tests/kafka/cluster needs (Java 17, Maven).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(dirname "$here")"
root="$(cd "$package/../.." && pwd)"
dist="$package/dist"
python="${PYTHON:-python3}"

rm -rf "$dist"
(cd "$package" && maturin build --release --out "$dist" ${MATURIN_ARGS:-})
(cd "$package" && maturin sdist --out "$dist")
wheel=$(ls "$dist"/ferrokafka-*-abi3-*.whl)
sdist=$(ls "$dist"/ferrokafka-*.tar.gz)
echo "check-wheel: built $(basename "$wheel") and $(basename "$sdist")"
# The sdist must hold the engine's sources, or pip could not build from it.
tar -tzf "$sdist" | grep -q '/core/src/lib.rs$' || { echo "check-wheel: the sdist lacks core/src" >&2; exit 1; }
tar -tzf "$sdist" | grep -q '/bindings-python/src/lib.rs$' || { echo "check-wheel: the sdist lacks bindings-python/src" >&2; exit 1; }

venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
"$python" -m venv "$venv"
"$venv/bin/pip" install -q --no-index "$wheel"
# Run from outside the repository, so that nothing but the installed wheel
# can be imported.
(cd "$(dirname "$venv")" && "$venv/bin/python" -c 'import ferrokafka, sys; print("check-wheel: ferrokafka", ferrokafka.engine_version(), "on Python", sys.version.split()[0])')

brokers="${1:-}"
if [ -z "$brokers" ]; then
  export FERROKAFKA_CLUSTER_DIR="$root/tests/kafka/.run/check-wheel"
  trap '"$root/tests/kafka/cluster" down; rm -rf "$(dirname "$venv")"' EXIT
  brokers=$("$root/tests/kafka/cluster" up --nodes 1 | tail -n 1)
fi
(cd "$(dirname "$venv")" && "$venv/bin/python" "$root/examples/quickstart.py" "$brokers")
echo "check-wheel: the wheel installs into a fresh virtualenv and runs the quickstart"
