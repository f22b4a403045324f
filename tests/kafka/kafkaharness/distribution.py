"""Downloads an Apache Kafka broker and its tools from Maven Central, once.

The jars of version V land in `<cache>/kafka/V/libs`; a `complete` marker
beside them says the copy finished. Maven's own repository for this lives in
`<cache>/m2`, so nothing is written to the user's ~/.m2 or into the repo.
"""

import fcntl
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .settings import LOG_CONFIG_DIR, POM_FILE, HarnessError, cache_dir, major_version

# Short names for the Java tools interop tests use, per Kafka major version.
# Classes that moved between 3.x and 4.x have one entry per major version.
TOOL_CLASSES = {
    "console-consumer": {3: "org.apache.kafka.tools.consumer.ConsoleConsumer",
                         4: "org.apache.kafka.tools.consumer.ConsoleConsumer"},
    "console-producer": {3: "kafka.tools.ConsoleProducer",
                         4: "org.apache.kafka.tools.ConsoleProducer"},
    "topics": {3: "org.apache.kafka.tools.TopicCommand",
               4: "org.apache.kafka.tools.TopicCommand"},
    "consumer-groups": {3: "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand",
                        4: "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand"},
    "get-offsets": {3: "org.apache.kafka.tools.GetOffsetShell",
                    4: "org.apache.kafka.tools.GetOffsetShell"},
    "configs": {3: "kafka.admin.ConfigCommand",
                4: "kafka.admin.ConfigCommand"},
    "delete-records": {3: "org.apache.kafka.tools.DeleteRecordsCommand",
                       4: "org.apache.kafka.tools.DeleteRecordsCommand"},
    "metadata-quorum": {3: "org.apache.kafka.tools.MetadataQuorumCommand",
                        4: "org.apache.kafka.tools.MetadataQuorumCommand"},
    "dump-log": {3: "kafka.tools.DumpLogSegments",
                 4: "org.apache.kafka.tools.DumpLogSegments"},
    "verifiable-producer": {3: "org.apache.kafka.tools.VerifiableProducer",
                            4: "org.apache.kafka.tools.VerifiableProducer"},
    "acls": {3: "kafka.admin.AclCommand",
             4: "org.apache.kafka.tools.AclCommand"},
    "verifiable-consumer": {3: "org.apache.kafka.tools.VerifiableConsumer",
                            4: "org.apache.kafka.tools.VerifiableConsumer"},
}

# JVM flags that make short-lived tools start quickly.
TOOL_JVM_FLAGS = ["-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]


@dataclass(frozen=True)
class Distribution:
    """One downloaded Kafka version: its jars and how to run a class from them."""

    version: str
    libs_dir: Path

    @property
    def major(self) -> int:
        return major_version(self.version)

    def tool_class(self, name: str) -> str:
        """Maps a short tool name to its class; anything else is taken as a class name."""
        per_major = TOOL_CLASSES.get(name)
        if per_major is None:
            return name
        return per_major.get(self.major) or per_major[max(per_major)]

    def log_config_flag(self, role: str) -> str:
        """The JVM flag pointing logging at config/<role>-log4j*.properties (role: broker or tools)."""
        if self.major >= 4:
            return f"-Dlog4j2.configurationFile={LOG_CONFIG_DIR / f'{role}-log4j2.properties'}"
        return f"-Dlog4j.configuration=file:{LOG_CONFIG_DIR / f'{role}-log4j.properties'}"

    def java_command(self, jvm_flags: list[str], role: str, main_class: str, args: list[str]) -> list[str]:
        return [java_binary(), *jvm_flags, "-Djava.awt.headless=true", self.log_config_flag(role),
                "-cp", str(self.libs_dir / "*"), main_class, *args]

    def tool_command(self, name: str, args: list[str]) -> list[str]:
        return self.java_command(TOOL_JVM_FLAGS, "tools", self.tool_class(name), args)


def java_binary() -> str:
    """The java to run Kafka with: $JAVA_HOME/bin/java, else java on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    found = shutil.which("java")
    if not found:
        raise HarnessError("java was not found: install Java 17 or newer (Debian: apt-get install openjdk-17-jdk-headless) "
                           "or set JAVA_HOME")
    return found


def keytool_binary() -> str:
    """keytool from the same Java installation as java_binary()."""
    beside = Path(java_binary()).resolve().parent / "keytool"
    if beside.exists():
        return str(beside)
    found = shutil.which("keytool")
    if not found:
        raise HarnessError("keytool (part of the JDK) was not found; it makes the certificates for --tls")
    return found


def install(version: str, quiet: bool = False) -> Distribution:
    """Returns the cached distribution of `version`, downloading it first if needed."""
    major = major_version(version)
    if major < 3:
        raise HarnessError(f"Kafka {version} is too old for KRaft-only clusters; use 3.9.x or 4.x")
    home = cache_dir() / "kafka" / version
    dist = Distribution(version, home / "libs")
    marker = home / "complete"
    if marker.exists():
        return dist
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another cluster may be downloading the same version
        if marker.exists():
            return dist
        if not quiet:
            print(f"Downloading Apache Kafka {version} from Maven Central into {home} (first use only)...",
                  file=sys.stderr)
        staging = home / "libs.partial"
        shutil.rmtree(staging, ignore_errors=True)
        _copy_dependencies(version, major, staging)
        shutil.rmtree(dist.libs_dir, ignore_errors=True)
        staging.rename(dist.libs_dir)
        marker.write_text(version + "\n")
    return dist


def _copy_dependencies(version: str, major: int, target: Path) -> None:
    mvn = shutil.which("mvn")
    if not mvn:
        raise HarnessError(f"Kafka {version} is not in the cache yet and mvn (Maven) was not found to download it: "
                           "install Maven 3 (Debian: apt-get install maven) and run again")
    profile = "log4j2" if major >= 4 else "reload4j"
    command = [mvn, "-B", "-q", "-U", "-Dstyle.color=never", "-f", str(POM_FILE),
               f"-Dmaven.repo.local={cache_dir() / 'm2'}",
               f"-Dkafka.version={version}", "-P", profile,
               "dependency:copy-dependencies", f"-DoutputDirectory={target}", "-DincludeScope=runtime"]
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if result.returncode != 0:
        output = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout + result.stderr).splitlines()
        boilerplate = ("[ERROR] [Help", "[ERROR] To see the full", "[ERROR] Re-run Maven", "[ERROR] For more info")
        errors = [line.replace(" -> [Help 1]", "") for line in output
                  if line.startswith("[ERROR] ") and line[8:].strip() and not line.startswith(boilerplate)]
        detail = "\n".join(errors[:10] or output[-25:])
        raise HarnessError(f"mvn could not download Kafka {version}:\n{detail}\n"
                           f"Check that {version} is a released Kafka version whose kafka_2.13 and kafka-tools "
                           "artifacts are both on Maven Central, and that Maven Central can be reached.")
