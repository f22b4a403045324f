"""Checks of the harness itself, run by `make test` (python3 -m unittest).

The config and port checks need nothing. The cluster checks need the clusters
that tests/kafka/with-clusters starts (FERROKAFKA_BROKERS, FERROKAFKA_BROKERS_3,
FERROKAFKA_CLUSTER_3) and are skipped without them. One of them kills and
restarts node 2 of the 3-node cluster, so run it when no other test uses that
cluster (make runs its test steps one after another).
"""

import os
import shutil
import subprocess
import unittest
import uuid
from pathlib import Path

from kafkaharness import security
from kafkaharness.node_config import NodeSpec, server_properties
from kafkaharness.ports import free_ports
from kafkaharness.probe import metadata_brokers

HERE = Path(__file__).resolve().parent
SINGLE = os.environ.get("FERROKAFKA_BROKERS")
TRIPLE = os.environ.get("FERROKAFKA_BROKERS_3")
TRIPLE_DIR = os.environ.get("FERROKAFKA_CLUSTER_3")
SINGLE_DIR = os.environ.get("FERROKAFKA_CLUSTER")
SECURE = {short: os.environ.get("FERROKAFKA_BROKERS_" + short.upper().replace("-", "_"))
          for short in ("sasl", "tls", "sasl-tls")}
TLS_CA = os.environ.get("FERROKAFKA_TLS_CA")
CLIENT_CERT = os.environ.get("FERROKAFKA_TLS_CLIENT_CERT")
CLIENT_KEY = os.environ.get("FERROKAFKA_TLS_CLIENT_KEY")
NEEDS_CLUSTERS = "needs the clusters from tests/kafka/with-clusters (make test sets them up)"


def parse(properties: str) -> dict:
    return dict(line.split("=", 1) for line in properties.splitlines() if line and not line.startswith("#"))


def hosts(bootstrap: str) -> list[tuple[str, int]]:
    return [(host, int(port)) for host, port in (item.rsplit(":", 1) for item in bootstrap.split(","))]


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> str:
    result = subprocess.run(list(args), input=stdin, capture_output=True, text=True, timeout=120,
                            env={**os.environ, **(env or {})})
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result.stdout


class NodeConfigTest(unittest.TestCase):
    def test_replication_of_internal_topics_fits_the_node_count(self):
        for count, replication, min_isr in [(1, "1", "1"), (3, "3", "2")]:
            nodes = [NodeSpec(i, 20000 + i, 21000 + i) for i in range(1, count + 1)]
            props = parse(server_properties(nodes[0], nodes, Path("/data"), auto_create=False))
            self.assertEqual(props["offsets.topic.replication.factor"], replication)
            self.assertEqual(props["transaction.state.log.replication.factor"], replication)
            self.assertEqual(props["transaction.state.log.min.isr"], min_isr)
            self.assertEqual(props["offsets.topic.num.partitions"], "3")
            self.assertEqual(props["transaction.state.log.num.partitions"], "3")
            self.assertEqual(props["auto.create.topics.enable"], "false")
            self.assertEqual(props["group.initial.rebalance.delay.ms"], "0")
            self.assertEqual(props["auto.leader.rebalance.enable"], "false")
            self.assertEqual(props["log.retention.check.interval.ms"], "86400000")
            self.assertNotIn("log.retention.ms", props)
            self.assertEqual(props["group.consumer.min.session.timeout.ms"], "6000")
            self.assertEqual(props["group.consumer.min.heartbeat.interval.ms"], "500")
            self.assertEqual(props["controller.quorum.voters"].count("@127.0.0.1:"), count)

    def test_auto_create_flag(self):
        node = NodeSpec(1, 20001, 21001)
        props = parse(server_properties(node, [node], Path("/data"), auto_create=True))
        self.assertEqual(props["auto.create.topics.enable"], "true")

    def test_security_settings(self):
        node = NodeSpec(1, 20001, 21001, {name: 22000 + i for i, name in enumerate(security.LISTENERS)})
        plain = parse(server_properties(node, [node], Path("/data"), auto_create=False, tls_dir=Path("/tls")))
        self.assertEqual(plain["ssl.client.auth"], "none")
        self.assertNotIn("listener.name.ssl.ssl.client.auth", plain)
        secured = parse(server_properties(node, [node], Path("/data"), auto_create=False, tls_dir=Path("/tls"),
                                          authorizer=True, secured=True))
        self.assertEqual(secured["listener.name.ssl.ssl.client.auth"], "required")
        self.assertEqual(secured["ssl.truststore.location"], "/tls/truststore.p12")
        for mechanism in ("scram-sha-512", "oauthbearer"):
            self.assertEqual(secured[f"listener.name.sasl_ssl.{mechanism}.connections.max.reauth.ms"],
                             str(security.REAUTH_MS))
        self.assertNotIn("listener.name.sasl_ssl.plain.connections.max.reauth.ms", secured)
        self.assertIn("User:admin", secured["super.users"])

    def test_acls_allow_alice_prefix_and_close_private_prefix(self):
        allow, deny = security.acl_commands("127.0.0.1:1")
        self.assertIn("User:alice", allow)
        self.assertEqual(allow[allow.index("--topic") + 1], security.ALLOWED_PREFIX)
        self.assertEqual(allow[allow.index("--group") + 1], security.ALLOWED_PREFIX)
        self.assertIn("User:admin", deny)
        self.assertEqual(deny[deny.index("--topic") + 1], security.DENIED_PREFIX)

    def test_free_ports_are_distinct_and_below_the_ephemeral_range(self):
        ports = free_ports(6)
        self.assertEqual(len(set(ports)), 6)
        self.assertTrue(all(10000 <= port < 32768 for port in ports))


