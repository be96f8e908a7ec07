"""NetLoad's one GeoPackage writer: DataFrames into an attribute or point table, fast and atomic (no QGIS, no GDAL).

QGIS feature sinks cost microseconds per feature in Python, and the project writes tables of
millions of rows (4 million GD units, 49 million zone-hours of generation). This writer builds
the table with :mod:`sqlite3` directly:

* the file and table look exactly as GDAL writes them (:mod:`.gpkg_schema`), so OGR and QGIS read
  an ordinary GeoPackage, with its R-tree spatial index for point tables;
* values are converted per column and per batch (:mod:`.sql_values`), point geometries are built
  as GeoPackage blobs with numpy (:func:`point_blobs`), and rows go in through ``executemany`` of
  multi-row ``INSERT`` statements (about twice as fast as one row per statement);
* conversion and SQLite run in a background thread (SQLite releases the GIL while it stores
  rows), so the caller parses or computes the next chunk meanwhile;
* the R-tree is packed once at the end (:mod:`.rtree_bulk`: seconds for millions of points where
  SQLite's one-by-one inserts take minutes);
* everything happens in one transaction: a new file is built beside the target and renamed over
  it only when complete; a table inside an existing GeoPackage (``table_only``) replaces the
  earlier table in the same transaction. A failed or cancelled run leaves the earlier file intact.

Destinations that are not GeoPackage files (other formats, ``memory:``, databases) are the
Processing layer's business (:mod:`netload_plugin.geo.gpkg_table`), which dispatches to this writer.
"""

from __future__ import annotations

import os
import queue
import re
import sqlite3
import threading
from itertools import islice
from pathlib import Path

import numpy as np
import pandas as pd

from . import gpkg_schema
from .errors import NetLoadError
from .rtree_bulk import bulk_load
from .sql_values import SQL_TYPES, sql_values

BATCH_ROWS = 100_000  # rows converted at a time: bounds the Python objects alive at once
QUEUED_BATCHES = 2  # batches waiting for the storing thread
# Parameters per multi-row statement. Long statements also mean few GIL hand-overs: the storing
# thread binds a statement's values holding the GIL, then SQLite stores its rows without it.
MAX_PARAMETERS = 20_000
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

_BLOB = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4"),
                  ("byte_order", "u1"), ("wkb_type", "<u4"), ("x", "<f8"), ("y", "<f8")])
BLOB_SIZE = _BLOB.itemsize  # 29


def point_blobs(lon: np.ndarray, lat: np.ndarray, srs_id: int) -> list:
    """GeoPackage geometry blobs of points (None where a coordinate is NaN)."""
    lon, lat = np.asarray(lon, dtype="<f8"), np.asarray(lat, dtype="<f8")
    records = np.zeros(len(lon), dtype=_BLOB)
    records["magic"], records["version"], records["flags"] = b"GP", 0, 1  # flags: little endian, no envelope
    records["srs_id"], records["byte_order"], records["wkb_type"] = srs_id, 1, 1
    records["x"], records["y"] = lon, lat
    buffer = records.tobytes()
    blobs = [buffer[i:i + BLOB_SIZE] for i in range(0, len(buffer), BLOB_SIZE)]
    for index in np.flatnonzero(np.isnan(lon) | np.isnan(lat)):
        blobs[index] = None
    return blobs


