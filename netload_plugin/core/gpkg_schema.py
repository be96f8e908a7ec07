"""The GeoPackage bookkeeping around a table NetLoad writes, in plain SQLite (no QGIS, no GDAL).

OGC GeoPackage 1.2 as GDAL itself writes it, so that GDAL and QGIS read an ordinary file and keep
it consistent when they edit it later: the metadata tables of a new file, the ``gpkg_contents``
row of an attribute or point table, its ``gpkg_geometry_columns`` row, the R-tree extension and its
triggers, GDAL's ``gpkg_ogr_contents`` feature count and the triggers that keep it counting. Every
function runs inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

SIRGAS2000_WKT = (
    'GEOGCS["SIRGAS 2000",DATUM["Sistema_de_Referencia_Geocentrico_para_las_AmericaS_2000",'
    'SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6674"]],'
    'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4674"]]'
)
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
#: The reference systems a point table may use (srs_id → gpkg_spatial_ref_sys row).
SPATIAL_REF_SYS = {
    4326: ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT,
           "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
    4674: ("SIRGAS 2000", 4674, "EPSG", 4674, SIRGAS2000_WKT, "SIRGAS 2000 geographic coordinates (Brazil)"),
}

_METADATA_TABLES = """
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
        organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
        definition TEXT NOT NULL, description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
        identifier TEXT UNIQUE, description TEXT DEFAULT '',
        last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
        CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
        geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
        CONSTRAINT uk_gc_table_name UNIQUE (table_name),
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
    CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
        definition TEXT NOT NULL, scope TEXT NOT NULL,
        CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
    CREATE TABLE gpkg_tile_matrix_set (table_name TEXT NOT NULL PRIMARY KEY, srs_id INTEGER NOT NULL,
        min_x DOUBLE NOT NULL, min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
        CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
    CREATE TABLE gpkg_tile_matrix (table_name TEXT NOT NULL, zoom_level INTEGER NOT NULL,
        matrix_width INTEGER NOT NULL, matrix_height INTEGER NOT NULL, tile_width INTEGER NOT NULL,
        tile_height INTEGER NOT NULL, pixel_x_size DOUBLE NOT NULL, pixel_y_size DOUBLE NOT NULL,
        CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),
        CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name));
    CREATE TABLE gpkg_ogr_contents (table_name TEXT NOT NULL PRIMARY KEY, feature_count INTEGER DEFAULT NULL);
"""
_UNDEFINED_SRS = [
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
]
_METADATA = ("gpkg_contents", "gpkg_ogr_contents", "gpkg_geometry_columns", "gpkg_extensions", "gpkg_data_columns",
             "gpkg_metadata_reference")


def now() -> str:
    """``last_change`` text: UTC, milliseconds."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def create_metadata(db: sqlite3.Connection) -> None:
    """Make the empty database behind ``db`` a GeoPackage: application id, version, metadata tables."""
    db.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
    db.execute("PRAGMA user_version = 10200")
    for statement in _METADATA_TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    db.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
                   _UNDEFINED_SRS + [SPATIAL_REF_SYS[4326]])


def drop_table(db: sqlite3.Connection, table: str) -> None:
    """Remove an earlier layer named ``table`` (any case) with its R-tree and metadata rows."""
    found = db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)",
                       (table,)).fetchone()
    if found is None:
        return
    for column, in db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
                              (table,)).fetchall():
        db.execute(f'DROP TABLE IF EXISTS "rtree_{found[0]}_{column}"')
    db.execute(f'DROP TABLE "{found[0]}"')
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for metadata in _METADATA:
        if metadata in present:
            db.execute(f"DELETE FROM {metadata} WHERE lower(table_name) = lower(?)", (table,))


def register_table(db: sqlite3.Connection, table: str, column_sql: str, srs_id: int | None,
                   description: str = "") -> None:
    """Create ``table`` (``fid`` plus ``column_sql``) and its ``gpkg_contents`` row.

    ``srs_id`` None: an attribute table; else a point table with a ``geom`` column in that system.
    """
    geometry = "" if srs_id is None else ', "geom" POINT'
    db.execute(f'CREATE TABLE "{table}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL{geometry}{column_sql})')
    kind = "attributes" if srs_id is None else "features"
    db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
               "VALUES (?, ?, ?, ?, ?, ?)", (table, kind, table, description, now(), srs_id or 0))
    if srs_id is not None:
        db.execute("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", SPATIAL_REF_SYS[srs_id])
        db.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'POINT', ?, 0, 0)", (table, srs_id))


def finish_points(db: sqlite3.Connection, table: str, extent: tuple[float, float, float, float] | None) -> None:
    """After the rows and the R-tree are in: the extent, the R-tree extension row and its triggers."""
    if extent is not None:
        db.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                   (*extent, table))
    db.execute("INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', "
               "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')", (table,))
    for statement in _rtree_triggers(table):
        db.execute(statement)


def record_count(db: sqlite3.Connection, table: str, count: int) -> None:
    """GDAL's feature count and the triggers that keep it counting (made after the bulk insert they would slow)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone() is None:
        return  # a GeoPackage made without GDAL's count table: GDAL counts rows itself
    db.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) VALUES (?, ?)", (table, count))
    quoted = table.replace("'", "''")
    for event, sign in (("insert", "+"), ("delete", "-")):
        db.execute(f'CREATE TRIGGER "trigger_{event}_feature_count_{table}" AFTER {event.upper()} ON "{table}" '
                   f"BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count {sign} 1 "
                   f"WHERE lower(table_name) = lower('{quoted}'); END")


def _rtree_triggers(table: str) -> list[str]:
    """The GeoPackage 1.2 rtree triggers (ST_* functions are provided by GDAL/QGIS when they edit)."""
    t, r = table, f"rtree_{table}_geom"
    insert = (f'INSERT OR REPLACE INTO "{r}" VALUES (NEW."fid", ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"), '
              f'ST_MinY(NEW."geom"), ST_MaxY(NEW."geom"));')
    present = '(NEW."geom" NOTNULL AND NOT ST_IsEmpty(NEW."geom"))'
    absent = '(NEW."geom" ISNULL OR ST_IsEmpty(NEW."geom"))'
    return [
        f'CREATE TRIGGER "{r}_insert" AFTER INSERT ON "{t}" WHEN {present} BEGIN {insert} END',
        f'CREATE TRIGGER "{r}_update1" AFTER UPDATE OF "geom" ON "{t}" WHEN OLD."fid" = NEW."fid" AND {present} '
        f'BEGIN {insert} END',
        f'CREATE TRIGGER "{r}_update2" AFTER UPDATE OF "geom" ON "{t}" WHEN OLD."fid" = NEW."fid" AND {absent} '
        f'BEGIN DELETE FROM "{r}" WHERE id = OLD."fid"; END',
        f'CREATE TRIGGER "{r}_update3" AFTER UPDATE ON "{t}" WHEN OLD."fid" != NEW."fid" AND {present} '
        f'BEGIN DELETE FROM "{r}" WHERE id = OLD."fid"; {insert} END',
        f'CREATE TRIGGER "{r}_update4" AFTER UPDATE ON "{t}" WHEN OLD."fid" != NEW."fid" AND {absent} '
        f'BEGIN DELETE FROM "{r}" WHERE id IN (OLD."fid", NEW."fid"); END',
        f'CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}" WHEN old."geom" NOT NULL '
        f'BEGIN DELETE FROM "{r}" WHERE id = OLD."fid"; END',
    ]
