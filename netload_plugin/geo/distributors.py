"""The run's per-distributor table, written into its GeoPackage (``gd_by_distributor``).

Reads the GeoPackage's GD units and zones, computes :func:`netload_plugin.core.gd_by_distributor.
distributor_table` and stores it as a table beside them, in one transaction. Called by
``netload:run_pipeline`` while it styles its outputs; no project access.
"""

from pathlib import Path

from qgis.core import QgsVectorLayer

from ..core.gd_by_distributor import COLUMNS, distributor_table
from .gpkg_table import table_names, write_table
from .tables import read_table

TABLE = "gd_by_distributor"
UNIT_TABLES = ("gd_units", "gd_units_generated")


def add_distributor_table(gpkg, zone_id: str = "ibge_code") -> int:
    """Write ``gd_by_distributor`` into ``gpkg``; returns its row count (0, and nothing written, without units)."""
    gpkg = Path(gpkg)
    written = table_names(gpkg)
    unit_table = next((name for name in UNIT_TABLES if name in written), None)
    if unit_table is None or "zones" not in written:
        return 0
    units = QgsVectorLayer(f"{gpkg}|layername={unit_table}", unit_table, "ogr")
    zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
    if not units.isValid() or not zones.isValid() or zones.fields().indexOf("generation_mwh") < 0:
        return 0
    unit_frame = read_table(units, ["distributor", "uf", "ibge_code", "capacity_kw"])
    zone_frame = read_table(zones, [zone_id, "generation_mwh"]).rename(columns={zone_id: "zone_id"})
    table = distributor_table(unit_frame, zone_frame)
    units = zones = None  # release the file before writing into it
    write_table(table, f"ogr:dbname='{gpkg}' table=\"{TABLE}\"", TABLE, COLUMNS)  # that table alone, atomically
    return len(table)
