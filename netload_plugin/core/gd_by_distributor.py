"""Registered distributed generation per distributor (and so per concession area).

Every GD unit of ANEEL's register names its distributor (``NomAgente``), the utility whose
concession area it is connected in, and its municipality (``CodMunicipioIbge``). A distributor's
concession area is, for this table, the set of municipalities its units name. Each municipality's
estimated generation (``generation_mwh`` of ``netload:estimate_gd_generation``) is shared among the
distributors of the units naming it in proportion to their registered capacity, so the distributors'
energies add up to the total of those municipalities (a zone no unit names, whose generation comes
from points the estimate placed there by location only, stays out).

That share uses the register's capacity at the run's date: inside a zone every unit is assumed to
produce the same per kW (same sun, same default PV system), which is the estimate's own assumption.
Pure pandas, no QGIS.
"""

import pandas as pd

COLUMNS = {"distributor": "string", "states": "string", "zones": "int64", "units": "int64",
           "capacity_kw": "double", "share_of_capacity": "double", "generation_mwh": "double"}
UNKNOWN_DISTRIBUTOR = "(not given)"


def distributor_table(units: pd.DataFrame, zone_energy: pd.DataFrame) -> pd.DataFrame:
    """One row per distributor, largest capacity first.

    ``units``: ``distributor``, ``uf``, ``ibge_code`` (the unit's zone) and ``capacity_kw``: one row per
    unit, or per group of units with their count in an optional ``units`` column and their summed
    ``capacity_kw`` (the registry grouped by distributor, state and municipality where it is stored:
    every figure here is a sum, so the groups give the same table as the units they hold).
    ``zone_energy``: ``zone_id`` and ``generation_mwh`` (zones absent or NULL count as 0 MWh).
    Columns: :data:`COLUMNS`.
    """
    data = units[["distributor", "uf", "ibge_code", "capacity_kw"]].copy()
    data["units"] = units["units"].to_numpy() if "units" in units else 1
    data["distributor"] = data["distributor"].fillna("").astype(str).str.strip().replace("", UNKNOWN_DISTRIBUTOR)
    data["ibge_code"] = data["ibge_code"].astype(str)
    data["capacity_kw"] = pd.to_numeric(data["capacity_kw"], errors="coerce").fillna(0.0)
    energy = zone_energy.assign(zone_id=zone_energy["zone_id"].astype(str))
    energy = energy.groupby("zone_id")["generation_mwh"].sum(min_count=1).fillna(0.0)
    zone_capacity = data.groupby("ibge_code")["capacity_kw"].transform("sum")
    share = (data["capacity_kw"] / zone_capacity.where(zone_capacity > 0)).fillna(0.0)
    data["generation_mwh"] = share * data["ibge_code"].map(energy).fillna(0.0)
    grouped = data.groupby("distributor")
    table = pd.DataFrame({
        "states": grouped["uf"].agg(lambda values: ",".join(sorted({str(v) for v in values.dropna()}))),
        "zones": grouped["ibge_code"].nunique(),
        "units": grouped["units"].sum(),
        "capacity_kw": grouped["capacity_kw"].sum(),
        "generation_mwh": grouped["generation_mwh"].sum(),
    }).reset_index()
    total = table["capacity_kw"].sum()
    table["share_of_capacity"] = table["capacity_kw"] / total if total > 0 else 0.0
    table = table.sort_values(["capacity_kw", "distributor"], ascending=[False, True], ignore_index=True)
    return table[list(COLUMNS)]
