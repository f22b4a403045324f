"""SASL and TLS listeners of a test cluster: users, JAAS settings, certificates.

With `--sasl` every node gets a SASL_PLAINTEXT listener that accepts PLAIN,
SCRAM-SHA-256, SCRAM-SHA-512 and unsecured OAUTHBEARER tokens for the users
below. With `--tls` it gets an SSL listener whose certificate (for 127.0.0.1
and localhost) is signed by a CA made for this cluster; with both, also a
SASL_SSL listener. Brokers talk to each other over PLAINTEXT either way.
"""

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


def extra_listeners(sasl: bool, tls: bool) -> list[str]:
    """The security listeners a cluster with these options has, in a fixed order."""
    return [name for name, (_, needs_sasl, needs_tls) in LISTENERS.items()
            if (sasl or not needs_sasl) and (tls or not needs_tls)]


def broker_settings(listeners: list[str], tls_dir: Path) -> dict:
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


def make_certificates(keytool: str, tls_dir: Path) -> None:
    """A CA, a broker key pair signed by it, and a truststore for Java clients, in `tls_dir`."""
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


def client_properties(listener: str, tls_dir: Path, user: str = "admin", mechanism: str = "PLAIN") -> str:
    """Java client settings for one security listener, for console tools (--command-config etc.)."""
    _, uses_sasl, uses_tls = LISTENERS[listener]
    lines = [f"security.protocol={listener}"]
    if uses_tls:
        lines += [f"ssl.truststore.location={tls_dir / TRUSTSTORE_FILE}", "ssl.truststore.type=PKCS12",
                  f"ssl.truststore.password={STORE_PASSWORD}"]
    if uses_sasl:
        module = ("org.apache.kafka.common.security.plain.PlainLoginModule" if mechanism == "PLAIN"
                  else "org.apache.kafka.common.security.scram.ScramLoginModule")
        lines += [f"sasl.mechanism={mechanism}",
                  f'sasl.jaas.config={module} required username="{user}" password="{USERS[user]}";']
    return "\n".join(lines) + "\n"