class GpkgWriter:
    """Fill one table of a GeoPackage from DataFrames, in one transaction.

        writer = GpkgWriter(path, "series", {"station": "string", "time_utc": "datetime"})
        for frame in frames:
            writer.append(frame)
        writer.close()  # or, on any error, writer.abort()

    ``srs_id`` (4674 or 4326): a point table; each frame then also has ``lon`` and ``lat``.
    ``table_only=False`` (default): ``path`` is replaced as a whole (built beside it, renamed on
    success). ``table_only=True``: ``path`` is an existing (or new) GeoPackage and only ``table``
    is replaced. Until :meth:`close` has returned nothing visible changes; :meth:`abort` drops it all.
    """

    def __init__(self, path: Path | str, table: str, columns: dict[str, str], *, srs_id: int | None = None,
                 table_only: bool = False, description: str = ""):
        _check(table, columns, srs_id)
        self.path, self.table, self.columns, self.srs_id = Path(path), table, dict(columns), srs_id
        self.count = 0
        self._pending: list[pd.DataFrame] = []
        self._pending_rows = 0
        self._xy: list[tuple[np.ndarray, np.ndarray]] = []  # point coordinates, for the R-tree at the end
        self._last = {name: {} for name in self.columns}  # per column, what the previous batch formatted
        new = not (table_only and self.path.exists())
        self._file = self.path.with_name(f".{self.path.stem}.{os.getpid()}.partial.gpkg") if new else self.path
        if new:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            self._file.unlink(missing_ok=True)
        # One thread at a time uses the connection: the caller until the first batch, the storing
        # thread until close() has joined it, then the caller again.
        self._db = sqlite3.connect(str(self._file), isolation_level=None, check_same_thread=False)
        self._jobs: queue.Queue = queue.Queue(QUEUED_BATCHES)
        self._storing: threading.Thread | None = None
        self._store_error: BaseException | None = None
        try:
            self._begin(new, description)
        except BaseException:
            self.abort()
            raise
        self._prepare_statements()

    def _begin(self, new: bool, description: str) -> None:
        db = self._db
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -65536")  # 64 MB: rows are appended, the cache need not hold them
        db.execute("PRAGMA temp_store = MEMORY")
        if new:  # a private staging file needs no rollback journal on disk
            db.execute("PRAGMA journal_mode = MEMORY")
            db.execute("PRAGMA locking_mode = EXCLUSIVE")
        db.execute("BEGIN IMMEDIATE")
        if new:
            gpkg_schema.create_metadata(db)
        elif db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_contents'").fetchone() is None:
            raise NetLoadError(f"{self.path.name} is not a GeoPackage: cannot add the table {self.table} to it.")
        gpkg_schema.drop_table(db, self.table)
        column_sql = "".join(f', "{name}" {SQL_TYPES[kind]}' for name, kind in self.columns.items())
        gpkg_schema.register_table(db, self.table, column_sql, self.srs_id, description)

    def _prepare_statements(self) -> None:
        names = ["geom"] * (self.srs_id is not None) + list(self.columns)
        quoted = ", ".join(f'"{name}"' for name in names)
        row = "(" + ", ".join("?" * len(names)) + ")"
        self._width = len(names)
        self._rows_per_statement = max(1, _parameter_limit(self._db) // self._width)
        self._insert_one = f'INSERT INTO "{self.table}" ({quoted}) VALUES {row}'
        self._insert_many = f'INSERT INTO "{self.table}" ({quoted}) VALUES ' + ", ".join(
            [row] * self._rows_per_statement)

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
            self._storing = threading.Thread(target=self._store, name="gpkg-writer", daemon=True)
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
        rows, width = len(frame), self._width
        flat = [None] * (rows * width)  # row-major parameters, filled column by column (C speed)
        first = 0
        if self.srs_id is not None:
            lon, lat = frame["lon"].to_numpy(dtype=float), frame["lat"].to_numpy(dtype=float)
            flat[0::width] = point_blobs(lon, lat, self.srs_id)
            self._xy.append((lon, lat))
            first = 1
        for index, (name, kind) in enumerate(self.columns.items(), first):
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
        """Write what is queued, index and count it, commit (and rename a new file); returns the rows."""
        if self._db is None:
            return self.count
        try:
            self._flush()
            self._join()
            self._raise_store_error()
            if self.srs_id is not None:
                self._index_points()
            gpkg_schema.record_count(self._db, self.table, self.count)
            self._db.execute("COMMIT")
            self._db.close()
            self._db = None
            if self._file != self.path:
                os.replace(self._file, self.path)
        except BaseException:
            self.abort()
            raise
        return self.count

    def _index_points(self) -> None:
        """The R-tree of every point with coordinates (fid = row number), the extent and the triggers."""
        x = np.concatenate([xy[0] for xy in self._xy]) if self._xy else np.empty(0)
        y = np.concatenate([xy[1] for xy in self._xy]) if self._xy else np.empty(0)
        self._xy = []
        rtree = f"rtree_{self.table}_geom"
        self._db.execute(f'CREATE VIRTUAL TABLE "{rtree}" USING rtree(id, minx, maxx, miny, maxy)')
        valid = np.flatnonzero(~(np.isnan(x) | np.isnan(y)))
        extent = None
        if len(valid):
            x, y = x[valid], y[valid]
            bulk_load(self._db, rtree, valid + 1, x, x, y, y)
            extent = (float(x.min()), float(y.min()), float(x.max()), float(y.max()))
        gpkg_schema.finish_points(self._db, self.table, extent)

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

    def __enter__(self) -> GpkgWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def _check(table: str, columns: dict[str, str], srs_id: int | None) -> None:
    if not table or '"' in table or not all(_NAME.match(name) for name in columns):
        raise ValueError("column names must be plain identifiers and table names must not hold quotes")
    unknown = {kind for kind in columns.values() if kind not in SQL_TYPES}
    if unknown:
        raise ValueError(f"unknown column kind(s) {sorted(unknown)}; use {', '.join(SQL_TYPES)}")
    if srs_id is not None and srs_id not in gpkg_schema.SPATIAL_REF_SYS:
        raise ValueError(f"points in EPSG:{srs_id}: only EPSG:4674 and EPSG:4326 are written")


def _parameter_limit(connection: sqlite3.Connection) -> int:
    """:data:`MAX_PARAMETERS`, or less where this SQLite allows fewer (999 before SQLite 3.32)."""
    if hasattr(connection, "getlimit"):  # Python ≥ 3.11
        return min(MAX_PARAMETERS, connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    return MAX_PARAMETERS if sqlite3.sqlite_version_info >= (3, 32) else 999
