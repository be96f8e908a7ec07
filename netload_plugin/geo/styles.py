"""Styles shipped as QML (``netload_plugin/styles/<name>.qml``) and temporal properties.

Algorithms cannot touch layers from their worker thread, so they hand a :class:`StylePostProcessor`
to Processing, which runs it on the main thread once the output is loaded (as QuickOSM does)::

    if context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.setPostProcessor(StylePostProcessor.create("hidden_load_mw", temporal_field="time_utc"))

The dock applies the same styles with :func:`apply_style` to the layers it loads.
"""

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsDateTimeRange,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..about import PLUGIN_DIR
from ..compat import qgis_enum
from ..core.errors import NetLoadError

STYLES_DIR = PLUGIN_DIR / "styles"

#: Every shipped style, with the layer kind it is meant for (documented in the README).
STYLE_NAMES = {
    "hidden_load_mw": "zones: hidden load in MW, graduated (natural breaks)",
    "hidden_load_share": "zones: hidden load as a share of real load (%), graduated",
    "gd_units_heatmap": "GD units: heat map weighted by capacity_kw",
    "gd_units_cluster": "GD units: point clusters",
    "rooftops_status": "roofs: declared PV / undeclared PV (suspected) / no PV, by status",
    "siga_plants": "SIGA plants by generation_type (UFV, EOL, UHE, PCH, CGH, UTE, UTN)",
}

GRADUATED_CLASSES = 5
MINUTES = qgis_enum("TemporalUnit", "Minutes", lambda: QgsUnitTypes.TemporalUnit.TemporalMinutes)
POINT = qgis_enum("GeometryType", "Point", lambda: QgsWkbTypes.GeometryType.PointGeometry)
LINE = qgis_enum("GeometryType", "Line", lambda: QgsWkbTypes.GeometryType.LineGeometry)
POLYGON = qgis_enum("GeometryType", "Polygon", lambda: QgsWkbTypes.GeometryType.PolygonGeometry)


def style_path(style_name: str) -> Path:
    """The QML file of a shipped style; raises :class:`NetLoadError` for an unknown name."""
    if style_name not in STYLE_NAMES:
        raise NetLoadError(f"unknown style {style_name!r}; shipped styles: {', '.join(sorted(STYLE_NAMES))}")
    return STYLES_DIR / f"{style_name}.qml"


def apply_style(layer: QgsVectorLayer, style_name: str) -> None:
    """Load a shipped QML style into ``layer`` and fit graduated classes to the layer's own values.

    The QML fixes field, colour ramp and classification method; the class breaks are recomputed
    from the data so a style made on one region reads well on another. Main thread only.
    """
    message, ok = layer.loadNamedStyle(str(style_path(style_name)))
    if not ok:
        raise NetLoadError(f"could not apply style {style_name!r} to layer {layer.name()!r}: {message}")
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer) and layer.featureCount() > 0:
        renderer.updateClasses(layer, _class_count(layer, renderer.classAttribute()))
    layer.triggerRepaint()


