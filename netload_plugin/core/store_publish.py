"""Publishing a finished run's GeoPackage into the PostGIS store, inside the store's open run.

Every NetLoad layer of the GeoPackage (:data:`.store_layers.PUBLISH_ORDER`) replaces its scope
in the store table of the same name: the run's zones, areas or states, within its time range.
The GD registry becomes a new snapshot with its "what changed" rows (:mod:`.pg_snapshots`), and a
view ``zones_hourly`` (zones × hourly generation, for the Temporal Controller) is kept in step.
Layers the GeoPackage lacks (the rooftop layers of a run without the rooftop step) are left as
they are in the store.
"""

from __future__ import annotations

from pathlib import Path

from . import gpkg_reader, pg_snapshots
from .errors import NetLoadError
from .pg_sql import quote
from .pg_store import Store
from .store_layers import PUBLISH_ORDER, RULES, StateNumbering, definition, resolved, scope

ZONE_SERIES_VIEW = "zones_hourly"


def publish_gpkg(store: Store, gpkg: Path, zone_key: str = "ibge_code", registry_date: str | None = None,
                 read=gpkg_reader.read_frames) -> dict:
    """Publish every NetLoad layer of ``gpkg``; returns ``{table: rows}``.

    ``read(gpkg, layer)`` yields a layer's frames (QGIS's side passes GDAL's faster Arrow reader).
    """
    found = gpkg_reader.layers(Path(gpkg))
    written = {}
    for table in PUBLISH_ORDER:
        layer = found.get(table)
        if layer is None:
            continue
        store.progress.check_cancelled()
        written[table] = publish_layer(store, Path(gpkg), layer, zone_key, registry_date, read)
    if "gd_generation" in written or "zones" in written:
        zone_series_view(store, zone_key)
    return written


def publish_layer(store: Store, gpkg: Path, layer, zone_key: str, registry_date: str | None = None,
                  read=gpkg_reader.read_frames):
    """One GeoPackage layer into its store table; returns rows written (and changes for the registry)."""
    rule = RULES[layer.table]
    columns = resolved(rule.scope, zone_key)
    missing = [name for name in columns if not layer.has(name)]
    if missing:
        raise NetLoadError(f"Layer {layer.table} of {gpkg.name} has no field {', '.join(missing)}: "
                           f"it cannot be published to the store (zone id field: {zone_key}).")
    target = definition(layer.table, layer.columns, zone_key)
    values = gpkg_reader.distinct(gpkg, layer.table, columns)
    time_range = gpkg_reader.time_range(gpkg, layer.table) if rule.time else None
    replaced = scope(layer.table, zone_key, values, time_range, layer.extent, layer.srid)
    frames = read(gpkg, layer)
    if rule.state_fid:
        frames = map(StateNumbering(), frames)
    previous = pg_snapshots.keep_previous(store, layer.table, values) if rule.registry else None
    rows = store.replace(target, frames, replaced, total_rows=layer.rows)
    if rule.registry:
        changes = pg_snapshots.record(store, layer.table, values, registry_date, previous, zone_key)
        store.row_counts[layer.table]["changes"] = changes
    return rows


def zone_series_view(store: Store, zone_key: str) -> bool:
    """(Re)create ``zones_hourly``: each zone's polygon with its generation per hour. False when the
    store lacks zones or gd_generation, or their columns do not join."""
    zones, generation = store.existing_columns("zones"), store.existing_columns("gd_generation")
    if not zones or not generation or zone_key not in zones or "geom" not in zones:
        return False
    values = [name for name in generation if name not in ("zone_id", "time_utc", "run_id")]
    selected = "".join(f", g.{quote(name)}" for name in values)
    store.execute(f"DROP VIEW IF EXISTS {store.table(ZONE_SERIES_VIEW)}")
    store.execute(
        f"CREATE VIEW {store.table(ZONE_SERIES_VIEW)} AS SELECT g.zone_id, g.time_utc{selected}, g.run_id, z.geom "
        f"FROM {store.table('gd_generation')} g JOIN {store.table('zones')} z ON z.{quote(zone_key)} = g.zone_id")
    return True
