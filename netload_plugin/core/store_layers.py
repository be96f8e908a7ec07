"""What each NetLoad layer is in the PostGIS store: its key, and which rows a new run replaces.

A layer keeps its GeoPackage name, columns and types; the store adds ``run_id`` (the ``runs`` row
that wrote it) and a primary key. The key of a time table starts with ``time_utc`` (so it is the
time index as well) and the rows a run replaces are those of its own zones, areas or states
within its own time range — two runs over different states or periods never touch each other's
rows, and the same run twice leaves the same rows.

``{zone}`` in a rule stands for the zones' id field of the run (``ibge_code`` for municipalities).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import ibge
from .pg_sql import Column, TableDefinition
from .pg_store import Scope

ZONE = "{zone}"
STATE_FID_STEP = 10_000_000  # gd units: fid = IBGE state code × 10^7 + the unit's number within its state


@dataclass(frozen=True)
class LayerRule:
    """``key``: primary key; ``scope``: columns whose values in the run select the rows it replaces;
    ``time``: and only within the run's time range; ``same_period``: and only rows of runs over the
    same period; ``unzoned``: also rows outside every zone lying within the run's extent;
    ``serial_key``: the database numbers the rows; ``state_fid``: the writer numbers them by state
    (a 32-bit key QGIS handles fast, unique across runs that each own their states); ``partition``:
    monthly partitions on ``time_utc``; ``registry``: the GD registry (snapshots and changes)."""

    key: tuple
    scope: tuple = ()
    time: bool = False
    same_period: bool = False
    unzoned: bool = False
    serial_key: bool = False
    state_fid: bool = False
    partition: bool = False
    registry: bool = False


_REGISTRY = LayerRule(key=("fid",), scope=("uf",), state_fid=True, registry=True)
RULES = {
    "zones": LayerRule(key=(ZONE,), scope=(ZONE,)),
    "gd_units": _REGISTRY,
    "gd_units_generated": _REGISTRY,
    "gd_generation": LayerRule(key=("time_utc", "zone_id"), scope=("zone_id",), time=True, partition=True),
    "ons_load": LayerRule(key=("time_utc", "area", "dataset"), scope=("area", "dataset"), time=True),
    "hidden_load_area": LayerRule(key=("time_utc", "area"), scope=("area",), time=True),
    "hidden_load_summary": LayerRule(key=("run_id", "area"), scope=("area",), same_period=True),
    "irradiance_points": LayerRule(key=("station",), scope=("station",)),
    "irradiance_series": LayerRule(key=("time_utc", "station"), scope=("station",), time=True),
    "rooftops": LayerRule(key=("fid",), scope=("zone",), unzoned=True, serial_key=True),
    "undeclared_pv_zones": LayerRule(key=(ZONE,), scope=(ZONE,)),
}
# The run's inputs, beside its results: the dock and the project stored in the database keep them in an
# unticked "Inputs" group, so the results are what a colleague sees first (not 150,000 GD points on top).
INPUT_TABLES = frozenset({"gd_units", "gd_units_generated", "irradiance_points", "irradiance_series", "ons_load",
                          "gd_generation", "load_table"})
# Zones first: the GD registry's "what changed" table places units in the zones.
PUBLISH_ORDER = ("zones", "gd_units", "gd_units_generated", "gd_generation", "ons_load", "hidden_load_area",
                 "hidden_load_summary", "irradiance_points", "irradiance_series", "rooftops", "undeclared_pv_zones")


def resolved(names: tuple, zone_key: str) -> tuple:
    return tuple(zone_key if name == ZONE else name for name in names)


def columns_of(kinds: dict) -> tuple:
    """Store columns from a table writer's ``{name: kind}``."""
    return tuple(Column(name, kind) for name, kind in kinds.items())


def definition(table: str, columns: tuple, zone_key: str) -> TableDefinition:
    """The store table of layer ``table`` with ``columns`` (its GeoPackage columns, ``fid`` left out)."""
    rule = RULES[table]
    key = resolved(rule.key, zone_key)
    if "fid" in key:
        columns = (Column("fid", "int"),) + tuple(c for c in columns if c.name != "fid")
    return TableDefinition(table, tuple(columns), key, partition_by_month=rule.partition, serial_key=rule.serial_key)


def scope(table: str, zone_key: str, values: list, time_range: tuple | None = None, extent: tuple | None = None,
          srid: int = 0) -> Scope:
    """The rows of ``table`` a run replaces, given the run's own ``values`` of the rule's scope columns."""
    rule = RULES[table]
    box = (*extent, srid) if rule.unzoned and extent is not None else None
    return Scope(resolved(rule.scope, zone_key), list(values), time_range if rule.time else None,
                 same_period=rule.same_period, unzoned_box=box)


class StateNumbering:
    """Numbers GD units by state across a run's batches: fid = state code × 10^7 + running number."""

    def __init__(self):
        self.counts: dict = {}

    def __call__(self, frame: pd.DataFrame) -> pd.DataFrame:
        index, uniques = pd.factorize(frame["uf"].to_numpy(dtype=object))
        code_of = np.array([_state_code(uf) for uf in uniques] + [0], np.int64)
        codes = code_of[index]  # index -1 (no state) takes the final 0
        numbers = np.empty(len(frame), np.int64)
        for code in np.unique(codes):
            rows = codes == code
            start = self.counts.get(code, 0)
            numbers[rows] = np.arange(start + 1, start + 1 + rows.sum())
            self.counts[code] = start + int(rows.sum())
        if numbers.max(initial=0) >= STATE_FID_STEP:
            raise ValueError("more than 10 million GD units in one state")
        return frame.assign(fid=codes * STATE_FID_STEP + numbers)


def _state_code(uf) -> int:
    text = uf.decode() if isinstance(uf, bytes) else str(uf)
    return int(ibge.STATE_CODE_BY_UF.get(text.upper(), 0))
