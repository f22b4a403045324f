"""Picks free TCP ports on 127.0.0.1 for brokers and controllers.

Ports come from below the kernel's ephemeral range, so an outgoing connection
(whose local port the kernel takes from that range) cannot grab a port between
the moment it is picked and the moment the broker binds it.
"""

import random
import socket
from pathlib import Path

HOST = "127.0.0.1"
LOWEST_PORT = 10000


def _ephemeral_start() -> int:
    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768
    return low if low > LOWEST_PORT + 1000 else 32768


def free_ports(count: int) -> list[int]:
    """Returns `count` distinct ports that nothing on 127.0.0.1 is bound to right now."""
    highest = _ephemeral_start() - 1
    held: list[socket.socket] = []
    ports: list[int] = []
    try:
        for _ in range(count * 50):
            if len(ports) == count:
                break
            port = random.randint(LOWEST_PORT, highest)
            if port in ports:
                continue
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                sock.bind((HOST, port))
            except OSError:
                sock.close()
                continue
            held.append(sock)  # kept bound until all are picked, so none repeats
            ports.append(port)
    finally:
        for sock in held:
            sock.close()
    if len(ports) < count:
        raise OSError(f"could not find {count} free ports on {HOST} between {LOWEST_PORT} and {highest}")
    return ports
