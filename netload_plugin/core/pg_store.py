"""Writing one run into a PostGIS store schema: lock, provenance, table replacement by COPY, commit.

The store is PostgreSQL's, and so are its guarantees:

* **one writer at a time** — a session advisory lock keyed on the schema; a second run waits
  (up to ``wait_s`` seconds, then fails naming the run that holds the lock);
* **all or nothing** — the ``runs`` row, every table's replaced rows and the styles go in one
  transaction: a failure, a cancel or a killed process (the server rolls back when the connection
  drops) leaves the store exactly as it was;
* **idempotent** — each table replaces only the rows in the run's *scope* (its zones, areas or
  states, within the run's time range) and a re-run of the same period leaves the same rows;
* **fast** — rows go in with ``COPY … FROM STDIN (FORMAT binary)`` (:mod:`.pg_copy`), encoded in a
  background thread while the server stores the previous batch.

Nothing here imports QGIS or psycopg2: the caller passes an open psycopg2 connection (its
``copy_expert`` is the only non-DB-API call used).
"""

from __future__ import annotations

import io
import json
import queue
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from .errors import NetLoadError
from .pg_copy import HEADER, TRAILER, encode_rows
from .pg_sql import (
    Column,
    TableDefinition,
    attach_partition_sql,
    constraint_sql,
    create_table_sql,
    month_check_sql,
    months_between,
    partition_name,
    qualified,
    quote,
)
from .progress import Progress

LOCK_CLASS = 0x4E4C4F44  # "NLOD": the first key of NetLoad's advisory locks; the second is hashtext(schema)
APPLICATION_NAME = "netload"
# What NetLoad speaks to the server whatever the database's own encoding: a cluster made by initdb under a
# POSIX locale is SQL_ASCII, whose default client encoding cannot carry QGIS 3.22's "Białowieża" or a
# municipality's name. The server stores UTF-8 from such a client as it comes, and QGIS reads it back so.
CLIENT_ENCODING = "UTF8"
COPY_BUFFER = 1 << 20
MAINTENANCE_MEMORY = "512MB"  # per run, while it builds keys and indexes: a national month sorts in memory
RUNS_TABLE = "runs"
RUNS_DDL = """CREATE TABLE IF NOT EXISTS {runs} (
  run_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_utc timestamp with time zone NOT NULL DEFAULT now(),
  finished_utc timestamp with time zone,
  algorithm text NOT NULL,
  plugin_version text NOT NULL,
  qgis_version text,
  region text,
  states text[],
  period_start date,
  period_end date,
  parameters jsonb NOT NULL,
  sources jsonb NOT NULL,
  row_counts jsonb,
  written_by text NOT NULL DEFAULT current_user
)"""


@dataclass
class RunRecord:
    """What the ``runs`` table keeps about a run (never a credential: see :func:`.pg_sql` callers)."""

    algorithm: str
    plugin_version: str
    qgis_version: str = ""
    region: str = ""
    states: list = field(default_factory=list)
    period_start: date | None = None
    period_end: date | None = None
    parameters: dict = field(default_factory=dict)
    sources: list = field(default_factory=list)


@dataclass
class Scope:
    """Which existing rows of a table a run replaces.

    ``columns``/``values``: rows whose ``columns`` hold one of ``values`` (scalars for one column,
    tuples for several). ``time_range``: and whose ``time_utc`` is in ``[first, after)``.
    ``same_period``: and that came from a run over the same period (per-period summaries).
    ``unzoned_box``: also rows whose first column is NULL and whose geometry lies in this
    ``(xmin, ymin, xmax, ymax, srid)`` box (rooftops outside every zone). ``whole_table``: every row.
    """

    columns: tuple = ()
    values: list = field(default_factory=list)
    time_range: tuple | None = None
    same_period: bool = False
    unzoned_box: tuple | None = None
    whole_table: bool = False


class StoreBusyError(NetLoadError):
    """Another run holds the store's lock."""


