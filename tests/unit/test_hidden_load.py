"""Hidden/real load arithmetic and the ONS comparison metrics, checked by hand."""

import math

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core.hidden_load import (
    SUBSYSTEM_STATES,
    comparison_metrics,
    compute,
    state_of_ibge_code,
    subsystem_of_state,
)

PR, SC, DF = "4106902", "4205407", "5300108"


def test_states_map_to_subsystems():
    assert [subsystem_of_state(uf) for uf in ("SP", "RJ", "MG", "ES", "GO", "DF", "MT", "MS", "AC", "RO")] == [
        "SECO"
    ] * 10
    assert [subsystem_of_state(uf) for uf in ("PR", "SC", "RS")] == ["S"] * 3
    assert [subsystem_of_state(uf) for uf in ("BA", "SE", "AL", "PE", "PB", "RN", "CE", "PI")] == ["NE"] * 8
    assert [subsystem_of_state(uf) for uf in ("PA", "TO", "MA", "AP", "AM", "RR")] == ["N"] * 6
    assert sum(len(states) for states in SUBSYSTEM_STATES.values()) == 27  # every state once
    assert subsystem_of_state("pr ") == "S" and subsystem_of_state("XX") is None
    assert state_of_ibge_code(PR) == "PR" and state_of_ibge_code("431490") == "RS" and state_of_ibge_code(DF) == "DF"


def ons_rows(dataset="carga_verificada"):
    times = pd.to_datetime(["2024-01-10 12:00", "2024-01-10 12:30", "2024-01-10 13:00", "2024-01-10 13:30"])
    net = [1000.0, 1010.0, 1090.0, 1080.0]
    mmgd = [100.0, 110.0, 120.0, 110.0]
    frame = pd.DataFrame({"area": "S", "time_utc": times, "net_load_mw": net, "mmgd_mw": mmgd,
                          "load_mw": np.add(net, mmgd), "dataset": dataset})
    if dataset == "curva_carga":
        frame["net_load_mw"] = np.nan
        frame["mmgd_mw"] = np.nan
    return frame


def generation_rows():
    times = pd.to_datetime(["2024-01-10 12:00", "2024-01-10 13:00"])
    return pd.DataFrame({
        "zone_id": [PR, PR, SC, SC, DF, DF],
        "time_utc": list(times) * 3,
        "generation_mw": [60.0, 45.0, 40.0, 30.0, 10.0, 8.0],
        "capacity_kw": [300_000.0, 300_000.0, 200_000.0, 200_000.0, 50_000.0, 50_000.0],
    })


ZONE_AREA = {PR: "S", SC: "S", DF: "SECO"}


def test_hidden_and_real_load_carga_verificada():
    result = compute(ons_rows(), generation_rows(), ZONE_AREA, {PR: 30_000.0})
    areas = result.areas
    assert areas["area"].tolist() == ["S", "S"]  # SECO has no ONS rows: nothing to match
    # ONS half hours averaged to the generation's hour
    assert areas["net_load_mw"].tolist() == pytest.approx([1005.0, 1085.0])
    assert areas["ons_mmgd_mw"].tolist() == pytest.approx([105.0, 115.0])
    assert areas["ons_load_mw"].tolist() == pytest.approx([1110.0, 1200.0])
    assert areas["registered_gd_mw"].tolist() == pytest.approx([100.0, 75.0])
    # 30,000 kW undeclared in PR, at PR's 60 MW / 300,000 kW and 45 / 300,000 per kW
    assert areas["undeclared_pv_mw"].tolist() == pytest.approx([6.0, 4.5])
    assert areas["hidden_load_mw"].tolist() == pytest.approx([106.0, 79.5])
    # real = net (without ONS's MMGD) + our hidden load: ONS's MMGD is not counted twice
    assert areas["real_load_mw"].tolist() == pytest.approx([1111.0, 1164.5])
    assert set(areas["quality"]) == {"ok"}
    summary = result.summary.set_index("area").loc["S"]
    assert summary["bias_mw"] == pytest.approx(((100 - 105) + (75 - 115)) / 2)
    assert summary["nmae_daylight"] == pytest.approx(((5 + 40) / 2) / ((105 + 115) / 2))
    assert summary["correlation"] == pytest.approx(-1.0)
    assert summary["energy_ratio"] == pytest.approx(175 / 220)
    assert summary["capacity_mw"] == pytest.approx(500.0)
    assert summary["capacity_factor"] == pytest.approx(87.5 / 500)
    assert summary["ons_capacity_factor"] == pytest.approx(110 / 500)
    assert summary["hidden_load_mwh"] == pytest.approx(185.5)
    zones = result.zone_totals.set_index("zone_id")
    assert zones.loc[PR, "undeclared_pv_mwh"] == pytest.approx(10.5)
    assert zones.loc[SC, "capacity_factor"] == pytest.approx(35 / 200)


