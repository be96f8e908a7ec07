"""The run's per-distributor table, written into its GeoPackage (``gd_by_distributor``).

Reads the GeoPackage's GD units and zones, computes :func:`netload_plugin.core.gd_by_distributor.
distributor_table` and stores it as a table beside them, in one transaction. Called by
``netload:run_pipeline`` while it styles its outputs; no project access.

The units are summed per distributor, state and municipality by SQLite inside the GeoPackage: a
national registry holds ~4 million units but only thousands of such groups, so no unit row is read
into Python (4 million units: ~13 s of CPU reading them through Arrow, ~2 s grouping them in SQLite).
"""

import sqlite3
from pathlib import Path

import pandas as pd
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
    zones = QgsVectorLayer(f"{gpkg}|layername=zones", "zones", "ogr")
    if not zones.isValid() or zones.fields().indexOf("generation_mwh") < 0:
        return 0
    unit_groups = _unit_groups(gpkg, unit_table)
    if unit_groups is None:
        return 0
    zone_frame = read_table(zones, [zone_id, "generation_mwh"]).rename(columns={zone_id: "zone_id"})
    table = distributor_table(unit_groups, zone_frame)
    zones = None  # release the file before writing into it
    write_table(table, f"ogr:dbname='{gpkg}' table=\"{TABLE}\"", TABLE, COLUMNS)  # that table alone, atomically
    return len(table)


def _unit_groups(gpkg: Path, unit_table: str):
    """The units counted and their kW summed per distributor, state and municipality; None when the
    table lacks one of those columns. NULL kW add nothing (as in :func:`distributor_table`)."""
    connection = sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True)
    try:
        present = {row[1] for row in connection.execute(f'PRAGMA table_info("{unit_table}")')}
        if not {"distributor", "uf", "ibge_code", "capacity_kw"} <= present:
            return None
        rows = connection.execute(
            f'SELECT distributor, uf, ibge_code, TOTAL(capacity_kw), COUNT(*) FROM "{unit_table}" '
            "GROUP BY distributor, uf, ibge_code").fetchall()
    finally:
        connection.close()
    return pd.DataFrame(rows, columns=["distributor", "uf", "ibge_code", "capacity_kw", "units"])
