"""Writing large geometry-less tables (millions of series rows) to Processing outputs, fast and atomically.

QGIS feature sinks cost microseconds per feature in Python; a year of INMET hours is 5 million
rows and a year of generation per municipality 49 million. A GeoPackage destination is written
here directly with :mod:`sqlite3`:

* the table is created with the DDL and metadata GDAL itself writes for a geometry-less layer
  (``fid INTEGER PRIMARY KEY AUTOINCREMENT``, GeoPackage column types, ``gpkg_contents`` row of
  type ``attributes``, ``gpkg_ogr_contents`` count and its triggers), so OGR and QGIS read an
  ordinary table;
* values are converted per column and per batch with numpy (NaN binds as SQL NULL, each distinct
  instant is formatted once as GeoPackage ISO-8601 UTC text, strings are shared objects so their
  UTF-8 form is encoded once) and go in through ``executemany`` of multi-row ``INSERT``
  statements (about twice as fast as one row per statement);
* conversion and SQLite run in a background thread (SQLite releases the GIL while it stores
  rows), so the caller computes the next chunk, or parses the next input file, meanwhile;
* everything happens in one transaction: a new file is built beside the target and renamed over
  it only when complete; a table inside an existing GeoPackage (``ogr:dbname=… table=…``) replaces
  the earlier table in the same transaction. A failed or cancelled run leaves the earlier output
  intact.

Other file formats (``.csv``, ``.xlsx``…) are converted from a staging GeoPackage with
``gdal.VectorTranslate``; destinations that are not files (``memory:``, databases) go through the
Processing sink (:func:`~netload_plugin.geo.frame_sink.write_frame`).
"""

from __future__ import annotations

import os
import queue
import re
import sqlite3
import threading
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from ..core.errors import NetLoadError
from ..core.progress import Progress

BATCH_ROWS = 100_000  # rows converted at a time: bounds the Python objects alive at once
QUEUED_BATCHES = 2  # batches waiting for the storing thread
# Parameters per multi-row statement. Long statements also mean few GIL hand-overs: the storing
# thread binds a statement's values holding the GIL, then SQLite stores its rows without it.
MAX_PARAMETERS = 20_000
SQL_TYPES = {"string": "TEXT", "datetime": "DATETIME", "date": "DATE", "int": "MEDIUMINT", "int64": "INTEGER",
             "double": "REAL", "bool": "BOOLEAN"}
_OGR_DESTINATION = re.compile(r"^ogr:dbname='(?P<path>[^']+)'\s+table=\"(?P<table>[^\"]+)\"")


def table_names(path: Path | str) -> set:
    """The tables and views a GeoPackage lists (``gpkg_contents``); empty for a missing file.

    Asking first, instead of opening ``file|layername=x`` and checking validity, keeps OGR from
    logging "Cannot find layer x" for every optional table a run did not write.
    """
    path = Path(path)
    if not path.is_file():
        return set()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")}
    except sqlite3.Error:
        return set()
    finally:
        connection.close()


def destination_path(output: str) -> Path:
    """The file behind a Processing vector destination (``path|layername=…`` dropped).

    For outputs that must be files (the point writers): in-memory and database destinations
    are refused with a message saying so.
    """
    path = str(output).split("|", 1)[0]
    if not path or path.startswith(("memory:", "postgres:", "ogr:", "spatialite:")):
        raise NetLoadError(f"Output {output!r}: choose a file (GeoPackage recommended); "
                           f"in-memory and database outputs are not supported for this layer.")
    return Path(path)


def table_destination(destination: str) -> tuple[Path, str | None] | None:
    """``(file, table inside an existing GeoPackage or None for a whole file)``; None when not a file."""
    match = _OGR_DESTINATION.match(destination)
    if match:
        path = Path(match.group("path"))
        return (path, match.group("table")) if path.suffix.lower() == ".gpkg" else None
    path = destination.split("|", 1)[0]
    if not path or re.match(r"^[a-z]+:", path) and not re.match(r"^[A-Za-z]:[\\/]", path):
        return None  # memory:, postgres:, ogr:… (but not a Windows drive letter)
    return Path(path), None


