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
    QgsInterval,
    QgsMarkerSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt
from qgis.PyQt.QtXml import QDomDocument

from .. import compat
from ..about import PLUGIN_DIR
from ..compat import qgis_enum
from ..core.errors import NetLoadError
from ..translation import display_locale

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
CLUSTER_LIMIT = 100_000  # GD layers with more points open as a heat map (cluster stays one click away)
MINUTES = qgis_enum("TemporalUnit", "Minutes", lambda: QgsUnitTypes.TemporalUnit.TemporalMinutes)
POINT = qgis_enum("GeometryType", "Point", lambda: QgsWkbTypes.GeometryType.PointGeometry)
LINE = qgis_enum("GeometryType", "Line", lambda: QgsWkbTypes.GeometryType.LineGeometry)
POLYGON = qgis_enum("GeometryType", "Polygon", lambda: QgsWkbTypes.GeometryType.PolygonGeometry)


def style_path(style_name: str) -> Path:
    """The QML file of a shipped style; raises :class:`NetLoadError` for an unknown name."""
    if style_name not in STYLE_NAMES:
        raise NetLoadError(f"unknown style {style_name!r}; shipped styles: {', '.join(sorted(STYLE_NAMES))}")
    return STYLES_DIR / f"{style_name}.qml"


def apply_style(layer: QgsVectorLayer, style_name: str, field: str = "") -> None:
    """Load a shipped QML style into ``layer`` and fit graduated classes to the layer's own values.

    The QML fixes field, colour ramp and classification method; ``field`` points a graduated style
    at another field (``hidden_load_mw``'s ramp on ``hidden_peak_mw``). The class breaks are
    recomputed from the data so a style made on one region reads well on another. Main thread only.
    """
    _import_qml(layer, style_name)
    renderer = layer.renderer()
    if isinstance(renderer, QgsGraduatedSymbolRenderer) and field:
        renderer.setClassAttribute(field)
    if isinstance(renderer, QgsGraduatedSymbolRenderer) and layer.featureCount() > 0:
        renderer.updateClasses(layer, _class_count(layer, renderer.classAttribute()))
        drop_empty_classes(renderer, layer)
        _label_with_units(renderer)
    layer.triggerRepaint()


def _import_qml(layer: QgsVectorLayer, style_name: str) -> None:
    # importNamedStyle, not loadNamedStyle: for GeoPackage layers loadNamedStyle prefers the style
    # stored in the database (run_pipeline saves one) over the file it is given.
    document = QDomDocument()
    path = style_path(style_name)
    if not document.setContent(path.read_bytes()):
        raise NetLoadError(f"style file {path} is not valid XML")
    ok, message = layer.importNamedStyle(document)
    if not ok:
        raise NetLoadError(f"could not apply style {style_name!r} to layer {layer.name()!r}: {message}")


def style_zone_series(layer: QgsVectorLayer, zones_layer: QgsVectorLayer, value_field: str = "generation_mw",
                      peak_field: str = "peak_generation_mw") -> None:
    """Style the zones × time view (``geo.zone_series``) and make it animate.

    Classes come from the zones' peak values (one row per zone: instant), not from the view's
    millions of rows (minutes), so every hour is drawn on the same scale, 0 to the largest peak.
    """
    _import_qml(layer, "hidden_load_mw")
    renderer = layer.renderer()
    renderer.setClassAttribute(peak_field)
    renderer.updateClasses(zones_layer, _class_count(zones_layer, peak_field))
    renderer.setClassAttribute(value_field)
    _label_with_units(renderer)
    set_temporal(layer, "time_utc")
    layer.triggerRepaint()