class Store:
    """One run's write into schema ``schema`` over an open psycopg2 ``connection``.

        with Store(connection, "energy_monitor", progress, wait_s=600) as store:
            run_id = store.start_run(RunRecord(...))
            store.replace(definition, frames, Scope(("zone_id",), ids, (first, after)))
            store.commit()

    Leaving the block without :meth:`commit` (an exception, a cancel) rolls everything back; the
    lock is released either way.
    """

    def __init__(self, connection, schema: str, progress: Progress | None = None, wait_s: float = 600.0):
        self.connection = connection
        self.schema = schema
        self.progress = progress or Progress()
        self.wait_s = wait_s
        self.run_id: int | None = None
        self.period: tuple = (None, None)
        self.row_counts: dict = {}
        self._locked = False
        qualified(schema, RUNS_TABLE)  # refuses an unsafe schema name before any SQL runs
        connection.set_client_encoding(CLIENT_ENCODING)
        connection.autocommit = False

    # -- lifecycle ------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        try:
            self.lock()
        except BaseException:
            self.rollback()
            raise
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is not None or self.run_id is not None:  # not committed
            self.rollback()
        self.unlock()

    def table(self, name: str) -> str:
        return qualified(self.schema, name)

    def execute(self, sql: str, parameters=None):
        cursor = self.connection.cursor()
        cursor.execute(sql, parameters)
        return cursor

    def rollback(self) -> None:
        try:
            self.connection.rollback()
        except Exception:  # noqa: BLE001 (a dropped connection has nothing left to roll back)
            pass
        self.run_id = None

    # -- the lock ----------------------------------------------------------------------------
    def lock(self) -> None:
        """Take the schema's advisory lock, waiting up to ``wait_s`` (polling, so cancel works)."""
        deadline = time.monotonic() + max(self.wait_s, 0.0)
        announced = False
        while True:
            got, = self.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s))", (LOCK_CLASS, self.schema)).fetchone()
            self.connection.commit()  # no transaction stays open while waiting
            if got:
                self._locked = True
                return
            holder = self.lock_holder()
            if time.monotonic() >= deadline:
                raise StoreBusyError(f"Store {self.schema}: another NetLoad run is writing to it ({holder}); "
                                f"gave up after {self.wait_s:.0f} s. Try again when it has finished.")
            if not announced:
                self.progress.info(f"Store {self.schema}: waiting for another run to finish ({holder})…")
                announced = True
            self.progress.check_cancelled()
            time.sleep(0.5)

    def lock_holder(self) -> str:
        row = self.execute(
            "SELECT a.pid, a.application_name, a.usename, a.client_addr, a.backend_start FROM pg_locks l "
            "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            "AND l.classid = %s AND l.objid::bigint = (hashtext(%s)::bigint & 4294967295) LIMIT 1",
            (LOCK_CLASS, self.schema)).fetchone()
        self.connection.commit()
        if row is None:
            return "its holder has just finished"
        pid, application, user, address, since = row
        return (f"server process {pid}, {application or 'no application name'}, role {user}, "
                f"from {address or 'a local socket'}, connected since {since:%Y-%m-%d %H:%M} UTC")

    def unlock(self) -> None:
        if not self._locked:
            return
        try:
            self.connection.rollback()
            self.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", (LOCK_CLASS, self.schema))
            self.connection.commit()
        except Exception:  # noqa: BLE001 (a dropped connection released the lock already)
            pass
        self._locked = False

    # -- the run ------------------------------------------------------------------------------
    def start_run(self, record: RunRecord) -> int:
        """Create the schema's ``runs`` table if needed and this run's row (visible only at commit).

        The transaction sorts in memory when it builds a key or index (a month of national generation is
        4 million rows, about 270 MB to sort; PostgreSQL's default 64 MB would spill each sort to disk),
        and on one core: runs scale out by running side by side (the monitor's workers), so parallel
        sort workers would only compete with them (measured on two cores: a national month's key took
        2.6 CPU seconds in three processes, 1.9 in one).
        """
        self.execute(f"SET LOCAL maintenance_work_mem = '{MAINTENANCE_MEMORY}'")
        self.execute("SET LOCAL max_parallel_maintenance_workers = 0")
        self.execute(RUNS_DDL.format(runs=self.table(RUNS_TABLE)))
        self.run_id, = self.execute(
            f"INSERT INTO {self.table(RUNS_TABLE)} (algorithm, plugin_version, qgis_version, region, states, "
            "period_start, period_end, parameters, sources) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "RETURNING run_id",
            (record.algorithm, record.plugin_version, record.qgis_version, record.region, list(record.states),
             record.period_start, record.period_end, json.dumps(record.parameters, default=str),
             json.dumps(record.sources, default=str))).fetchone()
        self.period = (record.period_start, record.period_end)
        return self.run_id

    def commit(self) -> int:
        """Record the row counts and finishing time, and commit everything; returns the run id."""
        self.execute(f"UPDATE {self.table(RUNS_TABLE)} SET finished_utc = clock_timestamp(), row_counts = %s "
                     "WHERE run_id = %s", (json.dumps(self.row_counts), self.run_id))
        self.connection.commit()
        run_id, self.run_id = self.run_id, None
        return run_id

    # -- tables -------------------------------------------------------------------------------
    def existing_columns(self, name: str) -> dict | None:
        """``{column: SQL type}`` of table ``name`` in the schema, or None when it does not exist."""
        rows = self.execute(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
            (self.schema, name)).fetchall()
        return {column: kind for column, kind in rows} if rows else None

    def check_columns(self, definition: TableDefinition, existing: dict) -> None:
        """Refuse to write into a table whose columns differ from this run's (another kind of run made it)."""
        wanted = {column.name: column.sql_type() for column in definition.columns}
        wanted["run_id"] = "integer"
        problems = [f"{name} missing" for name in wanted if name not in existing]
        problems += [f"{name} is {existing[name]}, this run has {kind}" for name, kind in wanted.items()
                     if name in existing and existing[name] != kind]
        problems += [f"{name} is not in this run" for name in existing if name not in wanted]
        if problems:
            raise NetLoadError(f"Table {self.schema}.{definition.name} was created by another kind of run and does "
                               f"not match this one ({'; '.join(problems[:5])}). Publish to another schema, or "
                               "drop that table.")

    def missing_months(self, definition: TableDefinition, time_range: tuple | None) -> list:
        """The months of ``time_range`` that have no partition yet (each is filled as a table of its own)."""
        if not definition.partition_by_month or time_range is None:
            return []
        first, after = time_range
        months = months_between(first, after - timedelta(microseconds=1))
        present = {name for name, in self.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
            "JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace "
            "WHERE n.nspname = %s AND p.relname = %s", (self.schema, definition.name)).fetchall()}
        return [month for month in months if partition_name(definition.name, *month) not in present]

    def delete_scope(self, definition: TableDefinition, scope: Scope) -> int:
        """Delete the rows this run replaces; returns how many."""
        if scope.whole_table:
            return self.execute(f"DELETE FROM {self.table(definition.name)}").rowcount
        where, parameters = scope_predicate(scope, self.table(RUNS_TABLE), self.period)
        if not where:
            return 0
        return self.execute(f"DELETE FROM {self.table(definition.name)} WHERE {where}", parameters).rowcount

    def replace(self, definition: TableDefinition, frames, scope: Scope, total_rows: int | None = None) -> int:
        """Replace the rows of ``scope`` in ``definition``'s table with ``frames``; returns rows written.

        ``frames``: a DataFrame or an iterable of them with the definition's columns (without a
        serial key); ``run_id`` is added. A new table, and each month a partitioned table did not
        have yet, is filled first and keyed and indexed after.
        """
        existing = self.existing_columns(definition.name)
        if existing is None:
            self.execute(create_table_sql(self.schema, definition))
        else:
            self.check_columns(definition, existing)
        new_months = self.missing_months(definition, scope.time_range)
        for year, month in new_months:
            month_table = replace_name(definition, partition_name(definition.name, year, month))
            self.execute(create_table_sql(self.schema, month_table, partition=False))
            self.execute(month_check_sql(self.schema, definition.name, year, month))
        removed = 0 if existing is None else self.delete_scope(definition, scope)
        written = self.copy_rows(definition, frames, set(new_months), total_rows)
        for year, month in new_months:
            if existing is not None:  # the parent has its key: the partition needs the same one to attach
                for statement in constraint_sql(self.schema, definition, partition_name(definition.name, year, month)):
                    self.execute(statement)
            for statement in attach_partition_sql(self.schema, definition.name, year, month):
                self.execute(statement)
        if existing is None:
            for statement in constraint_sql(self.schema, definition):
                self.execute(statement)
        self.execute(f"ANALYZE {self.table(definition.name)}")
        self.row_counts[definition.name] = {"written": written, "replaced": removed}
        self.progress.info(f"{self.schema}.{definition.name}: {written:,} rows written, {removed:,} replaced.")
        return written

    def copy_rows(self, definition: TableDefinition, frames, new_months: set, total_rows: int | None) -> int:
        """COPY every batch into the table, or into its month's new partition table; returns the rows."""
        kinds = {c.name: c.kind for c in definition.columns if not (definition.serial_key and c.name in definition.key)}
        kinds["run_id"] = "int"
        names = ", ".join(quote(name) for name in kinds)
        batches = _EncodedBatches(frames, kinds, self.run_id, new_months if definition.partition_by_month else set())
        cursor, written = self.connection.cursor(), 0
        try:
            for month, data, rows in batches:
                self.progress.check_cancelled()
                target = definition.name if month is None else partition_name(definition.name, *month)
                try:
                    cursor.copy_expert(f"COPY {self.table(target)} ({names}) FROM STDIN (FORMAT binary)",
                                       io.BytesIO(data), COPY_BUFFER)
                except Exception as error:  # noqa: BLE001 (psycopg2's errors: the driver is the caller's)
                    raise _store_error(definition.name, error) from None
                written += rows
                if total_rows:
                    self.progress.set_fraction(min(written / total_rows, 1.0))
        finally:
            batches.close()
        return written


