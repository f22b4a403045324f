"""The stubs and annotations are good enough for `mypy --strict`: the typed
example passes, and a wrong type on a typed topic is caught. The examples
(typed topics, quickstart) run against the broker."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "packages" / "python" / "python" / "ferrokafka"
EXAMPLE = ROOT / "examples" / "typed_topics.py"


def mypy(*paths: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *paths],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_mypy_strict_passes_on_the_package_and_the_typed_example() -> None:
    result = mypy(str(PACKAGE), str(EXAMPLE))
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_catches_a_wrong_value_type(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from dataclasses import dataclass\n"
        "from ferrokafka import Kafka, json, string, topic\n"
        "@dataclass\n"
        "class Order:\n"
        "    id: int\n"
        "orders = topic('orders', key=string(), value=json(Order))\n"
        "async def read(kafka: Kafka) -> None:\n"
        "    async with kafka.consumer(group_id='g') as c:\n"
        "        async for m in c.stream(orders):\n"
        "            n: int | None = m.value\n"
    )
    result = mypy(str(wrong))
    assert result.returncode == 1
    assert 'expression has type "Order | None", variable has type "int | None"' in result.stdout


def test_typed_example_runs(brokers: str) -> None:
    name = f"py-typed-{uuid.uuid4().hex[:10]}"
    result = subprocess.run([sys.executable, str(EXAMPLE), brokers, name], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "order user-1 1 book" in result.stdout
    assert "invoice 7 A-7 9.5" in result.stdout
    assert "refund 1 250" in result.stdout


def test_quickstart_runs(brokers: str) -> None:
    quickstart = ROOT / "examples" / "quickstart.py"
    result = subprocess.run([sys.executable, str(quickstart), brokers], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("sent to ") == 6 and result.stdout.count("got user-") == 6
    assert "done: 6 orders sent and read back" in result.stdout
