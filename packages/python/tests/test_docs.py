"""Every Python code block of docs/python.md runs, against the broker."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Callable

import pytest

DOC = Path(__file__).resolve().parents[3] / "docs" / "python.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(), re.S)


def test_the_page_has_examples() -> None:
    assert len(BLOCKS) == 6


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_doc_block_runs(index: int, brokers: str, new_topic: Callable[..., str], tmp_path: Path) -> None:
    code = BLOCKS[index]
    topic = f"py-doc-{uuid.uuid4().hex[:10]}" if "create_topics" in code else new_topic()
    script = tmp_path / f"block{index}.py"
    # The TLS/SASL example reaches the secured listeners of the harness.
    secured = {"SASL_TLS_BROKERS": "FERROKAFKA_BROKERS_SASL_TLS", "CA_FILE": "FERROKAFKA_TLS_CA"}
    prelude = "".join(f"{name} = {os.environ.get(var, '')!r}\n" for name, var in secured.items())
    script.write_text(f"BROKERS = {brokers.split(',')!r}\nTOPIC = {topic!r}\n" + prelude + code)
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "the example printed nothing"
