#!/usr/bin/env python3
"""Benchmark of netload:aggregate_gd against QGIS's native:countpointsinpolygon (same data, same run).

Builds (once, cached under --work) a GeoPackage of the 5,564 IBGE municipality polygons from
../shared/data/ibge (invalid polygons repaired with ogr2ogr -makevalid, as a real zone layer needs)
and a GeoPackage of N generated GD points (uniform in the bounding boxes of randomly chosen
municipalities, so some fall outside every polygon). Then times both algorithms through
processing.run, asserts identical per-zone counts, and prints time, peak RSS and points/s;
the last line is one JSON object. Generated points are synthetic: only their number matters here.

Also times the generation model for 5,564 zones × 8,760 hours (500 zones with --small) and
writing that table to a GeoPackage the way estimate_gd_generation does (direct, in chunks).
"""

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared" / "data" / "ibge" / "municipios_geojson"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_zones(work: Path, states: list[str] | None) -> Path:
    from osgeo import gdal

    target = work / ("municipalities.gpkg" if not states else f"municipalities_{'_'.join(states)}.gpkg")
    if target.exists():
        return target
    files = sorted(SHARED.glob("geojs-*-mun.json"))
    if states:
        files = [f for f in files if f.name.split("-")[1] in states]
    tmp = target.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    for i, path in enumerate(files):
        gdal.VectorTranslate(
            str(tmp), str(path), format="GPKG", layerName="municipalities", accessMode=None if i == 0 else "append",
            options=["-makevalid", "-nlt", "MULTIPOLYGON", "-a_srs", "EPSG:4326", "-sql",
                     "SELECT CAST(id AS character(7)) AS ibge_code, name FROM \"" + path.stem + "\""],
        )
    tmp.rename(target)
    return target


