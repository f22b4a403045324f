"""SASL and TLS listeners of a test cluster: users, JAAS settings, certificates.

With `--sasl` every node gets a SASL_PLAINTEXT listener that accepts PLAIN,
SCRAM-SHA-256, SCRAM-SHA-512 and unsecured OAUTHBEARER tokens for the users
below. With `--tls` it gets an SSL listener whose certificate (for 127.0.0.1
and localhost) is signed by a CA made for this cluster; with both, also a
SASL_SSL listener. Brokers talk to each other over PLAINTEXT either way.

`--security` is all of that plus what a client's security tests need: the SSL
listener requires a client certificate (the CA signs one for the tests:
client.pem and client-key.pem), a second CA the brokers do not know
(other-ca.pem), short SASL sessions for SCRAM-SHA-512 and OAUTHBEARER on
SASL_SSL so that clients must re-authenticate, and ACLs for alice.
"""

import re
import shutil
import subprocess
from pathlib import Path

from .settings import HarnessError

# Test users and their passwords, known to every SASL mechanism.
USERS = {"admin": "admin-secret", "alice": "alice-secret"}
SCRAM_MECHANISMS = ["SCRAM-SHA-256", "SCRAM-SHA-512"]
MECHANISMS = ["PLAIN", *SCRAM_MECHANISMS, "OAUTHBEARER"]

# Listener name -> (name in the harness's output and variables, uses SASL, uses TLS).
LISTENERS = {
    "SASL_PLAINTEXT": ("sasl", True, False),
    "SSL": ("tls", False, True),
    "SASL_SSL": ("sasl-tls", True, True),
}

STORE_PASSWORD = "test-secret"
CA_FILE = "ca.pem"
KEYSTORE_FILE = "broker.p12"
TRUSTSTORE_FILE = "truststore.p12"
CLIENT_CERT_FILE = "client.pem"
CLIENT_KEY_FILE = "client-key.pem"
OTHER_CA_FILE = "other-ca.pem"
CLIENT_DN = "CN=ferrokafka-client"
EXPORT_KEY_SOURCE = Path(__file__).with_name("ExportKey.java")

# With --security: the longest SASL session (ms) the brokers grant on SASL_SSL
# to these mechanisms, after which a client must re-authenticate (KIP-368).
REAUTH_MS = 10000
REAUTH_MECHANISMS = ["scram-sha-512", "oauthbearer"]

# With --security: alice may use topics and groups whose names start with
# ALLOWED_PREFIX; topics starting with DENIED_PREFIX have ACLs for admin only,
# so they are closed to her. Other resources have no ACLs and stay open.
ALLOWED_PREFIX = "alice-"
DENIED_PREFIX = "private-"


def extra_listeners(sasl: bool, tls: bool) -> list[str]:
    """The security listeners a cluster with these options has, in a fixed order."""
    return [name for name, (_, needs_sasl, needs_tls) in LISTENERS.items()
            if (sasl or not needs_sasl) and (tls or not needs_tls)]


def broker_settings(listeners: list[str], tls_dir: Path, secured: bool = False) -> dict:
    """server.properties entries for the security listeners (none if the list is empty)."""
    settings: dict = {}
    if any(LISTENERS[name][1] for name in listeners):
        settings["sasl.enabled.mechanisms"] = ",".join(MECHANISMS)
        plain_users = " ".join(f'user_{user}="{password}"' for user, password in USERS.items())
        modules = {
            "plain": f"org.apache.kafka.common.security.plain.PlainLoginModule required {plain_users};",
            "scram-sha-256": "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "scram-sha-512": "org.apache.kafka.common.security.scram.ScramLoginModule required;",
            "oauthbearer": "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;",
        }
        for name in listeners:
            if LISTENERS[name][1]:
                for mechanism, module in modules.items():
                    settings[f"listener.name.{name.lower()}.{mechanism}.sasl.jaas.config"] = module
    if any(LISTENERS[name][2] for name in listeners):
        settings.update({
            "ssl.keystore.type": "PKCS12",
            "ssl.keystore.location": tls_dir / KEYSTORE_FILE,
            "ssl.keystore.password": STORE_PASSWORD,
            "ssl.key.password": STORE_PASSWORD,
            "ssl.client.auth": "none",
            "ssl.endpoint.identification.algorithm": "https",
        })
    if secured and "SSL" in listeners:
        settings.update({
            "listener.name.ssl.ssl.client.auth": "required",
            "ssl.truststore.type": "PKCS12",
            "ssl.truststore.location": tls_dir / TRUSTSTORE_FILE,
            "ssl.truststore.password": STORE_PASSWORD,
        })
    if secured and "SASL_SSL" in listeners:
        for mechanism in REAUTH_MECHANISMS:
            settings[f"listener.name.sasl_ssl.{mechanism}.connections.max.reauth.ms"] = REAUTH_MS
    return settings


