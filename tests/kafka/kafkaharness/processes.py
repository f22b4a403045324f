"""Starts, finds and ends broker JVMs through pid files.

A pid file is trusted only while /proc shows that pid running a command line
that names the node's own config file, so a recycled pid is never signalled.
"""

import os
import signal
import subprocess
import time
from pathlib import Path

POLL_SECONDS = 0.1


def _state(pid: int) -> str | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


def is_alive(pid: int) -> bool:
    state = _state(pid)
    return state is not None and state not in ("Z", "X")


def running_pid(pid_file: Path, marker: str) -> int | None:
    """The pid in `pid_file` if that process is alive and its command line contains `marker`."""
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return None
    if marker not in cmdline or not is_alive(pid):
        return None
    return pid


def recorded_pid(pid_file: Path) -> int | None:
    """The pid in `pid_file` if it is alive, without checking its command line.

    Only for processes this command spawned itself: right after `spawn` the
    child may not have exec'd java yet, so its command line is not java's.
    """
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if is_alive(pid) else None


def spawn(command: list[str], log_file: Path, pid_file: Path, cwd: Path) -> int:
    """Starts `command` detached from this process, output appended to `log_file`."""
    with open(log_file, "ab") as log:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                   cwd=cwd, start_new_session=True)
    pid_file.write_text(f"{process.pid}\n")
    return process.pid


def wait_gone(pids: list[int], timeout: float) -> list[int]:
    """Waits up to `timeout` seconds for the processes to end; returns those still alive."""
    deadline = time.monotonic() + timeout
    alive = [pid for pid in pids if is_alive(pid)]
    while alive and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        alive = [pid for pid in alive if is_alive(pid)]
    return alive


def signal_all(pids: list[int], sig: signal.Signals) -> None:
    for pid in pids:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass


def terminate(pids: list[int], grace_seconds: float) -> list[int]:
    """SIGTERM, then SIGKILL whatever is still alive after `grace_seconds`. Returns the pids killed hard."""
    signal_all(pids, signal.SIGTERM)
    stubborn = wait_gone(pids, grace_seconds)
    if stubborn:
        signal_all(stubborn, signal.SIGKILL)
        wait_gone(stubborn, 30)
    return stubborn


def kill(pid: int) -> None:
    signal_all([pid], signal.SIGKILL)
    wait_gone([pid], 30)
