"""mmgd_comparison: per-month figures of our estimate against ONS's MMGD, worked out by hand.

Two local days in two months: ONS's MMGD is a night baseline (40 MW on 31 January, 50 MW on
1 February) plus 100 MW from 10:00 to 14:00; our estimate is 200 MW over the same four hours.
"""
import numpy as np
import pandas as pd
import pytest

from netload_plugin.core.mmgd_comparison import compare_by_month, night_baseline


@pytest.fixture
def hours():
    local = pd.date_range("2024-01-31", periods=48, freq="h")
    solar = np.where((local.hour >= 10) & (local.hour < 14), 100.0, 0.0)
    baseline = np.where(local.day == 31, 40.0, 50.0)
    return local, 2 * solar, solar + baseline


def test_night_baseline_is_each_local_day_before_five(hours):
    local, _, ons = hours
    ons = ons.copy()
    ons[3] = 44.0                                   # one odd night hour on 31 January: mean of 40,40,40,44,40
    baseline = night_baseline(local, ons)
    assert baseline[:24].tolist() == [40.8] * 24 and baseline[24:].tolist() == [50.0] * 24


def test_solar_part_figures_per_month_and_overall(hours):
    local, ours, ons = hours
    table = compare_by_month(local, ours, ons, 1000.0).set_index("period")
    january = table.loc["2024-01"]
    assert january["hours"] == 24
    assert january["our_mwh"] == 800 and january["ons_mwh"] == 40 * 24 + 400
    assert january["ons_night_baseline_mw"] == 40 and january["reference_mwh"] == 400
    assert january["energy_ratio"] == pytest.approx(2.0)
    assert january["bias_mw"] == pytest.approx(400 / 24)
    assert january["nmae_daylight"] == pytest.approx(1.0)      # |200 − 100| / 100 over the 4 sunny hours
    assert january["correlation"] == pytest.approx(1.0)
    assert january["capacity_factor"] == pytest.approx(800 / 24 / 1000)
    assert january["ons_capacity_factor"] == pytest.approx(400 / 24 / 1000)
    assert table.loc["2024-02", "ons_night_baseline_mw"] == 50
    overall = table.loc["all"]
    assert overall["hours"] == 48 and overall["our_mwh"] == 1600 and overall["reference_mwh"] == 800


def test_total_reference_keeps_the_baseline_and_missing_hours_drop_out(hours):
    local, ours, ons = hours
    ours = ours.copy()
    ours[11] = np.nan                                # 11:00 on 31 January is not compared
    table = compare_by_month(local, ours, ons, 1000.0, subtract_baseline=False).set_index("period")
    january = table.loc["2024-01"]
    assert january["hours"] == 23
    assert january["our_mwh"] == 600 and january["reference_mwh"] == 40 * 23 + 300
    assert january["energy_ratio"] == pytest.approx(600 / (40 * 23 + 300))
