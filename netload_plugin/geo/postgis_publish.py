"""One run into the team's PostGIS store: resolve the store, lock it, write, commit, then style and
store the project (geo side of :mod:`netload_plugin.core.pg_store`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from qgis.core import Qgis, QgsMapLayer, QgsProcessingFeatureSourceDefinition, QgsProcessingOutputLayerDefinition

from ..about import plugin_version
from ..core.credentials import redact, redact_all
from ..core.errors import NetLoadError
from ..core.pg_snapshots import file_date
from ..core.pg_store import RunRecord, Store
from ..core.progress import Progress
from .gpkg_frames import read_frames
from .postgis_connection import resolve_store
from .postgis_project import present


@dataclass
class StoreRequest:
    """Where to publish (a QGIS connection name or libpq string, and a schema) and how long to wait."""

    connection: str
    schema: str
    wait_s: float = 600.0


@dataclass
class Published:
    run_id: int
    label: str
    rows: dict
    warnings: list = field(default_factory=list)

    def summary(self) -> str:
        tables = ", ".join(f"{name} {counts['written']:,}" for name, counts in self.rows.items())
        return f"Store {self.label}: run {self.run_id} committed ({tables})."


def publish(request: StoreRequest, record: RunRecord, write, progress: Progress | None = None,
            zone_key: str = "ibge_code", gpkg: Path | None = None) -> Published:
    """Lock the store, add ``record`` to ``runs``, let ``write(store)`` replace its tables, commit;
    then (still holding the lock) save the layers' default styles and the store's project.

    Anything failing before the commit leaves the store as it was. Styles and project come after
    the data: a failure there is reported as a warning, the data stays.
    """
    progress = progress or Progress()
    target = resolve_store(request.connection, request.schema)
    connection = target.connect()
    try:
        with Store(connection, target.schema, progress, request.wait_s) as store:
            store.start_run(record)
            write(store)
            rows = dict(store.row_counts)
            run_id = store.commit()
            progress.info(f"Store {target.label}: run {run_id} committed.")
            try:
                warnings = present(store, target, zone_key, gpkg)
            except Exception as error:  # noqa: BLE001 (presentation only: the data is committed and stays)
                store.rollback()
                warnings = [f"the data is stored, but its styles and project could not be updated: {error}"]
    finally:
        connection.close()
    for warning in warnings:
        progress.warning(f"Store {target.label}: {warning}")
    return Published(run_id, target.label, rows, warnings)


def run_record(algorithm_id: str, parameters: dict, sources: list, period: tuple = (None, None),
               states: list | None = None, region: str = "") -> RunRecord:
    """The ``runs`` row of a Processing run: plugin and QGIS versions, parameters and sources (redacted)."""
    return RunRecord(
        algorithm=f"netload:{algorithm_id}", plugin_version=plugin_version(), qgis_version=Qgis.QGIS_VERSION,
        region=region, states=list(states or []), period_start=period[0], period_end=period[1],
        parameters=redact_all({key: _plain(value) for key, value in parameters.items()}),
        sources=[source_entry(name, location) for name, location in sources if location])


def _plain(value):
    """A Processing parameter value as JSON-friendly text or number."""
    if isinstance(value, QgsMapLayer):
        return value.source()
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return str(value.source.staticValue())
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return str(value.sink.staticValue())
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDateTime, QDate
        return value.toString("yyyy-MM-ddTHH:mm:ss") if hasattr(value, "time") else value.toString("yyyy-MM-dd")
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    try:
        json.dumps(value)
        return value
    except TypeError:
        return str(value)


def source_entry(name: str, location: str) -> dict:
    """``{name, location, date}`` of a source: a local file's modification time, a download's
    Last-Modified from the plugin's download cache (None when unknown)."""
    location = str(location)
    return {"name": name, "location": redact(location), "date": source_date(location)}


def source_date(location: str) -> str | None:
    path = Path(location.split("|")[0])
    if "://" not in location and path.is_file():
        return file_date(path)
    if location.startswith(("http://", "https://")):
        from .network import qgis_http_session

        meta = qgis_http_session().cache_path_for(location)
        sidecar = meta.with_name(meta.name + ".json")
        try:
            return json.loads(sidecar.read_text()).get("last_modified")
        except (OSError, ValueError):
            return None
    return None


def day(value) -> date | None:
    """A QDateTime/QDate/date/str parameter value as a date."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().date()
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    return date.fromisoformat(str(value)[:10])


def publish_gpkg_run(request: StoreRequest, record: RunRecord, gpkg: Path, zone_key: str,
                     progress: Progress | None = None) -> Published:
    """Publish every layer of a finished run's GeoPackage (netload:run_pipeline)."""
    from ..core.store_publish import publish_gpkg

    registry = next((s.get("date") for s in record.sources if s.get("name") == "gd_units"), None)
    return publish(request, record, lambda store: publish_gpkg(store, gpkg, zone_key, registry, read_frames), progress,
                   zone_key, gpkg)


def publish_tables(request: StoreRequest, record: RunRecord, tables: list, progress: Progress | None = None,
                   zone_key: str = "ibge_code") -> Published:
    """Publish an algorithm's own tables: ``tables`` holds ``(definition, frames, scope, rows)`` each."""
    def write(store):
        for definition, frames, scope, rows in tables:
            store.replace(definition, frames, scope, total_rows=rows)

    return publish(request, record, write, progress, zone_key)


def publish_gpkg_layer(request: StoreRequest, record: RunRecord, gpkg: Path, table: str,
                       progress: Progress | None = None, zone_key: str = "ibge_code") -> Published:
    """Publish one layer of a GeoPackage an algorithm has just written (the GD registry)."""
    from ..core import gpkg_reader
    from ..core.store_publish import publish_layer

    layer = gpkg_reader.layers(gpkg).get(table)
    if layer is None:
        raise NetLoadError(f"{gpkg.name} has no layer {table} to publish")
    registry = next((s.get("date") for s in record.sources), None)
    return publish(request, record, lambda store: publish_layer(store, gpkg, layer, zone_key, registry, read_frames),
                   progress, zone_key)


__all__ = ["Published", "StoreRequest", "day", "publish", "publish_gpkg_layer", "publish_gpkg_run", "publish_tables",
           "run_record"]
