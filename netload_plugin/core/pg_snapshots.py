"""The GD registry in the store as dated snapshots, and what changed between two of them, per zone.

Each run that publishes the registry for some states replaces those states' units (a new
snapshot) and records, in the same transaction:

* ``gd_snapshots``: one row per run — the registry file's date, the states, units and kW, and the
  previous snapshot of those states (its run and registry date), so the date of the data replaced is
  never lost;
* ``gd_changes``: per zone, the units added, removed and whose capacity changed since that
  previous snapshot, with the kW added, removed and the net change — the monitor's "what changed".

Units are matched by ``unit_id`` (ANEEL's CodEmpreendimento; a code listed twice counts with its
summed capacity). A unit's zone is the store zone containing it, or its IBGE municipality code
when the store has no zones with that key.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from .pg_sql import qualified, quote

SNAPSHOTS = "gd_snapshots"
CHANGES = "gd_changes"
_PREVIOUS = "pg_temp.netload_previous_units"
_CHANGED = "pg_temp.netload_changed_units"
SNAPSHOTS_DDL = """CREATE TABLE IF NOT EXISTS {table} (
  run_id integer PRIMARY KEY REFERENCES {runs} (run_id),
  registry_table text NOT NULL,
  states text[] NOT NULL,
  registry_date text,
  units integer NOT NULL,
  capacity_kw double precision,
  previous_run_id integer REFERENCES {runs} (run_id),
  previous_registry_date text,
  units_added integer,
  units_removed integer,
  units_capacity_changed integer
)"""
CHANGES_DDL = """CREATE TABLE IF NOT EXISTS {table} (
  change_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id integer NOT NULL REFERENCES {runs} (run_id),
  previous_run_id integer REFERENCES {runs} (run_id),
  zone_id text,
  units_added integer NOT NULL,
  units_removed integer NOT NULL,
  units_capacity_changed integer NOT NULL,
  capacity_added_kw double precision NOT NULL,
  capacity_removed_kw double precision NOT NULL,
  capacity_delta_kw double precision NOT NULL
)"""


def file_date(path: Path) -> str:
    """A local registry file's date as snapshots record it: its modification time, UTC, to the second."""
    return datetime.fromtimestamp(Path(path).stat().st_mtime, timezone.utc).isoformat(timespec="seconds")


def keep_previous(store, table: str, states: list) -> dict | None:
    """Before the units of ``states`` are replaced: keep them aside (temporary table) and return the
    previous snapshot of those states (``run_id``, ``registry_date``), or None when there is none."""
    for ddl, name in ((SNAPSHOTS_DDL, SNAPSHOTS), (CHANGES_DDL, CHANGES)):
        store.execute(ddl.format(table=store.table(name), runs=store.table("runs")))
    if store.existing_columns(table) is None:
        return None
    store.execute(f"CREATE TEMPORARY TABLE {_PREVIOUS.split('.')[1]} ON COMMIT DROP AS "
                  f"SELECT unit_id, capacity_kw, geom, ibge_code FROM {store.table(table)} WHERE uf = ANY(%s)",
                  (list(states),))
    row = store.execute(f"SELECT run_id, registry_date FROM {store.table(SNAPSHOTS)} WHERE registry_table = %s "
                        "AND states && %s ORDER BY run_id DESC LIMIT 1", (table, list(states))).fetchone()
    return {"run_id": row[0], "registry_date": row[1]} if row else None


def record(store, table: str, states: list, registry_date: str | None, previous: dict | None,
           zone_key: str) -> dict:
    """After the new units are in: write the snapshot row and, against ``previous``, the changes per zone.

    Returns ``{"added", "removed", "changed"}`` unit counts (all 0 for a first snapshot).
    """
    units, capacity = store.execute(f"SELECT count(*), sum(capacity_kw) FROM {store.table(table)} WHERE run_id = %s",
                                    (store.run_id,)).fetchone()
    counts = {"added": 0, "removed": 0, "changed": 0}
    if previous is not None:
        counts = _changes(store, table, previous["run_id"], zone_key)
    store.execute(
        f"INSERT INTO {store.table(SNAPSHOTS)} (run_id, registry_table, states, registry_date, units, capacity_kw, "
        "previous_run_id, previous_registry_date, units_added, units_removed, units_capacity_changed) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
        (store.run_id, table, list(states), registry_date, units, capacity,
         previous and previous["run_id"], previous and previous["registry_date"],
         counts["added"], counts["removed"], counts["changed"]))
    return counts


