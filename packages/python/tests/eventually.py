"""Waiting for what a broker applies a moment after it answers.

A broker answers an admin change (configs, ACLs) once the controller has
it, and applies it to what it describes shortly after, so a read right
after a change may still show the old state.
"""

from __future__ import annotations

import time
from typing import Callable, TypeVar

T = TypeVar("T")


def until(read: Callable[[], T], accept: Callable[[T], bool], what: str, timeout: float = 20.0) -> T:
    """Calls `read` until `accept` holds for its result and returns that; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if accept(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen in {timeout:g} s; last read: {value!r}")
        time.sleep(0.1)
