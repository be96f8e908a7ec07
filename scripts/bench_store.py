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

Each measurement is reported as wall time and as CPU seconds: the client's (this process, every thread;
ogr2ogr's own process for the reference) plus the server's (every process of the throw-away cluster,
read from ``/proc``). On a shared machine wall times taken minutes apart stretch by different factors;
CPU seconds do not, so the CPU ratio is the figure to hold against the target when the load moved.
The bare COPY's client CPU counts the COPY calls only (not rendering the CSV); ours counts everything,
building the frames included. A bare *binary* COPY of the same rows (encoded outside the clock by our
encoder) is printed too: the floor no writer of these rows can go under.

Prints time, CPU seconds, peak RSS, rows/s and ratios; the last line is one JSON object.

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
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd
import psycopg2

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from netload_plugin.core import gpkg_reader
from netload_plugin.core.aneel_gd import OUTPUT_KINDS as GD_COLUMNS
from netload_plugin.core.gpkg_writer import GpkgWriter
from netload_plugin.core.pg_copy import HEADER, TRAILER, encode_rows
from netload_plugin.core.pg_store import RunRecord, Scope, Store
from netload_plugin.core.store_publish import publish_layer
from netload_plugin.geo.gpkg_frames import read_frames
from tests.support.postgres import WRITER, ThrowAwayCluster
from tests.support.store_rows import GENERATION, NATIONAL_ZONES, generation_frames, zone_ids

SCHEMA = "energy_monitor"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Meter:
    """Wall, client CPU and server CPU seconds of a measurement.

    ``whole``: everything between :meth:`start` and :meth:`stop` counts. Otherwise only the calls made
    through :meth:`timed` count for the wall and client figures; the server's CPU counts throughout (its
    background work, WAL writing and checkpoints, is caused by those calls).
    """

    def __init__(self, cluster, whole: bool = True):
        self.cluster, self.whole = cluster, whole
        self.wall = self.client_cpu = self.server_cpu = 0.0

    def start(self) -> Meter:
        self._server = self.cluster.cpu_seconds()
        self._wall, self._client = time.perf_counter(), _client_cpu()
        return self

    def stop(self) -> Meter:
        self.server_cpu = self.cluster.cpu_seconds() - self._server
        if self.whole:
            self.wall, self.client_cpu = time.perf_counter() - self._wall, _client_cpu() - self._client
        return self

    def timed(self, work):
        wall, cpu = time.perf_counter(), _client_cpu()
        result = work()
        self.wall += time.perf_counter() - wall
        self.client_cpu += _client_cpu() - cpu
        return result

    @property
    def cpu(self) -> float:
        return self.client_cpu + self.server_cpu

    def figures(self, prefix: str) -> dict:
        return {f"{prefix}_s": round(self.wall, 2), f"{prefix}_cpu_s": round(self.cpu, 2),
                f"{prefix}_client_cpu_s": round(self.client_cpu, 2),
                f"{prefix}_server_cpu_s": round(self.server_cpu, 2)}