def _changes(store, table: str, previous_run: int, zone_key: str) -> dict:
    new_units = store.table(table)
    store.execute(
        f"CREATE TEMPORARY TABLE {_CHANGED.split('.')[1]} ON COMMIT DROP AS "
        "SELECT coalesce(n.unit_id, o.unit_id) AS unit_id, o.kw AS old_kw, n.kw AS new_kw "
        f"FROM (SELECT unit_id, sum(capacity_kw) AS kw FROM {new_units} WHERE run_id = %s AND unit_id IS NOT NULL "
        "GROUP BY unit_id) n "
        f"FULL JOIN (SELECT unit_id, sum(capacity_kw) AS kw FROM {_PREVIOUS} WHERE unit_id IS NOT NULL "
        "GROUP BY unit_id) o ON o.unit_id = n.unit_id "
        "WHERE o.unit_id IS NULL OR n.unit_id IS NULL OR o.kw IS DISTINCT FROM n.kw", (store.run_id,))
    zone = _zone_expression(store, zone_key)
    store.execute(
        f"INSERT INTO {store.table(CHANGES)} (run_id, previous_run_id, zone_id, units_added, units_removed, "
        "units_capacity_changed, capacity_added_kw, capacity_removed_kw, capacity_delta_kw) "
        "SELECT %s, %s, zone, count(*) FILTER (WHERE old_kw IS NULL), count(*) FILTER (WHERE new_kw IS NULL), "
        "count(*) FILTER (WHERE old_kw IS NOT NULL AND new_kw IS NOT NULL), "
        "coalesce(sum(new_kw) FILTER (WHERE old_kw IS NULL), 0), "
        "coalesce(sum(old_kw) FILTER (WHERE new_kw IS NULL), 0), "
        "coalesce(sum(coalesce(new_kw, 0) - coalesce(old_kw, 0)), 0) "
        f"FROM (SELECT c.*, {zone} AS zone FROM {_CHANGED} c "
        f"JOIN LATERAL (SELECT geom, ibge_code FROM {new_units} u WHERE u.unit_id = c.unit_id AND u.run_id = %s "
        f"UNION ALL SELECT geom, ibge_code FROM {_PREVIOUS} p WHERE p.unit_id = c.unit_id LIMIT 1) l ON true) placed "
        "GROUP BY zone", (store.run_id, previous_run, store.run_id))
    added, removed, changed = store.execute(
        f"SELECT count(*) FILTER (WHERE old_kw IS NULL), count(*) FILTER (WHERE new_kw IS NULL), "
        f"count(*) FILTER (WHERE old_kw IS NOT NULL AND new_kw IS NOT NULL) FROM {_CHANGED}").fetchone()
    return {"added": added, "removed": removed, "changed": changed}


def _zone_expression(store, zone_key: str) -> str:
    """SQL giving the zone of a unit ``l`` (geom, ibge_code): the store zone containing it, else its municipality."""
    zones = store.existing_columns("zones")
    if not zones or zone_key not in zones or "geom" not in zones:
        return "l.ibge_code"
    table = store.table("zones")
    srid = f"Find_SRID({_literal(store.schema)}, 'zones', 'geom')"
    return (f"coalesce((SELECT z.{quote(zone_key)}::text FROM {table} z WHERE ST_Intersects(z.geom, "
            f"ST_Transform(l.geom, {srid})) LIMIT 1), l.ibge_code)")


def _literal(text: str) -> str:
    """A checked schema name as an SQL string literal (it holds only letters, digits and _)."""
    qualified(text, "zones")  # raises for anything that is not a plain name
    return f"'{text}'"