def latest_run(connection, schema: str) -> dict | None:
    """The store's last committed run (``run_id``, ``finished_utc``, ``algorithm``, ``region``,
    ``period_start``, ``period_end``), or None when it has none (or no ``runs`` table yet)."""
    runs = qualified(schema, RUNS_TABLE)
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", (f"{schema}.{RUNS_TABLE}",))
        if cursor.fetchone()[0] is None:
            return None
        cursor.execute(f"SELECT run_id, finished_utc, algorithm, region, period_start, period_end FROM {runs} "
                       "WHERE finished_utc IS NOT NULL ORDER BY finished_utc DESC LIMIT 1")
        row = cursor.fetchone()
    connection.rollback()
    keys = ("run_id", "finished_utc", "algorithm", "region", "period_start", "period_end")
    return dict(zip(keys, row)) if row else None


def replace_name(definition: TableDefinition, name: str) -> TableDefinition:
    """The same columns under another table name (a monthly partition filled on its own)."""
    return TableDefinition(name, definition.columns, definition.key, False, definition.serial_key, definition.indexes)


def _store_error(table: str, error: Exception) -> NetLoadError:
    message = str(getattr(error, "pgerror", None) or error).strip().splitlines()
    return NetLoadError(f"Writing {table} to PostgreSQL failed: {' '.join(message[:3])}")


