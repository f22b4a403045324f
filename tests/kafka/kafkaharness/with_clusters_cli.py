"""`tests/kafka/with-clusters`: run a command against fresh 1-node and 3-node clusters.

Starts both clusters side by side, exports their bootstrap servers, runs the
command, then stops both clusters whatever happened, and exits with the
command's exit code (or 1 if a cluster would not start).
"""

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path

from . import security
from .cluster import Cluster
from .settings import HARNESS_DIR, requested_version

CLUSTER = str(HARNESS_DIR / "cluster")

# (suffix of the exported variables, node count, cluster directory under tests/kafka/.run, extra `up` flags)
CLUSTERS = [("", 1, "single", ["--security"]), ("_3", 3, "triple", [])]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="tests/kafka/with-clusters", description=__doc__.split(":", 1)[1].strip(),
        epilog="The command sees FERROKAFKA_BROKERS and FERROKAFKA_CLUSTER (bootstrap servers and directory of "
               "the 1-node cluster, tests/kafka/.run/single), FERROKAFKA_BROKERS_3 and FERROKAFKA_CLUSTER_3 (the "
               "3-node cluster, tests/kafka/.run/triple), FERROKAFKA_KAFKA_VERSION, and for the security "
               "listeners of the 1-node cluster FERROKAFKA_BROKERS_SASL, FERROKAFKA_BROKERS_TLS, "
               "FERROKAFKA_BROKERS_SASL_TLS, FERROKAFKA_TLS_CA, FERROKAFKA_TLS_CLIENT_CERT, "
               "FERROKAFKA_TLS_CLIENT_KEY and FERROKAFKA_TLS_OTHER_CA. See docs/harness.md.")
    top.add_argument("--kafka", metavar="VERSION", help="Kafka version for both clusters")
    top.add_argument("command", nargs=argparse.REMAINDER, help="the command to run, after --")
    return top


def cluster_env(directory: Path) -> dict:
    return {**os.environ, "FERROKAFKA_CLUSTER_DIR": str(directory)}


def start_all(version: str) -> tuple[dict, bool]:
    """Starts every cluster at once; returns the exported variables and whether all came up."""
    started = []
    for suffix, count, name, flags in CLUSTERS:
        directory = HARNESS_DIR / ".run" / name
        process = subprocess.Popen([CLUSTER, "up", "--nodes", str(count), "--kafka", version, *flags],
                                   env=cluster_env(directory), stdin=subprocess.DEVNULL,
                                   stdout=subprocess.PIPE, text=True)
        started.append((suffix, directory, process))
    exported, ok = {"FERROKAFKA_KAFKA_VERSION": version}, True
    for suffix, directory, process in started:
        out, _ = process.communicate()
        lines = out.strip().splitlines()
        if process.returncode != 0 or not lines:
            ok = False
        else:
            exported["FERROKAFKA_BROKERS" + suffix] = lines[-1]
            exported["FERROKAFKA_CLUSTER" + suffix] = str(directory)
            exported.update(security_variables(Cluster(directory)))
    return exported, ok


def security_variables(cluster: Cluster) -> dict:
    """FERROKAFKA_BROKERS_SASL / _TLS / _SASL_TLS and FERROKAFKA_TLS_CA for a cluster that has those listeners."""
    state = cluster.require_state()
    found = {}
    for name in Cluster.nodes_of(state)[0].listener_ports:
        short = security.LISTENERS[name][0]
        found["FERROKAFKA_BROKERS_" + short.upper().replace("-", "_")] = Cluster.bootstrap_of(state, short)
    if state.get("tls"):
        found["FERROKAFKA_TLS_CA"] = str(cluster.tls_dir() / security.CA_FILE)
    if state.get("security"):
        found["FERROKAFKA_TLS_CLIENT_CERT"] = str(cluster.tls_dir() / security.CLIENT_CERT_FILE)
        found["FERROKAFKA_TLS_CLIENT_KEY"] = str(cluster.tls_dir() / security.CLIENT_KEY_FILE)
        found["FERROKAFKA_TLS_OTHER_CA"] = str(cluster.tls_dir() / security.OTHER_CA_FILE)
    return found


def stop_all() -> None:
    for _, _, name, _ in CLUSTERS:
        subprocess.run([CLUSTER, "down"], env=cluster_env(HARNESS_DIR / ".run" / name), stdin=subprocess.DEVNULL)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser().error("give the command to run, e.g. tests/kafka/with-clusters -- cargo test --workspace")

    # SIGTERM (e.g. CI cancelling the job) takes the same path as Ctrl-C: clusters get stopped.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        stop_all()  # a run that was killed may have left its clusters behind; start from scratch
        exported, ok = start_all(requested_version(args.kafka))
        if not ok:
            print("with-clusters: a cluster did not start (see the messages above); not running the command",
                  file=sys.stderr)
            return 1
        for variable, value in exported.items():
            print(f"with-clusters: {variable}={value}", file=sys.stderr)
        return subprocess.run(command, env={**os.environ, **exported}).returncode
    except KeyboardInterrupt:
        print("with-clusters: interrupted", file=sys.stderr)
        return 130
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop_all()
