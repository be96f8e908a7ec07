#!/usr/bin/env python3
"""Benchmark the PostGIS store writer against bare PostgreSQL loading, side by side in one run.

Starts a throw-away PostgreSQL + PostGIS server (tests/support/postgres.py, PostgreSQL's default
durability: fsync and synchronous commit on) and measures two tables:

1. **Hourly generation** (``gd_generation``: zone_id, time_utc, generation_mw, ghi_wm2, capacity_kw;
   5,564 zones × 8,760 h = 48.7 M rows by default). Ours, timed whole as estimate_gd_generation
   sees it: building each frame of whole hours, encoding binary COPY, COPY into new monthly
   partitions, primary key (time_utc, zone_id) and reference to ``runs``, ANALYZE, commit.
   Reference: a bare ``COPY … FROM STDIN`` (CSV) through psycopg2 of the same rows into a plain
   table without key or index; each frame is rendered to CSV outside the clock, only the COPY is
   timed. Target: ratio ≤ 1.5 and peak RSS ≤ 2 GB.
2. **GD registry** (4 M points with the gd_units columns). Ours: the layer read from the GeoPackage
   download_aneel_gd writes, COPY, key, GiST index, ANALYZE and snapshot, commit (what
   ``download_aneel_gd`` with STORE does after writing its GeoPackage; read through GDAL's Arrow
   stream). Reference:
   ``ogr2ogr -f PostgreSQL`` of the same rows as a clean CSV (lon/lat columns), which creates the
   table with its key and GiST index by COPY. Target: ratio ≤ 1.0. Both inputs are written outside
   the clock.

Prints time, peak RSS, rows/s and ratios; the last line is one JSON object.

    .venv/bin/python scripts/bench_store.py                      # 48.7 M rows and 4 M points
    .venv/bin/python scripts/bench_store.py --small              # 2 M rows and 400,000 points
    .venv/bin/python scripts/bench_store.py --rows 10000000 --units 1000000
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import psycopg2

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netload_plugin.core.aneel_gd import OUTPUT_KINDS as GD_COLUMNS  # noqa: E402
from netload_plugin.core.gpkg_writer import GpkgWriter  # noqa: E402
from netload_plugin.core.pg_store import RunRecord, Scope, Store  # noqa: E402
from netload_plugin.core.store_publish import publish_layer  # noqa: E402
from netload_plugin.core import gpkg_reader  # noqa: E402
from netload_plugin.geo.gpkg_frames import read_frames  # noqa: E402
from tests.support.postgres import ThrowAwayCluster, WRITER  # noqa: E402
from tests.support.store_rows import GENERATION, NATIONAL_ZONES, generation_frames, zone_ids  # noqa: E402

SCHEMA = "energy_monitor"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generation_rows(rows: int):
    zones = zone_ids(NATIONAL_ZONES)
    hours = max(1, -(-rows // len(zones)))
    return zones, hours


def bench_generation(connection, rows: int) -> dict:
    zones, hours = generation_rows(rows)
    first = pd.Timestamp("2024-01-01", tz="UTC")
    start = time.perf_counter()
    with Store(connection, SCHEMA, wait_s=0) as store:
        store.start_run(RunRecord("bench:gd_generation", "0"))
        written = store.replace(GENERATION, generation_frames(zones, "2024-01-01", hours),
                                Scope(("zone_id",), list(zones), (first, first + pd.Timedelta(hours=hours))))
        store.commit()
    ours = time.perf_counter() - start
    ours_rss = peak_rss_mb()
    with connection.cursor() as cursor:  # room on disk for the reference
        cursor.execute(f"DROP TABLE {SCHEMA}.gd_generation")
        cursor.execute("CREATE TABLE reference.bare_generation (zone_id text, time_utc timestamptz, "
                       "generation_mw double precision, ghi_wm2 double precision, capacity_kw double precision, "
                       "run_id integer)")
    connection.commit()
    reference = 0.0
    for frame in generation_frames(zones, "2024-01-01", hours):
        text = frame.assign(run_id=1).to_csv(header=False, index=False, date_format="%Y-%m-%d %H:%M:%S+00")
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.copy_expert("COPY reference.bare_generation FROM STDIN (FORMAT csv)", io.StringIO(text), 1 << 20)
        reference += time.perf_counter() - started
    started = time.perf_counter()
    connection.commit()
    reference += time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE reference.bare_generation")
    connection.commit()
    return {"rows": written, "ours_s": round(ours, 2), "reference_s": round(reference, 2),
            "ratio": round(ours / reference, 3), "rows_per_s": round(written / ours), "peak_rss_mb": round(ours_rss)}


def registry_frames(units: int, per_frame: int = 250_000, seed: int = 7):
    """GD units in download_aneel_gd's columns, spread over Brazil's box."""
    random = np.random.default_rng(seed)
    states = np.array(["SP", "MG", "PR", "RS", "SC", "GO", "BA", "MT", "RJ", "PE"], dtype=object)
    for first in range(0, units, per_frame):
        n = min(per_frame, units - first)
        uf = states[random.integers(0, len(states), n)]
        yield pd.DataFrame({
            "unit_id": [f"GD.XX.{first + i:09d}.BENCH" for i in range(n)], "uf": uf,
            "ibge_code": np.char.add("35", random.integers(10000, 99999, n).astype(str)).astype(object),
            "municipality": "Municipio Sintetico", "consumer_class": "Residencial", "modality": "Geracao na propria UC",
            "generation_type": "UFV", "source": "Radiação solar", "size_class": "Microgeracao",
            "capacity_kw": np.round(random.uniform(2, 75, n), 2), "connected_on": "2023-05-17",
            "distributor": "DISTRIBUIDORA", "substation": None, "geom_source": "registry",
            "lon": np.round(random.uniform(-73.9, -34.8, n), 2), "lat": np.round(random.uniform(-33.7, 5.2, n), 2)})


def bench_registry(connection, service: str, units: int, folder: Path) -> dict:
    gpkg, csv = folder / "gd_units.gpkg", folder / "gd_units.csv"
    with GpkgWriter(gpkg, "gd_units", GD_COLUMNS, srs_id=4674) as writer, open(csv, "w", encoding="utf-8") as text:
        for number, frame in enumerate(registry_frames(units)):
            writer.append(frame)
            frame.to_csv(text, header=number == 0, index=False)
    layer = gpkg_reader.layers(gpkg)["gd_units"]
    start = time.perf_counter()
    with Store(connection, SCHEMA, wait_s=0) as store:
        store.start_run(RunRecord("bench:gd_units", "0"))
        written = publish_layer(store, gpkg, layer, "ibge_code", "bench", read_frames)
        store.commit()
    ours = time.perf_counter() - start
    start = time.perf_counter()
    subprocess.run(["ogr2ogr", "-f", "PostgreSQL", f"PG:service={service}", str(csv), "-nln", "reference.gd_units",
                    "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", "-oo", "AUTODETECT_TYPE=YES",
                    "-a_srs", "EPSG:4674", "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid"], check=True)
    reference = time.perf_counter() - start
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM reference.gd_units")
        assert cursor.fetchone()[0] == written == units
    connection.commit()
    return {"units": written, "ours_s": round(ours, 2), "ogr2ogr_s": round(reference, 2),
            "ratio": round(ours / reference, 3), "units_per_s": round(written / ours)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=NATIONAL_ZONES * 8760, help="generation rows (whole hours)")
    parser.add_argument("--units", type=int, default=4_000_000, help="GD units of the registry")
    parser.add_argument("--small", action="store_true", help="2 M rows and 400,000 units")
    arguments = parser.parse_args()
    if arguments.small:
        arguments.rows, arguments.units = 2_000_000, 400_000
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    application = QgsApplication([], False)  # the registry is read through QGIS's OGR provider and GDAL
    application.initQgis()
    with ThrowAwayCluster(durable=True) as cluster, tempfile.TemporaryDirectory(prefix="bench-store-") as folder:
        database = cluster.create_database("bench")
        cluster.psql(database, "-c", f"CREATE SCHEMA reference AUTHORIZATION {WRITER}")
        os.environ.update(cluster.environment(WRITER))
        connection = psycopg2.connect(f"service={database}", application_name="netload")
        try:
            generation = bench_generation(connection, arguments.rows)
            print(f"gd_generation: {generation['rows']:,} rows in {generation['ours_s']} s "
                  f"({generation['rows_per_s']:,} rows/s), bare COPY {generation['reference_s']} s, "
                  f"ratio {generation['ratio']} (target ≤ 1.5); "
                  f"peak RSS {generation['peak_rss_mb']} MB (target ≤ 2048)",
                  flush=True)
            registry = bench_registry(connection, database, arguments.units, Path(folder))
            print(f"gd_units: {registry['units']:,} points in {registry['ours_s']} s ({registry['units_per_s']:,}/s), "
                  f"ogr2ogr {registry['ogr2ogr_s']} s, ratio {registry['ratio']} (target ≤ 1.0)", flush=True)
        finally:
            connection.close()
    print(json.dumps({"benchmark": "bench_store", "load": os.getloadavg(), "gd_generation": generation,
                      "gd_units": registry, "peak_rss_mb": round(peak_rss_mb())}))


if __name__ == "__main__":
    main()
