#!/usr/bin/env bash
# Sets up bench/python/.venv (the compared clients and a release build of
# ferrokafka) and runs bench.py.  Usage: bench/python/run.sh BROKERS [RECORDS] [OUT.md]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
test -x "$here/.venv/bin/python" || python3 -m venv "$here/.venv"
"$here/.venv/bin/pip" install -q -r "$here/requirements.txt" 'maturin>=1.7,<2'
(cd "$root/packages/python" && VIRTUAL_ENV="$here/.venv" PATH="$here/.venv/bin:$PATH" maturin develop --release -q)
cd "$here" && exec "$here/.venv/bin/python" bench.py "$@"