def scope_predicate(scope: Scope, runs_table: str, period: tuple) -> tuple[str, list]:
    """The SQL condition (with its parameters) that selects the rows of ``scope``."""
    clauses, parameters = [], []
    if scope.columns:
        if len(scope.columns) == 1:
            keyed = f"{quote(scope.columns[0])} = ANY(%s)"
            parameters.append(list(scope.values))
        else:
            arrays = ", ".join("%s" for _ in scope.columns)
            keyed = f"({', '.join(quote(c) for c in scope.columns)}) IN (SELECT * FROM unnest({arrays}))"
            parameters.extend([list(column) for column in zip(*scope.values)] or [[] for _ in scope.columns])
        if scope.unzoned_box is not None:
            keyed = (f"({keyed} OR ({quote(scope.columns[0])} IS NULL AND geom && "
                     "ST_MakeEnvelope(%s, %s, %s, %s, %s)))")
            parameters.extend(scope.unzoned_box)
        clauses.append(keyed)
    if scope.time_range is not None:
        clauses.append("time_utc >= %s AND time_utc < %s")
        parameters.extend(scope.time_range)
    if scope.same_period:
        clauses.append(f"run_id IN (SELECT run_id FROM {runs_table} WHERE period_start IS NOT DISTINCT FROM %s "
                       "AND period_end IS NOT DISTINCT FROM %s)")
        parameters.extend(period)
    return " AND ".join(clauses), parameters


