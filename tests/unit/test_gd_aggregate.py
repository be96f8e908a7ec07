"""Per-zone sums of GD units, checked by hand."""

import numpy as np
import pytest

from netload_plugin.core.gd_aggregate import (
    GdUnits,
    aggregate,
    capacity_by_day,
    consumer_class_key,
    generation_type_key,
    match_by_code,
    modality_key,
)


def units():
    return GdUnits(
        capacity_kw=np.array([5.0, 10.0, 100.0, 7.5, np.nan]),
        generation_type=np.array(["UFV", "UFV", "UTE", "UFV", "UFV"], dtype=object),
        consumer_class=np.array(["Residencial", "Comercial", "Rural", "Residencial", None], dtype=object),
        modality=np.array(
            ["Geracao na propria UC", "Auto consumo remoto", "Compartilhada", "Condomínio", ""], dtype=object
        ),
        connected_on=np.array(["2023-05-01", "2024-02-01", "NaT", "2022-01-01", "2021-01-01"], dtype="datetime64[D]"),
        ibge_code=np.array(["4205407", "420540", "4314902", "9999999", "4205407"], dtype=object),
    )


def test_category_keys_from_aneel_labels():
    assert generation_type_key("UFV") == "ufv" and generation_type_key("Radiação solar") == "ufv"
    assert consumer_class_key("Poder Público") == "public_authority"
    assert consumer_class_key("Iluminação pública") == "public_lighting"
    assert modality_key("Geracao na propria UC") == "own_site"
    assert modality_key("Auto consumo remoto") == "remote_self"
    assert modality_key("Condomínio") == "multi_unit"
    assert modality_key("???") == "other"


def test_sums_by_zone_category_and_as_of():
    # units 0, 1 in zone 0; unit 2 in zone 1; unit 3 outside; unit 4 (no capacity) in zone 0
    unit_index, zone_index = np.array([0, 1, 2, 4]), np.array([0, 0, 1, 0])
    table, report = aggregate(units(), 2, unit_index, zone_index)
    assert table["gd_units"].tolist() == [3, 1]
    assert table["gd_capacity_kw"].tolist() == [15.0, 100.0]
    assert table["cap_ufv_kw"].tolist() == [15.0, 0.0] and table["cap_ute_kw"].tolist() == [0.0, 100.0]
    assert table["cap_class_residential_kw"].tolist() == [5.0, 0.0]
    assert table["cap_class_commercial_kw"].tolist() == [10.0, 0.0]
    assert table["cap_mod_shared_kw"].tolist() == [0.0, 100.0]
    assert table["gd_undated"].tolist() == [0, 1]
    assert (report.units, report.outside, report.undated, report.invalid_capacity) == (5, 1, 1, 1)
    # as of 2024-01-01 unit 1 (connected 2024-02-01) is not yet in service; undated unit 2 counts
    table, report = aggregate(units(), 2, unit_index, zone_index, np.datetime64("2024-01-01"))
    assert table["gd_units"].tolist() == [2, 1]
    assert table["gd_capacity_kw"].tolist() == [5.0, 100.0]
    assert report.after_as_of == 1


def test_match_by_ibge_code_completes_six_digits():
    unit_index, zone_index = match_by_code(units().ibge_code, ["4314902", "4205407"])
    assert sorted(zip(unit_index.tolist(), zone_index.tolist())) == [(0, 1), (1, 1), (2, 0), (4, 1)]


def test_capacity_by_day_grows_with_connections():
    days = np.arange(np.datetime64("2024-01-30"), np.datetime64("2024-02-03"))
    cap = capacity_by_day(units(), 2, np.array([0, 1, 2]), np.array([0, 0, 1]), days)
    assert cap[0].tolist() == [5.0, 5.0, 15.0, 15.0]  # unit 1 joins on 2024-02-01
    assert cap[1].tolist() == pytest.approx([100.0] * 4)  # undated unit counts every day
