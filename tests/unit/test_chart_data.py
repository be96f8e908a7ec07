"""Series, daily profile and comparison metrics behind the charts, checked against hand arithmetic."""

import math

import pandas as pd
import pytest

from netload_plugin.core.chart_data import area_series, areas, chart_csv_frame, comparison_metrics, daily_profile


def _frame():
    # Two areas, three hours. Estimate = GD + PV; reference = MMGD (only area A has MMGD at 02:00).
    rows = [
        ("A", "2024-01-01T00:00:00Z", 100.0, 10.0, 2.0, 90.0, 10.0),
        ("A", "2024-01-01T01:00:00Z", 110.0, 20.0, 4.0, 100.0, 20.0),
        ("A", "2024-01-01T02:00:00Z", 120.0, 30.0, 6.0, 110.0, 40.0),
        ("B", "2024-01-01T00:00:00Z", 50.0, 5.0, None, 45.0, None),
        ("B", "2024-01-01T01:00:00Z", 60.0, 5.0, None, 55.0, None),
        ("B", "2024-01-01T02:00:00Z", 70.0, 5.0, None, 65.0, None),
    ]
    columns = ["area", "time_utc", "real_load_mw", "registered_gd_mw", "undeclared_pv_mw", "net_load_mw", "ons_mmgd_mw"]
    return pd.DataFrame(rows, columns=columns)


def test_areas_and_sums_over_areas():
    frame = _frame()
    assert areas(frame) == ["A", "B"]
    total = area_series(frame)
    assert list(total["real_load_mw"]) == [150.0, 170.0, 190.0]
    assert list(total["registered_gd_mw"]) == [15.0, 25.0, 35.0]
    assert list(total["undeclared_pv_mw"]) == [2.0, 4.0, 6.0]  # B's NaN does not erase A's values
    assert list(total["ons_mmgd_mw"]) == [10.0, 20.0, 40.0]
    assert area_series(frame.drop(columns=["ons_mmgd_mw"]))["ons_mmgd_mw"].isna().all()  # absent: NaN, not 0
    assert "capacity_kw" not in total.columns


def test_metrics_by_hand_for_one_area():
    # Registered GD (not GD + PV: ONS's MMGD estimates registered units) against MMGD.
    frame = _frame()
    frame.loc[
        (frame["area"] == "A") & (frame["time_utc"] == "2024-01-01T00:00:00Z"), ["registered_gd_mw", "ons_mmgd_mw"]
    ] = 0.0  # night
    series = area_series(frame, "A")
    metrics = comparison_metrics(series, capacity_mw=100.0)
    estimate, reference = [0.0, 20.0, 30.0], [0.0, 20.0, 40.0]
    assert metrics["rows_compared"] == 3
    assert metrics["bias_mw"] == pytest.approx((0 + 0 - 10) / 3)
    # Daylight only: the night row (both zero) is left out of the nMAE.
    assert metrics["nmae_daylight"] == pytest.approx((0 + 10) / 2 / 30.0)
    assert metrics["energy_ratio"] == pytest.approx(50 / 60)
    assert metrics["capacity_factor"] == pytest.approx((50 / 3) / 100.0)
    mean_e, mean_r = sum(estimate) / 3, sum(reference) / 3
    de = [e - mean_e for e in estimate]
    dr = [r - mean_r for r in reference]
    expected = sum(a * b for a, b in zip(de, dr)) / math.sqrt(sum(a * a for a in de) * sum(b * b for b in dr))
    assert metrics["correlation"] == pytest.approx(expected)


def test_capacity_comes_from_the_table_when_it_has_one():
    frame = _frame().assign(capacity_kw=50_000.0)  # 50 MW per area and interval
    metrics = comparison_metrics(area_series(frame, "A"))
    assert metrics["capacity_factor"] == pytest.approx(20.0 / 50.0)  # mean GD of A = 20 MW
    summed = area_series(frame)
    assert list(summed["capacity_kw"]) == [100_000.0] * 3


def test_metrics_without_reference_are_nan():
    metrics = comparison_metrics(area_series(_frame(), "B"))
    assert metrics["rows_compared"] == 0
    assert math.isnan(metrics["bias_mw"]) and math.isnan(metrics["capacity_factor"])


def test_daily_profile_uses_brasilia_hours():
    series = area_series(_frame(), "A")
    profile = daily_profile(series)
    # 00:00 UTC is 21:00 in Brasília.
    assert list(profile.index) == [21, 22, 23]
    assert profile.loc[21, "real_load_mw"] == 100.0


def test_csv_frame_has_iso_utc_times():
    out = chart_csv_frame(area_series(_frame(), "A"))
    assert list(out["time_utc"]) == ["2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z", "2024-01-01T02:00:00Z"]
    assert list(out.columns)[0] == "time_utc"