def _layer_values(layer: QgsVectorLayer, expression: str, distinct_limit: int = 0) -> list:
    """Numeric values of ``expression`` over the layer (stops at ``distinct_limit`` distinct ones when > 0)."""
    request = QgsFeatureRequest().setFlags(compat.REQUEST_NO_GEOMETRY)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    parsed = QgsExpression(expression)
    parsed.prepare(context)
    values, distinct = [], set()
    for feature in layer.getFeatures(request):
        context.setFeature(feature)
        value = parsed.evaluate(context)
        if isinstance(value, (int, float)) and value == value:
            values.append(float(value))
            distinct.add(value)
        if distinct_limit and len(distinct) > distinct_limit:
            break
    return values


def _class_count(layer: QgsVectorLayer, expression: str) -> int:
    """At most :data:`GRADUATED_CLASSES`, and fewer than the distinct values (Jenks needs that)."""
    distinct = set(_layer_values(layer, expression, GRADUATED_CLASSES))
    return max(1, min(GRADUATED_CLASSES, len(distinct) - 1))


def drop_empty_classes(renderer: QgsGraduatedSymbolRenderer, layer: QgsVectorLayer) -> int:
    """Remove classes no feature falls in (a legend should not list them); returns how many went.

    A range holds ``lower < v <= upper`` (the first one also its lower bound), as QGIS draws them.
    """
    values = _layer_values(layer, renderer.classAttribute())
    removed = 0
    for index in reversed(range(len(renderer.ranges()))):
        band = renderer.ranges()[index]
        low, high = band.lowerValue(), band.upperValue()
        held = any((low <= v if index == 0 else low < v) and v <= high for v in values)
        if not held and len(renderer.ranges()) > 1:
            renderer.deleteClass(index)
            removed += 1
    return removed


def _readable(ranges, precision: int) -> bool:
    """Distinct labels, and no ``1 – 1`` for a class whose bounds differ."""
    bounds = [(round(r.lowerValue(), precision), round(r.upperValue(), precision)) for r in ranges]
    differ = all(low != high for (low, high), r in zip(bounds, ranges) if r.lowerValue() < r.upperValue())
    return differ and len(set(bounds)) == len(bounds)


def _label_with_units(renderer: QgsGraduatedSymbolRenderer) -> None:
    """Class labels like ``125 – 287 MWh``: unit from the field's suffix, precision from the values, numbers
    in :func:`~..translation.display_locale` (the map legend and the report's legend read these labels)."""
    attribute = renderer.classAttribute().strip('"')
    unit = next(
        (u for suffix, u in (("_mwh", " MWh"), ("_mw", " MW"), ("_kw", " kW")) if attribute.endswith(suffix)), ""
    )
    if "real_load_mw" in attribute:  # the share expression
        unit = " %"
    ranges = renderer.ranges()
    top = max((abs(r.upperValue()) for r in ranges), default=0.0)
    method = renderer.classificationMethod()
    method.setLabelFormat("%1 – %2" + unit)
    precision = 0 if top >= 100 else 1 if top >= 1 else 3
    while precision < 4 and not _readable(ranges, precision):
        precision += 1
    method.setLabelPrecision(precision)
    method.setLabelTrimTrailingZeroes(True)
    locale = display_locale()  # QGIS's own labels follow QLocale(), English under `qgis --lang pt_BR`
    for index, band in enumerate(ranges):
        low, high = (_format_bound(locale, value, precision) for value in (band.lowerValue(), band.upperValue()))
        renderer.updateRangeLabel(index, f"{low} – {high}{unit}")


def _format_bound(locale, value: float, precision: int) -> str:
    """A class bound as the analyst's language writes it (``1.234,5`` in pt_BR), trailing zeros dropped."""
    text = locale.toString(float(value), "f", precision)
    if precision > 0:
        text = text.rstrip("0").rstrip(locale.decimalPoint())
    return "0" if text == "-0" else text


