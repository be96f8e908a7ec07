"""register_capacity: ANEEL's register per state × month × source → capacity per state and day.

Expected values are worked out by hand from the rows written in each test (rule: everything connected
before the month, plus (k − ½)/n of the month's additions on day k of an n-day month; undated rows on
every day).
"""
import numpy as np
import pytest

from netload_plugin.core import register_capacity
from netload_plugin.core.errors import SourceFormatError

TABLE = """uf;mes_conexao;fonte;unidades;potencia_kw;unidades_sem_potencia
PR;2023-12;solar;2;100.0;0
PR;2024-01;solar;1;62.0;0
PR;2024-01;termica;1;31.0;0
PR;sem_data;solar;1;5.0;0
SC;2024-02;solar;1;29.0;0
XX;2024-01;solar;1;1.0;0
PR;2024-13;solar;1;1.0;0
PR;2024-01;solar;1;abc;0
RS;2025-01;solar;1;1000.0;0
"""


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "mmgd_uf_mes_conexao.csv"
    path.write_text(TABLE, encoding="utf-8")
    return register_capacity.read_register_table(path)


def test_unusable_rows_are_kept_with_their_line_and_reason(table):
    assert table.rejects["line"].tolist() == [7, 8, 9]
    assert table.rejects["reason"].tolist() == [
        "unknown state in uf", "mes_conexao is not YYYY-MM or sem_data", "potencia_kw is not a number ≥ 0"]
    assert table.rejects["text"].iloc[0] == "XX;2024-01;solar;1;1.0;0"
    assert len(table.rows) == 6 and table.sources() == ["solar", "termica"]


def test_solar_capacity_ramps_through_the_month_of_connection(table):
    days = np.array(["2024-01-01", "2024-01-31", "2024-02-01", "2024-02-10", "2024-02-29"], dtype="datetime64[D]")
    capacity = register_capacity.capacity_by_state_day(table, ["PR", "SC", "RS"], days)
    # PR: 5 undated + 100 (December) + 62 × (k − ½)/31 in January, all 62 from February.
    np.testing.assert_allclose(capacity[0], [5 + 100 + 62 * 0.5 / 31, 5 + 100 + 62 * 30.5 / 31, 167, 167, 167])
    # SC: 29 kW in February (29 days in 2024): day 1 → 0.5, day 10 → 9.5, day 29 → 28.5.
    np.testing.assert_allclose(capacity[1], [0, 0, 0.5, 9.5, 28.5])
    # RS connects in 2025: nothing yet.
    np.testing.assert_allclose(capacity[2], 0)


def test_every_source_when_asked(table):
    days = np.array(["2024-01-01", "2024-03-01"], dtype="datetime64[D]")
    capacity = register_capacity.capacity_by_state_day(table, ["PR"], days, sources=None)
    np.testing.assert_allclose(capacity[0], [105 + 93 * 0.5 / 31, 198])


def test_a_period_before_every_connection_and_a_missing_column(table, tmp_path):
    days = np.array(["2020-06-15"], dtype="datetime64[D]")
    assert register_capacity.capacity_by_state_day(table, ["PR"], days)[0].tolist() == [5.0]
    broken = tmp_path / "broken.csv"
    broken.write_text("uf;mes;fonte;unidades;potencia_kw;unidades_sem_potencia\nPR;2024-01;solar;1;1;0\n")
    with pytest.raises(SourceFormatError, match="broken.csv: column\\(s\\) mes_conexao missing"):
        register_capacity.read_register_table(broken)
