"""Loads a run's outputs into one layer group, styled, on the main thread."""

from pathlib import Path

from osgeo import ogr
from qgis.core import QgsDateTimeRange, QgsProject, QgsVectorLayer

from ..geo.styles import LINE, POINT, POLYGON, set_project_time, style_output_layer, style_zone_series, temporal_extent
from ..geo.zone_series import VIEW_NAME

LOADABLE_SUFFIXES = {".gpkg", ".shp", ".geojson", ".csv"}
#: GeoPackage bookkeeping tables that are not outputs (QGIS keeps saved styles in layer_styles).
SKIPPED_TABLES = {"layer_styles"}


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
            layers.append(layer)
    return layers


def load_run_group(results: dict, group_name: str, project: QgsProject = None, interval_minutes: float = 60, navigation=None):
    """Put every output layer in a new top group ``group_name``, styled; returns (group, layers).

    Points on top, then lines, polygons and tables, so the choropleth never hides the points.
    A group of the same name from an earlier run is replaced. The project's time range (and the
    canvas's Temporal Controller ``navigation``, when given) becomes the run's, in UTC, one frame per
    ``interval_minutes``.
    """
    project = project or QgsProject.instance()
    layers = [layer for path in output_files(results) for layer in layers_in_file(path)]
    layers.sort(key=_draw_order)
    root = project.layerTreeRoot()
    existing = root.findGroup(group_name)
    if existing is not None:
        root.removeChildNode(existing)
    group = root.insertGroup(0, group_name)
    zones = next((layer for layer in layers if layer.name() == "zones"), None)
    for layer in layers:
        series_view = layer.name() == VIEW_NAME
        if series_view and zones is not None and zones.fields().indexOf("peak_generation_mw") >= 0:
            style_zone_series(layer, zones)
        elif not series_view:
            style_output_layer(layer)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if series_view:  # one polygon per zone and hour: drawn only when the Temporal Controller filters it
            node.setItemVisibilityChecked(False)
    # the zones × hour view repeats gd_generation's times through a join: its extent is theirs, and slower to read
    extents = [temporal_extent(layer, "time_utc", interval_minutes) for layer in layers
               if layer.temporalProperties().isActive() and layer.name() != VIEW_NAME]
    extents = [extent for extent in extents if extent is not None]
    if extents:
        whole = QgsDateTimeRange(min(e.begin() for e in extents), max(e.end() for e in extents), True, False)
        set_project_time(project, whole, interval_minutes, navigation)
    return group, layers


def _draw_order(layer) -> int:
    """Tree order top to bottom: points, lines, polygons, then tables (no geometry)."""
    order = (POINT, LINE, POLYGON)
    geometry = layer.geometryType()
    return order.index(geometry) if geometry in order else len(order)