def authorizer_settings() -> dict:
    """server.properties entries that turn ACLs on without locking anyone out.

    PLAINTEXT and CONTROLLER connections are User:ANONYMOUS, and brokers talk
    over them, so ANONYMOUS is a super user, as is the SASL user admin. Any
    other user (alice) is bound by the ACLs of a resource once it has some.
    """
    return {
        "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
        "super.users": "User:ANONYMOUS;User:admin",
        "allow.everyone.if.no.acl.found": "true",
    }


def scram_format_args(listeners: list[str]) -> list[str]:
    """StorageTool format arguments that store the SCRAM credentials of every user."""
    if not any(LISTENERS[name][1] for name in listeners):
        return []
    args = []
    for mechanism in SCRAM_MECHANISMS:
        for user, password in USERS.items():
            args += ["--add-scram", f'{mechanism}=[name={user},password="{password}"]']
    return args


def make_certificates(keytool: str, tls_dir: Path, java: str | None = None) -> None:
    """A CA, a broker key pair signed by it, and a truststore for Java clients, in `tls_dir`.

    With `java` (for --security), also a client key pair signed by the CA as
    PEM files, and a second CA that signed nothing the brokers know.
    """
    tls_dir.mkdir(parents=True, exist_ok=True)
    store = ["-storetype", "PKCS12", "-storepass", STORE_PASSWORD]

    def keytool_run(*args: str) -> None:
        result = subprocess.run([keytool, *args], cwd=tls_dir, capture_output=True, text=True,
                                stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            raise HarnessError(f"keytool {args[0]} failed while making the test certificates in {tls_dir}: "
                               f"{(result.stdout + result.stderr).strip()}")

    keytool_run("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=ferrokafka test CA", "-ext", "bc:c", "-ext", "KU=keyCertSign,cRLSign",
                "-keystore", "ca.p12", *store)
    keytool_run("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", *store, "-file", CA_FILE)
    keytool_run("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=127.0.0.1", "-keystore", KEYSTORE_FILE, *store)
    keytool_run("-certreq", "-alias", "broker", "-keystore", KEYSTORE_FILE, *store, "-file", "broker.csr")
    keytool_run("-gencert", "-alias", "ca", "-keystore", "ca.p12", *store, "-infile", "broker.csr",
                "-outfile", "broker.pem", "-rfc", "-validity", "3650",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-ext", "KU=digitalSignature,keyEncipherment",
                "-ext", "EKU=serverAuth")
    keytool_run("-importcert", "-noprompt", "-alias", "ca", "-file", CA_FILE, "-keystore", KEYSTORE_FILE, *store)
    keytool_run("-importcert", "-alias", "broker", "-file", "broker.pem", "-keystore", KEYSTORE_FILE, *store)
    keytool_run("-importcert", "-noprompt", "-alias", "ca", "-file", CA_FILE, "-keystore", TRUSTSTORE_FILE, *store)
    if java is None:
        return
    keytool_run("-genkeypair", "-alias", "client", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", CLIENT_DN, "-keystore", "client.p12", *store)
    keytool_run("-certreq", "-alias", "client", "-keystore", "client.p12", *store, "-file", "client.csr")
    keytool_run("-gencert", "-alias", "ca", "-keystore", "ca.p12", *store, "-infile", "client.csr",
                "-outfile", CLIENT_CERT_FILE, "-rfc", "-validity", "3650",
                "-ext", "KU=digitalSignature,keyEncipherment", "-ext", "EKU=clientAuth")
    # Java clients present the signed chain from the keystore.
    keytool_run("-importcert", "-noprompt", "-alias", "ca", "-file", CA_FILE, "-keystore", "client.p12", *store)
    keytool_run("-importcert", "-alias", "client", "-file", CLIENT_CERT_FILE, "-keystore", "client.p12", *store)
    keytool_run("-genkeypair", "-alias", "other", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", "CN=ferrokafka unknown CA", "-ext", "bc:c", "-keystore", "other-ca.p12", *store)
    keytool_run("-exportcert", "-rfc", "-alias", "other", "-keystore", "other-ca.p12", *store,
                "-file", OTHER_CA_FILE)
    export_client_key(java, tls_dir)


def export_client_key(java: str, tls_dir: Path) -> None:
    """Writes the client's private key from client.p12 as PEM, which keytool cannot do.

    With openssl when there is one; else with ExportKey.java, which needs a
    JDK (the JDK's source launcher compiles it), not just a JRE.
    """
    if shutil.which("openssl"):
        command = ["openssl", "pkcs12", "-in", "client.p12", "-passin", f"pass:{STORE_PASSWORD}", "-nocerts", "-nodes"]
    else:
        command = [java, str(EXPORT_KEY_SOURCE), "client.p12", STORE_PASSWORD, "client", "/dev/stdout"]
    result = subprocess.run(command, cwd=tls_dir, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    found = re.search(r"-----BEGIN PRIVATE KEY-----.*?-----END PRIVATE KEY-----\n", result.stdout, re.S)
    if result.returncode != 0 or not found:
        raise HarnessError(f"exporting the client key in {tls_dir} with {command[0]} failed (it needs openssl, "
                           f"or a JDK rather than a JRE): {result.stderr.strip()[-2000:]}")
    (tls_dir / CLIENT_KEY_FILE).write_text(found.group(0))


def client_properties(listener: str, tls_dir: Path, user: str = "admin", mechanism: str = "PLAIN",
                      secured: bool = False) -> str:
    """Java client settings for one security listener, for console tools (--command-config etc.).

    `secured` (a --security cluster) adds the client certificate the SSL listener requires.
    """
    _, uses_sasl, uses_tls = LISTENERS[listener]
    lines = [f"security.protocol={listener}"]
    if uses_tls:
        lines += [f"ssl.truststore.location={tls_dir / TRUSTSTORE_FILE}", "ssl.truststore.type=PKCS12",
                  f"ssl.truststore.password={STORE_PASSWORD}"]
    if uses_tls and secured:
        lines += [f"ssl.keystore.location={tls_dir / 'client.p12'}", "ssl.keystore.type=PKCS12",
                  f"ssl.keystore.password={STORE_PASSWORD}"]
    if uses_sasl:
        module = ("org.apache.kafka.common.security.plain.PlainLoginModule" if mechanism == "PLAIN"
                  else "org.apache.kafka.common.security.scram.ScramLoginModule")
        lines += [f"sasl.mechanism={mechanism}",
                  f'sasl.jaas.config={module} required username="{user}" password="{USERS[user]}";']
    return "\n".join(lines) + "\n"


def acl_commands(bootstrap: str) -> list[list[str]]:
    """`run-class acls` arguments that give alice her ACLs (run over PLAINTEXT, as a super user)."""
    prefixed = ["--bootstrap-server", bootstrap, "--add", "--force", "--resource-pattern-type", "prefixed"]
    return [
        [*prefixed, "--allow-principal", "User:alice", "--operation", "All",
         "--topic", ALLOWED_PREFIX, "--group", ALLOWED_PREFIX],
        [*prefixed, "--allow-principal", "User:admin", "--operation", "All", "--topic", DENIED_PREFIX],
    ]
