"""One test cluster: N combined broker+controller nodes in one directory.

Directory layout (all generated; `up` wipes and rewrites it):
    cluster.json              version, node ids and ports, cluster id
    node-N/server.properties  the node's broker config
    node-N/data/              its log and metadata directory
    node-N/server.pid         pid of its JVM while it runs
    node-N/server.log         its stdout and stderr (Kafka's own log)
    format-N.log              output of formatting node N's storage
    tls/                      with --tls: ca.pem, the broker keystore, a truststore;
                              with --security also client.pem, client-key.pem, other-ca.pem
    client-LISTENER.properties  with --sasl/--tls: Java client settings per listener
"""

import base64
import fcntl
import json
import shutil
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from . import distribution, processes, security
from .node_config import NodeSpec, server_properties
from .ports import HOST, free_ports
from .probe import ProbeError, metadata_brokers
from .settings import HarnessError

BROKER_JVM_FLAGS = ["-Xmx512m", "-Xms256m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
                    "-XX:+ExitOnOutOfMemoryError"]
PORT_ATTEMPTS = 3
LOG_TAIL_LINES = 30


def say(message: str) -> None:
    """Progress goes to stderr; stdout is kept for the bootstrap line."""
    print(message, file=sys.stderr, flush=True)


def new_cluster_id() -> str:
    while True:
        text = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not text.startswith("-"):  # Kafka's own ids never start with '-' either
            return text


