#!/usr/bin/env python3
"""Benchmark netload:classify_rooftops against bare onnxruntime inference on the same chips.

    .venv/bin/python scripts/bench_rooftops.py                  # 10,000 roofs
    .venv/bin/python scripts/bench_rooftops.py --roofs 100000   # a whole neighbourhood (5.7 km x 5.7 km)
    .venv/bin/python scripts/bench_rooftops.py --small          # 500 roofs
    .venv/bin/python scripts/bench_rooftops.py --profile        # + where the algorithm's time goes, by stage

Generates, strip by strip (never the whole mosaic in memory), a 0.3 m GeoTIFF (UTM 23S, tiled)
paved with the ``pv_chips`` images (``--chips``; generated texture when that folder is absent)
and one 10 m square roof every 60 px (18 m) in a GeoPackage in EPSG:4674. Then runs, each in its
own process so that each peak RSS is its own:

* the full algorithm (``processing.run``: read the buildings, reproject, read the raster window
  by window, cut chips, infer batch by batch, write the output GeoPackage);
* bare inference: the bundled model's onnxruntime session (the plugin's session options) on the
  same chips, same batch size; only ``session.run`` is timed (chips are cut and prepared outside
  the clock, a batch at a time);
* the QGIS I/O floor: the buildings read twice and written to a GeoPackage sink with five values
  appended, nothing computed — the least any classifier writing its output through QGIS pays.

Each runs ``--repeat`` times (default 3), alternately; the fastest run of each is compared.

The parent checks that the algorithm and bare inference give the same probability for every
roof, then prints the time, peak RSS, roofs/s, the ratio of the full algorithm to bare inference
(target <= 1.3), the floor ratio (bare inference + QGIS I/O) / bare inference, in wall-clock time,
and the CPU time of all threads (less disturbed by other processes on a shared machine); the last
line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

ORIGIN_X, ORIGIN_Y, GSD, SPACING, CHIP, EPSG = 300_000.0, 7_500_000.0, 0.3, 60, 101, 31983
HALF = CHIP // 2
TARGET_RATIO, TARGET_RSS_MB = 1.3, 1024


def peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork + exec,
    so a child would report the parent's peak (the scene writer's) instead of its own."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def roof_grid(roofs: int):
    """Pixel (column, row) of every roof centre, and the scene's side in pixels."""
    per_row = int(np.ceil(np.sqrt(roofs)))
    index = np.arange(roofs)
    columns = HALF + (index % per_row) * SPACING
    rows = HALF + (index // per_row) * SPACING
    return columns, rows, per_row * SPACING + CHIP


def texture_tiles(chip_dir: Path) -> tuple[np.ndarray, str]:
    """The 101 px tiles the scene is paved with: pv_chips' images, or generated texture."""
    if (chip_dir / "labels.csv").is_file():
        from rooftop_chips import load_chip_folder

        return load_chip_folder(chip_dir).images[:, :3].astype(np.uint8), f"pv_chips ({chip_dir})"
    rng = np.random.default_rng(7)  # blocky texture: roof-sized patches of colour plus noise
    coarse = rng.integers(30, 220, size=(64, 3, 8, 8), dtype=np.uint8)
    tiles = np.repeat(np.repeat(coarse, 13, axis=2), 13, axis=3)[:, :, :CHIP, :CHIP]
    noise = rng.integers(-20, 20, size=tiles.shape)
    return np.clip(tiles + noise, 0, 255).astype(np.uint8), "generated texture (no pv_chips folder)"


def write_scene(path: Path, size: int, tiles: np.ndarray, compress: str) -> None:
    """A size x size 0.3 m RGB GeoTIFF written one strip of tiles at a time."""
    from osgeo import gdal, osr

    options = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "PHOTOMETRIC=RGB", "BIGTIFF=IF_SAFER"]
    if compress != "NONE":
        options.append(f"COMPRESS={compress}")
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 3, gdal.GDT_Byte, options)
    dataset.SetGeoTransform((ORIGIN_X, GSD, 0, ORIGIN_Y, 0, -GSD))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    per_row = -(-size // CHIP)
    for strip, top in enumerate(range(0, size, CHIP)):
        height = min(CHIP, size - top)
        picks = tiles[(strip * per_row + np.arange(per_row)) % len(tiles)]  # (per_row, 3, 101, 101)
        row = picks.transpose(1, 2, 0, 3).reshape(3, CHIP, per_row * CHIP)[:, :height, :size]
        dataset.WriteArray(np.ascontiguousarray(row), 0, top)
    dataset = None


def write_buildings(path: Path, columns: np.ndarray, rows: np.ndarray) -> None:
    """10 m square roofs around the pixel centres, stored in EPSG:4674 (not the raster's CRS)."""
    from osgeo import ogr, osr

    utm, lonlat = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(EPSG)
    lonlat.ImportFromEPSG(4674)
    for srs in (utm, lonlat):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    xs, ys = ORIGIN_X + (columns + 0.5) * GSD, ORIGIN_Y - (rows + 0.5) * GSD
    corners = [(-5, -5), (5, -5), (5, 5), (-5, 5), (-5, -5)]
    points = np.column_stack([np.repeat(xs, 5) + np.tile([c[0] for c in corners], len(xs)),
                              np.repeat(ys, 5) + np.tile([c[1] for c in corners], len(ys))])
    moved = np.array(osr.CoordinateTransformation(utm, lonlat).TransformPoints(points))[:, :2].reshape(-1, 5, 2)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("buildings", lonlat, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("roof_id", ogr.OFTInteger))
    layer.StartTransaction()
    for number, ring_points in enumerate(moved):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("roof_id", number)
        wkt = "POLYGON((" + ",".join(f"{x!r} {y!r}" for x, y in ring_points) + "))"
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None


def start_qgis():
    """A headless QGIS application (kept by the caller: collected, it would take QGIS down)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    return app


def child_algorithm(work: Path, batch_size: int, profile: bool) -> dict:
    """Runs classify_rooftops once (optionally with stage timers); its time and this process's peak RSS."""
    from qgis.core import QgsApplication

    app = start_qgis()  # noqa: F841 - kept alive for the run
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from netload_plugin.processing.provider import NetLoadProvider

    provider = NetLoadProvider()  # keep a Python reference, or the provider is collected
    QgsApplication.processingRegistry().addProvider(provider)
    parameters = {"BUILDINGS": str(work / "buildings.gpkg"), "RASTER": str(work / "scene.tif"),
                  "BATCH_SIZE": batch_size, "OUTPUT": str(work / "out.gpkg")}
    stages = time_stages() if profile else None
    baseline = peak_rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    result = processing.run("netload:classify_rooftops", parameters)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    if stages is not None:
        print_stages(stages, seconds, cpu_seconds)
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "peak_rss_mb": peak_rss_mb(),
            "rss_before_run_mb": baseline, "classified": result["CLASSIFIED"]}


