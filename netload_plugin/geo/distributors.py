"""The run's per-distributor table, written into its GeoPackage (``gd_by_distributor``).

Reads the GeoPackage's GD units and zones, computes :func:`netload_plugin.core.gd_by_distributor.
distributor_table` and stores it as a table beside them, in one transaction. Called by
``netload:run_pipeline`` while it styles its outputs; no project access.
"""

from pathlib import Path

from qgis.core import QgsVectorLayer

from ..core.gd_by_distributor import COLUMNS, distributor_table
from .gpkg_table import GpkgTableWriter
from .tables import read_table

TABLE = "gd_by_distributor"
UNIT_TABLES = ("gd_units", "gd_units_generated")


def add_distributor_table(gpkg, zone_id: str = "ibge_code") -> int:
    """Write ``gd_by_distributor`` into ``gpkg``; returns its row count (0, and nothing written, without units)."""
    gpkg = Path(gpkg)
    units = next((layer for layer in (QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr") for name in UNIT_TABLES)
                  if layer.isValid()), None)
    zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
    if units is None or not zones.isValid() or zones.fields().indexOf("generation_mwh") < 0:
        return 0
    unit_frame = read_table(units, ["distributor", "uf", "ibge_code", "capacity_kw"])
    zone_frame = read_table(zones, [zone_id, "generation_mwh"]).rename(columns={zone_id: "zone_id"})
    table = distributor_table(unit_frame, zone_frame)
    units = zones = None  # release the file before writing into it
    writer = GpkgTableWriter(gpkg, TABLE, COLUMNS, table_only=True)
    try:
        writer.append(table)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    return len(table)
