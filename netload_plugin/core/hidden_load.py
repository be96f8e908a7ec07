"""Hidden and real load per load area and time, and the comparison with the load table's own MMGD/GD.

The load comes as a *load table* (:mod:`.load_table`): ONS's areas (download_ons_load), or any table a
user brings — a distribution utility's substation or feeder measurements — normalised to the same
schema. Each zone's generation adds to one id of that table: the ONS area of the zone's state, or,
for a table measured per zone, the zone itself (then every "area" below is a zone).

    hidden_load_mw = registered_gd_mw (our estimate from ANEEL capacities and irradiance)
                   + undeclared_pv_mw (rooftop PV not in ANEEL's registry, when given)
    real_load_mw   = net_load_mw + hidden_load_mw

What "net load" is in each ONS dataset (so that real load never counts GD twice):

* **carga verificada** (API): ``val_cargaglobal = val_cargaglobalsmmgd + val_cargammgd``, i.e. ONS's
  global load ALREADY INCLUDES ONS's MMGD estimate. The net load — what the grid served — is
  ``val_cargaglobalsmmgd`` (the ``net_load_mw`` column of download_ons_load). Real load here is
  ``net_load_mw + hidden_load_mw`` (our hidden load replaces ONS's MMGD estimate, it is not added to
  it); ONS's own real load is ``load_mw`` and is reported beside ours as ``ons_load_mw``.
* **curva de carga** (CSV): one value per hour, no MMGD column; the ons module's analysis of the
  2024 file indicates it is global load including ONS's MMGD (unverified by any ONS document).
  The net load cannot be measured from it, so it is DERIVED: ``net_load_mw = load_mw −
  registered_gd_mw`` (flag ``net_derived``), which makes ``real_load_mw = load_mw +
  undeclared_pv_mw``: ONS's global load plus the PV ANEEL does not list. There is no ONS MMGD to
  compare with, so the comparison metrics are NULL for those rows.

* **a table measured per zone** (SCADA): its load is the *net* load a substation meter sees, and
  ``real_load_mw = net_load_mw + hidden_load_mw``; its own MMGD/GD estimate, when it has one, is
  compared with ours like ONS's (the columns keep their ``ons_`` names: they hold the table's values).

Rows are matched on (area, time_utc). When the two tables have different steps (ONS half-hourly,
generation hourly) both are averaged to the coarser step first (values are MW averages). Intervals
one table has and the other lacks are counted (:func:`compute`'s findings), never filled with zeros.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import ibge
from .load_table import Finding

#: ONS subsystem of each state (SE/CO = SECO, the API's code). RR joined the SIN in 2025.
SUBSYSTEM_STATES = {
    "SECO": ("SP", "RJ", "MG", "ES", "GO", "DF", "MT", "MS", "AC", "RO"),
    "S": ("PR", "SC", "RS"),
    "NE": ("BA", "SE", "AL", "PE", "PB", "RN", "CE", "PI"),
    "N": ("PA", "TO", "MA", "AP", "AM", "RR"),
}
STATE_SUBSYSTEM = {uf: area for area, states in SUBSYSTEM_STATES.items() for uf in states}

#: First two digits of the IBGE municipality code → state letters (the one list, in core.ibge).
IBGE_STATE_PREFIX = ibge.UF_BY_STATE_CODE

AREA_COLUMNS = (
    "area", "time_utc", "net_load_mw", "registered_gd_mw", "undeclared_pv_mw", "hidden_load_mw",
    "real_load_mw", "ons_load_mw", "ons_mmgd_mw", "dataset", "quality",
)
SUMMARY_COLUMNS = (
    "area", "rows", "rows_compared", "capacity_mw", "registered_gd_mwh", "undeclared_pv_mwh", "hidden_load_mwh",
    "ons_mmgd_mwh", "bias_mw", "nmae_daylight", "correlation", "energy_ratio", "capacity_factor",
    "ons_capacity_factor", "peak_hidden_share", "hidden_peak_mw",
)


def subsystem_of_state(uf: str) -> str | None:
    """``'PR'`` → ``'S'``; None for an unknown state."""
    return STATE_SUBSYSTEM.get(str(uf).strip().upper())


def state_of_ibge_code(code) -> str | None:
    """State letters from a 6- or 7-digit IBGE municipality code (its first two digits)."""
    text = str(code).strip()
    return IBGE_STATE_PREFIX.get(text[:2]) if text[:2].isdigit() else None


def naive_utc(times) -> pd.Series:
    """Times as naive UTC datetimes (aware ones converted, naive ones taken as UTC)."""
    return pd.to_datetime(pd.Series(times), utc=True).dt.tz_localize(None)


def _step(times: pd.Series) -> pd.Timedelta:
    values = np.sort(pd.to_datetime(times).dropna().unique())
    if len(values) < 2:
        return pd.Timedelta(hours=1)
    return pd.Timedelta(np.min(np.diff(values)))


def _to_step(frame: pd.DataFrame, keys: list[str], step: pd.Timedelta, columns: list[str]) -> pd.DataFrame:
    frame = frame.copy()
    frame["time_utc"] = pd.to_datetime(frame["time_utc"]).dt.floor(step)
    numeric = frame.groupby(keys, as_index=False)[columns].mean()
    return numeric


def _on_step(frame: pd.DataFrame, step: pd.Timedelta) -> bool:
    """True when every row is already one interval of ``step``: times on the step, one row per zone and time.

    Then :func:`_to_step`'s averaging would return the rows unchanged: skipping it saves a grouping
    of the whole table (millions of zone-hours in a national run). Zones and times are compared as
    integer codes, which is much cheaper than hashing the zone ids' text row by row twice.
    """
    times = pd.to_datetime(frame["time_utc"])
    if not (times.dt.floor(step) == times).all():
        return False
    zone_codes = pd.factorize(frame["zone_id"])[0].astype(np.int64)
    time_codes, distinct_times = pd.factorize(times)
    return not pd.Series(zone_codes * len(distinct_times) + time_codes).duplicated().any()


@dataclass
class HiddenLoadResult:
    areas: pd.DataFrame  # AREA_COLUMNS
    zones: pd.DataFrame  # zone_id, time_utc, registered_gd_mw, undeclared_pv_mw, hidden_load_mw
    summary: pd.DataFrame  # SUMMARY_COLUMNS
    zone_totals: pd.DataFrame  # per zone: energies, capacity factor, peak
    findings: list = field(default_factory=list)  # load_table.Finding: how the two tables met


def _per_kw_profile(gen: pd.DataFrame, group: str) -> np.ndarray:
    """MW per registered kW for every row: the zone's own, else its group's at the same time, else 0."""
    capacity = gen["capacity_kw"].astype(float)
    generation = gen["generation_mw"].astype(float)
    has_fleet = (capacity > 0) & generation.notna()
    own = np.where(has_fleet, generation / capacity.where(capacity > 0), np.nan)
    fleet = gen[has_fleet].groupby([group, "time_utc"])[["generation_mw", "capacity_kw"]].sum()
    group_per_kw = (fleet["generation_mw"] / fleet["capacity_kw"]).rename("group_per_kw")
    fallback = gen[[group, "time_utc"]].join(group_per_kw, on=[group, "time_utc"])["group_per_kw"].to_numpy()
    return np.nan_to_num(np.where(has_fleet, own, fallback))


def compute(
    load: pd.DataFrame,
    generation: pd.DataFrame,
    zone_area: dict,
    undeclared_kw: dict | None = None,
    fallback_by_area: bool = True,
) -> HiddenLoadResult:
    """Hidden and real load per load area (an ONS area, or each zone itself) and time, and per zone.

    ``load``: a load table (:mod:`.load_table`): area, time_utc, load_mw, net_load_mw, mmgd_mw, dataset.
    ``generation``: zone_id, time_utc, generation_mw, capacity_kw (estimate_gd_generation).
    ``zone_area``: zone_id → the load table's id its generation adds to: the ONS area of the zone's state
    (:func:`subsystem_of_state`), or the zone's own id when the table is measured per zone.
    ``undeclared_kw``: zone_id → undeclared PV capacity (kW); its generation follows the zone's
    per-kW registered profile (generation_mw / capacity_kw). Zones not given have none. A zone
    with no registered capacity at a time has no profile of its own: its undeclared PV follows the
    mean per-kW profile at that time of its area's zones (``fallback_by_area``) or of all the zones
    (per-zone tables, where a zone's area is the zone itself), so rooftop PV found where ANEEL lists
    nothing is not silently counted as zero.
    """
    zones = _zone_series(generation, zone_area, undeclared_kw, fallback_by_area)
    table = _load_series(load)
    zone_step = _step(zones["time_utc"])
    step = max(_step(table["time_utc"]), zone_step)
    load_step = _to_step(table, ["area", "time_utc"], step, ["load_mw", "net_load_mw", "mmgd_mw"])
    generation_step = _area_generation(zones, step)
    findings = _coverage(load_step, generation_step)
    merged = load_step.merge(generation_step, on=["area", "time_utc"], how="inner")
    merged["dataset"] = merged["area"].map(table.groupby("area")["dataset"].first()).fillna("")
    derived = merged["net_load_mw"].isna() & merged["load_mw"].notna()
    merged["quality"] = np.where(derived, "net_derived", "ok")
    merged["net_load_mw"] = merged["net_load_mw"].where(~derived, merged["load_mw"] - merged["registered_gd_mw"])
    merged["real_load_mw"] = merged["net_load_mw"] + merged["hidden_load_mw"]
    merged = merged.rename(columns={"load_mw": "ons_load_mw", "mmgd_mw": "ons_mmgd_mw"})
    areas = merged.sort_values(["area", "time_utc"]).reset_index(drop=True)
    summary = pd.DataFrame([_area_summary(area, rows, step) for area, rows in areas.groupby("area")],
                           columns=list(SUMMARY_COLUMNS))
    zone_totals = _zone_totals(zones, zone_step)
    return HiddenLoadResult(areas[list(AREA_COLUMNS) + ["capacity_kw"]], zones, summary, zone_totals, findings)


def _zone_series(generation: pd.DataFrame, zone_area: dict, undeclared_kw: dict | None,
                 fallback_by_area: bool) -> pd.DataFrame:
    """Registered GD, undeclared PV and hidden load per zone and time, with each zone's load area.

    Zone ids are turned to text and looked up once per distinct zone, not once per zone-hour: a
    national run has ~5,600 zones but millions of rows.
    """
    codes, zone_ids = _zone_text(generation["zone_id"])
    areas = pd.Series(zone_ids).map({str(k): v for k, v in zone_area.items()}).to_numpy(dtype=object)
    undeclared_kw = {str(k): float(v) for k, v in (undeclared_kw or {}).items()}
    zone_undeclared = pd.Series(zone_ids).map(undeclared_kw).fillna(0.0).to_numpy(dtype=float)
    registered = generation["generation_mw"].to_numpy(dtype=float)
    times = naive_utc(generation["time_utc"]).to_numpy()
    undeclared = np.zeros(len(registered))
    if (zone_undeclared != 0).any():  # without undeclared PV no profile is needed (the usual pipeline run)
        fleet = pd.DataFrame({"profile_group": areas[codes] if fallback_by_area else "all", "time_utc": times,
                              "generation_mw": registered, "capacity_kw": generation["capacity_kw"].to_numpy()})
        undeclared = _per_kw_profile(fleet, "profile_group") * zone_undeclared[codes]
    return pd.DataFrame({
        "zone_id": zone_ids[codes], "area": areas[codes], "time_utc": times,
        "capacity_kw": generation["capacity_kw"].to_numpy(), "registered_gd_mw": registered,
        "undeclared_pv_mw": undeclared, "hidden_load_mw": registered + undeclared,
    })


def zone_undeclared_pv(zone: pd.DataFrame, undeclared_mwh: float, group: pd.DataFrame | None = None) -> np.ndarray:
    """One zone's undeclared PV (MW) per row of ``zone`` (time_utc, generation_mw, capacity_kw), spread as
    :func:`compute` spreads it, for charting a zone the map was clicked on.

    :func:`compute` gives a zone ``undeclared_kw × its per-kW profile`` and writes only the energy
    (``undeclared_pv_mwh``) to the zones layer; the same profile and that energy give back the kW, so the
    curve needs no other table. ``group`` (time_utc, generation_mw, capacity_kw) are the zones whose mean
    profile a zone without registered fleet borrows: its area's zones, or every zone for a per-zone table.
    """
    if not undeclared_mwh or zone.empty:
        return np.zeros(len(zone))
    rows = zone[["time_utc", "generation_mw", "capacity_kw"]]
    if group is not None and not group.empty:
        rows = pd.concat([rows, group[["time_utc", "generation_mw", "capacity_kw"]]], ignore_index=True)
    rows = rows.assign(time_utc=naive_utc(rows["time_utc"]), profile_group=0)
    profile = _per_kw_profile(rows, "profile_group")[:len(zone)]
    energy_per_kw = float(profile.sum()) * (_step(rows["time_utc"][:len(zone)]) / pd.Timedelta(hours=1))
    return profile * (float(undeclared_mwh) / energy_per_kw) if energy_per_kw > 0 else np.zeros(len(zone))


def _zone_text(zone_ids: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(code per row, text per code) of the zone ids: ``zone_ids.astype(str)``, one ``str()`` per distinct id.

    Missing ids keep pandas' text for them (``'None'``, ``'nan'``), which factorising alone would merge.
    """
    values = zone_ids.to_numpy(dtype=object)
    codes, distinct = pd.factorize(values)
    texts = np.array([str(zone) for zone in distinct], dtype=object)
    missing = codes < 0
    if missing.any():
        extra_codes, extra = pd.factorize(pd.Series(values[missing], dtype=object).astype(str))
        codes[missing] = len(texts) + extra_codes
        texts = np.concatenate([texts, extra.to_numpy(dtype=object)])
    return codes, texts


def _load_series(load: pd.DataFrame) -> pd.DataFrame:
    """The load table with naive UTC times, numeric values and a dataset name on every row."""
    table = load.copy()
    table["time_utc"] = naive_utc(table["time_utc"])
    for column in ("load_mw", "net_load_mw", "mmgd_mw"):
        table[column] = pd.to_numeric(table[column], errors="coerce") if column in table else np.nan
    if "dataset" not in table:
        table["dataset"] = ""
    return table


def _area_generation(zones: pd.DataFrame, step: pd.Timedelta) -> pd.DataFrame:
    """The zones' series summed per load area and time, each zone first averaged to ``step``.

    Zones without an area are left out (found by factorising the text once, cheaper than ``isna`` on it).
    """
    columns = ["capacity_kw", "registered_gd_mw", "undeclared_pv_mw", "hidden_load_mw"]
    per_zone = zones[pd.factorize(zones["area"])[0] >= 0]
    if not _on_step(per_zone, step):
        per_zone = _to_step(per_zone, ["zone_id", "area", "time_utc"], step, columns)
    return per_zone.groupby(["area", "time_utc"], as_index=False)[columns].sum()


def _coverage(load: pd.DataFrame, generation: pd.DataFrame) -> list:
    """How the load table and the generation met: intervals one has and the other lacks, per shared area."""
    shared = set(load["area"]) & set(generation["area"])
    load_keys = pd.MultiIndex.from_frame(load[load["area"].isin(shared)][["area", "time_utc"]])
    generation_keys = pd.MultiIndex.from_frame(generation[generation["area"].isin(shared)][["area", "time_utc"]])
    findings = []
    outside = int((~load_keys.isin(generation_keys)).sum())
    if outside:
        findings.append(Finding("outside_period", outside, {}))
    without = generation_keys[~generation_keys.isin(load_keys)]
    if len(without):
        findings.append(Finding("no_load", len(without), {"areas": int(without.get_level_values(0).nunique())}))
    if not shared:
        findings.append(Finding("nothing_matched", 1, {}))
    return findings


def comparison_metrics(ours: np.ndarray, ons: np.ndarray) -> dict:
    """Bias, daylight nMAE, correlation and energy ratio of our series against ONS's MMGD.

    * ``bias_mw``: mean(ours − ons) over rows where both exist.
    * ``nmae_daylight``: mean |ours − ons| / mean(ons), over daylight rows (either series > 0:
      both are PV estimates, zero at night, so night rows would only dilute the error).
    * ``correlation``: Pearson correlation over all compared rows.
    * ``energy_ratio``: Σ ours / Σ ons.
    NaN when there is nothing to compare (no ONS MMGD, e.g. curva de carga rows).
    """
    ours, ons = np.asarray(ours, float), np.asarray(ons, float)
    both = np.isfinite(ours) & np.isfinite(ons)
    nan = float("nan")
    if not both.any():
        return {"bias_mw": nan, "nmae_daylight": nan, "correlation": nan, "energy_ratio": nan, "rows_compared": 0}
    a, b = ours[both], ons[both]
    day = (a > 0) | (b > 0)
    nmae = float(np.mean(np.abs(a[day] - b[day])) / np.mean(b[day])) if day.any() and np.mean(b[day]) > 0 else nan
    correlation = float(np.corrcoef(a, b)[0, 1]) if len(a) > 1 and np.std(a) > 0 and np.std(b) > 0 else nan
    return {
        "bias_mw": float(np.mean(a - b)),
        "nmae_daylight": nmae,
        "correlation": correlation,
        "energy_ratio": float(a.sum() / b.sum()) if b.sum() > 0 else nan,
        "rows_compared": int(both.sum()),
    }


def capacity_factor(mean_generation_mw: float, capacity_mw: float) -> float:
    """Mean generation over installed capacity (NaN without capacity)."""
    return float(mean_generation_mw / capacity_mw) if capacity_mw > 0 else float("nan")


def _area_summary(area, rows: pd.DataFrame, step: pd.Timedelta) -> dict:
    hours = step / pd.Timedelta(hours=1)
    metrics = comparison_metrics(rows["registered_gd_mw"].to_numpy(), rows["ons_mmgd_mw"].to_numpy())
    capacity_mw = float(rows["capacity_kw"].mean()) / 1000.0
    compared = rows["ons_mmgd_mw"].notna()
    share = rows["hidden_load_mw"] / rows["real_load_mw"].where(rows["real_load_mw"] > 0)
    return {
        "area": area,
        "rows": len(rows),
        "rows_compared": metrics.pop("rows_compared"),
        "capacity_mw": capacity_mw,
        "registered_gd_mwh": float(rows["registered_gd_mw"].sum() * hours),
        "undeclared_pv_mwh": float(rows["undeclared_pv_mw"].sum() * hours),
        "hidden_load_mwh": float(rows["hidden_load_mw"].sum() * hours),
        "ons_mmgd_mwh": float(rows.loc[compared, "ons_mmgd_mw"].sum() * hours) if compared.any() else float("nan"),
        **metrics,
        "capacity_factor": capacity_factor(float(rows["registered_gd_mw"].mean()), capacity_mw),
        "ons_capacity_factor": capacity_factor(float(rows.loc[compared, "ons_mmgd_mw"].mean()), capacity_mw)
        if compared.any() else float("nan"),
        "peak_hidden_share": float(share.max()) if share.notna().any() else float("nan"),
        "hidden_peak_mw": float(rows["hidden_load_mw"].max()),
    }


def _zone_totals(zones: pd.DataFrame, step: pd.Timedelta) -> pd.DataFrame:
    hours = step / pd.Timedelta(hours=1)
    grouped = zones.groupby("zone_id")
    totals = pd.DataFrame({
        "registered_gd_mwh": grouped["registered_gd_mw"].sum() * hours,
        "undeclared_pv_mwh": grouped["undeclared_pv_mw"].sum() * hours,
        "hidden_load_mwh": grouped["hidden_load_mw"].sum() * hours,
        "hidden_peak_mw": grouped["hidden_load_mw"].max(),
        "mean_capacity_kw": grouped["capacity_kw"].mean(),
        "mean_generation_mw": grouped["registered_gd_mw"].mean(),
    })
    capacity_mw = (totals["mean_capacity_kw"] / 1000.0).where(totals["mean_capacity_kw"] > 0)
    totals["capacity_factor"] = totals["mean_generation_mw"] / capacity_mw
    return totals.drop(columns=["mean_generation_mw"]).reset_index()
