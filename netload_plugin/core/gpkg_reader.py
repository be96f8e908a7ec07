"""Reading GeoPackage layers back as typed DataFrames in batches, with :mod:`sqlite3` (no QGIS, no GDAL).

Used to publish a finished run's GeoPackage to the PostGIS store: each layer's columns come with
the kind the store needs (:class:`~.pg_sql.Column`), and rows come as DataFrames whose times are
UTC datetimes and whose geometries are EWKB with the layer's SRID (what PostGIS reads in a binary
COPY). Dates and times are converted by SQLite itself (``julianday``), in C.
"""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import NetLoadError
from .pg_sql import Column

BATCH_ROWS = 250_000
_KINDS = {"TEXT": "string", "DATETIME": "datetime", "DATE": "date", "TINYINT": "int", "SMALLINT": "int",
          "MEDIUMINT": "int", "INT": "int", "INTEGER": "int64", "REAL": "double", "FLOAT": "double",
          "DOUBLE": "double", "BOOLEAN": "bool"}
_GEOMETRY_TYPES = {name.upper(): name for name in (
    "Geometry", "Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon",
    "GeometryCollection", "CircularString", "CompoundCurve", "CurvePolygon", "MultiCurve", "MultiSurface")}
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_SRID_FLAG, _Z_FLAG, _M_FLAG = 0x20000000, 0x80000000, 0x40000000


@dataclass(frozen=True)
class GpkgLayer:
    """A GeoPackage table: its columns (``fid`` left out), row count and, for features, extent and SRID."""

    table: str
    columns: tuple
    rows: int
    extent: tuple | None = None
    srid: int = 0

    @property
    def geometry(self) -> Column | None:
        return next((c for c in self.columns if c.kind == "geometry"), None)

    def has(self, name: str) -> bool:
        return any(c.name == name for c in self.columns)


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)


def _kind(declared: str, table: str, column: str) -> tuple[str, int | None]:
    text = (declared or "").strip().upper()
    base, _, width = text.partition("(")
    kind = _KINDS.get(base.strip())
    if kind is None:
        raise NetLoadError(f"GeoPackage table {table}: column {column} has type {declared!r}, which the store "
                           "cannot hold (text, numbers, booleans, dates and times only).")
    return kind, int(width.rstrip(")")) if kind == "string" and width.rstrip(")").isdigit() else None


def _srid(db: sqlite3.Connection, srs_id: int) -> int:
    """The EPSG code behind a GeoPackage srs_id (0 when it has none)."""
    row = db.execute("SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
                     (srs_id,)).fetchone()
    return int(row[1]) if row and str(row[0]).upper() == "EPSG" else 0


def _geometry_column(db, table: str) -> Column | None:
    row = db.execute("SELECT column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns "
                     "WHERE lower(table_name) = lower(?)", (table,)).fetchone()
    if row is None:
        return None
    name, type_name, srs_id, z, m = row
    postgis = _GEOMETRY_TYPES.get(str(type_name).upper(), "Geometry")
    postgis += ("Z" if z == 1 else "") + ("M" if m == 1 else "")
    return Column(name, "geometry", geometry_type=postgis, srid=_srid(db, srs_id))


def layers(path: Path) -> dict:
    """``{table: GpkgLayer}`` of every feature and attribute table of the GeoPackage at ``path``."""
    db = _connect(path)
    try:
        found = {}
        for table, min_x, min_y, max_x, max_y in db.execute(
                "SELECT table_name, min_x, min_y, max_x, max_y FROM gpkg_contents "
                "WHERE data_type IN ('features', 'attributes')").fetchall():
            geometry = _geometry_column(db, table)
            columns = []
            for _, name, declared, _, _, primary in db.execute(f'PRAGMA table_info("{table}")').fetchall():
                if primary or name.lower() == "fid":
                    continue
                if geometry is not None and name == geometry.name:
                    columns.append(geometry)
                    continue
                kind, width = _kind(declared, table, name)
                columns.append(Column(name, kind, width))
            rows, = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            extent = (min_x, min_y, max_x, max_y) if geometry is not None and None not in (min_x, max_x) else None
            found[table] = GpkgLayer(table, tuple(columns), rows, extent, geometry.srid if geometry else 0)
        return found
    finally:
        db.close()


def _select(column: Column) -> str:
    name = '"' + column.name.replace('"', '""') + '"'
    if column.kind == "datetime":  # milliseconds since 1970 (GeoPackage times are UTC text)
        return f"CAST(round((julianday({name}) - 2440587.5) * 86400000.0) AS INTEGER)"
    if column.kind == "date":  # days since 1970
        return f"CAST(round(julianday({name}) - 2440587.5) AS INTEGER)"
    return name


def _typed(frame: pd.DataFrame, columns: tuple) -> pd.DataFrame:
    for column in columns:
        values = frame[column.name]
        if column.kind == "datetime":
            frame[column.name] = pd.to_datetime(pd.to_numeric(values), unit="ms", utc=True)
        elif column.kind == "date":
            frame[column.name] = pd.to_datetime(pd.to_numeric(values), unit="D")
        elif column.kind == "geometry":
            frame[column.name] = ewkb_from_gpkg(values.to_numpy(dtype=object), column.srid)
    return frame