def set_temporal(layer: QgsVectorLayer, field: str = "time_utc") -> None:
    """Make ``layer`` animate in the Temporal Controller: a feature shows in the frame holding its instant.

    Instants, not a fixed duration per feature. On a GeoPackage QGIS (3.22 and 3.40 alike) compiles
    the frame filter to SQL and compares the stored text (``…T12:00:00.000Z``) with its own text of
    the frame's bounds (``…T12:00:00.000``); a duration filter (``> begin − duration``) then also
    catches the interval that ends exactly at the frame's start, drawing two hours in every frame.
    With instants and frames one interval long (:func:`set_project_time`) each frame shows its own
    interval only. A no-op when the layer has no such field (zone layers that carry no time).
    """
    if layer.fields().indexOf(field) < 0:
        return
    properties = layer.temporalProperties()
    properties.setMode(Qgis.VectorTemporalMode.FeatureDateTimeInstantFromField)
    properties.setStartField(field)
    properties.setFixedDuration(0.0)
    properties.setIsActive(True)


def as_utc(value: QDateTime) -> QDateTime:
    """A ``time_utc`` value as a UTC ``QDateTime``.

    QGIS hands GeoPackage datetimes stored with ``Z`` back as local-time values carrying the UTC
    digits (3.22: every value; 3.40: the layer's minimum and maximum), which the Temporal
    Controller — whose date edits work in UTC — would shift by the machine's UTC offset. The digits
    are UTC by this plugin's convention, so they are kept and labelled UTC.
    """
    if value.timeSpec() == Qt.TimeSpec.UTC:
        return QDateTime(value)
    return QDateTime(value.date(), value.time(), Qt.TimeSpec.UTC)


def temporal_extent(layer: QgsVectorLayer, field: str = "time_utc", interval_minutes: float = 60):
    """The UTC range a temporal layer covers (first start to last start + one interval), or ``None``."""
    index = layer.fields().indexOf(field)
    if index < 0 or layer.featureCount() == 0:
        return None
    first, last = layer.minimumValue(index), layer.maximumValue(index)
    if not isinstance(first, QDateTime) or not isinstance(last, QDateTime) or not first.isValid():
        return None
    return QgsDateTimeRange(as_utc(first), as_utc(last).addSecs(int(interval_minutes * 60)), True, False)


def set_project_time(project, extent, interval_minutes: float = 60, navigation=None) -> None:
    """Give the project (and the map canvas's Temporal Controller, when given) the run's UTC range,
    one frame per interval, so the controller's times and the features' ``time_utc`` agree. Main thread."""
    settings = project.timeSettings()
    settings.setTemporalRange(extent)
    settings.setTimeStep(float(interval_minutes))
    settings.setTimeStepUnit(MINUTES)
    if navigation is not None and hasattr(navigation, "setTemporalExtents"):
        navigation.setTemporalExtents(extent)
        navigation.setFrameDuration(QgsInterval(float(interval_minutes) * 60.0))


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a shipped style and/or temporal properties to an algorithm's output layer.

    ``style_name=""`` with a ``temporal_field`` only makes the layer temporal (tables of time series).

    Processing holds only a raw pointer to post-processors, so :meth:`create` keeps each instance
    alive in a class-level list until it has run.
    """

    _alive = []

    def __init__(self, style_name: str, temporal_field: str = ""):
        super().__init__()
        if style_name:
            style_path(style_name)  # fail early on a typo in the algorithm, not after the run
        self.style_name = style_name
        self.temporal_field = temporal_field

    @classmethod
    def create(cls, style_name: str, temporal_field: str = "") -> "StylePostProcessor":
        processor = cls(style_name, temporal_field)
        cls._alive.append(processor)
        return processor

    def postProcessLayer(self, layer, context, feedback):
        try:
            if isinstance(layer, QgsVectorLayer):
                if self.style_name:
                    apply_style(layer, self.style_name)
                if self.temporal_field:
                    set_temporal(layer, self.temporal_field)
        except NetLoadError as error:
            if feedback is not None:
                feedback.reportError(str(error))
        finally:
            if self in StylePostProcessor._alive:
                StylePostProcessor._alive.remove(self)


def attach_style(context, dest_id: str, style_name: str, temporal_field: str = "") -> None:
    """Attach a :class:`StylePostProcessor` to output ``dest_id`` if Processing will load it."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.setPostProcessor(StylePostProcessor.create(style_name, temporal_field))


