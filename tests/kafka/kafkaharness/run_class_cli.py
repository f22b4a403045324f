"""`tests/kafka/run-class`: run a Java class or Kafka tool from the cached Kafka jars."""

import os
import sys

from . import distribution
from .cluster import Cluster
from .settings import DEFAULT_KAFKA_VERSION, HarnessError, cluster_dir

USAGE = f"""\
usage: tests/kafka/run-class [--kafka VERSION] TOOL|CLASS [ARGS...]

Runs a Kafka tool or any Java class from the cached Kafka jars (downloading them
first if needed), with stdin, stdout, stderr and the exit code passed through.
Tool logging goes to stderr at WARN, so stdout holds only the tool's output.

Kafka version: --kafka, else $FERROKAFKA_KAFKA_VERSION, else the version of the
cluster in $FERROKAFKA_CLUSTER_DIR (if one was set up), else {DEFAULT_KAFKA_VERSION}.

Tools (short names that map to the right class for the version):
  {chr(10).join('  ' + name for name in sorted(distribution.TOOL_CLASSES)).strip()}

Example:
  tests/kafka/run-class console-consumer --bootstrap-server "$FERROKAFKA_BROKERS" \\
      --topic t --from-beginning --max-messages 10
"""


def pick_version(flag: str | None) -> str:
    if flag:
        return flag
    if os.environ.get("FERROKAFKA_KAFKA_VERSION"):
        return os.environ["FERROKAFKA_KAFKA_VERSION"]
    state = Cluster(cluster_dir()).load()
    return state["kafka_version"] if state else DEFAULT_KAFKA_VERSION


def main(argv: list[str]) -> int:
    version_flag = None
    if argv[:1] == ["--kafka"] and len(argv) >= 2:
        version_flag, argv = argv[1], argv[2:]
    elif argv[:1] and argv[0].startswith("--kafka="):
        version_flag, argv = argv[0].split("=", 1)[1], argv[1:]
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE, file=sys.stdout if argv else sys.stderr)
        return 0 if argv else 2
    try:
        dist = distribution.install(pick_version(version_flag))
        command = dist.tool_command(argv[0], argv[1:])
    except HarnessError as err:
        print(f"run-class: {err}", file=sys.stderr)
        return 1
    os.execv(command[0], command)