STAGES = (  # (label, module, owner, attribute): the functions whose wall time makes each stage
    ("read the buildings' centres (pass 1)", "netload_plugin.processing.algorithms.classify_rooftops", None,
     "_roof_centres"),
    ("window reads (GDAL, resampling if any) [worker]", "netload_plugin.geo.raster_chips", "ChipRaster",
     "_read_window"),
    ("chip assembly: copies into the batch [worker]", "netload_plugin.geo.raster_chips", "_BatchBuffer", "add"),
    ("no-data shares per window [worker]", "netload_plugin.geo.raster_chips", None, "_nodata_fractions"),
    ("model input: convert and scale [worker]", "netload_plugin.core.rooftop_contract", "ModelContract", "prepare"),
    ("inference (onnxruntime)", "netload_plugin.core.onnx_runtime", "RooftopModel", "predict_prepared"),
    ("scoring, inference included (wall)", "netload_plugin.geo.roof_scores", None, "score_points"),
    ("write the output (pass 2)", "netload_plugin.processing.algorithms.classify_rooftops", "ClassifyRooftops",
     "_write_roofs"),
)


def time_stages() -> dict:
    """Wrap each stage's function with thin timers (cProfile would slow the Python parts): wall
    time, and CPU time of the calling thread (``time.thread_time``), which other processes on a
    shared machine do not stretch; it leaves out onnxruntime's own pool threads."""
    import functools
    import importlib

    totals = {}
    for label, module_name, owner_name, attribute in STAGES:
        module = importlib.import_module(module_name)
        owner = getattr(module, owner_name) if owner_name else module
        function = getattr(owner, attribute)

        def timed(*args, _function=function, _label=label, **kwargs):
            started, cpu = time.perf_counter(), time.thread_time()
            try:
                return _function(*args, **kwargs)
            finally:
                wall, thread_cpu = totals.get(_label, (0.0, 0.0))
                totals[_label] = (wall + time.perf_counter() - started, thread_cpu + time.thread_time() - cpu)

        wrapped = functools.wraps(function)(timed)
        static = isinstance(getattr(owner, "__dict__", {}).get(attribute), staticmethod)
        setattr(owner, attribute, staticmethod(wrapped) if static else wrapped)
    return totals


