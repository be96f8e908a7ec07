"""Default styles of the pipeline's layers, stored inside the GeoPackage (``layer_styles``).

A style saved as the layer's default in the GeoPackage is applied by QGIS whenever the layer is
opened, in the desktop or in a script, so the pipeline never touches the project from its worker
thread: it styles its own layer objects and saves the style with the data.
"""

from __future__ import annotations

from qgis.core import (
    QgsClassificationQuantile,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor


def style_zones(layer: QgsVectorLayer, field: str, classes: int = 6) -> None:
    """Graduated fill (quantiles) on ``field``, light yellow → dark red."""
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.setSourceColorRamp(QgsGradientColorRamp(QColor(255, 247, 188), QColor(153, 52, 4)))
    renderer.updateClasses(layer, classes)
    renderer.updateColorRamp(QgsGradientColorRamp(QColor(255, 247, 188), QColor(153, 52, 4)))
    for index in range(len(renderer.ranges())):
        symbol = renderer.ranges()[index].symbol().clone()
        symbol.symbolLayer(0).setStrokeColor(QColor(90, 90, 90))
        symbol.symbolLayer(0).setStrokeWidth(0.1)
        renderer.updateRangeSymbol(index, symbol)
    layer.setRenderer(renderer)


def style_points(layer: QgsVectorLayer) -> None:
    """Small blue dots (GD units are many)."""
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "31,120,180,160", "size": "0.8", "outline_style": "no"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def save_default_style(layer: QgsVectorLayer, description: str) -> str:
    """Store the layer's current style in its GeoPackage as the default; returns an error or ''."""
    result = layer.saveStyleToDatabase(layer.name(), description, True, "")
    return result if isinstance(result, str) else ""
