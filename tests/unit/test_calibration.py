"""calibration: the factor, the file, the zones' areas and the application, checked by hand."""
import json

import numpy as np
import pytest

from netload_plugin.core.calibration import (
    Calibration,
    apply_calibration,
    area_code,
    fit_factor,
    read_calibration,
    write_calibration,
    zone_areas,
)
from netload_plugin.core.errors import NetLoadError


def test_factor_matches_energy_over_the_rows_both_have():
    assert fit_factor([100.0, 200.0, np.nan, 50.0], [70.0, 140.0, 999.0, np.nan]) == pytest.approx(210 / 300)
    assert np.isnan(fit_factor([0.0, 0.0], [1.0, 2.0]))


def test_area_codes():
    assert [area_code(a) for a in ("SE", "seco", "s", "NE", "N")] == ["SECO", "SECO", "S", "NE", "N"]
    with pytest.raises(ValueError, match="unknown ONS area 'SIN'"):
        area_code("SIN")


@pytest.fixture
def calibration():
    return Calibration({"S": 0.72, "SECO": 0.8}, ("2024-01-01", "2024-03-31"), "ONS MMGD solar part",
                       {"dc_ac_ratio": 1.2, "orientation": "roofs"}, "0.1.0", ["irradiance: NASA POWER daily"])


def test_file_round_trip(calibration, tmp_path):
    path = tmp_path / "cal.json"
    write_calibration(path, calibration)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == "netload-calibration" and document["factors"] == {"S": 0.72, "SECO": 0.8}
    assert read_calibration(path) == calibration
    assert [p.name for p in tmp_path.iterdir()] == ["cal.json"]       # no temporary file left behind
    assert calibration.describe() == "S × 0.7200, SECO × 0.8000 (fitted 2024-01-01 to 2024-03-31 against ONS MMGD " \
                                     "solar part)"
    assert calibration.parameter_differences({"dc_ac_ratio": 1.3, "orientation": "roofs"}) == ["dc_ac_ratio: 1.2 → 1.3"]


@pytest.mark.parametrize("text, message", [
    ("{not json", "cal.json: not a readable calibration file"),
    ('{"factors": {"S": 0.7}}', "cal.json: not a NetLoad calibration file"),
    ('{"format": "netload-calibration", "factors": {}}', 'cal.json: "factors" must map ONS areas'),
    ('{"format": "netload-calibration", "factors": {"S": -1}}', "cal.json: factors: S must be a number between 0"),
    ('{"format": "netload-calibration", "factors": {"S": "0.7"}}', "cal.json: factors: S must be a number"),
])
def test_bad_files_are_named_with_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "cal.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NetLoadError, match=message):
        read_calibration(path)


def test_zones_take_the_area_of_the_nearest_seat():
    # Curitiba, São Paulo, Recife, Manaus, Brasília, Campo Grande (MS is in ONS's SE/CO)
    lat = [-25.43, -23.55, -8.05, -3.12, -15.79, -20.45]
    lon = [-49.27, -46.63, -34.88, -60.02, -47.88, -54.63]
    assert zone_areas(lat, lon, block=4).tolist() == ["S", "SECO", "NE", "N", "SECO", "SECO"]


def test_a_zone_named_by_its_ibge_code_takes_its_states_area_wherever_its_centre_lies():
    """A border municipality's centre may lie nearer a seat across the state line (the demo's PR zones next to
    São Paulo did): its IBGE code decides, as in hidden_load's area totals. Other ids keep the nearest seat."""
    at_sao_paulo = ([-23.55] * 4, [-46.63] * 4)
    ids = ["4106902", "410690", "substation-7", "9999999"]  # Curitiba (PR) with 7 and 6 digits, a name, no state
    assert zone_areas(*at_sao_paulo, ids).tolist() == ["S", "S", "SECO", "SECO"]
    assert zone_areas(*at_sao_paulo).tolist() == ["SECO"] * 4


def test_each_zone_is_multiplied_by_its_area_factor(calibration):
    generation = np.array([[10.0, 10.0, 10.0], [20.0, 0.0, np.nan]])
    scaled, calibrated, uncalibrated = apply_calibration(generation, ["S", "NE", "SECO"], calibration)
    np.testing.assert_allclose(scaled, [[7.2, 10.0, 8.0], [14.4, 0.0, np.nan]], rtol=1e-6)
    assert (calibrated, uncalibrated) == (2, 1) and scaled.dtype == np.float32
