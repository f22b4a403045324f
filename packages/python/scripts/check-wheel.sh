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

venv="$(mktemp -d)/venv"
trap 'rm -rf "$(dirname "$venv")"' EXIT
# The sdist must be a cargo project that resolves on its own: the engine's
# sources and a workspace without the members it leaves out.
tar -xzf "$sdist" -C "$(dirname "$venv")"
unpacked="$(dirname "$venv")/$(basename "$sdist" .tar.gz)"
for file in core/src/lib.rs bindings-python/src/lib.rs; do
  test -f "$unpacked/$file" || { echo "check-wheel: the sdist lacks $file" >&2; exit 1; }
done
cargo metadata --offline --format-version 1 --manifest-path "$unpacked/bindings-python/Cargo.toml" >/dev/null
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
