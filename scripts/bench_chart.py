#!/usr/bin/env python3
"""How fast the chart tab opens a run's hidden-load table and draws it.

Builds a GeoPackage table shaped like ``netload:hidden_load``'s output (zones × hourly rows, random
values), then times ``geo.chart.frame_from_layer`` (``geo.tables.read_table``, column-wise through GDAL
Arrow) against reading the same layer feature by feature (the reference, what a plain PyQGIS loop does),
and the chart rendering.
Last line: one JSON object.

    .venv/bin/python scripts/bench_chart.py --small
    .venv/bin/python scripts/bench_chart.py --rows 1000000
"""

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from osgeo import ogr
from qgis.core import QgsApplication, QgsVectorLayer

COLUMNS = ("net_load_mw", "registered_gd_mw", "undeclared_pv_mw", "hidden_load_mw", "real_load_mw", "ons_mmgd_mw")


def build_table(path: Path, rows: int) -> None:
    hours = 744  # January, hourly
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("hidden_load", geom_type=ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("area", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("time_utc", ogr.OFTDateTime))
    for name in COLUMNS:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    values = np.random.default_rng(1).random((rows, len(COLUMNS))) * 1000
    definition = layer.GetLayerDefn()
    dataset.StartTransaction()
    for index in range(rows):
        feature = ogr.Feature(definition)
        hour = index % hours
        feature.SetField("area", f"Z{index // hours}")
        feature.SetField("time_utc", 2024, 1, 1 + hour // 24, hour % 24, 0, 0, 100)
        for column, value in zip(COLUMNS, values[index]):
            feature.SetField(column, float(value))
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None


def feature_loop(layer, names):
    """The reference: what a plain PyQGIS loop over the features does."""
    import pandas as pd

    rows = [[feature[name] for name in names] for feature in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="quick preset: 50,000 rows")
    parser.add_argument("--rows", type=int, default=1_000_000, help="table rows (zones × 744 hours)")
    args = parser.parse_args()
    rows = 50_000 if args.small else args.rows

    app = QgsApplication([], False)
    app.initQgis()
    from netload_plugin.geo import chart

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hidden_load.gpkg"
        started = time.perf_counter()
        build_table(path, rows)
        build_s = time.perf_counter() - started
        layer = QgsVectorLayer(f"{path}|layername=hidden_load", "hidden_load", "ogr")
        names = [n for n in chart.TABLE_FIELDS if layer.fields().indexOf(n) >= 0]

        started = time.perf_counter()
        frame = chart.frame_from_layer(layer)
        ours_s = time.perf_counter() - started
        started = time.perf_counter()
        reference = feature_loop(layer, names)
        reference_s = time.perf_counter() - started
        assert len(frame) == len(reference) == rows
        assert np.allclose(frame["real_load_mw"].to_numpy(), reference["real_load_mw"].to_numpy())

        started = time.perf_counter()
        chart.render_chart(frame, None, 1200, 760)
        render_all_s = time.perf_counter() - started
        started = time.perf_counter()
        chart.render_chart(frame, "Z0", 1200, 760)
        render_area_s = time.perf_counter() - started

    figures = {
        "rows": rows,
        "build_table_s": round(build_s, 2),
        "frame_from_layer_s": round(ours_s, 3),
        "reference_feature_loop_s": round(reference_s, 3),
        "ratio_to_reference": round(ours_s / reference_s, 3),
        "rows_per_s": round(rows / ours_s),
        "render_all_areas_s": round(render_all_s, 3),
        "render_one_area_s": round(render_area_s, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    for key, value in figures.items():
        print(f"{key:>26}: {value}")
    print(json.dumps(figures))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