def print_stages(totals: dict, seconds: float, cpu_seconds: float) -> None:
    print(f"profile of one run ({seconds:.2f} s wall, {cpu_seconds:.2f} s CPU of all threads; "
          "[worker] stages run beside inference):")
    print("   wall s  thread CPU s  stage")
    for label, *_ in STAGES:
        wall, thread_cpu = totals.get(label, (0.0, 0.0))
        print(f"  {wall:7.3f}  {thread_cpu:12.3f}  {label}")
    main_thread = sum(totals.get(STAGES[i][0], (0.0, 0.0))[0] for i in (0, 6, 7))
    print(f"  {seconds - main_thread:7.3f}  {'':12}  the rest: Processing, opening model and raster, "
          "closing the output (its R-tree)")


def child_qgis_io(work: Path) -> dict:
    """The least feature I/O any classifier writing through QGIS needs, timed the same way: the
    buildings read once (geometry only) and once more, each written to a GeoPackage sink with five
    constant values appended. No centroid, area, reprojection or scoring: a floor, not the algorithm."""
    from qgis.core import (
        QgsFeatureRequest,
        QgsFeatureSink,
        QgsFields,
        QgsProcessingContext,
        QgsProcessingUtils,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    app = start_qgis()  # noqa: F841 - kept alive for the run
    from netload_plugin.compat import make_field
    from netload_plugin.processing.algorithms.classify_rooftops import OUTPUT_FIELDS

    context = QgsProcessingContext()
    buildings = QgsVectorLayer(str(work / "buildings.gpkg"), "buildings", "ogr")
    fields = QgsFields(buildings.fields())
    for name, kind in OUTPUT_FIELDS:
        fields.append(make_field(name, kind))
    values = [0.5, True, 100.0, 5.0, "classified"]
    started, cpu = time.perf_counter(), time.process_time()
    for feature in buildings.getFeatures(QgsFeatureRequest().setNoAttributes()):
        feature.geometry()
    sink, _ = QgsProcessingUtils.createFeatureSink(str(work / "io_floor.gpkg"), context, fields,
                                                   QgsWkbTypes.MultiPolygon, buildings.crs())
    for feature in buildings.getFeatures():
        feature.setAttributes(feature.attributes() + values)
        sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
    del sink  # closes the GeoPackage (its R-tree), as the algorithm's run does
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
            "peak_rss_mb": peak_rss_mb()}


def child_bare(work: Path, batch_size: int, roofs: int) -> dict:
    """session.run on the same chips, batch by batch; only inference is on the clock."""
    from osgeo import gdal

    from netload_plugin.core.onnx_runtime import RooftopModel

    gdal.UseExceptions()
    gdal.SetCacheMax(64 * 1024 * 1024)  # each strip is read once: GDAL's default cache (5 % of RAM) would only grow
    model = RooftopModel(REPO / "netload_plugin" / "models" / "rooftop_pv.onnx")  # the algorithm's default
    raster = gdal.Open(str(work / "scene.tif"))
    columns, rows, _ = roof_grid(roofs)
    probabilities = np.empty(roofs)
    inference_s, inference_cpu_s, strip, strip_top = 0.0, 0.0, None, None
    for start in range(0, roofs, batch_size):
        chips = np.empty((min(batch_size, roofs - start), 3, CHIP, CHIP), dtype=np.uint8)
        for k, (column, row) in enumerate(zip(columns[start:start + len(chips)], rows[start:start + len(chips)])):
            if strip_top != row - HALF:  # one strip of the raster per row of roofs
                strip_top, strip = row - HALF, raster.ReadAsArray(0, int(row - HALF), raster.RasterXSize, CHIP)
            chips[k] = strip[:, :, column - HALF:column + HALF + 1]
        prepared = model.contract.prepare(chips)
        started, cpu = time.perf_counter(), time.process_time()
        output = model.session.run([model.contract.output], {model.input_name: prepared})[0]
        inference_s += time.perf_counter() - started
        inference_cpu_s += time.process_time() - cpu
        probabilities[start:start + len(chips)] = model.contract.probabilities(output)
    np.save(work / "bare.npy", probabilities)
    return {"seconds": inference_s, "cpu_seconds": inference_cpu_s, "peak_rss_mb": peak_rss_mb()}


def run_child(kind: str, work: Path, args, profile: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--work", str(work), "--roofs", str(args.roofs),
               "--batch-size", str(args.batch_size)] + (["--profile"] if profile else [])
    completed = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
    lines = completed.stdout.strip().splitlines()
    for line in lines[:-1]:
        print(line)
    return json.loads(lines[-1])


def fastest(runs: list) -> dict:
    """The least disturbed of repeated runs (the machine is shared: others slow a run, never speed it)."""
    return {"seconds": min(r["seconds"] for r in runs), "all_seconds": [round(r["seconds"], 2) for r in runs],
            "cpu_seconds": min(r["cpu_seconds"] for r in runs), "peak_rss_mb": max(r["peak_rss_mb"] for r in runs)}


