"""A throw-away PostgreSQL + PostGIS cluster for tests: a temporary folder, a loopback port, gone at the end.

    with ThrowAwayCluster() as cluster:
        database = cluster.create_database("netload")      # with PostGIS, the team roles and a service file
        connection = cluster.connect(database)               # as the administrator

The cluster is the real server Debian installs (``postgresql-15-postgis-3`` on Debian 12,
``postgresql-17-postgis-3`` on Debian 13): the newest installed version that has PostGIS is used.
``initdb``/``pg_ctl`` refuse to run as root, so when the tests run as root (CI does) the cluster
belongs to the unprivileged ``postgres`` user (or ``nobody``). Durability is switched off
(``fsync``, ``synchronous_commit``): a test cluster never outlives its run (benchmarks keep it on).

Host connections need a password (SCRAM): the team roles of ``scripts/store-roles.sql``
(``netload_writer`` and ``netload_reader``) get theirs through a pgpass file. As on a team's machines,
each role has its own ``pg_service.conf`` in which the service named after the database connects
as that role: the monitor's machine (writer) and a colleague's (reader) both say ``service=<db>``.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ROLES_SQL = REPO / "scripts" / "store-roles.sql"
ADMIN = "netload_admin"
WRITER = "netload_writer"
READER = "netload_reader"


class PostgresMissingError(RuntimeError):
    """PostgreSQL or PostGIS is not installed (``make setup`` installs them)."""


def server_binaries() -> Path:
    """The ``bin`` folder of the newest installed PostgreSQL whose PostGIS extension is installed too."""
    found = []
    for bin_dir in Path("/usr/lib/postgresql").glob("*/bin"):
        version = bin_dir.parent.name
        postgis = Path(f"/usr/share/postgresql/{version}/extension/postgis.control")
        if (bin_dir / "initdb").exists() and postgis.exists():
            found.append((int(version) if version.isdigit() else 0, bin_dir))
    if not found:
        raise PostgresMissingError("PostgreSQL with PostGIS not found under /usr/lib/postgresql: run `make setup` "
                              "(Debian packages postgresql-15 and postgresql-15-postgis-3)")
    return max(found)[1]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cluster_user() -> str | None:
    """Who runs the server: the current user, or an unprivileged one when that is root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise PostgresMissingError("running as root and no unprivileged user (postgres, nobody) to run the server")


# Stops the server and deletes its folder once the process that started it is gone, however it ended
# (a test run killed by a timeout or SIGKILL would otherwise leave a server running on the machine).
_WATCHDOG = """
import os, shutil, subprocess, sys, time
parent, pg_ctl, data, folder, user = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] or None
while True:
    try:
        os.kill(parent, 0)
    except OSError:
        break
    if not os.path.isdir(data):
        sys.exit()
    time.sleep(1)
subprocess.run([pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], capture_output=True, user=user)
shutil.rmtree(folder, ignore_errors=True)
"""


