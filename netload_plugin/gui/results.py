"""Loads a run's outputs into one layer group, styled and readable, on the main thread.

The map after a run shows the result alone: the hourly view (off until ticked) and the zones'
choropleth on top, the run's tables below them, and the inputs (GD units, irradiance, ONS load,
hourly generation) in a collapsed, unticked "Inputs" sub-group. Layers carry readable names and
field aliases in the analyst's language; the GeoPackage table behind each stays in the custom
property ``netload/table``. Ticking the hourly view turns the Temporal Controller on.
"""

from pathlib import Path

from osgeo import ogr
from qgis.core import QgsDateTimeRange, QgsProject, QgsTemporalNavigationObject, QgsVectorLayer
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..compat import qgis_enum
from ..core.store_layers import INPUT_TABLES
from ..geo.field_aliases import set_field_aliases
from ..geo.styles import LINE, POINT, POLYGON, set_project_time, style_output_layer, style_zone_series, temporal_extent
from ..geo.zone_series import VIEW_NAME

CONTEXT = "NetLoadResults"
LOADABLE_SUFFIXES = {".gpkg", ".shp", ".geojson", ".csv"}
#: GeoPackage bookkeeping tables that are not outputs (QGIS keeps saved styles in layer_styles).
SKIPPED_TABLES = {"layer_styles"}
TABLE_PROPERTY = "netload/table"
#: Tables that fed the run: kept, but out of the way.
#: Table → the name shown in the Layers panel.
LAYER_TITLES = {
    VIEW_NAME: QT_TRANSLATE_NOOP("NetLoadResults", "Hourly GD generation per zone (tick to animate)"),
    "zones": QT_TRANSLATE_NOOP("NetLoadResults", "Hidden load per zone"),
    "hidden_load_area": QT_TRANSLATE_NOOP("NetLoadResults", "Hidden and real load per ONS area"),
    "hidden_load_summary": QT_TRANSLATE_NOOP("NetLoadResults", "Comparison with ONS per area"),
    "gd_by_distributor": QT_TRANSLATE_NOOP("NetLoadResults", "Registered GD per distributor"),
    "rooftops": QT_TRANSLATE_NOOP("NetLoadResults", "Roofs (PV declared / undeclared)"),
    "undeclared_pv_zones": QT_TRANSLATE_NOOP("NetLoadResults", "Undeclared PV per zone"),
    "gd_units": QT_TRANSLATE_NOOP("NetLoadResults", "GD units (ANEEL)"),
    "gd_units_generated": QT_TRANSLATE_NOOP("NetLoadResults", "GD units (GENERATED demo data)"),
    "gd_generation": QT_TRANSLATE_NOOP("NetLoadResults", "Registered GD generation per zone and hour"),
    "irradiance_points": QT_TRANSLATE_NOOP("NetLoadResults", "Irradiance points"),
    "irradiance_series": QT_TRANSLATE_NOOP("NetLoadResults", "Irradiance series"),
    "ons_load": QT_TRANSLATE_NOOP("NetLoadResults", "ONS load"),
    "load_table": QT_TRANSLATE_NOOP("NetLoadResults", "Load table (as used, UTC)"),
    "load_rejected": QT_TRANSLATE_NOOP("NetLoadResults", "Load table rows rejected"),
}
ANIMATED = qgis_enum("TemporalNavigationMode", "Animated", lambda: QgsTemporalNavigationObject.NavigationMode.Animated)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def table_name(layer) -> str:
    """The GeoPackage table behind a loaded output layer (its name before it was given a readable one)."""
    return layer.customProperty(TABLE_PROPERTY, "") or layer.name()


#: Above this many rows a table is left out of a spreadsheet export (hourly tables of a whole state).
SPREADSHEET_ROW_LIMIT = 100_000


def spreadsheet_tables(layers) -> list:
    """The run's result tables worth a spreadsheet, in tree order: no inputs, no hourly view, not too long."""
    return [layer for layer in layers if table_name(layer) not in INPUT_TABLES and table_name(layer) != VIEW_NAME
            and 0 < layer.featureCount() <= SPREADSHEET_ROW_LIMIT]


def output_files(results: dict) -> list:
    """Distinct existing vector files named in a Processing results dictionary, in key order."""
    files = []
    for key in sorted(results):
        value = results[key]
        if isinstance(value, str):
            path = Path(value.split("|")[0])
            if path.suffix.lower() in LOADABLE_SUFFIXES and path.is_file() and path not in files:
                files.append(path)
    return files