def add_style_set(layer: QgsVectorLayer, entries) -> None:
    """Store several views of one layer in its style manager (switch them in the Layers panel).

    ``entries`` are ``(name, style_name, field)``; the first stays current. Zones get one
    choropleth per hidden-load field they carry (energy, peak MW, share of load).
    """
    manager = layer.styleManager()
    for name, style_name, field in entries:
        apply_style(layer, style_name, field)
        if name in manager.styles():
            manager.removeStyle(name)
        manager.addStyleFromLayer(name)
    manager.setCurrentStyle(entries[0][0])


#: Zone choropleths, in preference order: (style set name, shipped style, field it classifies).
ZONE_CHOROPLETHS = (  # energy over the period first: the map and the report open on it
    ("hidden_load_mwh", "hidden_load_mw", "hidden_load_mwh"),
    ("hidden_load_mw", "hidden_load_mw", "hidden_load_mw"),
    ("hidden_peak_mw", "hidden_load_mw", "hidden_peak_mw"),
)


def zone_style_entries(layer: QgsVectorLayer) -> list:
    """The choropleths a zone layer supports: one per hidden-load field, plus the share of real load."""
    names = set(layer.fields().names())
    entries = [entry for entry in ZONE_CHOROPLETHS if entry[2] in names]
    if {"hidden_load_mw", "real_load_mw"} <= names:
        entries.append(("hidden_load_share", "hidden_load_share", ""))
    return entries


def style_for_layer(layer: QgsVectorLayer):
    """The shipped style that fits a NetLoad output, judged by its fields and geometry, or ``None``."""
    names = set(layer.fields().names())
    geometry = layer.geometryType()
    polygon, point = geometry == POLYGON, geometry == POINT
    if polygon and zone_style_entries(layer):
        return "hidden_load_mw"
    if polygon and "status" in names:
        return "rooftops_status"
    if point and ("siga" in layer.name().lower() or "ceg" in names):
        return "siga_plants"
    if point and ("capacity_kw" in names or "unit_id" in names):
        return "gd_units_cluster"
    if point and "generation_type" in names:
        return "siga_plants"
    return None


def style_output_layer(layer: QgsVectorLayer) -> None:
    """Style a NetLoad output by its content and make time-varying layers temporal."""
    style = style_for_layer(layer)
    if style == "hidden_load_mw":
        add_style_set(layer, zone_style_entries(layer))
    elif style == "gd_units_cluster":
        views = [("gd_units_cluster", "gd_units_cluster", ""), ("gd_units_heatmap", "gd_units_heatmap", "")]
        if layer.featureCount() > CLUSTER_LIMIT:  # clustering millions of points is slow: heat map first
            views.reverse()
        add_style_set(layer, views)
    elif style:
        apply_style(layer, style)
    set_temporal(layer, "time_utc")


# -- Default styles stored inside a GeoPackage (netload:run_pipeline) --------------------------------
# A style saved as the layer's default in the GeoPackage applies whenever the layer is opened, in the
# desktop or in a script, so the pipeline styles its own layer objects and saves the style with the data.


def style_points(layer: QgsVectorLayer) -> None:
    """Small blue dots (GD units are many)."""
    symbol = QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "31,120,180,160", "size": "0.8", "outline_style": "no"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def save_default_style(layer: QgsVectorLayer, description: str) -> str:
    """Store the layer's current style in its GeoPackage as the default; returns an error or ''."""
    result = layer.saveStyleToDatabase(layer.name(), description, True, "")
    return result if isinstance(result, str) else ""