def build_points(work: Path, zones: Path, n: int, seed: int = 42) -> Path:
    from osgeo import gdal, ogr

    target = work / f"gd_points_{n}.gpkg"
    if target.exists():
        return target
    dataset = ogr.Open(str(zones))
    layer = dataset.GetLayer(0)
    boxes = np.array([f.GetGeometryRef().GetEnvelope() for f in layer])  # xmin, xmax, ymin, ymax
    rng = np.random.default_rng(seed)
    pick = rng.integers(0, len(boxes), n)
    b = boxes[pick]
    xs = b[:, 0] + rng.random(n) * (b[:, 1] - b[:, 0])
    ys = b[:, 2] + rng.random(n) * (b[:, 3] - b[:, 2])
    capacity = np.round(rng.lognormal(2.0, 0.8, n), 2)
    csv = work / "gd_points.csv"
    with open(csv, "w") as out:
        out.write("x,y,capacity_kw\n")
        np.savetxt(out, np.column_stack([xs, ys, capacity]), fmt="%.6f,%.6f,%.2f")
    csv.with_suffix(".csvt").write_text("Real,Real,Real\n")
    tmp = target.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    source = gdal.OpenEx(
        str(csv), gdal.OF_VECTOR, open_options=["X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y", "KEEP_GEOM_COLUMNS=NO"]
    )
    gdal.VectorTranslate(
        str(tmp),
        source,
        format="GPKG",
        layerName="gd_units",
        options=["-nlt", "POINT", "-a_srs", "EPSG:4326", "-gt", "200000"],
    )
    source = None
    csv.unlink()
    csv.with_suffix(".csvt").unlink()
    tmp.rename(target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="quick preset: 200,000 points, states 41-43")
    parser.add_argument("--points", type=int, default=None, help="number of GD points (default 4,000,000)")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "netload-bench-model")
    args = parser.parse_args()
    n = args.points or (200_000 if args.small else 4_000_000)
    states = ["41", "42", "43"] if args.small else None
    args.work.mkdir(parents=True, exist_ok=True)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from netload_plugin.processing.provider import NetLoadProvider

    provider = NetLoadProvider()  # keep a reference: the registry does not own Python objects
    QgsApplication.processingRegistry().addProvider(provider)

    t0 = time.perf_counter()
    zones_path = build_zones(args.work, states)
    points_path = build_points(args.work, zones_path, n)
    prepare_s = time.perf_counter() - t0
    zones = QgsVectorLayer(f"{zones_path}|layername=municipalities", "zones", "ogr")
    points = QgsVectorLayer(f"{points_path}|layername=gd_units", "gd", "ogr")
    print(f"data: {points.featureCount():,} points, {zones.featureCount():,} zones (prepared in {prepare_s:.1f} s)")

    t0 = time.perf_counter()
    ours = processing.run(
        "netload:aggregate_gd", {"GD_UNITS": points, "ZONES": zones, "METHOD": 0, "OUTPUT": "memory:"}
    )
    ours_s = time.perf_counter() - t0
    rss_ours = peak_rss_mb()
    t0 = time.perf_counter()
    native = processing.run(
        "native:countpointsinpolygon", {"POLYGONS": zones, "POINTS": points, "FIELD": "numpoints", "OUTPUT": "memory:"}
    )
    native_s = time.perf_counter() - t0

    ours_counts = {f["ibge_code"]: int(f["gd_units"]) for f in ours["OUTPUT"].getFeatures()}
    native_counts = {f["ibge_code"]: int(f["numpoints"]) for f in native["OUTPUT"].getFeatures()}
    differing = {
        k: (ours_counts[k], native_counts.get(k)) for k in ours_counts if ours_counts[k] != native_counts.get(k)
    }
    assert not differing, f"counts differ in {len(differing)} zones, e.g. {list(differing.items())[:5]}"
    inside = sum(ours_counts.values())
    print(
        f"netload:aggregate_gd          {ours_s:7.2f} s  {n / ours_s:12,.0f} points/s  "
        f"(outside: {ours['OUTSIDE_COUNT']:,})"
    )
    print(f"native:countpointsinpolygon   {native_s:7.2f} s  {n / native_s:12,.0f} points/s")
    print(
        f"ratio ours/native: {ours_s / native_s:.3f} (target <= 0.5); "
        f"identical counts in all {len(ours_counts):,} zones"
    )
    print(f"peak RSS: {peak_rss_mb():,.0f} MB (after ours: {rss_ours:,.0f} MB)")
    result = {
        "benchmark": "aggregate_gd",
        "points": n,
        "zones": len(ours_counts),
        "points_in_zones": inside,
        "outside": ours["OUTSIDE_COUNT"],
        "ours_s": round(ours_s, 3),
        "native_countpointsinpolygon_s": round(native_s, 3),
        "ratio": round(ours_s / native_s, 3),
        "target_ratio": 0.5,
        "counts_identical": True,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    result.update(bench_generation(args.small, args.work))
    print(json.dumps(result))
    app.exitQgis()
    return 0


def bench_generation(small: bool, work: Path) -> dict:
    """Hourly generation for every zone over a year, and writing it as a GeoPackage table."""
    from netload_plugin.core.zone_generation import bench_year
    from netload_plugin.geo.gpkg_table import write_table
    from netload_plugin.processing.algorithms.estimate_gd_generation import OUTPUT_COLUMNS, generation_chunks

    zones = 500 if small else 5564
    seconds, result = bench_year(zones)
    rows = result.generation_kw.size
    print(
        f"generation: {zones:,} zones x 8,760 h = {rows:,} values in {seconds:.2f} s (target <= 10 s); "
        f"peak RSS {peak_rss_mb():,.0f} MB"
    )
    target = work / "generation.gpkg"
    started, cpu = time.perf_counter(), time.process_time()
    write_table(generation_chunks(np.arange(zones).astype(str), result), str(target), "gd_generation", OUTPUT_COLUMNS)
    write_s, write_cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"writing the table ({rows:,} rows, direct GeoPackage): {write_s:.1f} s wall, {write_cpu:.1f} s CPU, "
          f"{rows / write_s:,.0f} rows/s; {target.stat().st_size / 1e6:,.0f} MB; peak RSS {peak_rss_mb():,.0f} MB")
    target.unlink()
    return {"generation_zones": zones, "generation_s": round(seconds, 3), "generation_values": rows,
            "generation_write_s": round(write_s, 1), "generation_write_cpu_s": round(write_cpu, 1)}


if __name__ == "__main__":
    raise SystemExit(main())