# ---------------------------------------------------------------------------------------------
# column conversion: one pandas column → a list of SQLite values


def _datetime_text(series: pd.Series, last: dict | None = None) -> list:
    """GeoPackage DATETIME text (``2023-01-01T03:00:00.000Z``), naive times taken as UTC; NaT → None.

    ``last``: the previous batch's instants and text, reused when this batch has the same ones
    (stations after stations over the same year) and replaced otherwise.
    """
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        series = series.dt.tz_convert("UTC").dt.tz_localize(None)
    elif not pd.api.types.is_datetime64_dtype(series.dtype):
        series = pd.to_datetime(series, utc=True, errors="coerce").dt.tz_localize(None)
    # In ns whatever the column's unit: pandas 2 keeps s/ms/us columns (numpy converts, NaT stays NaT).
    nanos = series.to_numpy().astype("datetime64[ns]").view("int64")
    codes, uniques = pd.factorize(nanos)  # series repeat the same instants: format each once
    last = {} if last is None else last
    if not np.array_equal(last.get("instants", ()), uniques):
        valid = uniques != np.iinfo(np.int64).min  # NaT
        text = np.full(len(uniques), None, dtype=object)
        stamps = np.datetime_as_string(uniques[valid].astype("datetime64[ns]").astype("datetime64[ms]"), unit="ms")
        text[valid] = np.char.add(stamps, "Z").astype(object)
        last.update(instants=uniques, text=text)
    return last["text"][codes].tolist()


def _labels(series: pd.Series, render) -> list:
    """Values rendered once per distinct value (``render``), NULL for NA."""
    codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
    labels = np.empty(len(uniques) + 1, dtype=object)
    labels[:-1] = [render(value) for value in uniques]
    labels[-1] = None
    return labels[codes].tolist()


def _date_text(value) -> str | None:
    stamp = pd.to_datetime(value, errors="coerce")
    return None if pd.isna(stamp) else stamp.strftime("%Y-%m-%d")


def sql_values(series: pd.Series, kind: str, last: dict | None = None) -> list:
    """One column as SQLite values: NULL for NaN/NaT/None, GeoPackage text for dates and times.

    ``last``: a dict kept from batch to batch of the same column (see :func:`_datetime_text`).
    """
    if kind == "datetime":
        return _datetime_text(series, last)
    if kind == "double":  # sqlite3 binds NaN as NULL
        if series.dtype.kind in "fiub":
            return series.to_numpy(dtype=float, na_value=np.nan).tolist()
        return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float).tolist()
    if kind in ("int", "int64", "bool"):
        if series.dtype.kind in "iub" and not series.hasnans:
            return series.to_numpy(dtype="int64").tolist()
        numbers = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        return [None if value != value else int(value) for value in numbers.tolist()]
    if kind == "date":
        return _labels(series, _date_text)
    values = series.to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):  # already text: no rendering
        missing = pd.isna(values)
        return (np.where(missing, None, values) if missing.any() else values).tolist()
    return _labels(series, str)


# ---------------------------------------------------------------------------------------------
# the writer


