"""`tests/kafka/cluster`: start, stop and inspect a test Kafka cluster."""

import argparse
import sys

from . import distribution
from .cluster import Cluster
from .settings import DEFAULT_KAFKA_VERSION, HarnessError, cluster_dir, requested_version

DEFAULT_TIMEOUT = 180.0
DEFAULT_GRACE = 20.0

EPILOG = f"""\
environment:
  FERROKAFKA_CLUSTER_DIR    cluster directory (default: tests/kafka/.run/default)
  FERROKAFKA_CACHE          download cache (default: ~/.cache/ferrokafka)
  FERROKAFKA_KAFKA_VERSION  Kafka version when --kafka is not given (default: {DEFAULT_KAFKA_VERSION})

`up`, `start`, `status` and `bootstrap` print the bootstrap servers as their
last line of stdout; progress goes to stderr.
"""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="tests/kafka/cluster", description=__doc__.split(":", 1)[1].strip(),
                                  epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--dir", help="cluster directory (overrides FERROKAFKA_CLUSTER_DIR)")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    up = commands.add_parser("up", help="download Kafka if needed, start a fresh cluster, wait until it serves")
    up.add_argument("--nodes", type=int, choices=[1, 3], default=1, help="number of nodes (default 1)")
    up.add_argument("--kafka", metavar="VERSION", help=f"Kafka version (default {DEFAULT_KAFKA_VERSION})")
    up.add_argument("--auto-create", action="store_true", help="let brokers create topics on first use")
    up.add_argument("--sasl", action="store_true",
                    help="add a SASL_PLAINTEXT listener (PLAIN, SCRAM-SHA-256/512, OAUTHBEARER)")
    up.add_argument("--tls", action="store_true", help="add an SSL listener (and SASL_SSL with --sasl)")
    up.add_argument("--authorizer", action="store_true",
                    help="enable ACLs (StandardAuthorizer); ANONYMOUS and admin are super users, and a "
                         "resource without ACLs stays open to everyone")
    up.add_argument("--security", action="store_true",
                    help="--sasl --tls --authorizer, plus: client certificates required on SSL, a client "
                         "certificate for tests, short SASL sessions on SASL_SSL, and ACLs for alice")
    up.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds to wait for readiness")

    down = commands.add_parser("down", help="stop every node (SIGTERM, then SIGKILL); safe to repeat")
    down.add_argument("--grace", type=float, default=DEFAULT_GRACE,
                      help=f"seconds to wait after SIGTERM before SIGKILL (default {DEFAULT_GRACE:g})")

    stop = commands.add_parser("stop", help="kill node N at once (SIGKILL)")
    stop.add_argument("node", type=int, metavar="N", help="node number, from 1")

    start = commands.add_parser("start", help="restart node N with its old config and data; wait until it serves")
    start.add_argument("node", type=int, metavar="N", help="node number, from 1")
    start.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds to wait for readiness")

    commands.add_parser("status", help="show what runs; exit 0 only if every node runs")
    bootstrap = commands.add_parser("bootstrap", help="print the bootstrap servers")
    bootstrap.add_argument("--listener", default="plaintext", choices=["plaintext", "sasl", "tls", "sasl-tls"],
                           help="which listener (default plaintext)")

    fetch = commands.add_parser("fetch", help="download a Kafka version into the cache without starting it")
    fetch.add_argument("--kafka", metavar="VERSION", help=f"Kafka version (default {DEFAULT_KAFKA_VERSION})")
    return top


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    cluster = Cluster(cluster_dir(args.dir))
    try:
        if args.command == "up":
            print(cluster.up(args.nodes, requested_version(args.kafka), args.auto_create, args.timeout,
                             sasl=args.sasl, tls=args.tls, authorizer=args.authorizer,
                             security=args.security))
        elif args.command == "down":
            cluster.down(args.grace)
        elif args.command == "stop":
            cluster.stop(args.node)
        elif args.command == "start":
            print(cluster.start(args.node, args.timeout))
        elif args.command == "status":
            lines, everything = cluster.status()
            print("\n".join(lines))
            return 0 if everything else 3
        elif args.command == "bootstrap":
            print(Cluster.bootstrap_of(cluster.require_state(), args.listener))
        elif args.command == "fetch":
            dist = distribution.install(requested_version(args.kafka))
            print(f"Kafka {dist.version} is cached in {dist.libs_dir}", file=sys.stderr)
    except HarnessError as err:
        print(f"cluster {args.command}: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"cluster {args.command}: interrupted", file=sys.stderr)
        return 130
    return 0