@unittest.skipUnless(SINGLE and TRIPLE and TRIPLE_DIR, NEEDS_CLUSTERS)
class ClusterTest(unittest.TestCase):
    def test_metadata_lists_every_broker(self):
        for bootstrap, count in [(SINGLE, 1), (TRIPLE, 3)]:
            for host, port in hosts(bootstrap):
                brokers = metadata_brokers(host, port)
                self.assertEqual(sorted(brokers), list(range(1, count + 1)))
                self.assertEqual(sorted(brokers.values()), sorted(hosts(bootstrap)))

    def test_java_console_tools_round_trip(self):
        topic = f"harness-{uuid.uuid4().hex[:8]}"
        tool = str(HERE / "run-class")
        run(tool, "topics", "--bootstrap-server", TRIPLE, "--create", "--topic", topic,
            "--partitions", "1", "--replication-factor", "3")
        lines = [f"record-{i}" for i in range(5)]
        run(tool, "console-producer", "--bootstrap-server", TRIPLE, "--topic", topic,
            stdin="\n".join(lines) + "\n")
        out = run(tool, "console-consumer", "--bootstrap-server", TRIPLE, "--topic", topic,
                  "--from-beginning", "--max-messages", "5", "--timeout-ms", "60000")
        self.assertEqual(out.splitlines(), lines)
        if shutil.which("kcat"):
            out = run("kcat", "-b", TRIPLE, "-t", topic, "-C", "-e", "-q")
            self.assertEqual(out.splitlines(), lines)

    def test_a_killed_node_comes_back(self):
        cluster = str(HERE / "cluster")
        env = {"FERROKAFKA_CLUSTER_DIR": TRIPLE_DIR}
        run(cluster, "stop", "2", env=env)
        try:
            status = subprocess.run([cluster, "status"], capture_output=True, text=True, env={**os.environ, **env})
            self.assertEqual(status.returncode, 3)
            self.assertIn("node 2: stopped", status.stdout)
        finally:
            self.assertEqual(run(cluster, "start", "2", env=env).strip().splitlines()[-1], TRIPLE)
        brokers = metadata_brokers(*hosts(TRIPLE)[1])
        self.assertEqual(sorted(brokers), [1, 2, 3])