def test_curva_de_carga_net_load_is_derived_and_not_compared():
    result = compute(ons_rows("curva_carga"), generation_rows(), ZONE_AREA, {PR: 30_000.0})
    areas = result.areas
    # the CSV's load already includes ONS's MMGD: net = load − registered GD, real = load + undeclared
    assert areas["net_load_mw"].tolist() == pytest.approx([1110.0 - 100.0, 1200.0 - 75.0])
    assert areas["real_load_mw"].tolist() == pytest.approx([1116.0, 1204.5])
    assert set(areas["quality"]) == {"net_derived"}
    summary = result.summary.iloc[0]
    assert np.isnan(summary["energy_ratio"]) and np.isnan(summary["bias_mw"]) and summary["rows_compared"] == 0


def test_comparison_metrics_by_hand():
    ours = np.array([0.0, 50.0, 100.0, 0.0])
    ons = np.array([0.0, 40.0, 120.0, 10.0])
    metrics = comparison_metrics(ours, ons)
    assert metrics["bias_mw"] == pytest.approx((0 + 10 - 20 - 10) / 4)
    # daylight = rows where either is > 0: the last three
    assert metrics["nmae_daylight"] == pytest.approx(((10 + 20 + 10) / 3) / ((40 + 120 + 10) / 3))
    assert metrics["correlation"] == pytest.approx(7625 / math.sqrt(6875 * 8875))
    assert metrics["energy_ratio"] == pytest.approx(150 / 170)
    nothing = comparison_metrics(ours, np.full(4, np.nan))
    assert nothing["rows_compared"] == 0 and np.isnan(nothing["bias_mw"])


def test_undeclared_pv_in_a_zone_without_registered_fleet_follows_the_area_profile():
    """A zone where ANEEL lists nothing has no per-kW profile of its own: its undeclared PV uses
    the area's (S: PR + SC = 100 MW / 500,000 kW at 12:00, 75 MW / 500,000 kW at 13:00)."""
    empty_zone = "4100103"
    generation = pd.concat([generation_rows(), pd.DataFrame({
        "zone_id": [empty_zone, empty_zone], "time_utc": pd.to_datetime(["2024-01-10 12:00", "2024-01-10 13:00"]),
        "generation_mw": [0.0, 0.0], "capacity_kw": [0.0, 0.0]})], ignore_index=True)
    result = compute(ons_rows(), generation, {**ZONE_AREA, empty_zone: "S"}, {empty_zone: 10_000.0})
    zone = result.zones[result.zones["zone_id"] == empty_zone].sort_values("time_utc")
    assert zone["undeclared_pv_mw"].tolist() == pytest.approx([10_000 * 100 / 500_000, 10_000 * 75 / 500_000])
    assert result.areas["undeclared_pv_mw"].tolist() == pytest.approx([2.0, 1.5])


