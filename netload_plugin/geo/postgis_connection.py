"""Where a run's PostGIS store is, and how to reach it without ever writing a credential down.

A store is named by either

* a **QGIS PostgreSQL connection** (Browser ▸ PostgreSQL, the list Processing's own "Export to
  PostgreSQL" offers): its user and password come from QGIS — the authentication manager when the
  connection uses one (``authcfg``), or what QGIS stored for it; or
* a **libpq connection string** without a password: ``service=netload`` (``pg_service.conf``),
  ``host=db.example port=5432 dbname=netload`` or ``postgresql://db.example/netload``; the password
  then comes from ``~/.pgpass``, the service file's pgpass or ``PGPASSWORD`` — as for ``psql``.

A connection string that carries a password is refused: it would end up in logs, in Processing's
history and in the monitor's config file. What QGIS supplies for a connection (an expanded
``authcfg``, a stored password) is only ever held in memory: logs and messages name the store by
:attr:`StoreTarget.label`, and the project stored in the database is cleaned of user names and
passwords before it is written (:mod:`.postgis_project`).
"""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..core.definitions import DEFAULT_STORE_SCHEMA
from ..core.errors import MissingOptionalDependencyError, NetLoadError
from ..core.pg_sql import check_name
from ..core.pg_store import APPLICATION_NAME, CLIENT_ENCODING

DEFAULT_SCHEMA = DEFAULT_STORE_SCHEMA
_SECRET_KEYS = ("password", "passfile", "sslpassword")


@dataclass(frozen=True)
class StoreTarget:
    """A resolved store: how to connect (in memory only) and a label to name it by."""

    connection_info: str  # libpq string with whatever credentials QGIS supplied: never written anywhere
    qgis_uri: str  # the same for QGIS layers (authcfg left for QGIS to expand): never written anywhere
    label: str  # "QGIS connection 'team'" or the connection string, and the schema (no password)
    schema: str

    def connect(self):
        """An open psycopg2 connection (application_name ``netload``, so lock holders can be named; UTF-8
        whatever the database's encoding)."""
        psycopg2 = import_psycopg2()
        try:
            return psycopg2.connect(self.connection_info, application_name=APPLICATION_NAME,
                                    client_encoding=CLIENT_ENCODING)
        except psycopg2.Error as error:
            reason = " ".join(str(error).split())
            raise NetLoadError(f"Cannot connect to the store {self.label}: {reason}") from None


def import_psycopg2():
    """psycopg2, which QGIS ships on every platform (Debian: python3-qgis depends on python3-psycopg2)."""
    try:
        import psycopg2
        import psycopg2.extensions
    except ImportError:
        raise MissingOptionalDependencyError(
            "The PostgreSQL store needs the Python package psycopg2, which QGIS normally brings along "
            "(Debian/Ubuntu: apt install python3-psycopg2; the Windows and macOS installers include it).") from None
    return psycopg2


def _postgres():
    return QgsProviderRegistry.instance().providerMetadata("postgres")


def connection_names() -> list[str]:
    """The QGIS PostgreSQL connections of the current profile."""
    metadata = _postgres()
    return sorted(metadata.connections().keys()) if metadata is not None else []


def _is_connection_string(value: str) -> bool:
    return "=" in value or value.startswith(("postgresql://", "postgres://"))


def _from_connection_string(value: str) -> tuple[str, QgsDataSourceUri]:
    psycopg2 = import_psycopg2()
    try:
        parts = psycopg2.extensions.parse_dsn(value)
    except psycopg2.ProgrammingError as error:
        raise NetLoadError(f"Store connection {value!r} is not a valid PostgreSQL connection string: "
                           f"{' '.join(str(error).split())}") from None
    secret = [key for key in _SECRET_KEYS if parts.get(key)]
    if secret:
        raise NetLoadError("The store connection string holds a password: remove it and keep the password in "
                           "~/.pgpass, a pg_service.conf service with a pgpass file, PGPASSWORD or a QGIS connection "
                           "that uses the authentication manager.")
    kept = {key: parts[key] for key in ("service", "host", "port", "dbname", "user", "sslmode") if parts.get(key)}
    uri = QgsDataSourceUri(" ".join("{}='{}'".format(key, str(value).replace("'", "")) for key, value in kept.items()))
    return value, uri


def _from_qgis_connection(name: str) -> tuple[str, QgsDataSourceUri]:
    metadata = _postgres()
    connection = metadata.findConnection(name) if metadata is not None else None
    if connection is None:
        known = ", ".join(connection_names()) or "none"
        raise NetLoadError(f"No QGIS PostgreSQL connection named {name!r} (connections in this profile: {known}). "
                           "Give a connection name, or a connection string such as service=netload.")
    uri = QgsDataSourceUri(connection.uri())
    return uri.connectionInfo(True), uri  # expands authcfg through QGIS's authentication manager


def resolve_store(value: str, schema: str = DEFAULT_SCHEMA) -> StoreTarget:
    """The store named ``value`` (a QGIS connection name or a libpq string) and ``schema`` (checked)."""
    value = (value or "").strip()
    if not value:
        raise NetLoadError("No store connection given.")
    schema = check_name((schema or DEFAULT_SCHEMA).strip(), "schema")
    if _is_connection_string(value):
        connection_info, uri = _from_connection_string(value)
        label = value
    else:
        connection_info, uri = _from_qgis_connection(value)
        label = f"QGIS connection '{value}'"
    return StoreTarget(connection_info, uri.uri(False), f"{label}, schema {schema}", schema)
