"""One zone's own curve from a run's layers, for the Chart tab when a zone is clicked on the map.

A zone of a load table measured per zone has its rows in the run's hidden-load table (``area`` = the
zone's id): net load, registered GD, undeclared PV, hidden and real load, the table's own MMGD. Any other
zone adds to an ONS area, so its curve is its own hidden load only: registered GD from ``gd_generation``
and the undeclared PV :func:`netload_plugin.core.hidden_load.zone_undeclared_pv` spreads from the zones
layer's ``undeclared_pv_mwh``.
"""

import pandas as pd
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject, QgsRectangle

from ..core.hidden_load import zone_undeclared_pv
from .chart import frame_from_layer
from .tables import read_table

GENERATION_FIELDS = ["zone_id", "time_utc", "generation_mw", "capacity_kw"]
#: Fields that may identify a zone of a run's zones layer, in preference order.
ZONE_ID_FIELDS = ("ibge_code", "zone_id", "id", "code")


def zone_id_field(names):
    """The field of a zones layer (its field ``names``) that names each zone, or None."""
    return next((name for name in ZONE_ID_FIELDS if name in names), None)


def zone_at(zones, point, point_crs):
    """The feature of ``zones`` whose polygon holds ``point`` (a QgsPointXY in ``point_crs``), or None."""
    transform = QgsCoordinateTransform(point_crs, zones.crs(), QgsProject.instance())
    where = transform.transform(point)
    spot = QgsGeometry.fromPointXY(where)
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(where.x(), where.y(), where.x(), where.y()))
    return next((feature for feature in zones.getFeatures(request) if feature.geometry().contains(spot)), None)


def zone_chart_frame(feature, zone_id: str, label: str, layers: dict) -> pd.DataFrame:
    """The chart frame (``area`` = ``label``) of the zone ``feature`` of ``layers["zones"]``; empty when the run
    has no row for it. ``layers`` maps the run's GeoPackage table names to their layers."""
    area_table = layers.get("hidden_load_area")
    if area_table is not None and _field(feature, "area") == str(zone_id):  # the load table is measured per zone
        frame = frame_from_layer(area_table)
        frame = frame[frame["area"].astype(str) == str(zone_id)]
        if not frame.empty:
            return frame.assign(area=label).sort_values("time_utc", ignore_index=True)
    generation = layers.get("gd_generation")
    if generation is None:
        return pd.DataFrame()
    rows = _zone_rows(generation, zone_id)
    if rows.empty:
        return pd.DataFrame()
    undeclared_mwh = _number(_field(feature, "undeclared_pv_mwh"))
    group = _borrowed_profile_rows(feature, zone_id, rows, layers) if undeclared_mwh else None
    undeclared = zone_undeclared_pv(rows, undeclared_mwh, group)
    frame = pd.DataFrame({"area": label, "time_utc": rows["time_utc"], "registered_gd_mw": rows["generation_mw"],
                          "undeclared_pv_mw": undeclared, "hidden_load_mw": rows["generation_mw"] + undeclared,
                          "capacity_kw": rows["capacity_kw"]})
    if not undeclared_mwh and "undeclared_pv_zones" not in layers:  # the run never looked for undeclared PV:
        frame["undeclared_pv_mw"] = float("nan")  # no line for it (a run that looked and found none draws 0)
    return frame.sort_values("time_utc", ignore_index=True)


def _zone_rows(generation, zone_id) -> pd.DataFrame:
    """The zone's rows of ``gd_generation``, times as UTC timestamps, NULL as NaN."""
    quoted = str(zone_id).replace("'", "''")
    request = QgsFeatureRequest().setFilterExpression(f"\"zone_id\" = '{quoted}'")
    names = [name for name in GENERATION_FIELDS if generation.fields().indexOf(name) >= 0]
    rows = [[_plain(feature[name]) for name in names] for feature in generation.getFeatures(request)]
    frame = pd.DataFrame(rows, columns=names)
    if "capacity_kw" not in frame.columns:
        frame["capacity_kw"] = float("nan")
    frame["time_utc"] = pd.to_datetime(frame["time_utc"], utc=True)
    for name in ("generation_mw", "capacity_kw"):
        frame[name] = pd.to_numeric(frame[name], errors="coerce")
    return frame


def _borrowed_profile_rows(feature, zone_id, rows: pd.DataFrame, layers: dict):
    """The rows of the zones whose profile this zone borrows where it has no registered fleet (hidden_load's
    fallback: its area's zones; every zone when the load table is measured per zone); None when it needs none."""
    if ((rows["capacity_kw"] > 0) & rows["generation_mw"].notna()).all():
        return None
    generation, zones = read_table(layers["gd_generation"], GENERATION_FIELDS), layers.get("zones")
    area, id_field = _field(feature, "area"), zone_id_field(feature.fields().names())
    if zones is not None and area is not None and area != str(zone_id):
        same_area = {str(zone[id_field]) for zone in zones.getFeatures() if _field(zone, "area") == area}
        generation = generation[generation["zone_id"].astype(str).isin(same_area)]
    return generation


def _field(feature, name):
    """A feature's value as text (None when the field is absent or NULL)."""
    if name not in feature.fields().names():
        return None
    value = _plain(feature[name])
    return None if value is None else str(value)


def _number(value) -> float:
    try:
        return float(value) if value is not None else 0.0
    except ValueError:
        return 0.0


def _plain(value):
    """QGIS values as Python ones: NULL → None, a QDateTime → ISO text with Z (UTC digits by convention)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and hasattr(value, "date"):
        return value.toString("yyyy-MM-ddTHH:mm:ss") + "Z"
    return value
