"""What colleagues see of a store: each layer's default style in ``layer_styles``, and a QGIS project
stored in the database that opens the whole store with the Temporal Controller set to its period.

Both are written after the run's data has been committed, by QGIS itself: styles through the
PostgreSQL provider's ``saveStyleToDatabase`` (so ``layer_styles`` has exactly the layout the running
QGIS reads), the project as a ``.qgz`` in the schema's ``qgis_projects`` table (QGIS's own project
storage: Project ▸ Open From ▸ PostgreSQL). Layers are opened with the credentials QGIS or libpq
supplies, but the project keeps only :attr:`~.postgis_connection.StoreTarget.layer_uri` — no user
name, no password: every colleague connects with their own role.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree

from qgis.core import QgsDataSourceUri, QgsDateTimeRange, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.pg_snapshots import CHANGES, SNAPSHOTS
from ..core.pg_store import RUNS_TABLE
from ..core.store_layers import INPUT_TABLES, PUBLISH_ORDER, RULES, resolved
from ..core.store_publish import ZONE_SERIES_VIEW
from .styles import set_project_time, set_temporal, style_output_layer, style_zone_series, temporal_extent

CONTEXT = "NetLoadResults"
PROJECT_NAME = "netload"
PROJECTS_TABLE = "qgis_projects"
PROJECTS_DDL = "CREATE TABLE IF NOT EXISTS {table} (name text PRIMARY KEY, metadata jsonb, content bytea)"
_BOOKKEEPING_KEYS = {RUNS_TABLE: ("run_id",), SNAPSHOTS: ("run_id",), CHANGES: ("change_id",)}


def layer_uri(base: str, schema: str, table: str, columns: dict, key: tuple) -> str:
    """A PostgreSQL layer URI on connection ``base`` for ``schema.table`` (``columns``: name → SQL type)."""
    uri = QgsDataSourceUri(base)
    geometry = "geom" if "geom" in columns else None
    uri.setDataSource(schema, table, geometry, "", ",".join(key))
    uri.setUseEstimatedMetadata(True)
    return uri.uri(False)


def store_layers(store, base_uri: str, zone_key: str) -> list:
    """Every NetLoad table of the store (and the zones × hours view) as QGIS layers, in publish order."""
    layers = []
    names = [(name, resolved(RULES[name].key, zone_key)) for name in PUBLISH_ORDER]
    names += [(ZONE_SERIES_VIEW, ("zone_id", "time_utc"))] + list(_BOOKKEEPING_KEYS.items())
    for name, key in names:
        columns = store.existing_columns(name)
        if not columns:
            continue
        layer = QgsVectorLayer(layer_uri(base_uri, store.schema, name, columns, key), name, "postgres")
        if layer.isValid():
            layers.append(layer)
    return layers


def style_layers(layers: list, gpkg_styles: dict) -> list:
    """Style each layer (the run GeoPackage's style when it had one, else NetLoad's by content) and
    save it as the layer's default in ``layer_styles``; returns the save errors."""
    zones = next((layer for layer in layers if layer.name() == "zones"), None)
    errors = []
    for layer in layers:
        if layer.name() in gpkg_styles:
            layer.importNamedStyle(gpkg_styles[layer.name()])
            set_temporal(layer)
        elif layer.name() == ZONE_SERIES_VIEW and zones is not None and "peak_generation_mw" in zones.fields().names():
            style_zone_series(layer, zones)
        else:
            style_output_layer(layer)
        if layer.name() in _BOOKKEEPING_KEYS:
            continue
        result = layer.saveStyleToDatabase(layer.name(), "NetLoad", True, "")
        error = result if isinstance(result, str) else ""
        if error:
            errors.append(f"{layer.name()}: {error}")
    return errors


def forget_styles(store, tables: list) -> None:
    """Delete the styles NetLoad saved for ``tables`` before (QGIS 3.22 would stop and ask before
    overwriting a style of the same name, a dialog no one answers in a headless run)."""
    if store.execute("SELECT to_regclass('layer_styles')").fetchone()[0] is not None:
        store.execute("DELETE FROM layer_styles WHERE f_table_catalog = current_database() AND f_table_schema = %s "
                      "AND f_table_name = ANY(%s) AND stylename = f_table_name", (store.schema, tables))
    store.connection.commit()


