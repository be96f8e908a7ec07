"""IBGE codes, states, centroids and distances, checked against the source table and by hand."""

import csv

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core import ibge


@pytest.fixture(scope="module")
def source_codes(shared_data):
    """Every code of the shared IBGE table, read here with csv (not through the module)."""
    with (shared_data / "ibge" / "municipios_centroides_columns.csv").open(encoding="utf-8") as handle:
        return [row["municipio"] for row in csv.DictReader(handle)]


def test_check_digit_by_hand():
    # 431780 (sources.md → 4317806): 4*1 + 3*2 + 1*1 + 7*2=14→1+4 + 8*1 + 0*2 = 4+6+1+5+8+0 = 24 → (10-4)%10 = 6
    assert ibge.check_digit("431780") == 6
    # 120040 (Rio Branco 1200401): 1+4+0+0+4+0 = 9 → 1
    assert ibge.check_digit("120040") == 1
    with pytest.raises(ValueError):
        ibge.check_digit("12004")


def test_check_digit_on_all_5570_codes(source_codes):
    assert len(source_codes) == 5570
    breaking = {code for code in source_codes if ibge.check_digit(code[:6]) != int(code[6])}
    assert breaking == ibge.CHECK_DIGIT_EXCEPTIONS  # exactly IBGE's nine documented exceptions
    assert all(ibge.is_valid_code(code) for code in source_codes)
    assert all(ibge.complete_code(code[:6]) == code for code in source_codes)


def test_invalid_codes():
    assert not ibge.is_valid_code("4317807")
    assert not ibge.is_valid_code("43178")
    assert ibge.complete_code("") is None
    assert ibge.complete_code("abc") is None
    assert ibge.complete_code("4317806") == "4317806"


def test_shipped_table_matches_source(shared_data):
    source = pd.read_csv(shared_data / "ibge" / "municipios_centroides_columns.csv", dtype={"municipio": str})
    table = ibge.municipalities()
    assert len(table) == 5570
    assert set(table.index) == set(source["municipio"])
    merged = source.set_index("municipio").join(table, rsuffix="_t")
    assert (merged["uf_code"] == merged["uf_t"]).all()
    assert np.allclose(merged["lon"], merged["lon_t"], atol=1e-5)
    assert (merged["pop_21"] == merged["population"]).all()


def test_states():
    assert ibge.uf_of("41") == "PR" and ibge.uf_of("4317806") == "RS" and ibge.uf_of("99") is None
    assert ibge.state_code_of("sc") == "42"
    assert len(ibge.ALL_UFS) == 27
    assert ibge.parse_uf_list("pr, SC;rs") == ["PR", "RS", "SC"]
    assert ibge.parse_uf_list("") == []
    with pytest.raises(ValueError, match="XX"):
        ibge.parse_uf_list("PR,XX")


def test_centroid_and_lookup():
    lon, lat = ibge.centroid("120040")  # Rio Branco, completed
    assert lon == pytest.approx(-67.81, abs=0.05) and lat == pytest.approx(-9.97, abs=0.05)
    assert ibge.centroid("9999999") is None
    found = ibge.lookup(pd.Series(["1200401", "0000000"], index=[5, 6]))
    assert list(found.index) == [5, 6]
    assert found.loc[5, "uf"] == "AC" and pd.isna(found.loc[6, "uf"])


def test_inside_brazil():
    assert list(ibge.inside_brazil([-47.9, -10.0, 10.0], [-15.8, -100.0, -15.8])) == [True, False, False]
