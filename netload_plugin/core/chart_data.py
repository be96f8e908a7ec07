"""What the NetLoad charts show, computed without Qt: series per area, daily profile, metrics.

Input is the hidden-load table (``netload:hidden_load`` output): one row per area and interval with
``area, time_utc, net_load_mw, registered_gd_mw, undeclared_pv_mw, hidden_load_mw, real_load_mw,
ons_mmgd_mw``. The chart widget, the headless PNG renderer and the PDF report all read it through here,
so the numbers on screen, in the CSV export and in the report are the same.
"""

import numpy as np
import pandas as pd

#: Columns drawn on the time chart, in drawing order (labels and colours live with the renderer).
SERIES_COLUMNS = ("real_load_mw", "net_load_mw", "registered_gd_mw", "undeclared_pv_mw", "ons_mmgd_mw")
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
    grouped = data.groupby("time_utc")[list(SERIES_COLUMNS)].sum(min_count=1)
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
    """How the NetLoad estimate of distributed generation compares with ONS's MMGD.

    estimate = registered GD + undeclared PV; reference = ONS MMGD; over the intervals where both
    exist. Returns ``bias_mw`` (mean of estimate − reference), ``nmae`` (mean absolute error divided
    by the mean reference), ``correlation`` (Pearson), ``energy_ratio`` (sum of estimate / sum of
    reference), ``capacity_factor`` (mean estimate / ``capacity_mw``, when given) and ``intervals``.
    A metric that cannot be computed is NaN.
    """
    estimate = series["registered_gd_mw"].fillna(0.0) + series["undeclared_pv_mw"].fillna(0.0)
    estimate = estimate.where(series["registered_gd_mw"].notna() | series["undeclared_pv_mw"].notna())
    reference = series["ons_mmgd_mw"]
    both = estimate.notna() & reference.notna()
    est, ref = estimate[both].to_numpy(float), reference[both].to_numpy(float)
    nan = float("nan")
    metrics = {"intervals": int(both.sum()), "bias_mw": nan, "nmae": nan, "correlation": nan, "energy_ratio": nan}
    if len(est):
        metrics["bias_mw"] = float(np.mean(est - ref))
        mean_ref = float(np.mean(ref))
        metrics["nmae"] = float(np.mean(np.abs(est - ref)) / mean_ref) if mean_ref else nan
        metrics["energy_ratio"] = float(est.sum() / ref.sum()) if ref.sum() else nan
        if len(est) > 1 and np.std(est) > 0 and np.std(ref) > 0:
            metrics["correlation"] = float(np.corrcoef(est, ref)[0, 1])
    metrics["capacity_factor"] = float(estimate.mean() / capacity_mw) if capacity_mw else nan
    return metrics


def chart_csv_frame(series: pd.DataFrame) -> pd.DataFrame:
    """The table behind the time chart as written to CSV: ISO ``time_utc`` then the MW columns."""
    out = series.reset_index()
    out["time_utc"] = out["time_utc"].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return out