def _client_cpu() -> float:
    """CPU seconds of this process (every thread) and of the children it has waited for (ogr2ogr)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def ratios(ours: Meter, reference: Meter, name: str) -> dict:
    return {f"ratio_{name}": round(ours.wall / reference.wall, 3),
            f"cpu_ratio_{name}": round(ours.cpu / reference.cpu, 3)}


def generation_rows(rows: int):
    zones = zone_ids(NATIONAL_ZONES)
    hours = max(1, -(-rows // len(zones)))
    return zones, hours


def bench_generation(connection, cluster, rows: int) -> dict:
    zones, hours = generation_rows(rows)
    first = pd.Timestamp("2024-01-01", tz="UTC")
    ours = Meter(cluster).start()
    with Store(connection, SCHEMA, wait_s=0) as store:
        store.start_run(RunRecord("bench:gd_generation", "0"))
        written = store.replace(GENERATION, generation_frames(zones, "2024-01-01", hours),
                                Scope(("zone_id",), list(zones), (first, first + pd.Timedelta(hours=hours))))
        store.commit()
    ours.stop()
    ours_rss = peak_rss_mb()
    with connection.cursor() as cursor:  # room on disk for the references
        cursor.execute(f"DROP TABLE {SCHEMA}.gd_generation")
    connection.commit()
    csv = bare_copy(connection, cluster, zones, hours, "csv")
    binary = bare_copy(connection, cluster, zones, hours, "binary")
    return {"rows": written, **ours.figures("ours"), **csv.figures("reference"), **binary.figures("binary_copy"),
            **ratios(ours, csv, "to_copy"), **ratios(ours, binary, "to_binary_copy"),
            "rows_per_s": round(written / ours.wall), "rows_per_cpu_s": round(written / ours.cpu),
            "peak_rss_mb": round(ours_rss)}


def bare_copy(connection, cluster, zones, hours: int, form: str) -> Meter:
    """``COPY … FROM STDIN`` of the same rows into a plain table (no key, no index), each frame rendered
    outside the clock; the server's CPU counts throughout, the client's during the COPY calls only."""
    kinds = {column.name: column.kind for column in GENERATION.columns} | {"run_id": "int"}
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE reference.bare_generation (zone_id text, time_utc timestamptz, "
                       "generation_mw double precision, ghi_wm2 double precision, capacity_kw double precision, "
                       "run_id integer)")
    connection.commit()
    meter = Meter(cluster, whole=False).start()
    statement = f"COPY reference.bare_generation FROM STDIN (FORMAT {form})"
    for frame in generation_frames(zones, "2024-01-01", hours):
        frame = frame.assign(run_id=1)
        if form == "csv":
            data = io.StringIO(frame.to_csv(header=False, index=False, date_format="%Y-%m-%d %H:%M:%S+00"))
        else:
            data = io.BytesIO(HEADER + encode_rows(frame, kinds) + TRAILER)
        with connection.cursor() as cursor:
            meter.timed(partial(cursor.copy_expert, statement, data, 1 << 20))
    meter.timed(connection.commit)
    meter.stop()
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE reference.bare_generation")
    connection.commit()
    return meter


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


def bench_registry(connection, cluster, service: str, units: int, folder: Path) -> dict:
    gpkg, csv = folder / "gd_units.gpkg", folder / "gd_units.csv"
    with GpkgWriter(gpkg, "gd_units", GD_COLUMNS, srs_id=4674) as writer, open(csv, "w", encoding="utf-8") as text:
        for number, frame in enumerate(registry_frames(units)):
            writer.append(frame)
            frame.to_csv(text, header=number == 0, index=False)
    layer = gpkg_reader.layers(gpkg)["gd_units"]
    ours = Meter(cluster).start()
    with Store(connection, SCHEMA, wait_s=0) as store:
        store.start_run(RunRecord("bench:gd_units", "0"))
        written = publish_layer(store, gpkg, layer, "ibge_code", "bench", read_frames)
        store.commit()
    ours.stop()
    reference = Meter(cluster).start()
    subprocess.run(["ogr2ogr", "-f", "PostgreSQL", f"PG:service={service}", str(csv), "-nln", "reference.gd_units",
                    "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat", "-oo", "AUTODETECT_TYPE=YES",
                    "-a_srs", "EPSG:4674", "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid"], check=True)
    reference.stop()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM reference.gd_units")
        assert cursor.fetchone()[0] == written == units
    connection.commit()
    return {"units": written, **ours.figures("ours"), **reference.figures("ogr2ogr"),
            **ratios(ours, reference, "to_ogr2ogr"), "units_per_s": round(written / ours.wall),
            "units_per_cpu_s": round(written / ours.cpu)}


def report(generation: dict, registry: dict) -> None:
    print(f"gd_generation: {generation['rows']:,} rows in {generation['ours_s']} s "
          f"({generation['rows_per_s']:,} rows/s), bare COPY (CSV) {generation['reference_s']} s, ratio "
          f"{generation['ratio_to_copy']} (target ≤ 1.5); CPU {generation['ours_cpu_s']} s against "
          f"{generation['reference_cpu_s']} s, ratio {generation['cpu_ratio_to_copy']}; bare binary COPY "
          f"{generation['binary_copy_s']} s ({generation['binary_copy_cpu_s']} CPU s), ratios "
          f"{generation['ratio_to_binary_copy']} / {generation['cpu_ratio_to_binary_copy']} CPU; "
          f"peak RSS {generation['peak_rss_mb']} MB (target ≤ 2048)", flush=True)
    print(f"gd_units: {registry['units']:,} points in {registry['ours_s']} s ({registry['units_per_s']:,}/s), "
          f"ogr2ogr {registry['ogr2ogr_s']} s, ratio {registry['ratio_to_ogr2ogr']} (target ≤ 1.0); CPU "
          f"{registry['ours_cpu_s']} s against {registry['ogr2ogr_cpu_s']} s, ratio "
          f"{registry['cpu_ratio_to_ogr2ogr']}", flush=True)


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
        load_before = os.getloadavg()
        try:
            generation = bench_generation(connection, cluster, arguments.rows)
            registry = bench_registry(connection, cluster, database, arguments.units, Path(folder))
        finally:
            connection.close()
    report(generation, registry)
    print(json.dumps({"benchmark": "bench_store", "load_before": load_before, "load_after": os.getloadavg(),
                      "cpus": os.cpu_count(), "gd_generation": generation, "gd_units": registry,
                      "peak_rss_mb": round(peak_rss_mb())}))


if __name__ == "__main__":
    main()