class ThrowAwayCluster:
    """initdb + pg_ctl in a temporary folder; the server listens on 127.0.0.1 only."""

    def __init__(self, durable: bool = False):
        self.durable = durable  # benchmarks: PostgreSQL's own fsync and commit settings
        self.bin = server_binaries()
        self.user = _cluster_user()
        self.folder = Path(tempfile.mkdtemp(prefix="netload-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.host = "127.0.0.1"
        self.passwords = {ADMIN: secrets.token_hex(12), WRITER: secrets.token_hex(12), READER: secrets.token_hex(12)}
        self.pgpass = self.folder / "pgpass"
        self.service_files = {WRITER: self.folder / "writer.pg_service.conf",
                              READER: self.folder / "reader.pg_service.conf"}
        self._started = False
        self._template = False

    # -- lifecycle ----------------------------------------------------------------------------
    def __enter__(self) -> ThrowAwayCluster:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def _run(self, *args, **kwargs) -> subprocess.CompletedProcess:
        completed = subprocess.run([str(a) for a in args], capture_output=True, text=True, user=self.user,
                                   cwd=self.folder, **kwargs)
        if completed.returncode != 0:
            raise RuntimeError(f"{' '.join(map(str, args))} failed ({completed.returncode}):\n"
                               f"{completed.stdout}\n{completed.stderr}")
        return completed

    def start(self) -> None:
        if self.user is not None:
            shutil.chown(self.folder, self.user)
        self.folder.chmod(0o755)
        password_file = self.folder / "admin-password"
        password_file.write_text(self.passwords[ADMIN])
        if self.user is not None:
            shutil.chown(password_file, self.user)
        self._run(self.bin / "initdb", "-D", self.data, "-U", ADMIN, "--pwfile", password_file, "-E", "UTF8",
                  "--locale", "C", "--auth-local", "trust", "--auth-host", "scram-sha-256")
        password_file.unlink()
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(f"\nlisten_addresses = '{self.host}'\nport = {self.port}\n"
                       f"unix_socket_directories = '{self.folder}'\n"
                       "max_connections = 40\nshared_buffers = 128MB\nmax_wal_size = 4GB\n")
            if not self.durable:
                conf.write("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
        self._run(self.bin / "pg_ctl", "-D", self.data, "-l", self.folder / "server.log", "-w", "-t", "60", "start")
        self._started = True
        subprocess.Popen([sys.executable, "-c", _WATCHDOG, str(os.getpid()), str(self.bin / "pg_ctl"), str(self.data),
                          str(self.folder), self.user or ""], start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._write_pgpass()

    def stop(self) -> None:
        if self._started:
            subprocess.run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                           capture_output=True, user=self.user, cwd=self.folder)
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def cpu_seconds(self) -> float:
        """CPU seconds (user + system) the server has used so far: the postmaster, its live processes
        (backends, parallel workers, WAL writer, checkpointer) and those already gone (Linux ``/proc``).

        Benchmarks time the server's share of a load by the difference of two readings: unlike wall time,
        it does not stretch when other work shares the cores.
        """
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        ticks = 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()  # after "(command)": state, ppid, …
            except OSError:  # the process has just exited
                continue
            pid, parent = int(stat.parent.name), int(fields[1])
            if pid == postmaster:  # utime, stime, and the children it has reaped (cutime, cstime)
                ticks += sum(int(value) for value in fields[11:15])
            elif parent == postmaster:
                ticks += int(fields[11]) + int(fields[12])
        return ticks / os.sysconf("SC_CLK_TCK")

    def log(self) -> str:
        path = self.folder / "server.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # -- credentials, as a team sets them up -------------------------------------------------
    def _write_pgpass(self) -> None:
        lines = [f"{self.host}:{self.port}:*:{role}:{password}" for role, password in self.passwords.items()]
        self.pgpass.write_text("\n".join(lines) + "\n")
        self.pgpass.chmod(0o600)

    def add_services(self, database: str) -> None:
        """Service ``<database>`` in each role's service file (no password: that is in the pgpass file)."""
        for role, path in self.service_files.items():
            with open(path, "a") as services:
                services.write(f"[{database}]\nhost={self.host}\nport={self.port}\ndbname={database}\nuser={role}\n\n")

    def environment(self, role: str = WRITER) -> dict:
        """PG* variables that make ``role``'s services and the passwords visible to libpq (psycopg2, QGIS,
        qgis_process): what that person's machine has."""
        return {"PGSERVICEFILE": str(self.service_files[role]), "PGPASSFILE": str(self.pgpass)}

    # -- databases --------------------------------------------------------------------------
    def admin_dsn(self, database: str = "postgres") -> str:
        return f"host={self.folder} port={self.port} dbname={database} user={ADMIN}"

    def connect(self, database: str = "postgres", role: str = ADMIN, autocommit: bool = True):
        import psycopg2

        if role == ADMIN:
            connection = psycopg2.connect(self.admin_dsn(database))
        else:
            connection = psycopg2.connect(host=self.host, port=self.port, dbname=database, user=role,
                                          password=self.passwords[role])
        connection.autocommit = autocommit
        return connection

    def psql(self, database: str, *args, variables: dict | None = None) -> str:
        command = [str(self.bin / "psql"), "-X", "-v", "ON_ERROR_STOP=1", "-d", self.admin_dsn(database)]
        for name, value in (variables or {}).items():
            command += ["-v", f"{name}={value}"]
        completed = subprocess.run(command + [str(a) for a in args], capture_output=True, text=True)
        if completed.returncode != 0:
            raise RuntimeError(f"psql {' '.join(map(str, args))}: {completed.stderr}")
        return completed.stdout

    def create_database(self, name: str, schema: str = "energy_monitor", encoding: str = "") -> str:
        """A database with PostGIS, the team roles (scripts/store-roles.sql) for ``schema``, and its services.

        ``encoding`` (``SQL_ASCII``: what ``initdb`` makes under a POSIX locale) gives a database of that
        encoding instead of the cluster's UTF8 one.
        """
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name) or not re.fullmatch(r"[A-Z0-9_]*", encoding):
            raise ValueError(name)
        admin = self.connect()
        try:
            with admin.cursor() as cursor:
                if encoding:
                    cursor.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING '{encoding}'")
                    self.psql(name, "-c", "CREATE EXTENSION postgis")
                else:
                    if not self._template:  # PostGIS installed once, copied with each database
                        cursor.execute("CREATE DATABASE netload_template")
                        self.psql("netload_template", "-c", "CREATE EXTENSION postgis")
                        self._template = True
                    cursor.execute(f"CREATE DATABASE {name} TEMPLATE netload_template")
        finally:
            admin.close()
        self.setup_roles(name, schema)
        self.add_services(name)
        return name

    def setup_roles(self, database: str, schema: str) -> None:
        """Run the team guide's role script for ``schema`` (roles are cluster-wide: created once)."""
        self.psql(database, "-f", ROLES_SQL, variables={
            "schema": schema, "writer": WRITER, "reader": READER,
            "writer_password": self.passwords[WRITER], "reader_password": self.passwords[READER]})


def wait_until(predicate, timeout: float = 30.0, interval: float = 0.05) -> bool:
    """Poll ``predicate`` until it is true or ``timeout`` seconds have passed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()
