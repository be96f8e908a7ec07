"""Roof/unit matching and the per-zone excess, checked against hand-worked cases."""

import numpy as np
import pandas as pd

from netload_plugin.core.rooftop_estimate import chip_origins, is_coarse, pv_capacity_kwp
from netload_plugin.core.undeclared_pv import DECLARED, NO_PV, UNDECLARED, match_roofs, zone_summary


def test_each_unit_explains_one_roof_nearest_first():
    # roof 0 is 100 m from unit 7, roof 1 is 50 m from unit 7 and 900 m from unit 8
    matched = match_roofs(np.array([0, 1, 1]), np.array([7, 7, 8]), np.array([100.0, 50.0, 900.0]))
    assert matched == {1: (7, 50.0)}
    matched = match_roofs(np.array([0, 1, 0]), np.array([7, 7, 8]), np.array([100.0, 50.0, 300.0]))
    assert matched == {1: (7, 50.0), 0: (8, 300.0)}


def test_zone_excess_is_floored_at_zero():
    roofs = pd.DataFrame({
        "zone": ["A", "A", "A", "B", None],
        "status": [DECLARED, UNDECLARED, NO_PV, UNDECLARED, UNDECLARED],
        "kw": [5.0, 7.5, 0.0, 4.0, 9.0],
    })
    units = pd.DataFrame({"zone": ["A", "B", "B"], "kw": [6.0, 3.0, 10.0]})
    summary = zone_summary(roofs, units, ["A", "B", "C"])
    assert summary.loc["A"].tolist() == [2, 12.5, 1, 1, 6.0, 6.5]
    assert summary.loc["B", "undeclared_kw"] == 0.0  # 4 kW seen, 13 kW registered
    assert summary.loc["C"].tolist() == [0, 0.0, 0, 0, 0.0, 0.0]


def test_capacity_assumption():
    assert pv_capacity_kwp(150.0, True, 0.25, 0.2) == 7.5
    assert pv_capacity_kwp(150.0, False, 0.25, 0.2) == 0.0


def test_chip_origin_centres_odd_chip_on_the_pixel():
    left, top = chip_origins(np.array([50.5, 50.0]), np.array([50.5, 10.2]), 101)
    assert left.tolist() == [0, 0] and top.tolist() == [0, -40]
    assert is_coarse(2.0, 0.3) and not is_coarse(0.5, 0.3)
