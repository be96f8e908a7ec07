#!/usr/bin/env python3
"""Regenerate the QML styles shipped in ``netload_plugin/styles/`` with the QGIS API.

The QML files are committed; run this (``.venv/bin/python scripts/build_styles.py``) only to change
a style. Building them with the API, not by hand, keeps them valid for every QGIS the plugin supports
(3.22 reads them and newer versions upgrade them on load).
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsClassificationJenks,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsHeatmapRenderer,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPointClusterRenderer,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsStyle,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from netload_plugin.core.undeclared_pv import DECLARED, NO_PV, NOT_CLASSIFIED, UNDECLARED

STYLES = REPO / "netload_plugin" / "styles"


def _save(layer, renderer, name):
    layer.setRenderer(renderer)
    path = STYLES / f"{name}.qml"
    message, ok = layer.saveNamedStyle(str(path), categories=QgsMapLayer.StyleCategory.Symbology)
    if not ok:
        raise SystemExit(f"{path}: {message}")
    print(f"wrote {path}")


def _ramp(name):
    return QgsStyle.defaultStyle().colorRamp(name)


def _graduated(expression, ramp_name, label_format):
    fill = QgsFillSymbol.createSimple({"outline_color": "#5a5a5a", "outline_width": "0.2"})
    renderer = QgsGraduatedSymbolRenderer(expression)
    renderer.setClassificationMethod(QgsClassificationJenks())
    renderer.setSourceSymbol(fill)
    renderer.setSourceColorRamp(_ramp(ramp_name))
    method = renderer.classificationMethod()
    method.setLabelFormat(label_format)
    method.setLabelPrecision(1)
    return renderer


def _categorized(field, categories, geometry="point"):
    items = []
    for value, color, label in categories:
        if geometry == "polygon":
            symbol = QgsFillSymbol.createSimple({"color": color, "outline_color": "#404040", "outline_width": "0.2"})
        else:
            symbol = QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": color, "size": "2.6", "outline_color": "#303030"}
            )
        items.append(QgsRendererCategory(value, symbol, label))
    return QgsCategorizedSymbolRenderer(field, items)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(exist_ok=True)
    zones = QgsVectorLayer("Polygon?crs=EPSG:4674&field=hidden_load_mw:double&field=real_load_mw:double", "z", "memory")
    points = QgsVectorLayer(
        "Point?crs=EPSG:4674&field=capacity_kw:double&field=status:string&field=generation_type:string", "p", "memory"
    )
    roofs = QgsVectorLayer("Polygon?crs=EPSG:4674&field=status:string", "r", "memory")

    _save(zones, _graduated('"hidden_load_mw"', "YlOrRd", "%1 – %2 MW"), "hidden_load_mw")
    share = '100 * "hidden_load_mw" / nullif("real_load_mw", 0)'
    _save(zones, _graduated(share, "Purples", "%1 – %2 %"), "hidden_load_share")

    heat = QgsHeatmapRenderer()
    heat.setWeightExpression('"capacity_kw"')
    heat.setRadius(8)
    heat.setRadiusUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    heat.setColorRamp(QgsGradientColorRamp(QColor(255, 255, 178, 0), QColor(189, 0, 38)))
    _save(points, heat, "gd_units_heatmap")

    marker = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#f4a300", "size": "2", "outline_color": "#6b4a00"}
    )
    cluster = QgsPointClusterRenderer()
    cluster.setEmbeddedRenderer(QgsSingleSymbolRenderer(marker))
    cluster.setTolerance(6)
    cluster.setToleranceUnit(QgsUnitTypes.RenderUnit.RenderMillimeters)
    _save(points, cluster, "gd_units_cluster")

    roof_categories = [  # the status values netload:find_undeclared_pv writes
        (DECLARED, "#1a9641", "Declared PV (ANEEL)"),
        (UNDECLARED, "#d7191c", "Undeclared PV (suspected)"),
        (NO_PV, "#bdbdbd", "No PV"),
        (NOT_CLASSIFIED, "#f0f0f0", "Not classified"),
    ]
    _save(roofs, _categorized("status", roof_categories, "polygon"), "rooftops_status")

    siga_categories = [
        ("UFV", "#ffd700", "Solar (UFV)"),
        ("EOL", "#4daf4a", "Wind (EOL)"),
        ("UHE", "#1f78b4", "Hydro (UHE)"),
        ("PCH", "#6baed6", "Small hydro (PCH)"),
        ("CGH", "#9ecae1", "Mini hydro (CGH)"),
        ("UTE", "#e31a1c", "Thermal (UTE)"),
        ("UTN", "#984ea3", "Nuclear (UTN)"),
        ("", "#969696", "Other"),
    ]
    _save(points, _categorized("generation_type", siga_categories), "siga_plants")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