class GpkgTableWriter:
    """Fill one attribute table of a GeoPackage from DataFrames, in one transaction.

        writer = GpkgTableWriter(path, "series", {"station": "string", "time_utc": "datetime"})
        for frame in frames:
            writer.append(frame)
        writer.close()  # or, on any error, writer.abort()

    ``table_only=False`` (default): ``path`` is replaced as a whole (built beside it, renamed on
    success). ``table_only=True``: ``path`` is an existing (or new) GeoPackage and only ``table``
    is replaced. Until :meth:`close` has returned nothing visible changes; :meth:`abort` drops it all.
    """

    def __init__(self, path: Path | str, table: str, columns: dict[str, str], *, table_only: bool = False):
        unknown = {kind for kind in columns.values() if kind not in SQL_TYPES}
        if unknown:
            raise ValueError(f"unknown column kind(s) {sorted(unknown)}; use {', '.join(SQL_TYPES)}")
        self.path, self.table, self.columns = Path(path), table, dict(columns)
        self.count = 0
        self._pending: list[pd.DataFrame] = []
        self._pending_rows = 0
        self._last = {name: {} for name in self.columns}  # per column, what the previous batch formatted
        self._file = self.path if table_only and self.path.exists() else \
            self.path.with_name(f".{self.path.stem}.{os.getpid()}.partial.gpkg")
        if self._file != self.path:
            self._new_geopackage(self._file)
        # One thread at a time uses the connection: the caller until the first batch, the storing
        # thread until close() has joined it, then the caller again.
        self._db = sqlite3.connect(str(self._file), isolation_level=None, check_same_thread=False)
        names = ", ".join(f'"{name}"' for name in self.columns)
        row = "(" + ", ".join("?" * len(self.columns)) + ")"
        self._rows_per_statement = max(1, _parameter_limit(self._db) // max(len(self.columns), 1))
        self._insert_one = f'INSERT INTO "{table}" ({names}) VALUES {row}'
        self._insert_many = f'INSERT INTO "{table}" ({names}) VALUES ' + ", ".join([row] * self._rows_per_statement)
        self._jobs: queue.Queue = queue.Queue(QUEUED_BATCHES)
        self._storing: threading.Thread | None = None
        self._store_error: BaseException | None = None
        try:
            self._begin()
        except BaseException:
            self.abort()
            raise

    @staticmethod
    def _new_geopackage(path: Path) -> None:
        from osgeo import gdal, ogr

        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
        if source is None:
            raise NetLoadError(f"Cannot create {path}: {gdal.GetLastErrorMsg()}")
        source = None  # noqa: F841 (closes the file)

    def _begin(self) -> None:
        db, table = self._db, self.table
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")  # 256 MB: no spills mid-transaction
        db.execute("PRAGMA temp_store = MEMORY")
        if self._file != self.path:  # a private staging file needs no rollback journal on disk
            db.execute("PRAGMA journal_mode = MEMORY")
            db.execute("PRAGMA locking_mode = EXCLUSIVE")
        db.execute("BEGIN IMMEDIATE")
        self._drop_existing()
        columns = "".join(f', "{name}" {SQL_TYPES[kind]}' for name, kind in self.columns.items())
        db.execute(f'CREATE TABLE "{table}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL{columns})')
        db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
                   "VALUES (?, 'attributes', ?, '', ?, 0)", (table, table, _now()))

    def _drop_existing(self) -> None:
        """Remove an earlier layer of the same name (inside the transaction: restored on rollback)."""
        db, table = self._db, self.table
        found = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)",
                           (table,)).fetchone()
        if found is None:
            return
        for column, in db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
                                  (table,)).fetchall():
            db.execute(f'DROP TABLE IF EXISTS "rtree_{found[0]}_{column}"')
        db.execute(f'DROP TABLE "{found[0]}"')
        present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for metadata in ("gpkg_contents", "gpkg_ogr_contents", "gpkg_geometry_columns", "gpkg_extensions",
                         "gpkg_data_columns", "gpkg_metadata_reference"):
            if metadata in present:
                db.execute(f"DELETE FROM {metadata} WHERE lower(table_name) = lower(?)", (table,))

    def append(self, frame: pd.DataFrame) -> None:
        """Queue the rows of ``frame`` (declared columns; a missing one is NULL); written in batches."""
        if len(frame):
            self._pending.append(frame)
            self._pending_rows += len(frame)
        if self._pending_rows >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        """Hand the queued frames to the storing thread (started on the first batch)."""
        if not self._pending:
            return
        self._raise_store_error()
        if self._storing is None:
            self._storing = threading.Thread(target=self._store, name="gpkg-table-writer", daemon=True)
            self._storing.start()
        self._jobs.put(self._pending)
        self.count += self._pending_rows
        self._pending, self._pending_rows = [], 0

    def _store(self) -> None:
        """The storing thread: convert and insert each queued batch until the ``None`` that ends the work.

        Conversion runs here too, so the caller's thread is free to produce the next frames (parsing
        files, computing) while this one works; SQLite releases the GIL while it stores rows.
        """
        while True:
            frames = self._jobs.get()
            if frames is None:
                return
            if self._store_error is None:
                try:
                    self._insert(frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True))
                except BaseException as error:  # noqa: BLE001 (re-raised in the caller's thread)
                    self._store_error = error

    def _insert(self, frame: pd.DataFrame) -> None:
        rows, width = len(frame), len(self.columns)
        flat = [None] * (rows * width)  # row-major parameters, filled column by column (C speed)
        for index, (name, kind) in enumerate(self.columns.items()):
            if name in frame:
                flat[index::width] = sql_values(frame[name], kind, self._last[name])
        per_statement = self._rows_per_statement * width
        whole = rows // self._rows_per_statement * per_statement
        many, rest = islice(flat, whole), islice(flat, whole, None)  # parameters of each statement, lazily
        self._db.executemany(self._insert_many, zip(*[many] * per_statement))
        self._db.executemany(self._insert_one, zip(*[rest] * width))

    def _join(self) -> None:
        if self._storing is not None:
            self._jobs.put(None)
            self._storing.join()
            self._storing = None

    def _raise_store_error(self) -> None:
        error = self._store_error
        if error is None:
            return
        if isinstance(error, sqlite3.Error):
            raise NetLoadError(f"Writing {self.path.name}: {error}") from None
        raise error

    def close(self) -> int:
        """Write what is queued, record the row count, commit (and rename a new file); returns the rows."""
        if self._db is None:
            return self.count
        try:
            self._flush()
            self._join()
            self._raise_store_error()
            self._finish()
            self._db.execute("COMMIT")
            self._db.close()
            self._db = None
            if self._file != self.path:
                os.replace(self._file, self.path)
        except BaseException:
            self.abort()
            raise
        return self.count

    def _finish(self) -> None:
        db, table = self._db, self.table
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone() is None:
            return
        db.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) VALUES (?, ?)", (table, self.count))
        # GDAL keeps the count in step with these triggers; created after the bulk insert, which
        # they would slow down twofold.
        quoted = table.replace("'", "''")
        for event, sign in (("insert", "+"), ("delete", "-")):
            db.execute(f'CREATE TRIGGER "trigger_{event}_feature_count_{table}" AFTER {event.upper()} ON "{table}" '
                       f"BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count {sign} 1 "
                       f"WHERE lower(table_name) = lower('{quoted}'); END")

    def abort(self) -> None:
        """Roll back and close; a staging file is deleted."""
        self._store_error = self._store_error or NetLoadError("aborted")  # the storing thread skips what is queued
        self._join()
        if self._db is not None:
            try:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._db.close()
            self._db = None
        if self._file != self.path:
            self._file.unlink(missing_ok=True)