def test_per_zone_load_table_each_zone_is_its_own_area():
    """A utility's net load per substation: real = measured net + the zone's own hidden load; the zones' own
    GD column is compared with ours; intervals one table lacks are counted, not zero-filled."""
    times = pd.to_datetime(["2024-01-10 12:00", "2024-01-10 13:00", "2024-01-10 14:00"])
    load = pd.DataFrame({
        "area": [PR, PR, SC, SC], "time_utc": [times[0], times[1], times[0], times[2]],
        "load_mw": [80.0, 70.0, 50.0, 40.0], "net_load_mw": [80.0, 70.0, 50.0, 40.0],
        "mmgd_mw": [50.0, 40.0, np.nan, np.nan], "dataset": "scada",
    })
    generation = pd.concat([generation_rows(), pd.DataFrame({
        "zone_id": ["4100103", "4100103"], "time_utc": pd.to_datetime(["2024-01-10 12:00", "2024-01-10 13:00"]),
        "generation_mw": [0.0, 0.0], "capacity_kw": [0.0, 0.0]})], ignore_index=True)
    zones = {PR: PR, SC: SC, DF: DF, "4100103": "4100103"}
    result = compute(load, generation, zones, {"4100103": 5_000.0}, fallback_by_area=False)
    areas = result.areas.set_index(["area", "time_utc"])
    assert areas.loc[(PR, times[0]), "real_load_mw"] == pytest.approx(80.0 + 60.0)
    assert areas.loc[(PR, times[1]), "real_load_mw"] == pytest.approx(70.0 + 45.0)
    assert areas.loc[(SC, times[0]), "real_load_mw"] == pytest.approx(50.0 + 40.0)
    assert len(result.areas) == 3 and set(result.areas["quality"]) == {"ok"}
    # a zone without registered fleet follows the mean per-kW profile of ALL zones (its own area is itself)
    empty = result.zones[result.zones["zone_id"] == "4100103"].sort_values("time_utc")
    assert empty["undeclared_pv_mw"].tolist() == pytest.approx([5_000 * 110 / 550_000, 5_000 * 83 / 550_000])
    summary = result.summary.set_index("area")
    assert summary.loc[PR, "energy_ratio"] == pytest.approx((60 + 45) / (50 + 40))
    assert summary.loc[PR, "hidden_peak_mw"] == pytest.approx(60.0)
    assert np.isnan(summary.loc[SC, "energy_ratio"])
    counts = {f.code: f.count for f in result.findings}
    # SC 14:00 has load but no generation; SC 13:00 has generation but no load (PR: both complete);
    # DF and the empty zone have generation but no load rows at all, so they are not in a shared area
    assert counts == {"outside_period": 1, "no_load": 1}


def test_half_hourly_generation_is_averaged_to_an_hourly_load_per_zone_first():
    """Generation finer than the load: each zone's half hours are averaged to the hour, then the
    zones of an area are summed (MW averages). A zone in no area adds to no area but keeps its totals."""
    load = pd.DataFrame({"area": "S", "time_utc": pd.to_datetime(["2024-01-10 12:00", "2024-01-10 13:00"]),
                         "load_mw": [1100.0, 1200.0], "net_load_mw": [1000.0, 1100.0], "mmgd_mw": [100.0, 100.0],
                         "dataset": "carga_verificada"})
    half_hours = pd.to_datetime(["2024-01-10 12:00", "2024-01-10 12:30", "2024-01-10 13:00", "2024-01-10 13:30"])
    nowhere = "9999999"
    generation = pd.DataFrame({
        "zone_id": [PR] * 4 + [SC] * 4 + [nowhere] * 4, "time_utc": list(half_hours) * 3,
        "generation_mw": [60.0, 80.0, 45.0, 35.0, 40.0, 20.0, 30.0, 10.0, 5.0, 5.0, 5.0, 5.0],
        "capacity_kw": [300_000.0] * 4 + [200_000.0] * 4 + [1_000.0] * 4,
    })
    result = compute(load, generation, {PR: "S", SC: "S"})
    areas = result.areas
    assert areas["time_utc"].tolist() == list(pd.to_datetime(["2024-01-10 12:00", "2024-01-10 13:00"]))
    assert areas["registered_gd_mw"].tolist() == pytest.approx(
        [(60 + 80) / 2 + (40 + 20) / 2, (45 + 35) / 2 + (30 + 10) / 2]
    )
    assert areas["capacity_kw"].tolist() == pytest.approx([500_000.0, 500_000.0])
    assert areas["real_load_mw"].tolist() == pytest.approx([1000.0 + 100.0, 1100.0 + 60.0])
    totals = result.zone_totals.set_index("zone_id")
    assert totals.loc[PR, "registered_gd_mwh"] == pytest.approx((60 + 80 + 45 + 35) * 0.5)  # half-hour rows
    assert totals.loc[nowhere, "registered_gd_mwh"] == pytest.approx(20 * 0.5)
    assert result.summary["registered_gd_mwh"].tolist() == pytest.approx([(100 + 60) * 1.0])


def test_no_generation_rows_give_empty_tables_and_say_nothing_matched():
    result = compute(ons_rows(), generation_rows().iloc[:0], ZONE_AREA)
    assert result.areas.empty and result.zones.empty and result.zone_totals.empty
    assert [finding.code for finding in result.findings] == ["nothing_matched"]
