#!/usr/bin/env python3
"""Benchmark the GeoPackage writer (``core/gpkg_writer.py`` through ``geo/gpkg_table.py``) on a generation-shaped
table, and (``--points N``) its R-tree against GDAL's own.

Rows like ``estimate_gd_generation``'s output: ``zone_id`` (text), ``time_utc`` (datetime), three
doubles (``generation_mw`` NULL at night), produced in chunks of whole hours as the algorithm does.
Ours is timed whole, as an algorithm sees it: building the frames, converting, inserting,
committing. The reference, measured in the same run: a bare ``sqlite3`` ``executemany`` of the
same rows into a plain table (no GeoPackage), one row per statement, timing only ``executemany``
and the commit: each chunk is turned into Python tuples (times as text) outside the clock. Prints
time, peak RSS, rows/s and the ratio; the last line is one JSON object.

    .venv/bin/python scripts/bench_table_writer.py                 # 5,564 zones x 8,760 h = 48.7 M rows
    .venv/bin/python scripts/bench_table_writer.py --small         # 1,000,000 rows
    .venv/bin/python scripts/bench_table_writer.py --rows 10000000
    .venv/bin/python scripts/bench_table_writer.py --points 4000000   # R-tree: ours vs GDAL's CreateSpatialIndex

``--points N``: N GD-like points (two-decimal coordinates over Brazil) are written once without an index;
then, on copies of that file, the R-tree is built by ours (``core/rtree_bulk.bulk_load``, inside the writer's
transaction) and by GDAL (``SELECT CreateSpatialIndex(...)``: since GDAL 3.8 an in-memory bulk load, OSGeo/gdal
#8596), each timed alone, and both checked with SQLite's ``rtreecheck``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ZONES = 5564
COLUMNS = {"zone_id": "string", "time_utc": "datetime", "generation_mw": "double", "ghi_wm2": "double",
           "capacity_kw": "double"}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def chunks(rows: int, zones: int, rows_per_chunk: int = 500_000):
    """Generation-shaped frames: every zone for each hour, hours in order, ``rows`` in all."""
    zone_ids = np.array([f"{4100000 + i}" for i in range(zones)], dtype=object)
    hours_per_chunk = max(1, rows_per_chunk // zones)
    rng = np.random.default_rng(1)
    done, hour = 0, 0
    while done < rows:
        hours = min(hours_per_chunk, -(-(rows - done) // zones))
        times = pd.date_range("2024-01-01", periods=hour + hours, freq="h", tz="UTC")[hour:]
        count = min(hours * zones, rows - done)
        sun = np.clip(np.sin((times.hour.to_numpy() - 9) / 12 * np.pi), 0, None)
        ghi = np.repeat(sun * 900, zones)[:count]
        capacity = np.tile(rng.uniform(10, 5000, zones), hours)[:count]
        yield pd.DataFrame({
            "zone_id": np.tile(zone_ids, hours)[:count],
            "time_utc": np.repeat(times, zones)[:count],
            "generation_mw": np.where(ghi > 0, ghi / 1000 * capacity / 1000 * 0.8, np.nan),
            "ghi_wm2": ghi,
            "capacity_kw": capacity,
        })
        done += count
        hour += hours


def bare_sqlite(path: Path, frames) -> float:
    """The reference: seconds spent in ``executemany`` (+ commit) of ready tuples, one row per statement."""
    connection = sqlite3.connect(str(path))
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute(
        "CREATE TABLE t (zone_id TEXT, time_utc TEXT, generation_mw REAL, ghi_wm2 REAL, capacity_kw REAL)"
    )
    seconds = 0.0
    for frame in frames:
        stamps = frame["time_utc"].dt.tz_convert(None).to_numpy().astype("datetime64[ms]")
        times = np.char.add(np.datetime_as_string(stamps, unit="ms"), "Z").tolist()
        rows = list(zip(frame["zone_id"].tolist(), times, frame["generation_mw"].tolist(), frame["ghi_wm2"].tolist(),
                        frame["capacity_kw"].tolist()))
        started = time.perf_counter()
        connection.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?)", rows)
        seconds += time.perf_counter() - started
    started = time.perf_counter()
    connection.commit()
    seconds += time.perf_counter() - started
    connection.close()
    return seconds


def rtree_race(points: int, tmp: Path) -> dict:
    """Seconds to index ``points`` points: ours and GDAL's, on copies of the same un-indexed table."""
    import shutil
    import sqlite3

    from osgeo import gdal

    from netload_plugin.core import gpkg_schema
    from netload_plugin.core.gpkg_writer import GpkgWriter
    from netload_plugin.core.rtree_bulk import bulk_load

    rng = np.random.default_rng(2)
    lon, lat = rng.uniform(-73.9, -34.8, points).round(2), rng.uniform(-33.7, 5.2, points).round(2)
    base = tmp / "points.gpkg"
    with GpkgWriter(base, "gd_units", {"unit_id": "string"}, srs_id=4674) as writer:
        for first in range(0, points, 500_000):
            part = slice(first, first + 500_000)
            writer.append(pd.DataFrame({"unit_id": "GD.XX", "lon": lon[part], "lat": lat[part]}))
    with sqlite3.connect(base) as db:  # the same table as the writer's, without its index
        db.execute('DROP TABLE "rtree_gd_units_geom"')
        db.execute("DELETE FROM gpkg_extensions")
        for (trigger,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_%'"
                                     ).fetchall():
            db.execute(f'DROP TRIGGER "{trigger}"')
    ours_file, gdal_file = tmp / "ours.gpkg", tmp / "gdal.gpkg"
    shutil.copy(base, ours_file)
    shutil.copy(base, gdal_file)

    db = sqlite3.connect(ours_file, isolation_level=None)
    started = time.perf_counter()
    db.execute("BEGIN")
    db.execute('CREATE VIRTUAL TABLE "rtree_gd_units_geom" USING rtree(id, minx, maxx, miny, maxy)')
    bulk_load(db, "rtree_gd_units_geom", np.arange(1, points + 1), lon, lon, lat, lat)
    gpkg_schema.finish_points(db, "gd_units", None)
    db.execute("COMMIT")
    ours = time.perf_counter() - started
    ours_check = db.execute("SELECT rtreecheck('rtree_gd_units_geom')").fetchone()[0]
    db.close()

    started = time.perf_counter()
    dataset = gdal.OpenEx(str(gdal_file), gdal.OF_VECTOR | gdal.OF_UPDATE)
    dataset.ReleaseResultSet(dataset.ExecuteSQL("SELECT CreateSpatialIndex('gd_units', 'geom')"))
    dataset = None
    gdal_seconds = time.perf_counter() - started
    with sqlite3.connect(gdal_file) as db:
        gdal_check = db.execute("SELECT rtreecheck('rtree_gd_units_geom')").fetchone()[0]
    print(f"R-tree of {points:,} points: ours {ours:.2f} s (rtreecheck {ours_check!r}); GDAL {gdal.__version__} "
          f"CreateSpatialIndex {gdal_seconds:.2f} s (rtreecheck {gdal_check!r}); "
          f"ours / GDAL = {ours / gdal_seconds:.2f}")
    return {"points": points, "gdal": gdal.__version__, "rtree_ours_s": round(ours, 2),
            "rtree_gdal_s": round(gdal_seconds, 2), "rtree_ratio_ours_to_gdal": round(ours / gdal_seconds, 2),
            "rtreecheck_ours": ours_check, "rtreecheck_gdal": gdal_check}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="quick preset: 1,000,000 rows")
    parser.add_argument("--rows", type=int, help=f"rows to write (default {ZONES:,} zones x 8,760 h)")
    parser.add_argument("--zones", type=int, default=ZONES, help="zones per hour (default %(default)s)")
    parser.add_argument("--points", type=int, help="instead: index this many points, ours against GDAL's")
    args = parser.parse_args()
    if args.points:
        with tempfile.TemporaryDirectory(prefix="bench-rtree-") as tmp:
            figures = rtree_race(args.points, Path(tmp))
        print(json.dumps(figures | {"peak_rss_mb": round(peak_rss_mb())}))
        return 0
    rows = args.rows or (1_000_000 if args.small else args.zones * 8760)

    from netload_plugin.geo.gpkg_table import write_table

    figures = {"rows": rows, "zones": args.zones}
    with tempfile.TemporaryDirectory(prefix="bench-table-writer-") as tmp:
        tmp = Path(tmp)
        # frames are built inside both timings alike (as the algorithm builds them while writing)
        started = time.perf_counter()
        write_table(chunks(rows, args.zones), str(tmp / "generation.gpkg"), "gd_generation", COLUMNS)
        ours = time.perf_counter() - started
        size_mb = (tmp / "generation.gpkg").stat().st_size / 1e6
        rss_ours = peak_rss_mb()
        print(f"gpkg_table.write_table: {rows:,} rows in {ours:.1f} s ({rows / ours:,.0f} rows/s), "
              f"{size_mb:,.0f} MB, peak RSS {rss_ours:,.0f} MB")
        (tmp / "generation.gpkg").unlink()
        bare = bare_sqlite(tmp / "bare.sqlite", chunks(rows, args.zones))
        print(f"bare sqlite3 executemany: {rows:,} rows in {bare:.1f} s ({rows / bare:,.0f} rows/s)")
    ratio = ours / bare
    print(f"ratio ours / bare sqlite3 = {ratio:.2f}")
    figures.update(ours_s=round(ours, 2), ours_rows_per_s=round(rows / ours), gpkg_mb=round(size_mb),
                   bare_sqlite_s=round(bare, 2), bare_rows_per_s=round(rows / bare), ratio=round(ratio, 2),
                   peak_rss_mb=round(peak_rss_mb()))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