def _parameter_limit(connection: sqlite3.Connection) -> int:
    """:data:`MAX_PARAMETERS`, or less where this SQLite allows fewer (999 before SQLite 3.32)."""
    if hasattr(connection, "getlimit"):  # Python ≥ 3.11
        return min(MAX_PARAMETERS, connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    return MAX_PARAMETERS if sqlite3.sqlite_version_info >= (3, 32) else 999


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _frames(frames) -> Iterable[pd.DataFrame]:
    return [frames] if isinstance(frames, pd.DataFrame) else frames


def _rows_in(frames, progress: Progress, total_rows: int | None):
    """Each frame, checking cancel between them and reporting the fraction of ``total_rows``."""
    done = 0
    for frame in _frames(frames):
        progress.check_cancelled()
        for first in range(0, max(len(frame), 1), BATCH_ROWS):
            yield frame.iloc[first: first + BATCH_ROWS] if len(frame) > BATCH_ROWS else frame
            done += min(BATCH_ROWS, len(frame) - first)
            if total_rows:
                progress.set_fraction(min(done / total_rows, 1.0))
            progress.check_cancelled()


def write_table(frames, output: str, table: str, columns: dict[str, str], progress: Progress | None = None,
                total_rows: int | None = None) -> str:
    """Write ``frames`` (a DataFrame or an iterable of them) to the file destination ``output``.

    ``output``: a ``.gpkg`` file (replaced as a whole), ``ogr:dbname='x.gpkg' table="t"`` (only
    that table replaced) or another vector file format GDAL writes (``.csv``, ``.xlsx``…).
    ``total_rows`` (when known) drives the progress fraction. Returns the written layer's
    source (``path|layername=table`` for GeoPackages). Raises :class:`NetLoadError` for a
    destination that is not a file (use :func:`write_table_output` for those).
    """
    progress = progress or Progress()
    target = table_destination(str(output))
    if target is None:
        raise NetLoadError(f"Output {output!r} is not a file; write it through the Processing sink instead.")
    path, inner_table = target
    if total_rows is None and isinstance(frames, pd.DataFrame):
        total_rows = len(frames)
    rows = _rows_in(frames, progress, total_rows)
    if inner_table is not None or path.suffix.lower() == ".gpkg":
        _fill(GpkgTableWriter(path, inner_table or table, columns, table_only=inner_table is not None), rows)
        return f"{path}|layername={inner_table or table}"
    staging = path.with_name(f".{path.stem}.{os.getpid()}.staging.gpkg")
    try:
        _fill(GpkgTableWriter(staging, table, columns), rows)
        return str(_translate(staging, table, path))
    finally:
        staging.unlink(missing_ok=True)


def _fill(writer: GpkgTableWriter, frames) -> None:
    try:
        for frame in frames:
            writer.append(frame)
    except BaseException:
        writer.abort()
        raise
    writer.close()


def _translate(source: Path, table: str, target: Path) -> Path:
    """Convert the staging GeoPackage to ``target``'s format beside it, then rename it into place."""
    from osgeo import gdal

    converted = target.with_name(f".{target.stem}.{os.getpid()}.partial{target.suffix}")
    try:
        result = gdal.VectorTranslate(str(converted), str(source), layerName=table)
        if result is None:
            raise NetLoadError(f"Could not write {target.name}: {gdal.GetLastErrorMsg()}")
        result = None  # noqa: F841 (closes the dataset)
        written = None
        for part in converted.parent.glob(converted.stem + ".*"):  # a shapefile's table is its .dbf
            os.replace(part, target.with_suffix(part.suffix))
            written = written or target.with_suffix(part.suffix)
        return target if target.exists() else written
    finally:
        for part in converted.parent.glob(converted.stem + ".*"):
            part.unlink(missing_ok=True)


def write_table_output(algorithm, parameters: dict, name: str, context, frames, columns: dict[str, str],
                       progress: Progress | None = None, total_rows: int | None = None, table: str | None = None) -> str:
    """Write ``frames`` to the algorithm's table output ``name`` (a sink or vector destination).

    Files go through :func:`write_table` (layer ``table``, by default the file's name, as QGIS
    names it); any other destination (``memory:``, PostGIS…) through the Processing sink, feature
    by feature. Returns the destination for the algorithm's results.
    """
    from qgis.core import QgsProcessingException

    from .. import compat
    from .frame_sink import fields_from, write_frame

    progress = progress or Progress()
    destination = algorithm.parameterAsOutputLayer(parameters, name, context)
    target = table_destination(destination) if destination else None
    if target is None:
        sink, dest = algorithm.parameterAsSink(parameters, name, context, fields_from(columns), compat.WKB_NO_GEOMETRY)
        if sink is None:
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
        for frame in _frames(frames):
            write_frame(sink, frame, columns, progress)
        _load_on_completion(context, destination, dest)
        return dest
    source = write_table(frames, destination, target[1] or table or target[0].stem, columns, progress, total_rows)
    _load_on_completion(context, destination, source)
    return source


def _load_on_completion(context, destination: str, written: str) -> None:
    """Point Processing's load-on-completion entry for ``destination`` (made when the user asked to
    open the output) at the layer really written, so it is opened once, as that layer."""
    layers = context.layersToLoadOnCompletion()
    if written != destination and destination in layers:
        details = layers.pop(destination)
        if written not in layers:
            layers[written] = details
        context.setLayersToLoadOnCompletion(layers)
