"""Fast, atomic writing of large geometry-less tables (millions of series rows) to a file.

QGIS feature sinks cost microseconds per feature in Python; a year of INMET hours is ~5
million rows. Here OGR creates the GeoPackage table, rows go in through ``sqlite3``
``executemany`` in batches (times as GeoPackage ISO-8601 UTC text), and the file is built
beside the target and renamed over it only when complete: a failed or cancelled run leaves an
earlier output untouched. Other formats (``.csv``, ``.shp``…) are converted from that staging
GeoPackage with ``gdal.VectorTranslate``.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
from osgeo import gdal, ogr

from ..core.errors import NetLoadError
from ..core.progress import Progress

BATCH = 100_000
ROWS_PER_STATEMENT = 100  # multi-row VALUES: ~3x faster than one row per statement; ≤ 999 parameters
_OGR_TYPES = {"string": ogr.OFTString, "datetime": ogr.OFTDateTime, "date": ogr.OFTDate, "int": ogr.OFTInteger,
              "int64": ogr.OFTInteger64, "double": ogr.OFTReal}


def destination_path(output: str) -> Path:
    """The file behind a Processing vector destination (``path|layername=…`` dropped)."""
    path = str(output).split("|", 1)[0]
    if not path or path.startswith(("memory:", "postgres:", "ogr:", "spatialite:")):
        raise NetLoadError(f"Output {output!r}: choose a file (GeoPackage recommended); "
                           f"in-memory and database outputs are not supported for this layer.")
    return Path(path)


def _column(series: pd.Series, kind: str) -> np.ndarray:
    """One column as an object array of Python values (None for NULL), ready for sqlite3."""
    if kind == "datetime":
        # Series repeat the same hours for every station: format each distinct instant once.
        values = pd.to_datetime(series, utc=True).dt.tz_convert(None).to_numpy(dtype="datetime64[ns]")
        values = values.astype("datetime64[ms]")
        missing = np.isnat(values)
        codes, uniques = pd.factorize(values.view("int64"))
        text = np.char.add(np.datetime_as_string(uniques.astype("datetime64[ms]"), unit="ms"), "Z")
        result = text.astype(object)[codes]
        result[missing] = None
        return result
    if kind == "date":
        return np.array([None if v is None or pd.isna(v) else v.isoformat() for v in series], dtype=object)
    if kind == "double":
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)
        result = values.astype(object)
        result[np.isnan(values)] = None
        return result
    if kind in ("int", "int64"):
        values = pd.to_numeric(series, errors="coerce")
        if not values.isna().any():
            return values.to_numpy(dtype="int64").astype(object)
        return np.array([None if pd.isna(v) else int(v) for v in values], dtype=object)
    result = series.to_numpy(dtype=object).copy()
    result[pd.isna(result)] = None
    return result


def write_table(frame: pd.DataFrame, output: str, layer: str, spec: dict, progress: Progress | None = None) -> Path:
    """Write ``frame`` (columns of ``spec`` = {name: kind}) as a table; return the file path."""
    progress = progress or Progress()
    target = destination_path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.stem}.{os.getpid()}.partial.gpkg")
    converted = None
    try:
        _create(staging, layer, spec)
        _insert(staging, layer, frame, spec, progress)
        if target.suffix.lower() == ".gpkg":
            os.replace(staging, target)
        else:
            converted = target.with_name(f".{target.stem}.{os.getpid()}.partial{target.suffix}")
            result = gdal.VectorTranslate(str(converted), str(staging), layerName=layer)
            if result is None:
                raise NetLoadError(f"Could not write {target.name}: {gdal.GetLastErrorMsg()}")
            result = None  # noqa: F841 (closes the dataset)
            os.replace(converted, target)
        return target
    finally:
        staging.unlink(missing_ok=True)
        if converted is not None:
            converted.unlink(missing_ok=True)


def _create(path: Path, layer: str, spec: dict) -> None:
    path.unlink(missing_ok=True)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    if source is None:
        raise NetLoadError(f"Cannot create {path}: {gdal.GetLastErrorMsg()}")
    table = source.CreateLayer(layer, geom_type=ogr.wkbNone)
    for name, kind in spec.items():
        table.CreateField(ogr.FieldDefn(name, _OGR_TYPES[kind]))
    table = None  # noqa: F841
    source = None  # noqa: F841 (flush)


def _insert(path: Path, layer: str, frame: pd.DataFrame, spec: dict, progress: Progress) -> None:
    names = list(spec)
    quoted = ", ".join(f'"{n}"' for n in names)
    placeholders = "(" + ", ".join("?" * len(names)) + ")"
    single = f'INSERT INTO "{layer}" ({quoted}) VALUES {placeholders}'
    multi = f'INSERT INTO "{layer}" ({quoted}) VALUES ' + ", ".join([placeholders] * ROWS_PER_STATEMENT)
    width = len(names) * ROWS_PER_STATEMENT
    connection = sqlite3.connect(str(path))
    try:
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA journal_mode = MEMORY")
        # GDAL's per-row feature-count triggers cost more than the inserts: set the count once
        # at the end and put the triggers back as GDAL wrote them.
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                      "tbl_name = ?", (layer,)).fetchall()
        for name, _ in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        total = len(frame)
        for first in range(0, total, BATCH):
            progress.check_cancelled()
            chunk = frame.iloc[first: first + BATCH]
            columns = [_column(chunk[n], spec[n]) if n in chunk else np.full(len(chunk), None, dtype=object)
                       for n in names]
            flat = np.column_stack(columns).ravel().tolist() if len(chunk) else []
            whole = len(chunk) // ROWS_PER_STATEMENT * width
            connection.executemany(multi, zip(*[iter(flat[:whole])] * width))
            rest = flat[whole:]
            connection.executemany(single, zip(*[iter(rest)] * len(names)))
            progress.set_fraction(min(first + BATCH, total) / max(total, 1))
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM "
                               f'"{layer}") WHERE lower(table_name) = lower(?)', (layer,))
        for _, sql in triggers:
            connection.execute(sql)
        connection.commit()
    except sqlite3.Error as error:
        raise NetLoadError(f"Writing {path.name}: {error}") from None
    finally:
        connection.close()
