"""Implied capacity factor of a rooftop fleet at the 27 state capitals, default parameters.

Acceptance range (issue 5, issue 12): EPE's 4MD premises (2024) put Brazil's rooftop GD capacity
factor at 13.5-18.1 % by distributor, median 15.4 % (as the project's source notes record them). A
range like that is the measured specific yield of Brazilian systems per kWp of modules (about
1,200-1,600 kWh/kWp a year), so the model's capacity factor per module kWp is tested
(:mod:`netload_plugin.core.climatology_yield`): the median of the 27 capitals within a point of EPE's
median, and every capital within EPE's range widened by a point on each side — a capital is one 0.1°
cell (Curitiba, Florianópolis and Manaus, Brazil's cloudiest capitals, sit below the sunniest-to-
cloudiest spread of whole distribution areas), the atlas is a long-term climatology and the air is
taken at the plugin's default 25 °C.

Irradiance: INPE LABREN Atlas Brasileiro de Energia Solar 2017, global horizontal monthly means of the
0.1° cell holding each capital's seat (tests/data/inpe_labren/global_horizontal_means_capitals.csv and
capitals_cells.csv, provenance in tests/data/README.md), read with the plugin's LABREN parser.
"""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core.climatology_yield import annual_yield
from netload_plugin.core.daily_shaping import ghi_from_monthly_climatology
from netload_plugin.core.generation import generation_kw
from netload_plugin.core.labren import parse_labren_csv
from netload_plugin.core.model_grid import hourly_times
from netload_plugin.core.pv_system import PVParameters

DATA = Path(__file__).resolve().parents[1] / "data"
EPE_CAPACITY_FACTOR_RANGE = (0.135, 0.181)
EPE_MEDIAN = 0.154
MARGIN = 0.01
MONTH_FIELDS = [f"ghi_{m}" for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                     "dec")]


def capitals() -> pd.DataFrame:
    """The 27 capitals with their LABREN cell: name, uf, lon, lat (cell centre), ghi_jan … ghi_dec, ghi_annual."""
    cells = parse_labren_csv(
        (DATA / "inpe_labren" / "global_horizontal_means_capitals.csv").read_bytes(), source="capitals"
    )
    seats = pd.read_csv(DATA / "inpe_labren" / "capitals_cells.csv", sep=";", dtype={"cell_id": str})
    seats["station"] = "LABREN_" + seats["cell_id"]
    return seats[["name", "uf", "station"]].merge(cells.drop(columns="name"), on="station", how="left",
                                                  validate="one_to_one")


@pytest.fixture(scope="module")
def yields():
    table = capitals()
    assert len(table) == 27 and table[MONTH_FIELDS].notna().all().all()
    result = annual_yield(table["lat"].to_numpy(), table["lon"].to_numpy(), table[MONTH_FIELDS].to_numpy().T)
    return table.assign(per_kwp=result.per_module_kwp, per_kw=result.per_registered_kw)


def test_shaped_climatology_carries_the_atlas_energy():
    table = capitals()
    times = hourly_times("2023-01-01", "2024-01-01")
    ghi = ghi_from_monthly_climatology(times, table["lat"], table["lon"], table[MONTH_FIELDS].to_numpy().T)
    days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    np.testing.assert_allclose(ghi.sum(axis=0), days @ table[MONTH_FIELDS].to_numpy().T, rtol=1e-3)
    # and the atlas's own annual column is the mean of its months (Wh/m²/day)
    np.testing.assert_allclose(table[MONTH_FIELDS].mean(axis=1), table["ghi_annual"], atol=3)


@pytest.mark.parametrize("capital", range(27), ids=lambda index: capitals()["name"].iloc[index])
def test_capacity_factor_per_module_kwp_inside_epe_range(capital, yields):
    low, high = EPE_CAPACITY_FACTOR_RANGE
    value = yields["per_kwp"].iloc[capital]
    assert low - MARGIN <= value <= high + MARGIN, f"{yields['name'].iloc[capital]}: {value:.3f}"


def test_median_capacity_factor_is_epe_median(yields):
    assert abs(float(np.median(yields["per_kwp"])) - EPE_MEDIAN) <= MARGIN
    # the sunniest capitals yield more than the cloudiest, as the atlas says
    assert np.corrcoef(yields["per_kwp"], yields["ghi_annual"])[0, 1] > 0.9


def test_dc_ac_ratio_raises_yield_as_epe_observed():
    """EPE saw metered generation 22-33 % above capacity-based estimates (modules > inverter):
    the default DC/AC ratio of 1.2 must add roughly that much against a 1.0 ratio."""
    sao_paulo = capitals().set_index("name").loc["São Paulo"]
    times = hourly_times("2023-01-01", "2024-01-01")
    ghi = ghi_from_monthly_climatology(times, [sao_paulo["lat"]], [sao_paulo["lon"]],
                                       sao_paulo[MONTH_FIELDS].to_numpy(float)[:, None])
    default = generation_kw(times, [sao_paulo["lat"]], [sao_paulo["lon"]], [1.0], ghi).sum()
    unity = generation_kw(times, [sao_paulo["lat"]], [sao_paulo["lon"]], [1.0], ghi,
                          params=PVParameters(dc_ac_ratio=1.0)).sum()
    assert 1.15 <= default / unity <= 1.25
