"""Our registered-GD estimate held hour by hour against ONS's MMGD, per month and overall.

ONS's MMGD (``val_cargammgd`` of the carga verificada) is itself an estimate: a solar part that
follows the sun plus a **constant night value** — the non-solar GD (thermal, hydro, wind), about
43 MW in the South in January 2024, changed once a month. A PV model of the solar fleet is compared
with ONS's solar part: ONS's MMGD minus that night baseline, taken each local day as the mean of
ONS's values from 00:00 to 05:00 Brasília time (dark everywhere in Brazil all year). Without the
subtraction the baseline adds a constant to every hour — 3 % of ONS's January energy in the South,
6 % of June's — which looks like a seasonal drift and makes every night hour count as "daylight" in
the nMAE. ``subtract_baseline=False`` compares with ONS's total instead (for a model that includes
non-solar GD).

Figures per period (:data:`FIGURES`): our and ONS's energy (MWh), ONS's night baseline (MW), the
reference energy the ratio uses, :func:`netload_plugin.core.hidden_load.comparison_metrics`
(energy ratio, bias, nMAE over daylight, Pearson r), mean capacity and both implied capacity factors
(mean generation ÷ mean capacity), and — given the capacity-weighted horizontal irradiance the model
used — both performance ratios against horizontal irradiance, ``mean generation ÷ (capacity ×
GHI/1000 W/m²)``. That last figure separates the irradiance from the conversion: a model whose ratio
stays flat through the seasons converts horizontal irradiance at a constant rate, as a horizontal
plane at constant temperature would; tilted, north-facing modules and cooler winters raise it in
winter.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .hidden_load import capacity_factor, comparison_metrics

NIGHT_LOCAL_HOURS = (0, 1, 2, 3, 4)
FIGURES = ("period", "hours", "our_mwh", "ons_mwh", "ons_night_baseline_mw", "reference_mwh", "energy_ratio",
           "bias_mw", "nmae_daylight", "correlation", "capacity_mw", "capacity_factor", "ons_capacity_factor",
           "ghi_wm2", "performance_ratio", "ons_performance_ratio")


def night_baseline(local_time, reference_mw) -> np.ndarray:
    """ONS's night value for each row: the mean of its local day's 00:00-05:00 values (NaN if none)."""
    local = pd.DatetimeIndex(pd.to_datetime(local_time))
    values = pd.Series(np.asarray(reference_mw, dtype=float), index=local)
    night = values[local.hour.isin(NIGHT_LOCAL_HOURS)]
    per_day = night.groupby(night.index.normalize()).mean()
    return per_day.reindex(local.normalize()).to_numpy(float)


def _performance_ratio(generation_mw, capacity_mw, ghi_wm2) -> float:
    """Mean generation ÷ (mean of capacity × GHI/1000): how much of the horizontal irradiance becomes AC."""
    irradiated = float(np.mean(capacity_mw * ghi_wm2 / 1000.0)) if len(ghi_wm2) else 0.0
    return float(np.mean(generation_mw)) / irradiated if irradiated > 0 else float("nan")


def _period_figures(period: str, ours, total, baseline, reference, capacity_mw, ghi_wm2,
                    hours_per_row: float) -> dict:
    both = np.isfinite(ours) & np.isfinite(reference)
    metrics = comparison_metrics(ours, reference)
    mean_capacity = float(np.mean(capacity_mw[both])) if both.any() else float("nan")
    known = both & np.isfinite(ghi_wm2)
    return {
        "period": period,
        "hours": int(metrics.pop("rows_compared")),
        "our_mwh": float(ours[both].sum() * hours_per_row),
        "ons_mwh": float(total[both].sum() * hours_per_row),
        "ons_night_baseline_mw": float(np.nanmean(baseline[both])) if both.any() else float("nan"),
        "reference_mwh": float(reference[both].sum() * hours_per_row),
        **metrics,
        "capacity_mw": mean_capacity,
        "capacity_factor": capacity_factor(float(np.mean(ours[both])), mean_capacity) if both.any() else float("nan"),
        "ons_capacity_factor": capacity_factor(float(np.mean(reference[both])), mean_capacity)
        if both.any() else float("nan"),
        "ghi_wm2": float(np.mean(ghi_wm2[known])) if known.any() else float("nan"),
        "performance_ratio": _performance_ratio(ours[known], capacity_mw[known], ghi_wm2[known]),
        "ons_performance_ratio": _performance_ratio(reference[known], capacity_mw[known], ghi_wm2[known]),
    }


def compare_by_month(local_time, ours_mw, ons_mmgd_mw, capacity_mw, ghi_wm2=np.nan, *,
                     subtract_baseline: bool = True, hours_per_row: float = 1.0) -> pd.DataFrame:
    """One row of :data:`FIGURES` per local month (``"2024-01"``…) and a last row ``"all"``.

    ``local_time``: the reference's local (Brasília) interval starts, which set the months and the
    night hours; ``ours_mw``, ``ons_mmgd_mw``, ``capacity_mw`` (the PV fleet modelled, MW), ``ghi_wm2``
    (the capacity-weighted horizontal irradiance the model used; NaN leaves the performance ratios
    NaN): one value per row (or a scalar), NaN where missing (such rows are left out of every figure).
    """
    local = pd.DatetimeIndex(pd.to_datetime(local_time))
    ours = np.asarray(ours_mw, dtype=float)
    total = np.asarray(ons_mmgd_mw, dtype=float)
    capacity = np.broadcast_to(np.asarray(capacity_mw, dtype=float), ours.shape)
    ghi = np.broadcast_to(np.asarray(ghi_wm2, dtype=float), ours.shape)
    baseline = night_baseline(local, total)
    reference = total - baseline if subtract_baseline else total
    months = local.strftime("%Y-%m")
    rows = [_period_figures(month, *(values[months == month] for values in (ours, total, baseline, reference,
                                                                             capacity, ghi)), hours_per_row)
            for month in sorted(set(months))]
    rows.append(_period_figures("all", ours, total, baseline, reference, capacity, ghi, hours_per_row))
    return pd.DataFrame(rows, columns=list(FIGURES))


def mean_by_local_hour(local_time, ours_mw, ons_mmgd_mw, *, subtract_baseline: bool = True) -> pd.DataFrame:
    """Mean of ours and of the reference per local month and hour of day: ``month, hour, our_mw,
    reference_mw, ratio`` (ratio NaN where the reference is 0) — where in the day the two differ."""
    local = pd.DatetimeIndex(pd.to_datetime(local_time))
    total = np.asarray(ons_mmgd_mw, dtype=float)
    reference = total - night_baseline(local, total) if subtract_baseline else total
    frame = pd.DataFrame({"month": local.strftime("%Y-%m"), "hour": local.hour,
                          "our_mw": np.asarray(ours_mw, dtype=float), "reference_mw": reference}).dropna()
    means = frame.groupby(["month", "hour"], as_index=False)[["our_mw", "reference_mw"]].mean()
    means["ratio"] = means["our_mw"] / means["reference_mw"].where(means["reference_mw"] > 0)
    return means
