"""A time-varying zone layer for the Temporal Controller: zones × hourly generation, as a GeoPackage view.

``run_pipeline`` writes the zones (polygons, one row each) and ``gd_generation`` (zone_id, time_utc,
generation_mw: one row per zone and interval). A SQL view joining them, registered as a GeoPackage
feature table, gives one polygon per zone and interval without copying any geometry; with an index on
``time_utc`` each animation frame reads only its own interval. Uses sqlite3 (stdlib), no project access.
"""

import sqlite3
from pathlib import Path

VIEW_NAME = "zones_hourly"


def _columns(connection, table):
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def add_zone_series_view(
    gpkg, zones="zones", series="gd_generation", zone_field="ibge_code", series_zone_field="zone_id", view=VIEW_NAME
) -> str:
    """Create (or keep) the view ``view`` in ``gpkg``; returns its name, or "" when the tables are absent.

    Columns: fid, geom (the zone's), zone_id, time_utc and the series' numeric columns.
    """
    path = Path(gpkg)
    connection = sqlite3.connect(str(path))
    try:
        tables = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
        if zones not in tables or series not in tables:
            return ""
        if view in tables:
            return view
        zone_columns, series_columns = _columns(connection, zones), _columns(connection, series)
        geometry = connection.execute(
            "SELECT column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (zones,)
        ).fetchone()
        if (
            geometry is None
            or zone_field not in zone_columns
            or not {series_zone_field, "time_utc"} <= set(series_columns)
        ):
            return ""
        geom_column, geometry_type, srs_id = geometry
        values = [c for c in series_columns if c not in ("fid", series_zone_field, "time_utc")]
        selected = ", ".join(f's."{c}" AS "{c}"' for c in values)
        with connection:
            connection.execute(f'CREATE INDEX IF NOT EXISTS "{series}_time_utc_idx" ON "{series}" (time_utc)')
            connection.execute(
                f'CREATE VIEW "{view}" AS SELECT s.fid AS fid, z."{geom_column}" AS geom, '
                f's."{series_zone_field}" AS zone_id, '
                f's.time_utc AS time_utc{", " + selected if selected else ""} '
                f'FROM "{series}" s JOIN "{zones}" z ON z."{zone_field}" = s."{series_zone_field}"'
            )
            extent = connection.execute(
                "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?", (zones,)
            ).fetchone() or (None, None, None, None)
            connection.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                "min_x, min_y, max_x, max_y, srs_id) "
                "VALUES (?, 'features', ?, 'zones x time (view)', ?, ?, ?, ?, ?)",
                (view, view, *extent, srs_id),
            )
            connection.execute(
                "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
                "VALUES (?, 'geom', ?, ?, 0, 0)",
                (view, geometry_type, srs_id),
            )
        return view
    finally:
        connection.close()