def measure(work: Path, args) -> dict:
    """Algorithm, bare inference and the QGIS I/O floor alternately, ``--repeat`` times each."""
    if args.profile:
        run_child("algorithm", work, args, profile=True)  # not counted: the timers cost a little
    runs = {"algorithm": [], "bare": [], "qgis_io": []}
    for _ in range(args.repeat):
        for kind, results in runs.items():
            results.append(run_child(kind, work, args))
    best = {kind: fastest(results) for kind, results in runs.items()}
    best["algorithm"].update(rss_before_run_mb=runs["algorithm"][0]["rss_before_run_mb"],
                             classified=runs["algorithm"][-1]["classified"])
    return best


def algorithm_probabilities(work: Path, roofs: int) -> np.ndarray:
    from osgeo import ogr

    source = ogr.Open(str(work / "out.gpkg"))
    layer = source.GetLayer(0)
    values = np.full(roofs, np.nan)
    for feature in layer:
        values[feature.GetField("roof_id")] = feature.GetField("pv_probability")
    return values


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="500 roofs")
    parser.add_argument("--roofs", type=int, default=10_000, help="number of roofs (default 10,000)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--chips", type=Path, default=REPO.parent / "shared" / "data" / "pv_chips")
    parser.add_argument("--compress", default="NONE", help="GeoTIFF compression of the scene (NONE, DEFLATE, …)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, alternating; the fastest counts")
    parser.add_argument("--profile", action="store_true", help="first time the stages of one run (not counted)")
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child", choices=("algorithm", "bare", "qgis_io"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.small:
        args.roofs = 500
    if args.child == "algorithm":
        print(json.dumps(child_algorithm(args.work, args.batch_size, args.profile)))
        return
    if args.child == "bare":
        print(json.dumps(child_bare(args.work, args.batch_size, args.roofs)))
        return
    if args.child == "qgis_io":
        print(json.dumps(child_qgis_io(args.work)))
        return

    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        started = time.perf_counter()
        columns, rows, size = roof_grid(args.roofs)
        tiles, texture = texture_tiles(args.chips)
        write_scene(work / "scene.tif", size, tiles, args.compress)
        write_buildings(work / "buildings.gpkg", columns, rows)
        print(f"scene: {size} x {size} px at {GSD} m ({size * GSD / 1000:.2f} km a side, "
              f"{3 * size * size / 1e6:,.0f} MB of pixels, {args.compress}), {args.roofs:,} roofs, "
              f"{texture}; made in {time.perf_counter() - started:.1f} s")
        best = measure(work, args)
        full, bare, floor = best["algorithm"], best["bare"], best["qgis_io"]
        assert full["classified"] == args.roofs, full
        difference = float(np.max(np.abs(algorithm_probabilities(work, args.roofs) - np.load(work / "bare.npy"))))
        assert difference < 1e-5, f"the algorithm and bare inference disagree by {difference}"

    ratio = full["seconds"] / bare["seconds"]
    summary = {
        "benchmark": "classify_rooftops", "roofs": args.roofs, "batch_size": args.batch_size,
        "full_s": round(full["seconds"], 2), "bare_inference_s": round(bare["seconds"], 2),
        "full_runs_s": full["all_seconds"], "bare_runs_s": bare["all_seconds"],
        "ratio_full_to_bare": round(ratio, 3), "target_ratio": TARGET_RATIO,
        "full_cpu_s": round(full["cpu_seconds"], 2), "bare_inference_cpu_s": round(bare["cpu_seconds"], 2),
        "cpu_ratio": round(full["cpu_seconds"] / bare["cpu_seconds"], 3),
        "qgis_io_floor_s": round(floor["seconds"], 2), "qgis_io_runs_s": floor["all_seconds"],
        "floor_ratio": round((bare["seconds"] + floor["seconds"]) / bare["seconds"], 3),
        "ratio_full_to_floor": round(full["seconds"] / (bare["seconds"] + floor["seconds"]), 3),
        "qgis_io_floor_cpu_s": round(floor["cpu_seconds"], 2),
        "cpu_floor_ratio": round((bare["cpu_seconds"] + floor["cpu_seconds"]) / bare["cpu_seconds"], 3),
        "roofs_per_s": round(args.roofs / full["seconds"], 1),
        "bare_chips_per_s": round(args.roofs / bare["seconds"], 1),
        "peak_rss_mb": round(full["peak_rss_mb"], 1), "rss_before_run_mb": round(full["rss_before_run_mb"], 1),
        "bare_peak_rss_mb": round(bare["peak_rss_mb"], 1), "target_rss_mb": TARGET_RSS_MB,
        "max_probability_difference": difference, "load_average_1min": round(os.getloadavg()[0], 2),
    }
    for key, value in summary.items():
        print(f"{key:>26}: {value}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