def log_tail(path: Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        content = path.read_text(errors="replace").splitlines()
    except OSError:
        return "    (no log written)"
    if not content:
        return "    (the log is still empty)"
    return "\n".join("    " + (line if len(line) <= 300 else line[:300] + " ...") for line in content[-lines:])


class Cluster:
    def __init__(self, directory: Path):
        self.dir = directory
        self.state_file = directory / "cluster.json"

    # ----- state -----

    def load(self) -> dict | None:
        try:
            return json.loads(self.state_file.read_text())
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as err:
            raise HarnessError(f"{self.state_file} is unreadable ({err}); remove {self.dir} and run `up` again")

    def require_state(self) -> dict:
        state = self.load()
        if state is None:
            raise HarnessError(f"no cluster has been set up in {self.dir}; start one with `tests/kafka/cluster up` "
                               "(or point FERROKAFKA_CLUSTER_DIR at the right directory)")
        return state

    @staticmethod
    def nodes_of(state: dict) -> list[NodeSpec]:
        return [NodeSpec(**node) for node in state["nodes"]]

    @staticmethod
    def bootstrap_of(state: dict, listener: str = "plaintext") -> str:
        """Bootstrap servers of one listener: plaintext, or a name from security.LISTENERS (sasl, tls, sasl-tls)."""
        nodes = Cluster.nodes_of(state)
        if listener == "plaintext":
            return ",".join(node.bootstrap for node in nodes)
        names = {short: name for name, (short, _, _) in security.LISTENERS.items()}
        name = names.get(listener)
        if name is None or name not in nodes[0].listener_ports:
            have = ["plaintext"] + [security.LISTENERS[n][0] for n in nodes[0].listener_ports]
            raise HarnessError(f"this cluster has no '{listener}' listener; it has: {', '.join(have)} "
                               "(`up --sasl` and `up --tls` add the others)")
        return ",".join(node.address(name) for node in nodes)

    def tls_dir(self) -> Path:
        return self.dir / "tls"

    def node_dir(self, node_id: int) -> Path:
        return self.dir / f"node-{node_id}"

    def config_file(self, node_id: int) -> Path:
        return self.node_dir(node_id) / "server.properties"

    def log_file(self, node_id: int) -> Path:
        return self.node_dir(node_id) / "server.log"

    def pid_of(self, node_id: int) -> int | None:
        return processes.running_pid(self.node_dir(node_id) / "server.pid", str(self.config_file(node_id)))

    def running_ids(self, state: dict) -> list[int]:
        return [node.node_id for node in self.nodes_of(state) if self.pid_of(node.node_id)]

    @contextmanager
    def locked(self):
        """Serialises commands that change this cluster (up, down, start, stop)."""
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    # ----- commands -----

    def up(self, count: int, version: str, auto_create: bool, timeout: float,
           sasl: bool = False, tls: bool = False, authorizer: bool = False, security: bool = False) -> str:
        if security:
            sasl = tls = authorizer = True
        options = {"auto_create": auto_create, "sasl": sasl, "tls": tls, "authorizer": authorizer,
                   "security": security}
        with self.locked():
            state = self.load()
            if state is not None and self.running_ids(state):
                return self._reuse(state, count, version, options, timeout)
            dist = distribution.install(version)
            check_java()
            for attempt in range(1, PORT_ATTEMPTS + 1):
                state = self._write_fresh(dist, count, options)
                self._format_all(dist, state)
                for node in self.nodes_of(state):
                    self._spawn(dist, node.node_id)
                say(f"Starting {count} Kafka {version} node(s) in {self.dir} ...")
                try:
                    self._wait_ready(state, [n.node_id for n in self.nodes_of(state)], timeout)
                except PortTaken as err:
                    self._kill_all(state)
                    if attempt == PORT_ATTEMPTS:
                        raise HarnessError(str(err))
                    say(f"{err}; picking new ports")
                    continue
                except BaseException:
                    self._kill_all(state)
                    raise
                if security:
                    self._add_acls(dist, state)
                say(f"Kafka {version} is up: {count} node(s)")
                return self.bootstrap_of(state)
        raise AssertionError("unreachable")

    def down(self, grace: float) -> None:
        with self.locked():
            state = self.load()
            if state is None:
                return
            pids = [pid for node in self.nodes_of(state) if (pid := self.pid_of(node.node_id))]
            if pids:
                say(f"Stopping {len(pids)} node(s) in {self.dir} ...")
                killed = processes.terminate(pids, grace)
                if killed:
                    say(f"{len(killed)} node(s) did not stop within {grace:g}s and were killed")
            for node in self.nodes_of(state):
                (self.node_dir(node.node_id) / "server.pid").unlink(missing_ok=True)

    def stop(self, node_id: int) -> None:
        with self.locked():
            state = self.require_state()
            self._check_node(state, node_id)
            pid = self.pid_of(node_id)
            if pid is None:
                say(f"node {node_id} is not running")
                return
            processes.kill(pid)
            (self.node_dir(node_id) / "server.pid").unlink(missing_ok=True)
            say(f"node {node_id} killed (pid {pid})")

    def start(self, node_id: int, timeout: float) -> str:
        with self.locked():
            state = self.require_state()
            self._check_node(state, node_id)
            dist = distribution.install(state["kafka_version"])
            if self.pid_of(node_id) is None:
                self._spawn(dist, node_id)
                say(f"Starting node {node_id} ...")
            # The node just spawned may not show as java in /proc yet, so name it explicitly.
            running = sorted(set(self.running_ids(state)) | {node_id})
            self._wait_ready(state, running, timeout)
            say(f"node {node_id} is back")
            return self.bootstrap_of(state)

    def status(self) -> tuple[list[str], bool]:
        """Lines describing the cluster, and whether every node runs."""
        state = self.load()
        if state is None:
            return [f"no cluster has been set up in {self.dir}"], False
        lines = [f"cluster in {self.dir}: Kafka {state['kafka_version']}, {len(state['nodes'])} node(s), "
                 f"{describe_options(state)}"]
        everything = True
        for node in self.nodes_of(state):
            pid = self.pid_of(node.node_id)
            everything = everything and pid is not None
            what = f"running (pid {pid})" if pid else "stopped"
            extra = "".join(f", {security.LISTENERS[name][0]} {node.address(name)}" for name in node.listener_ports)
            lines.append(f"node {node.node_id}: {what}, broker {node.bootstrap}{extra}, "
                         f"controller {HOST}:{node.controller_port}, log {self.log_file(node.node_id)}")
        for name in self.nodes_of(state)[0].listener_ports:
            short = security.LISTENERS[name][0]
            lines.append(f"{short} listener: {self.bootstrap_of(state, short)} "
                         f"(Java client settings: {self.dir / f'client-{short}.properties'})")
        if state.get("tls"):
            lines.append(f"TLS CA certificate: {self.tls_dir() / security.CA_FILE}")
        if state.get("security"):
            lines.append(f"TLS client certificate and key: {self.tls_dir() / security.CLIENT_CERT_FILE}, "
                         f"{self.tls_dir() / security.CLIENT_KEY_FILE}")
        lines.append(self.bootstrap_of(state))
        return lines, everything

    # ----- steps -----

    def _reuse(self, state: dict, count: int, version: str, options: dict, timeout: float) -> str:
        wanted = (count, version, options)
        have = (len(state["nodes"]), state["kafka_version"], {key: state.get(key, False) for key in options})
        running = self.running_ids(state)
        if wanted != have or len(running) != count:
            raise HarnessError(
                f"a cluster already runs in {self.dir} (Kafka {have[1]}, {len(running)} of {have[0]} node(s) up, "
                f"{describe_options(state)}); run `tests/kafka/cluster down` first, "
                "or set FERROKAFKA_CLUSTER_DIR to another directory")
        self._wait_ready(state, running, timeout)
        say(f"Kafka {version} was already running in {self.dir}")
        return self.bootstrap_of(state)

    def _write_fresh(self, dist: distribution.Distribution, count: int, options: dict) -> dict:
        generated = ["node-*", "format-*.log", "client-*.properties", "tls"]
        for old in [path for pattern in generated for path in self.dir.glob(pattern)]:
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        self.state_file.unlink(missing_ok=True)
        extra = security.extra_listeners(options["sasl"], options["tls"])
        per_node = 2 + len(extra)
        ports = iter(free_ports(per_node * count))
        nodes = [NodeSpec(i + 1, next(ports), next(ports), {name: next(ports) for name in extra})
                 for i in range(count)]
        if options["tls"]:
            security.make_certificates(distribution.keytool_binary(), self.tls_dir(),
                                       distribution.java_binary() if options.get("security") else None)
        for name in extra:
            short = security.LISTENERS[name][0]
            (self.dir / f"client-{short}.properties").write_text(
                security.client_properties(name, self.tls_dir(), secured=options.get("security", False)))
        for node in nodes:
            node_dir = self.node_dir(node.node_id)
            (node_dir / "data").mkdir(parents=True)
            self.config_file(node.node_id).write_text(server_properties(
                node, nodes, (node_dir / "data").resolve(), options["auto_create"], self.tls_dir(),
                options.get("authorizer", False), options.get("security", False)))
        state = {"kafka_version": dist.version, "cluster_id": new_cluster_id(), **options,
                 "nodes": [asdict(node) for node in nodes]}
        self.state_file.write_text(json.dumps(state, indent=2) + "\n")
        return state

    def _format_all(self, dist: distribution.Distribution, state: dict) -> None:
        running = []
        for node in self.nodes_of(state):
            log_path = self.dir / f"format-{node.node_id}.log"
            command = dist.java_command(distribution.TOOL_JVM_FLAGS, "tools", "kafka.tools.StorageTool",
                                        ["format", "-t", state["cluster_id"],
                                         "-c", str(self.config_file(node.node_id)),
                                         *security.scram_format_args(list(node.listener_ports))])
            log = open(log_path, "wb")
            running.append((node.node_id, log_path, log, subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, cwd=self.dir)))
        failed = []
        for node_id, log_path, log, process in running:
            if process.wait() != 0:
                failed.append((node_id, log_path))
            log.close()
        if failed:
            node_id, log_path = failed[0]
            raise HarnessError(f"formatting the storage of node {node_id} failed; its output ({log_path}):\n"
                               f"{log_tail(log_path)}")

    def _add_acls(self, dist: distribution.Distribution, state: dict) -> None:
        for args in security.acl_commands(self.bootstrap_of(state)):
            result = subprocess.run(dist.tool_command("acls", args), capture_output=True, text=True,
                                    stdin=subprocess.DEVNULL, cwd=self.dir)
            if result.returncode != 0:
                self._kill_all(state)
                raise HarnessError(f"adding the test ACLs failed: {(result.stdout + result.stderr).strip()[-2000:]}")

    def _spawn(self, dist: distribution.Distribution, node_id: int) -> int:
        config = self.config_file(node_id)
        command = dist.java_command(BROKER_JVM_FLAGS, "broker", "kafka.Kafka", [str(config)])
        return processes.spawn(command, self.log_file(node_id), self.node_dir(node_id) / "server.pid",
                               self.node_dir(node_id))

    def _wait_ready(self, state: dict, node_ids: list[int], timeout: float) -> None:
        """Waits until each listed node answers Metadata naming every listed node."""
        nodes = {node.node_id: node for node in self.nodes_of(state)}
        want = set(node_ids)
        deadline = time.monotonic() + timeout
        ready: set[int] = set()
        seen: dict[int, str] = {}
        while True:
            for node_id in sorted(want - ready):
                if processes.recorded_pid(self.node_dir(node_id) / "server.pid") is None:
                    log_path = self.log_file(node_id)
                    text = log_path.read_text(errors="replace") if log_path.exists() else ""
                    if "Address already in use" in text or "BindException" in text:
                        raise PortTaken(f"node {node_id} could not bind its ports")
                    raise HarnessError(f"node {node_id} exited while starting; the end of its log ({log_path}):\n"
                                       f"{log_tail(log_path)}")
                node = nodes[node_id]
                try:
                    brokers = metadata_brokers(HOST, node.broker_port)
                except (OSError, ProbeError) as err:
                    seen[node_id] = f"no Metadata yet ({err})"
                    continue
                if brokers.get(node_id, ("", 0))[1] != node.broker_port:
                    # Another cluster's node that took the port meanwhile.
                    seen[node_id] = f"port {node.broker_port} answers as {brokers}, not as node {node_id}"
                elif want <= set(brokers):
                    ready.add(node_id)
                else:
                    seen[node_id] = f"Metadata lists brokers {sorted(brokers)}, waiting for {sorted(want)}"
            if ready == want:
                return
            if time.monotonic() > deadline:
                late = min(want - ready)
                raise HarnessError(
                    f"node {late} was not ready after {timeout:g}s: {seen.get(late, 'no answer')}.\n"
                    f"The end of its log ({self.log_file(late)}):\n{log_tail(self.log_file(late))}\n"
                    f"A busy machine may need a longer --timeout.")
            time.sleep(0.25)

    def _kill_all(self, state: dict) -> None:
        """Ends the nodes this command just spawned."""
        pid_files = [self.node_dir(node.node_id) / "server.pid" for node in self.nodes_of(state)]
        pids = [pid for pid_file in pid_files if (pid := processes.recorded_pid(pid_file))]
        processes.terminate(pids, 0)

    @staticmethod
    def _check_node(state: dict, node_id: int) -> None:
        count = len(state["nodes"])
        if not 1 <= node_id <= count:
            raise HarnessError(f"node {node_id} does not exist: this cluster has nodes 1 to {count}")


def describe_options(state: dict) -> str:
    words = [f"auto-create topics {'on' if state.get('auto_create') else 'off'}"]
    words += [name for name in ("sasl", "tls", "authorizer", "security") if state.get(name)]
    return ", ".join(words)


class PortTaken(Exception):
    """A node lost a race for one of its ports; `up` retries with new ones."""


def check_java() -> None:
    java = distribution.java_binary()
    result = subprocess.run([java, "-version"], capture_output=True, text=True)
    text = result.stderr + result.stdout
    try:
        quoted = text.split('"')[1]
        major = int(quoted.split(".")[0])
    except (IndexError, ValueError):
        return  # an unusual version banner; let Kafka itself complain if it must
    if major < 17:
        raise HarnessError(f"{java} is Java {quoted}; Kafka needs Java 17 or newer (set JAVA_HOME to one)")