def read_frames(path: Path, layer: GpkgLayer, batch_rows: int = BATCH_ROWS, skip_rows: int = 0):
    """Yield the layer's rows as DataFrames of at most ``batch_rows`` rows, in table order, from row
    ``skip_rows`` on (where a faster reader stopped part-way)."""
    db = _connect(path)
    try:
        cursor = db.execute(f'SELECT {", ".join(_select(c) for c in layer.columns)} FROM "{layer.table}" '
                            "LIMIT -1 OFFSET ?", (int(skip_rows),))
        names = [c.name for c in layer.columns]
        while True:
            rows = cursor.fetchmany(batch_rows)
            if not rows:
                return
            yield _typed(pd.DataFrame.from_records(rows, columns=names, coerce_float=False), layer.columns)
    finally:
        db.close()


def distinct(path: Path, table: str, columns: tuple) -> list:
    """The distinct values (tuples when several columns) of ``columns`` in ``table``, NULLs left out."""
    db = _connect(path)
    try:
        names = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
        not_null = " AND ".join(f'"{c}" IS NOT NULL' for c in columns)
        rows = db.execute(f'SELECT DISTINCT {names} FROM "{table}" WHERE {not_null}').fetchall()
        return [row if len(columns) > 1 else row[0] for row in rows]
    finally:
        db.close()


def time_range(path: Path, table: str) -> tuple | None:
    """``(first, after)``: the table's first ``time_utc`` and a microsecond past its last (UTC), or None."""
    db = _connect(path)
    try:
        first, last = db.execute(f'SELECT min(time_utc), max(time_utc) FROM "{table}"').fetchone()
    finally:
        db.close()
    if first is None:
        return None
    return _utc(first), _utc(last) + pd.Timedelta(microseconds=1)


def _utc(text: str) -> pd.Timestamp:
    stamp = pd.Timestamp(text)
    return stamp.tz_convert("UTC") if stamp.tzinfo else stamp.tz_localize("UTC")


def ewkb_from_gpkg(blobs: np.ndarray, srid: int) -> np.ndarray:
    """EWKB (with ``srid``) of GeoPackage geometry blobs; None stays None."""
    return _ewkb(blobs, srid, gpkg=True)


def ewkb_from_wkb(blobs: np.ndarray, srid: int) -> np.ndarray:
    """EWKB (with ``srid``) of plain (ISO) WKB, as GDAL's Arrow stream gives geometries; None stays None."""
    return _ewkb(blobs, srid, gpkg=False)


def _ewkb(blobs: np.ndarray, srid: int, gpkg: bool) -> np.ndarray:
    """A batch of blobs of one length with one header layout (points) is converted with numpy in one
    go; any other batch blob by blob."""
    blobs = np.asarray(blobs, dtype=object)
    out = np.full(len(blobs), None, dtype=object)
    valid = ~pd.isna(blobs)
    if not valid.any():
        return out
    present = blobs[valid]
    lengths = np.fromiter(map(len, present), np.int64, len(present))
    converted = _ewkb_fixed(present, int(lengths[0]), srid, gpkg) if (lengths == lengths[0]).all() else None
    out[valid] = converted if converted is not None else [_ewkb_one(bytes(b), srid, gpkg) for b in present]
    return out


def _header_size(blob, gpkg: bool) -> int:
    if not gpkg:
        return 0
    if bytes(blob[:2]) != b"GP":
        raise NetLoadError("not a GeoPackage geometry blob (no 'GP' magic)")
    return 8 + _ENVELOPE_BYTES.get((blob[3] >> 1) & 0x07, 0)


def _ewkb_type(wkb_type: int) -> int:
    base = wkb_type & 0x0FFFFFFF
    flags = wkb_type & 0xF0000000
    if base >= 1000:  # ISO codes: 1000 Z, 2000 M, 3000 ZM
        thousands, base = divmod(base, 1000)
        flags |= (_Z_FLAG if thousands in (1, 3) else 0) | (_M_FLAG if thousands in (2, 3) else 0)
    return base | flags | _SRID_FLAG


def _ewkb_one(blob: bytes, srid: int, gpkg: bool) -> bytes:
    wkb = blob[_header_size(blob, gpkg):]
    order = "<" if wkb[0] == 1 else ">"
    wkb_type, = struct.unpack(order + "I", wkb[1:5])
    rest = wkb[5 + (4 if wkb_type & _SRID_FLAG else 0):]
    return wkb[:1] + struct.pack(order + "II", _ewkb_type(wkb_type), srid) + rest


def _ewkb_fixed(blobs, length: int, srid: int, gpkg: bool) -> list | None:
    """Blobs of one length: when they also share header and WKB type (points), convert the batch at
    once by slicing; None when they do not (converted one by one instead)."""
    header = _header_size(blobs[0], gpkg)
    raw = np.frombuffer(b"".join(map(bytes, blobs)), np.uint8).reshape(len(blobs), length)
    if length < header + 5 or not (raw[:, :header + 5] == raw[0, :header + 5]).all():
        return None
    template = _ewkb_one(bytes(blobs[0]), srid, gpkg)
    wkb_prefix = length - header - (len(template) - 9)  # byte order, type (and an SRID already there)
    body = raw[:, header + wkb_prefix:]
    prefix = np.frombuffer(template[:9], np.uint8)
    joined = np.concatenate([np.broadcast_to(prefix, (len(blobs), 9)), body], axis=1).tobytes()
    width = 9 + body.shape[1]
    return [joined[i:i + width] for i in range(0, len(joined), width)]