def gpkg_default_styles(gpkg: Path | None) -> dict:
    """``{layer: QDomDocument}`` of the default styles the run saved in its GeoPackage."""
    from qgis.PyQt.QtXml import QDomDocument

    styles = {}
    if gpkg is None:
        return styles
    for name in PUBLISH_ORDER:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid() or layer.renderer() is None:
            continue
        listed = layer.listStylesInDatabase()
        if not listed or not listed[0]:
            continue
        document = QDomDocument()
        layer.exportNamedStyle(document)
        styles[name] = document
    return styles


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def build_project(layers: list, path: Path) -> None:
    """A project holding ``layers`` (points over polygons over tables; the run's inputs in an unticked
    group and the hourly view hidden until the Temporal Controller runs, as the dock shows a run) with the
    store's time range, written to ``path`` (.qgz)."""
    project = QgsProject()
    root = project.layerTreeRoot()
    inputs = None
    for layer in sorted(layers, key=lambda item: (item.geometryType() if item.isSpatial() else 99)):
        project.addMapLayer(layer, False)
        if layer.name() in INPUT_TABLES:
            inputs = inputs or root.addGroup(tr("Inputs"))
            inputs.addLayer(layer)
            continue
        node = root.addLayer(layer)
        if layer.name() == ZONE_SERIES_VIEW:
            node.setItemVisibilityChecked(False)
    if inputs is not None:
        inputs.setItemVisibilityChecked(False)
        inputs.setExpanded(False)
    extents = [temporal_extent(layer) for layer in layers
               if layer.temporalProperties().isActive() and layer.name() not in (ZONE_SERIES_VIEW, "gd_generation")]
    extents = [extent for extent in extents if extent is not None]
    if extents:
        set_project_time(project, QgsDateTimeRange(min(e.begin() for e in extents), max(e.end() for e in extents),
                                                   True, False))
    if not project.write(str(path)):
        raise OSError(f"QGIS could not write the store's project: {project.error()}")
    project.clear()


def sanitized_project(qgz: Path, secrets: list) -> bytes:
    """The ``.qgz`` bytes with user names and passwords removed from every PostgreSQL data source.

    Raises ``ValueError`` if any of ``secrets`` (the connection's password) is still in the project.
    """
    output = io.BytesIO()
    with zipfile.ZipFile(qgz) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith(".qgs"):
                data = _without_credentials(data)
                if any(secret and secret.encode() in data for secret in secrets):
                    raise ValueError("a credential is still in the project after cleaning")
            target.writestr(item, data)
    return output.getvalue()


def _clean_source(text: str) -> str:
    if "dbname=" not in text and "service=" not in text:
        return text
    uri = QgsDataSourceUri(text)
    uri.setUsername("")
    uri.setPassword("")
    return uri.uri(False)


def _without_credentials(data: bytes) -> bytes:
    root = ElementTree.fromstring(data)
    for element in root.iter():
        if element.tag == "datasource" and element.text:
            element.text = _clean_source(element.text)
        if "source" in element.attrib:
            element.set("source", _clean_source(element.attrib["source"]))
    doctype = b"<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
    return doctype + ElementTree.tostring(root, encoding="utf-8")


def save_project(store, content: bytes, name: str = PROJECT_NAME) -> None:
    """Store the project in ``<schema>.qgis_projects`` (QGIS's project storage table), replacing it."""
    table = store.table(PROJECTS_TABLE)
    store.execute(PROJECTS_DDL.format(table=table))
    metadata = {"last_modified_time": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f"),
                "last_modified_user": "netload"}
    store.execute(f"INSERT INTO {table} (name, metadata, content) VALUES (%s, %s, %s) ON CONFLICT (name) "
                  "DO UPDATE SET metadata = EXCLUDED.metadata, content = EXCLUDED.content",
                  (name, json.dumps(metadata), content))
    store.connection.commit()


def present(store, target, zone_key: str, gpkg: Path | None = None) -> list:
    """Style every store layer, save the defaults and the project; returns warnings (never raises for styles)."""
    from ..geo.postgis_connection import import_psycopg2

    layers = store_layers(store, target.qgis_uri, zone_key)
    forget_styles(store, [layer.name() for layer in layers])
    warnings = style_layers(layers, gpkg_default_styles(gpkg))
    parts = import_psycopg2().extensions.parse_dsn(target.connection_info)
    with tempfile.TemporaryDirectory(prefix="netload-project-") as folder:
        path = Path(folder) / f"{PROJECT_NAME}.qgz"
        build_project(layers, path)
        content = sanitized_project(path, [parts.get("password", "")])
    save_project(store, content)
    return warnings