def _class_count(layer: QgsVectorLayer, expression: str) -> int:
    """At most :data:`GRADUATED_CLASSES`, and fewer than the distinct values (Jenks needs that)."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    parsed = QgsExpression(expression)
    parsed.prepare(context)
    values = set()
    for feature in layer.getFeatures(request):
        context.setFeature(feature)
        value = parsed.evaluate(context)
        if value is not None:
            values.add(value)
        if len(values) > GRADUATED_CLASSES:
            break
    return max(1, min(GRADUATED_CLASSES, len(values) - 1))


def set_temporal(layer: QgsVectorLayer, field: str = "time_utc", interval_minutes: float = 60) -> None:
    """Make ``layer`` animate in the Temporal Controller: each feature lasts one interval from ``field``.

    A no-op (besides logging nothing) when the layer has no such field, so it is safe on zone layers
    that carry no time.
    """
    if layer.fields().indexOf(field) < 0:
        return
    properties = layer.temporalProperties()
    properties.setMode(Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
    properties.setStartField(field)
    properties.setDurationUnits(MINUTES)
    properties.setFixedDuration(float(interval_minutes))
    properties.setIsActive(True)


def temporal_extent(layer: QgsVectorLayer, field: str = "time_utc", interval_minutes: float = 60):
    """The range a temporal layer covers (first start to last start + one interval), or ``None``."""
    index = layer.fields().indexOf(field)
    if index < 0 or layer.featureCount() == 0:
        return None
    first, last = layer.minimumValue(index), layer.maximumValue(index)
    if first is None or last is None:
        return None
    return QgsDateTimeRange(first, last.addSecs(int(interval_minutes * 60)))


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a shipped style and/or temporal properties to an algorithm's output layer.

    ``style_name=""`` with a ``temporal_field`` only makes the layer temporal (tables of time series).

    Processing holds only a raw pointer to post-processors, so :meth:`create` keeps each instance
    alive in a class-level list until it has run.
    """

    _alive = []

    def __init__(self, style_name: str, temporal_field: str = "", interval_minutes: float = 60):
        super().__init__()
        if style_name:
            style_path(style_name)  # fail early on a typo in the algorithm, not after the run
        self.style_name = style_name
        self.temporal_field = temporal_field
        self.interval_minutes = interval_minutes

    @classmethod
    def create(cls, style_name: str, temporal_field: str = "", interval_minutes: float = 60) -> "StylePostProcessor":
        processor = cls(style_name, temporal_field, interval_minutes)
        cls._alive.append(processor)
        return processor

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        try:
            if isinstance(layer, QgsVectorLayer):
                if self.style_name:
                    apply_style(layer, self.style_name)
                if self.temporal_field:
                    set_temporal(layer, self.temporal_field, self.interval_minutes)
        except NetLoadError as error:
            if feedback is not None:
                feedback.reportError(str(error))
        finally:
            if self in StylePostProcessor._alive:
                StylePostProcessor._alive.remove(self)


def attach_style(context, dest_id: str, style_name: str, temporal_field: str = "", interval_minutes: float = 60) -> None:
    """Attach a :class:`StylePostProcessor` to output ``dest_id`` if Processing will load it."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.setPostProcessor(StylePostProcessor.create(style_name, temporal_field, interval_minutes))


def add_style_set(layer: QgsVectorLayer, style_names) -> None:
    """Store several shipped styles in the layer's style manager (switchable in the Layers panel).

    Used for zones: "hidden_load_mw" and "hidden_load_share" are two views of the same layer. The
    first name stays current.
    """
    manager = layer.styleManager()
    for style_name in style_names:
        apply_style(layer, style_name)
        if style_name in manager.styles():
            manager.removeStyle(style_name)
        manager.addStyleFromLayer(style_name)
    manager.setCurrentStyle(style_names[0])


def style_for_layer(layer: QgsVectorLayer):
    """The shipped style that fits a NetLoad output, judged by its fields and geometry, or ``None``."""
    names = set(layer.fields().names())
    geometry = layer.geometryType()
    polygon, point = geometry == POLYGON, geometry == POINT
    if polygon and "hidden_load_mw" in names:
        return "hidden_load_mw"
    if polygon and "status" in names:
        return "rooftops_status"
    if point and ("siga" in layer.name().lower() or "ceg" in names):
        return "siga_plants"
    if point and "capacity_kw" in names:
        return "gd_units_cluster"
    if point and "generation_type" in names:
        return "siga_plants"
    return None


def style_output_layer(layer: QgsVectorLayer, interval_minutes: float = 60) -> None:
    """Style a NetLoad output by its content and make time-varying layers temporal."""
    style = style_for_layer(layer)
    if style == "hidden_load_mw" and "real_load_mw" in layer.fields().names():
        add_style_set(layer, ["hidden_load_mw", "hidden_load_share"])
    elif style:
        apply_style(layer, style)
    set_temporal(layer, "time_utc", interval_minutes)
