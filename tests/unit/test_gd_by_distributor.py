"""Registered GD per distributor: zone energy shared by capacity, counted by hand."""

import pandas as pd
import pytest

from netload_plugin.core.gd_by_distributor import UNKNOWN_DISTRIBUTOR, distributor_table


def test_zone_energy_is_shared_by_capacity_and_adds_up():
    units = pd.DataFrame({
        "distributor": ["COPEL", "COPEL", "CELESC", "CELESC", None],
        "uf": ["PR", "PR", "SC", "PR", "SC"],
        "ibge_code": ["4106902", "4106902", "4205407", "4106902", "4205407"],
        "capacity_kw": [30.0, 10.0, 50.0, 60.0, 50.0],
    })
    # Curitiba (4106902): 100 kW in all, 200 MWh; Florianópolis (4205407): 100 kW, 80 MWh; a zone without units.
    zones = pd.DataFrame({"zone_id": [4106902, 4205407, 4100103], "generation_mwh": [200.0, 80.0, 55.0]})
    table = distributor_table(units, zones).set_index("distributor")

    # CELESC: 60 of Curitiba's 100 kW (120 MWh) + 50 of Florianópolis's 100 kW (40 MWh).
    assert table.loc["CELESC", "generation_mwh"] == pytest.approx(160.0)
    assert table.loc["COPEL", "generation_mwh"] == pytest.approx(80.0)  # 40 of 100 kW in Curitiba
    assert table.loc[UNKNOWN_DISTRIBUTOR, "generation_mwh"] == pytest.approx(40.0)
    assert table["generation_mwh"].sum() == pytest.approx(280.0)  # the zones with units, nothing lost or doubled
    assert table.loc["CELESC", "states"] == "PR,SC" and table.loc["CELESC", "zones"] == 2
    assert table.loc["COPEL", "units"] == 2 and table.loc["COPEL", "capacity_kw"] == 40.0
    assert table.loc["CELESC", "share_of_capacity"] == pytest.approx(110.0 / 200.0)
    assert list(table.index) == ["CELESC", UNKNOWN_DISTRIBUTOR, "COPEL"]  # largest capacity first


def test_zero_capacity_and_missing_energy_give_zero_not_nan():
    units = pd.DataFrame({"distributor": ["A"], "uf": ["PR"], "ibge_code": ["1"], "capacity_kw": [0.0]})
    table = distributor_table(units, pd.DataFrame({"zone_id": ["2"], "generation_mwh": [None]}))
    assert table.loc[0, "generation_mwh"] == 0.0 and table.loc[0, "share_of_capacity"] == 0.0


def test_units_grouped_with_their_count_give_the_same_figures():
    """The GeoPackage's units summed per distributor, state and municipality (a ``units`` count column):
    the same hand-computed figures as one row per unit in the first test."""
    groups = pd.DataFrame({
        "distributor": ["COPEL", "CELESC", "CELESC", None],
        "uf": ["PR", "SC", "PR", "SC"],
        "ibge_code": ["4106902", "4205407", "4106902", "4205407"],
        "capacity_kw": [40.0, 50.0, 60.0, 50.0],
        "units": [2, 1, 1, 1],
    })
    zones = pd.DataFrame({"zone_id": ["4106902", "4205407"], "generation_mwh": [200.0, 80.0]})
    table = distributor_table(groups, zones).set_index("distributor")
    assert table.loc["CELESC", "generation_mwh"] == pytest.approx(60 / 100 * 200 + 50 / 100 * 80)
    assert table.loc["COPEL", "generation_mwh"] == pytest.approx(40 / 100 * 200)
    assert table.loc["COPEL", "units"] == 2 and table.loc["CELESC", "units"] == 2
    assert table.loc[UNKNOWN_DISTRIBUTOR, "units"] == 1 and table.loc["CELESC", "zones"] == 2
