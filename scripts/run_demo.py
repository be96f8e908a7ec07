#!/usr/bin/env python3
"""Run netload:run_pipeline offline on the bundled demo data (demo/) and draw a map and a chart.

    .venv/bin/python scripts/run_demo.py --output demo-output      (what `make demo` runs)

Writes demo-output/netload-demo.gpkg (styled layers), demo-output/map_hidden_load.png (zones
by hidden load) and demo-output/chart_load.png (real vs net load vs registered GD vs ONS MMGD over
time), then prints the comparison with ONS. The GD units in the demo are GENERATED (synthetic, in
ANEEL's exact format); ONS load, NASA POWER irradiance and the municipality polygons are real.
The chart is drawn with QPainter: QGIS on Linux does not ship matplotlib, and no extra runtime
dependency is wanted.
"""

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo"
sys.path.insert(0, str(REPO))

COLORS = {"real_load_mw": "#d7301f", "net_load_mw": "#2b8cbe", "registered_gd_mw": "#f0a30a", "ons_mmgd_mw": "#6a3d9a"}
LABELS = {"real_load_mw": "real load", "net_load_mw": "net load (grid)", "registered_gd_mw": "registered GD (ours)",
          "ons_mmgd_mw": "ONS MMGD"}


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
        "ONS_DATASET": 1,
        "ONS_URL": str(DEMO / "ons_curva_carga_S_2024-01.csv"),
        "OUTPUT_GPKG": str(output),
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
    painter.drawText(QRectF(20, 15, 900, 30), Qt.AlignmentFlag.AlignLeft, "Hidden load, January 2024 (MWh) — GD units GENERATED")
    renderer = layer.renderer()
    if not hasattr(renderer, "ranges"):
        painter.end()
        return
    y = image.height() - 30 * (len(renderer.ranges()) + 1)
    painter.setFont(QFont("Sans", 12))
    for item in renderer.ranges():
        painter.fillRect(QRectF(20, y, 24, 18), item.symbol().color())
        painter.drawText(QRectF(52, y - 2, 500, 24), Qt.AlignmentFlag.AlignLeft, f"{item.lowerValue():,.0f} – {item.upperValue():,.0f}")
        y += 30
    painter.end()


def render_chart(gpkg: Path, target: Path, size=(1600, 800)):
    """Load series of the area over time, drawn with QPainter."""
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import QPointF, QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

    layer = QgsVectorLayer(f"{gpkg}|layername=hidden_load_area", "areas", "ogr")
    rows = sorted(((f["time_utc"].toMSecsSinceEpoch(), f) for f in layer.getFeatures()), key=lambda r: r[0])
    times = [r[0] for r in rows]
    series = {}
    for name in COLORS:
        values = [r[1][name] for r in rows]
        values = [float(v) if v is not None and not (hasattr(v, "isNull") and v.isNull()) else None for v in values]
        if any(v is not None for v in values):
            series[name] = values
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    left, right, top, bottom = 110, 30, 60, 80
    width, height = size[0] - left - right, size[1] - top - bottom
    high = max(max(v for v in values if v is not None) for values in series.values())
    high = high * 1.05
    t0, t1 = times[0], times[-1]
    x = lambda t: left + width * (t - t0) / max(t1 - t0, 1)  # noqa: E731
    y = lambda v: top + height * (1 - v / high)  # noqa: E731
    painter.setFont(QFont("Sans", 11))
    painter.setPen(QPen(QColor("#cccccc"), 1))
    for k in range(6):
        value = high * k / 5
        painter.setPen(QPen(QColor("#cccccc"), 1))
        painter.drawLine(QPointF(left, y(value)), QPointF(left + width, y(value)))
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(0, y(value) - 10, left - 8, 20), Qt.AlignmentFlag.AlignRight, f"{value:,.0f}")
    day = 86_400_000
    for t in range(t0 - t0 % day + day, t1, day * 5):
        painter.setPen(QPen(QColor("#cccccc"), 1))
        painter.drawLine(QPointF(x(t), top), QPointF(x(t), top + height))
        painter.setPen(QColor("#333333"))
        label = time.strftime("%d %b", time.gmtime(t / 1000))
        painter.drawText(QRectF(x(t) - 40, top + height + 6, 80, 20), Qt.AlignmentFlag.AlignCenter, label)
    for name, values in series.items():
        path, pen_down = QPainterPath(), False
        for t, v in zip(times, values):
            if v is None:
                pen_down = False
                continue
            point = QPointF(x(t), y(v))
            path.lineTo(point) if pen_down else path.moveTo(point)
            pen_down = True
        painter.setPen(QPen(QColor(COLORS[name]), 1.6))
        painter.drawPath(path)
    painter.setPen(QColor("black"))
    painter.setFont(QFont("Sans", 14))
    painter.drawText(QRectF(left, 10, width, 30), Qt.AlignmentFlag.AlignLeft,
                     "South subsystem (S), January 2024, MW (UTC) — GD units GENERATED; ONS curva de carga has no MMGD")
    painter.setFont(QFont("Sans", 12))
    lx = left
    for name in series:
        painter.fillRect(QRectF(lx, size[1] - 40, 24, 6), QColor(COLORS[name]))
        painter.drawText(QRectF(lx + 30, size[1] - 50, 260, 24), Qt.AlignmentFlag.AlignLeft, LABELS[name])
        lx += 300
    painter.end()
    image.save(str(target), "PNG")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=Path("demo-output"))
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app, _provider = start_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            print(info, flush=True)

        def pushWarning(self, warning):  # noqa: N802
            print("warning:", warning, flush=True)

        def reportError(self, error, fatalError=False):  # noqa: N802
            print("error:", error, flush=True)

    gpkg = args.output / "netload-demo.gpkg"
    started = time.perf_counter()
    result = processing.run("netload:run_pipeline", demo_parameters(gpkg), feedback=Feedback())
    elapsed = time.perf_counter() - started
    render_map(gpkg, args.output / "map_hidden_load.png")
    render_chart(gpkg, args.output / "chart_load.png")
    print()
    print(f"Pipeline finished in {elapsed:.1f} s. Wrote {gpkg}, {args.output / 'map_hidden_load.png'}, {args.output / 'chart_load.png'}")
    print("Summary per ONS area (GD units are GENERATED, so absolute values are illustrative):")
    print(result["SUMMARY"])
    print("ONS's curva de carga has no MMGD column, so there is no comparison with ONS's MMGD estimate in this demo "
          "(n/a above); with the carga verificada dataset (ONS_DATASET=0) the same run compares against val_cargammgd.")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
