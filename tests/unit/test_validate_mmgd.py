"""scripts/validate_mmgd.py end to end on real excerpts (tests/data): the South, 1-7 January 2024.

Checked against values taken from the excerpts themselves, not from the script: ONS's energy and night
baseline, the hour count, and that a factor fitted on a period brings that period's energy to ONS's.
"""
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from netload_plugin.core.calibration import read_calibration

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
sys.path.insert(0, str(REPO / "scripts"))
import validate_mmgd

ARGS = ["--area", "S", "--ons", str(DATA / "ons" / "mmgd_hourly" / "ons_mmgd_hourly_2024-01-01_07.csv"),
        "--capacity", str(DATA / "aneel_gd" / "mmgd_uf_mes_conexao_south.csv"),
        "--irradiance", str(DATA / "nasa_power" / "power_daily_south_2024-01-01_08.csv")]


@pytest.fixture(scope="module")
def ons():
    table = pd.read_csv(
        DATA / "ons" / "mmgd_hourly" / "ons_mmgd_hourly_2024-01-01_07.csv", sep=";", parse_dates=["data_hora"]
    )
    return table.set_index("data_hora")["mmgd_S"]


def test_figures_and_json(ons, capsys):
    result = validate_mmgd.main(ARGS + ["--start", "2024-01-01", "--end", "2024-01-07"])
    last_line = capsys.readouterr().out.strip().splitlines()[-1]
    assert json.loads(last_line)["energy_ratio"] == result["energy_ratio"]
    assert {"energy_ratio", "nmae_daylight", "correlation", "months"} <= set(result)
    assert [month["month"] for month in result["months"]] == ["2024-01"]
    assert result["ons_mwh"] == pytest.approx(ons.sum(), rel=1e-6)             # hourly MW → MWh
    night = ons[ons.index.hour < 5].groupby(ons[ons.index.hour < 5].index.date).mean()
    assert result["ons_night_baseline_mw"] == pytest.approx(night.mean(), rel=1e-6)
    assert result["reference_mwh"] == pytest.approx(ons.sum() - 24 * night.sum(), rel=1e-6)
    assert result["months"][0]["correlation"] > 0.95                             # the shape is right
    assert 1.0 < result["energy_ratio"] < 1.8 and result["parameters"]["orientation"].startswith("roofs")


def test_calibration_in_and_out_of_sample(ons, tmp_path):
    path = tmp_path / "calibration.json"
    fitted = validate_mmgd.main(ARGS + ["--start", "2024-01-01", "--end", "2024-01-03",
                                        "--calibrate-on", "2024-01-01:2024-01-03", "--write-calibration", str(path)])
    calibrated = fitted["calibrated"]
    assert calibrated["energy_ratio"] == pytest.approx(1.0, abs=1e-4)           # in sample: energy matched
    assert calibrated["factor"] == pytest.approx(fitted["reference_mwh"] / fitted["our_mwh"], rel=1e-5)
    written = read_calibration(path)
    assert written.factors == {"S": pytest.approx(calibrated["factor"], rel=1e-5)}
    assert written.fitted_period == ("2024-01-01", "2024-01-03") and written.model["dc_ac_ratio"] == 1.2
    later = validate_mmgd.main(ARGS + ["--start", "2024-01-04", "--end", "2024-01-07",
                                       "--calibrate-on", "2024-01-01:2024-01-03"])
    assert later["calibrated"]["factor"] == pytest.approx(calibrated["factor"], rel=1e-9)
    assert later["calibrated"]["our_mwh"] == pytest.approx(later["our_mwh"] * calibrated["factor"],
                                                                rel=1e-6)


def test_write_calibration_needs_a_period():
    with pytest.raises(SystemExit):
        validate_mmgd.main(ARGS + ["--start", "2024-01-01", "--end", "2024-01-02", "--write-calibration", "x.json"])
