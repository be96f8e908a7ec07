#!/usr/bin/env python3
"""Benchmark netload:classify_rooftops against bare onnxruntime inference on the same chips.

    .venv/bin/python scripts/bench_rooftops.py            # 10,000 roofs
    .venv/bin/python scripts/bench_rooftops.py --small    # 500 roofs
    .venv/bin/python scripts/bench_rooftops.py --roofs N

Generates a 0.3 m GeoTIFF scene (UTM 23S) tiled from the pv_chips images and one square roof
every 60 px (18 m) in a GeoPackage in EPSG:4674, then times in the same run:

* the full algorithm (``processing.run``: read features, reproject, cut chips from the raster
  in blocks, infer, write the output GeoPackage);
* bare inference: the bundled model's onnxruntime session on the same chips (cut beforehand
  with numpy), same batch size.

Prints roofs/s, both times, their ratio (target <= 2.0) and peak RSS; the last line is JSON.
"""

from __future__ import annotations

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
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ORIGIN_X, ORIGIN_Y, GSD, SPACING = 300_000.0, 7_500_000.0, 0.3, 60


def make_scene(folder: Path, roofs: int, chip_dir: Path):
    from rooftop_chips import load_chip_folder
    from tests.support.rasters import write_geotiff

    per_row = int(np.ceil(np.sqrt(roofs)))
    size = per_row * SPACING + 101
    tiles = load_chip_folder(chip_dir).images
    scene = np.empty((3, size, size), dtype=np.uint8)
    tile_number = 0
    for top in range(0, size, 101):
        for left in range(0, size, 101):
            tile = tiles[tile_number % len(tiles)]
            tile_number += 1
            h, w = min(101, size - top), min(101, size - left)
            scene[:, top:top + h, left:left + w] = tile[:, :h, :w]
    path = write_geotiff(folder / "scene.tif", scene, (ORIGIN_X, ORIGIN_Y), GSD)
    # roof centres on pixel centres, chips fully inside the scene
    index = np.arange(roofs)
    columns = 50 + (index % per_row) * SPACING
    rows = 50 + (index // per_row) * SPACING
    return path, scene, columns, rows


def make_buildings(folder: Path, columns, rows) -> Path:
    from qgis.core import (
        QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsProject,
        QgsVectorFileWriter, QgsVectorLayer,
    )

    layer = QgsVectorLayer("Polygon?crs=EPSG:4674&field=roof_id:integer", "roofs", "memory")
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31983"),
                                       QgsCoordinateReferenceSystem("EPSG:4674"), QgsProject.instance())
    features = []
    for number, (column, row) in enumerate(zip(columns, rows)):
        x, y = ORIGIN_X + (column + 0.5) * GSD, ORIGIN_Y - (row + 0.5) * GSD
        geometry = QgsGeometry.fromWkt(f"POLYGON(({x-5} {y-5},{x+5} {y-5},{x+5} {y+5},{x-5} {y+5},{x-5} {y-5}))")
        geometry.transform(transform)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttributes([number])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    path = folder / "buildings.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(), options)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="500 roofs")
    parser.add_argument("--roofs", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--chips", type=Path, default=REPO.parent / "shared" / "data" / "pv_chips")
    args = parser.parse_args()
    roofs = 500 if args.small else args.roofs

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from netload_plugin.core.onnx_runtime import RooftopModel
    from netload_plugin.processing.algorithms.classify_rooftops import BUNDLED_MODEL
    from netload_plugin.processing.provider import NetLoadProvider

    provider = NetLoadProvider()  # keep a Python reference, or the provider is collected
    QgsApplication.processingRegistry().addProvider(provider)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        raster, scene, columns, rows = make_scene(folder, roofs, args.chips)
        buildings = make_buildings(folder, columns, rows)

        started = time.perf_counter()
        result = processing.run("netload:classify_rooftops", {
            "BUILDINGS": str(buildings), "RASTER": str(raster), "BATCH_SIZE": args.batch_size,
            "OUTPUT": str(folder / "out.gpkg"),
        })
        full_s = time.perf_counter() - started
        assert result["CLASSIFIED"] == roofs, result

        model = RooftopModel(BUNDLED_MODEL)
        chips = np.stack([scene[:, r - 50:r + 51, c - 50:c + 51] for c, r in zip(columns, rows)])
        prepared = model.contract.prepare(chips)
        started = time.perf_counter()
        for start in range(0, roofs, args.batch_size):
            model.session.run([model.contract.output], {model.input_name: prepared[start:start + args.batch_size]})
        bare_s = time.perf_counter() - started

    summary = {
        "roofs": roofs, "full_s": round(full_s, 2), "bare_inference_s": round(bare_s, 2),
        "ratio_full_to_bare": round(full_s / bare_s, 3), "roofs_per_s": round(roofs / full_s, 1),
        "bare_chips_per_s": round(roofs / bare_s, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    for key, value in summary.items():
        print(f"{key:>20}: {value}")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