@unittest.skipUnless(SINGLE_DIR and all(SECURE.values()) and TLS_CA, NEEDS_CLUSTERS)
class SecurityListenerTest(unittest.TestCase):
    """The 1-node cluster of with-clusters also listens with SASL, TLS and both."""

    def java_lists_topics(self, listener: str, properties: str) -> None:
        config = Path(SINGLE_DIR) / f"check-{listener}.properties"
        config.write_text(properties)
        run(str(HERE / "run-class"), "topics", "--bootstrap-server", SECURE[listener],
            "--command-config", str(config), "--list")

    def test_java_client_on_every_listener_and_mechanism(self):
        tls_dir = Path(TLS_CA).parent
        cases = [("sasl", "SASL_PLAINTEXT", ["PLAIN", *security.SCRAM_MECHANISMS]), ("tls", "SSL", ["-"]),
                 ("sasl-tls", "SASL_SSL", ["SCRAM-SHA-512"])]
        for short, name, mechanisms in cases:
            for mechanism in mechanisms:
                with self.subTest(listener=short, mechanism=mechanism):
                    self.java_lists_topics(short, security.client_properties(
                        name, tls_dir, "alice", mechanism, secured=bool(CLIENT_CERT)))

    @unittest.skipUnless(CLIENT_CERT, "needs a cluster started with --security")
    def test_ssl_requires_a_client_certificate(self):
        properties = security.client_properties("SSL", Path(TLS_CA).parent)
        with self.assertRaises(AssertionError):
            self.java_lists_topics("tls", properties)

    @unittest.skipUnless(CLIENT_CERT, "needs a cluster started with --security")
    def test_alice_sees_her_topics_and_not_private_ones(self):
        tool = str(HERE / "run-class")
        mine, private = (f"{prefix}harness-{uuid.uuid4().hex[:8]}"
                         for prefix in (security.ALLOWED_PREFIX, security.DENIED_PREFIX))
        for topic in (mine, private):
            run(tool, "topics", "--bootstrap-server", SINGLE, "--create", "--topic", topic)
        config = Path(SINGLE_DIR) / "check-alice.properties"
        config.write_text(security.client_properties("SASL_PLAINTEXT", Path(TLS_CA).parent, "alice", "SCRAM-SHA-256"))
        listed = run(tool, "topics", "--bootstrap-server", SECURE["sasl"], "--command-config", str(config),
                     "--list").split()
        self.assertIn(mine, listed)
        self.assertNotIn(private, listed)

    @unittest.skipUnless(CLIENT_CERT and shutil.which("kcat"), "needs --security and kcat")
    def test_kcat_with_a_client_certificate(self):
        run("kcat", "-b", SECURE["tls"], "-X", "security.protocol=SSL", "-X", f"ssl.ca.location={TLS_CA}",
            "-X", f"ssl.certificate.location={CLIENT_CERT}", "-X", f"ssl.key.location={CLIENT_KEY}",
            "-m", "30", "-L")

    def test_wrong_password_is_refused(self):
        properties = security.client_properties("SASL_PLAINTEXT", Path(TLS_CA).parent, "alice", "SCRAM-SHA-256")
        with self.assertRaises(AssertionError):
            self.java_lists_topics("sasl", properties.replace("alice-secret", "not-the-password"))

    @unittest.skipUnless(shutil.which("kcat"), "kcat is not installed")
    def test_kcat_with_plain_and_oauthbearer_over_tls(self):
        common = ["-X", "security.protocol=SASL_SSL", "-X", f"ssl.ca.location={TLS_CA}", "-m", "30", "-L"]
        run("kcat", "-b", SECURE["sasl-tls"], "-X", "sasl.mechanisms=PLAIN", "-X", "sasl.username=alice",
            "-X", "sasl.password=alice-secret", *common)
        run("kcat", "-b", SECURE["sasl-tls"], "-X", "sasl.mechanisms=OAUTHBEARER",
            "-X", "enable.sasl.oauthbearer.unsecure.jwt=true", "-X", "sasl.oauthbearer.config=principal=alice",
            *common)


if __name__ == "__main__":
    unittest.main()
