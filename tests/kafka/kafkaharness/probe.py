"""Asks a broker for Metadata over the raw Kafka protocol.

Readiness means a client got a Metadata response that lists the brokers we
expect, so this speaks just enough of the protocol to send MetadataRequest v1
(no topics) and read the broker list from the response.
"""

import socket
import struct

METADATA_API_KEY = 3
METADATA_VERSION = 1
CLIENT_ID = b"ferrokafka-harness"


class ProbeError(Exception):
    pass


def _request(correlation_id: int) -> bytes:
    header = struct.pack(">hhih", METADATA_API_KEY, METADATA_VERSION, correlation_id, len(CLIENT_ID)) + CLIENT_ID
    body = struct.pack(">i", 0)  # an empty topic list: brokers only
    payload = header + body
    return struct.pack(">i", len(payload)) + payload


def _read_exact(sock: socket.socket, size: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = sock.recv(size - len(chunks))
        if not chunk:
            raise ProbeError("connection closed before the response was complete")
        chunks += chunk
    return bytes(chunks)


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.pos = 0

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        if self.pos + size > len(self.data):
            raise ProbeError("Metadata response is shorter than its fields")
        values = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += size
        return values[0]

    def string(self) -> str | None:
        length = self.take(">h")
        if length < 0:
            return None
        if self.pos + length > len(self.data):
            raise ProbeError("Metadata response is shorter than a string it holds")
        text = self.data[self.pos:self.pos + length].decode("utf-8")
        self.pos += length
        return text


def metadata_brokers(host: str, port: int, timeout: float = 2.0) -> dict[int, tuple[str, int]]:
    """Returns {node_id: (host, port)} from one Metadata response; raises OSError or ProbeError."""
    correlation_id = 7
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(_request(correlation_id))
        size = struct.unpack(">i", _read_exact(sock, 4))[0]
        if size < 4 or size > 16 * 1024 * 1024:
            raise ProbeError(f"implausible response size {size}")
        reader = _Reader(_read_exact(sock, size))
    if reader.take(">i") != correlation_id:
        raise ProbeError("response correlation id does not match the request")
    brokers = {}
    for _ in range(reader.take(">i")):
        node_id = reader.take(">i")
        broker_host = reader.string()
        broker_port = reader.take(">i")
        reader.string()  # rack
        brokers[node_id] = (broker_host, broker_port)
    return brokers
