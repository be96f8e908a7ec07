"""What the NetLoad charts show, computed without Qt: series per area, daily profile, metrics.

Input is the hidden-load table (``netload:hidden_load`` output): one row per area and interval with
``area, time_utc, net_load_mw, registered_gd_mw, undeclared_pv_mw, hidden_load_mw, real_load_mw,
ons_mmgd_mw``. The chart widget, the headless PNG renderer and the PDF report all read it through here,
so the numbers on screen, in the CSV export and in the report are the same.
"""

import numpy as np
import pandas as pd

from . import hidden_load

#: Columns drawn on the time chart, in drawing order (labels and colours live with the renderer).
SERIES_COLUMNS = ("real_load_mw", "net_load_mw", "registered_gd_mw", "undeclared_pv_mw", "ons_mmgd_mw")
#: Carried along (summed over areas) when the table has them.
EXTRA_COLUMNS = ("hidden_load_mw", "capacity_kw")
ALL_AREAS = None
#: Brasília time (no daylight saving since 2019): the daily profile is read in local hours.
BRASILIA_UTC_OFFSET_HOURS = -3


def areas(frame: pd.DataFrame) -> list:
    """The distinct areas of the table, sorted."""
    if "area" not in frame.columns:
        return []
    return sorted(str(value) for value in frame["area"].dropna().unique())


def area_series(frame: pd.DataFrame, area=ALL_AREAS) -> pd.DataFrame:
    """One row per ``time_utc`` with the chart columns, for one area or summed over all of them.

    Columns missing from the input come back as NaN, so a run without rooftops or without MMGD
    still charts what it has. Sums keep NaN only where every area is NaN.
    """
    data = frame if area is ALL_AREAS else frame[frame["area"].astype(str) == str(area)]
    data = data.copy()
    data["time_utc"] = pd.to_datetime(data["time_utc"], utc=True)
    for column in SERIES_COLUMNS:
        if column not in data.columns:
            data[column] = np.nan
        data[column] = pd.to_numeric(data[column], errors="coerce")
    columns = list(SERIES_COLUMNS) + [c for c in EXTRA_COLUMNS if c in data.columns]
    for column in columns[len(SERIES_COLUMNS):]:
        data[column] = pd.to_numeric(data[column], errors="coerce")
    grouped = data.groupby("time_utc")[columns].sum(min_count=1)
    return grouped.sort_index()


def daily_profile(series: pd.DataFrame, utc_offset_hours: int = BRASILIA_UTC_OFFSET_HOURS) -> pd.DataFrame:
    """Mean of each column by local hour of day (0–23); hours without data are absent."""
    if series.empty:
        return pd.DataFrame(columns=series.columns)
    local_hour = (series.index + pd.Timedelta(hours=utc_offset_hours)).hour
    profile = series.groupby(local_hour).mean()
    profile.index.name = "hour_local"
    return profile


def comparison_metrics(series: pd.DataFrame, capacity_mw: float = None) -> dict:
    """How NetLoad's registered-GD estimate compares with ONS's MMGD over the chart's intervals.

    The metrics are :func:`netload_plugin.core.hidden_load.comparison_metrics` (``bias_mw``,
    ``nmae_daylight``, ``correlation``, ``energy_ratio``, ``rows_compared``) — the same numbers the
    pipeline's summary table holds — plus ``capacity_factor``: mean registered GD over the installed
    capacity (``capacity_mw``, or the table's ``capacity_kw`` when it has one). Undeclared PV is left
    out of the comparison: ONS's MMGD estimates registered units only.
    """
    metrics = hidden_load.comparison_metrics(
        series["registered_gd_mw"].to_numpy(float), series["ons_mmgd_mw"].to_numpy(float)
    )
    if capacity_mw is None and "capacity_kw" in series.columns and series["capacity_kw"].notna().any():
        capacity_mw = float(series["capacity_kw"].mean()) / 1000.0
    generation = series["registered_gd_mw"]
    metrics["capacity_factor"] = (
        hidden_load.capacity_factor(float(generation.mean()), capacity_mw)
        if capacity_mw and generation.notna().any()
        else float("nan")
    )
    return metrics


def chart_csv_frame(series: pd.DataFrame) -> pd.DataFrame:
    """The table behind the time chart as written to CSV: ISO ``time_utc`` then the MW columns."""
    out = series.reset_index()
    out["time_utc"] = out["time_utc"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return out