class _EncodedBatches:
    """Iterate ``(month or None, binary COPY bytes, rows)``: frames encoded in a background thread.

    The thread iterates the frames (reading a GeoPackage, or computing) and encodes each batch
    while the server stores the previous one. Rows of a month in ``new_months`` are split off into
    their own batch (they go to that month's new partition table). An error in the thread is
    raised where the batches are read.
    """

    def __init__(self, frames, kinds: dict, run_id: int, new_months: set):
        self.kinds, self.run_id, self.new_months = kinds, run_id, new_months
        self._queue: queue.Queue = queue.Queue(maxsize=2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._encode, args=(frames,), name="netload-copy", daemon=True)
        self._thread.start()

    def _split(self, frame):
        """``(month or None, rows)`` groups of a frame: the new months' rows apart from the rest (a frame
        within one month, the usual case, is not copied)."""
        if not self.new_months:
            return [(None, frame)]
        months = _month_keys(frame["time_utc"])
        if months.min() == months.max():
            return [(self._new_month(months[0]), frame)]
        return [(self._new_month(key), frame[months == key]) for key in np.unique(months)]

    def _new_month(self, key) -> tuple | None:
        """(year, month) of a month key (months since 1970-01) when it is one of the new months, else None."""
        month = (int(key) // 12 + 1970, int(key) % 12 + 1)
        return month if month in self.new_months else None

    def _encode(self, frames) -> None:
        try:
            for frame in [frames] if hasattr(frames, "columns") else frames:
                for month, rows in self._split(frame) if len(frame) else ():
                    if self._stop.is_set():
                        return
                    data = HEADER + encode_rows(rows.assign(run_id=self.run_id), self.kinds) + TRAILER
                    self._put((month, data, len(rows)))
            self._put(None)
        except BaseException as error:  # noqa: BLE001 (raised again in the reading thread)
            self._put(error if isinstance(error, NetLoadError) else NetLoadError(f"Preparing rows: {error}"))

    def _put(self, item) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def __iter__(self):
        while True:
            item = self._queue.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


def _month_keys(times) -> np.ndarray:
    """Months since 1970-01 of each time (UTC)."""
    if isinstance(times.dtype, pd.DatetimeTZDtype):
        times = times.dt.tz_convert("UTC").dt.tz_localize(None)
    elif not pd.api.types.is_datetime64_dtype(times.dtype):
        times = pd.to_datetime(times, utc=True).dt.tz_localize(None)
    return times.to_numpy().astype("datetime64[M]").view(np.int64)


__all__ = ["Column", "RunRecord", "Scope", "Store", "StoreBusyError", "TableDefinition"]
