"""Default styles of the pipeline's layers, stored inside the GeoPackage (``layer_styles``).

A style saved as the layer's default in the GeoPackage is applied by QGIS whenever the layer is
opened, in the desktop or in a script, so the pipeline never touches the project from its worker
thread: it styles its own layer objects and saves the style with the data.
"""

from __future__ import annotations

from qgis.core import (
    QgsClassificationQuantile,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor


def style_zones(layer: QgsVectorLayer, field: str, classes: int = 6) -> None:
    """Graduated fill (quantiles) on ``field``, light yellow → dark red, thin grey outlines."""
    base = QgsFillSymbol.createSimple({"color": "255,247,188", "outline_color": "90,90,90", "outline_width": "0.1"})
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(base)
    renderer.setClassificationMethod(QgsClassificationQuantile())
    ramp = QgsGradientColorRamp(QColor(255, 247, 188), QColor(153, 52, 4))
    renderer.setSourceColorRamp(ramp)
    renderer.updateClasses(layer, classes)
    renderer.updateColorRamp(ramp.clone())
    layer.setRenderer(renderer)


def style_points(layer: QgsVectorLayer) -> None:
    """Small blue dots (GD units are many)."""
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "31,120,180,160", "size": "0.8", "outline_style": "no"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def save_default_style(layer: QgsVectorLayer, description: str) -> str:
    """Store the layer's current style in its GeoPackage as the default; returns an error or ''."""
    result = layer.saveStyleToDatabase(layer.name(), description, True, "")
    return result if isinstance(result, str) else ""
