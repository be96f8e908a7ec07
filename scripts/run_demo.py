#!/usr/bin/env python3
"""Run netload:run_pipeline offline on the bundled demo data (demo/) and draw a map and a chart.

    .venv/bin/python scripts/run_demo.py --output demo-output      (what `make demo` runs)

Writes demo-output/netload-demo.gpkg (styled layers), demo-output/map_hidden_load.png (zones
by hidden load), demo-output/chart_load.png (real vs net load vs registered GD vs ONS MMGD over
time, the plugin's own chart) and demo-output/screenshot.png (the dock beside the map), then prints
the comparison with ONS's MMGD. The load is ONS's hourly carga verificada of the South with its MMGD,
given as a load table (LOAD_TABLE, matched by ONS area); the GD units are GENERATED in ANEEL's exact
format, with the count and kW per state and month of connection of ANEEL's register (demo/README.md).
NASA POWER irradiance and the municipality polygons are real. Charts are drawn with QPainter: QGIS on
Linux does not ship matplotlib, and no extra runtime dependency is wanted.
"""

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo"
sys.path.insert(0, str(REPO))

def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from netload_plugin.processing.provider import NetLoadProvider

    provider = NetLoadProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def demo_parameters(output: Path) -> dict:
    return {
        "STATES": "PR,SC,RS",
        "START": "2024-01-01",
        "END": "2024-01-31",
        "GD_URL": str(DEMO / "gd_units_GENERATED_PR_SC_RS.zip"),
        "MUNICIPALITIES": str(DEMO / "municipalities_PR_SC_RS.gpkg"),
        "IRRADIANCE_SOURCE": 2,
        "IRRADIANCE_URL": str(DEMO / "nasa_power_daily_2024-01_south.csv"),
        **DEMO_LOAD_TABLE,
        "OUTPUT_GPKG": str(output),
    }


#: ONS's hourly carga verificada of the South (demo/README.md) as a load table: one area (S), local
#: Brasília hours (UTC−3 in 2024) labelling the start of each hour, global load split by the net load.
DEMO_LOAD_TABLE = {
    "LOAD_TABLE": str(DEMO / "ons_carga_verificada_S_2024-01_hourly.csv"), "LOAD_MATCH": 1,
    "LOAD_ZONE_FIELD": "area", "LOAD_TIME_FIELD": "data_hora", "LOAD_TIME_ZONE": "America/Sao_Paulo",
    "LOAD_TIME_LABEL": 0, "LOAD_FIELD": "global_mw", "LOAD_UNIT": 0, "LOAD_KIND": 1,
    "LOAD_NET_FIELD": "liquida_mw", "LOAD_MMGD_FIELD": "mmgd_mw",
}


def render_map(gpkg: Path, target: Path, size=(1200, 1200)):
    from qgis.core import QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle, QgsVectorLayer
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")  # default style from the GeoPackage
    settings = QgsMapSettings()
    settings.setLayers([zones])
    settings.setDestinationCrs(zones.crs())
    extent = QgsRectangle(zones.extent())
    extent.scale(1.05)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    _legend(image, zones)
    image.save(str(target), "PNG")


def _legend(image, layer):
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QPainter

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("Sans", 14))
    painter.setPen(QColor("black"))
    painter.drawText(QRectF(20, 15, 1100, 30), Qt.AlignmentFlag.AlignLeft,
                     "Hidden load, January 2024 (MWh) — GD units generated to ANEEL's register totals")
    renderer = layer.renderer()
    if not hasattr(renderer, "ranges"):
        painter.end()
        return
    y = image.height() - 30 * (len(renderer.ranges()) + 1)
    painter.setFont(QFont("Sans", 12))
    for item in renderer.ranges():
        painter.fillRect(QRectF(20, y, 24, 18), item.symbol().color())
        painter.drawText(
            QRectF(52, y - 2, 500, 24),
            Qt.AlignmentFlag.AlignLeft,
            f"{item.lowerValue():,.0f} – {item.upperValue():,.0f}",
        )
        y += 30
    painter.end()


def render_chart(gpkg: Path, target: Path):
    """The plugin's own load chart (real vs net vs registered GD vs ONS MMGD) of the area, as a PNG."""
    from qgis.core import QgsVectorLayer

    from netload_plugin.geo.chart import frame_from_layer, save_chart_png

    layer = QgsVectorLayer(f"{gpkg}|layername=hidden_load_area", "hidden_load_area", "ogr")
    save_chart_png(frame_from_layer(layer), target, width=1600, height=800)


def render_screenshot(gpkg: Path, target: Path):
    """The dock (chart tab) beside a map of the run's zones, for the README."""
    from datetime import date

    from qgis.core import QgsVectorLayer

    from netload_plugin.gui.screenshot import save_dock_and_map_screenshot

    zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
    table = QgsVectorLayer(f"{gpkg}|layername=hidden_load_area", "hidden_load_area", "ogr")
    save_dock_and_map_screenshot(target, [zones], frame=table, states=["PR", "SC", "RS"],
                                 start=date(2024, 1, 1), end=date(2024, 1, 31))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path("demo-output"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app, _provider = start_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):
            print(info, flush=True)

        def pushWarning(self, warning):
            print("warning:", warning, flush=True)

        def reportError(self, error, fatalError=False):
            print("error:", error, flush=True)

    gpkg = args.output / "netload-demo.gpkg"
    started = time.perf_counter()
    result = processing.run("netload:run_pipeline", demo_parameters(gpkg), feedback=Feedback())
    elapsed = time.perf_counter() - started
    render_map(gpkg, args.output / "map_hidden_load.png")
    render_chart(gpkg, args.output / "chart_load.png")
    render_screenshot(gpkg, args.output / "screenshot.png")
    print()
    print(f"Pipeline finished in {elapsed:.1f} s. Wrote {gpkg}, {args.output / 'map_hidden_load.png'}, "
          f"{args.output / 'chart_load.png'}, {args.output / 'screenshot.png'}")
    print("Comparison with ONS's MMGD estimate per area (GD capacity per state and month follows ANEEL's register; "
          "the units' places within a state are generated):")
    print(result["SUMMARY"])
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
