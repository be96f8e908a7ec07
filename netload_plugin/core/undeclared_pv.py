"""Match PV roofs with registered GD units, and compare them per zone.

A roof with PV is *declared* when a registered GD unit lies within the search distance and that
unit has not already explained a nearer roof: pairs are taken nearest first and each unit
explains at most one roof. Otherwise the roof is *undeclared* (suspected, "não declarada
(suspeita)"): an image classifier and a registry with ~1 km coordinate precision cannot prove
anything about one roof. The per-zone comparison is the robust figure: the PV capacity seen on
roofs in a zone minus the capacity registered there, floored at zero (``undeclared_kw``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .definitions import DECLARED, NO_PV, NOT_CLASSIFIED, UNDECLARED  # noqa: F401 (the statuses, re-exported)


def match_roofs(roof_ids: np.ndarray, unit_ids: np.ndarray, distances_m: np.ndarray) -> dict:
    """Greedy one-to-one matching of candidate (roof, unit, distance) pairs, nearest first.

    Returns ``{roof_id: (unit_id, distance_m)}`` for the roofs that found a unit.
    """
    order = np.argsort(distances_m, kind="stable")
    matched, used_units = {}, set()
    for index in order:
        roof, unit = roof_ids[index], unit_ids[index]
        if roof in matched or unit in used_units:
            continue
        matched[roof] = (unit, float(distances_m[index]))
        used_units.add(unit)
    return matched


def zone_summary(roofs: pd.DataFrame, units: pd.DataFrame, zone_ids: list) -> pd.DataFrame:
    """Per zone: PV roofs and their capacity against registered units and theirs.

    ``roofs``: columns zone, status, kw (estimated capacity of roofs with PV);
    ``units``: columns zone, kw. Rows whose zone is None are outside every zone and ignored.
    """
    pv = roofs[roofs["status"].isin([DECLARED, UNDECLARED])]
    frame = pd.DataFrame(index=pd.Index(zone_ids, name="zone"))
    frame["pv_roofs"] = pv.groupby("zone").size()
    frame["pv_roofs_kw"] = pv.groupby("zone")["kw"].sum()
    frame["undeclared_roofs"] = pv[pv["status"] == UNDECLARED].groupby("zone").size()
    frame["gd_units"] = units.groupby("zone").size()
    frame["gd_kw"] = units.groupby("zone")["kw"].sum()
    frame = frame.fillna(0.0)
    for column in ("pv_roofs", "undeclared_roofs", "gd_units"):
        frame[column] = frame[column].astype(int)
    frame["undeclared_kw"] = (frame["pv_roofs_kw"] - frame["gd_kw"]).clip(lower=0.0)
    return frame