def layers_in_file(path: Path) -> list:
    """QgsVectorLayers for every layer of a file (every table of a GeoPackage)."""
    dataset = ogr.Open(str(path))
    if dataset is None:
        return []
    names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    names = [name for name in names if name not in SKIPPED_TABLES]
    dataset = None
    layers = []
    for name in names:
        uri = f"{path}|layername={name}" if len(names) > 1 or path.suffix.lower() == ".gpkg" else str(path)
        layer = QgsVectorLayer(uri, name, "ogr")
        if layer.isValid():
            layer.setCustomProperty(TABLE_PROPERTY, name)
            layers.append(layer)
    return layers


def load_run_group(
    results: dict, group_name: str, project: QgsProject = None, interval_minutes: float = 60, navigation=None
):
    """Put every output layer in a new top group ``group_name``, styled; returns (group, layers).

    The hourly view first, then points, lines, polygons and tables; inputs in a collapsed, unticked
    sub-group. A group of the same name from an earlier run is replaced. The project's time range
    (and the canvas's Temporal Controller ``navigation``, when given) becomes the run's, in UTC, one
    frame per ``interval_minutes``.
    """
    project = project or QgsProject.instance()
    layers = [layer for path in output_files(results) for layer in layers_in_file(path)]
    layers.sort(key=_draw_order)
    root = project.layerTreeRoot()
    existing = root.findGroup(group_name)
    if existing is not None:
        root.removeChildNode(existing)
    group = root.insertGroup(0, group_name)
    inputs = None
    for layer in layers:
        _style(layer, layers)
        project.addMapLayer(layer, False)
        if table_name(layer) in INPUT_TABLES:
            inputs = inputs or _inputs_group(group)
            inputs.addLayer(layer)
        else:
            _add_result(group, layer, navigation)
    if inputs is not None:
        inputs.setItemVisibilityChecked(False)
        inputs.setExpanded(False)
    _set_run_time(project, layers, interval_minutes, navigation)
    return group, layers


def _style(layer, layers) -> None:
    """Shipped style, field aliases and a readable name (styles first: they read the table names)."""
    table = table_name(layer)
    zones = next((other for other in layers if table_name(other) == "zones"), None)
    if table == VIEW_NAME:
        if zones is not None and zones.fields().indexOf("peak_generation_mw") >= 0:
            style_zone_series(layer, zones)
    else:
        style_output_layer(layer)
    set_field_aliases(layer)
    if table in LAYER_TITLES:
        layer.setName(tr(LAYER_TITLES[table]))


def _inputs_group(group):
    inputs = group.addGroup(tr("Inputs"))
    inputs.setCustomProperty(TABLE_PROPERTY, "inputs")
    return inputs


def _add_result(group, layer, navigation) -> None:
    node = group.addLayer(layer)
    if table_name(layer) != VIEW_NAME:
        return
    # One polygon per zone and hour: drawn only when the Temporal Controller filters it, so it starts
    # unticked, and ticking it turns the controller on (one frame per hour) instead of drawing them all.
    node.setItemVisibilityChecked(False)
    layer.setAbstract(tr("Tick this layer, then press Play in the Temporal Controller "
                         "(View ▸ Panels ▸ Temporal Controller) to animate the hours."))
    if navigation is not None:
        node.visibilityChanged.connect(lambda changed: _animate_when_ticked(changed, navigation))


def _animate_when_ticked(node, navigation) -> None:
    if node.itemVisibilityChecked() and hasattr(navigation, "setNavigationMode"):
        navigation.setNavigationMode(ANIMATED)


def _set_run_time(project, layers, interval_minutes, navigation) -> None:
    # the zones × hour view repeats gd_generation's times through a join: its extent is theirs, and slower to read
    extents = [temporal_extent(layer, "time_utc", interval_minutes) for layer in layers
               if layer.temporalProperties().isActive() and table_name(layer) != VIEW_NAME]
    extents = [extent for extent in extents if extent is not None]
    if extents:
        whole = QgsDateTimeRange(min(e.begin() for e in extents), max(e.end() for e in extents), True, False)
        set_project_time(project, whole, interval_minutes, navigation)


def _draw_order(layer) -> int:
    """Tree order top to bottom: the hourly view, points, lines, polygons, then tables (no geometry)."""
    if table_name(layer) == VIEW_NAME:
        return -1
    order = (POINT, LINE, POLYGON)
    geometry = layer.geometryType()
    return order.index(geometry) if geometry in order else len(order)
