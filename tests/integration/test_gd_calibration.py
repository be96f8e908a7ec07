"""netload:estimate_gd_generation's CALIBRATION and ORIENTATION, on the LABREN cell of São Paulo (tests/data).

Expected values come from the inputs: a calibrated run is the physical run times the factor of the
zone's ONS area (São Paulo state → SECO), written in the file by the test.
"""
import json
from pathlib import Path

import processing
import pytest
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException

from netload_plugin.core.calibration import Calibration, write_calibration
from tests.support.layers import memory_layer

DATA = Path(__file__).resolve().parents[1] / "data"
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@pytest.fixture
def sao_paulo():
    """The zone around São Paulo's seat and its LABREN cell (id 5728) as the irradiance layer."""
    lines = (DATA / "inpe_labren" / "global_horizontal_means_capitals.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(";")
    row = next(dict(zip(header, line.split(";"))) for line in lines[1:] if line.startswith("5728;"))
    lon, lat = float(row["LON"]), float(row["LAT"])
    irradiance = memory_layer("Point?crs=EPSG:4674", [("station", "string")] + [(f"ghi_{m}", "double") for m in MONTHS],
                              [(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)),
                                ["LABREN_5728", *(float(row[m.upper()]) for m in MONTHS)])])
    square = QgsGeometry.fromWkt(f"POLYGON(({lon - 0.02} {lat - 0.02}, {lon + 0.02} {lat - 0.02}, {lon + 0.02} "
                                 f"{lat + 0.02}, {lon - 0.02} {lat + 0.02}, {lon - 0.02} {lat - 0.02}))")
    zones = memory_layer("Polygon?crs=EPSG:4674", [("zone_id", "string"), ("gd_capacity_kw", "double")],
                         [(square, ["SP", 1000.0])])
    return zones, irradiance


def _run(zones, irradiance, **extra):
    result = processing.run("netload:estimate_gd_generation", {
        "ZONES": zones, "IRRADIANCE": irradiance, "IRRADIANCE_MODE": 4, "START": "2024-01-01", "END": "2024-01-02",
        "OUTPUT": "memory:", **extra})
    rows = {f["time_utc"].toPyDateTime(): f["generation_mw"] for f in result["OUTPUT"].getFeatures()}
    return rows, json.loads(result["PROVENANCE"])


def _calibration(tmp_path, factors) -> str:
    path = tmp_path / "calibration.json"
    model = {"dc_ac_ratio": 1.2}
    write_calibration(path, Calibration(factors, ("2024-01-01", "2024-03-31"), "ONS MMGD (test)", model, "0.1.0"))
    return str(path)


def test_calibration_multiplies_by_the_zone_area_factor(netload_provider, sao_paulo, tmp_path):
    zones, irradiance = sao_paulo
    physical, provenance = _run(zones, irradiance)
    assert provenance["calibration"] is None and provenance["model"]["orientation"].startswith("roofs")
    calibrated, provenance = _run(zones, irradiance, CALIBRATION=_calibration(tmp_path, {"SE": 0.7, "S": 0.5}))
    assert set(calibrated) == set(physical) and sum(physical.values()) > 0
    for time, value in physical.items():
        assert calibrated[time] == pytest.approx(0.7 * value, rel=1e-6)
    assert provenance["calibration"]["factors"] == {"SECO": 0.7, "S": 0.5}
    assert provenance["calibration"]["zones_calibrated"] == 1 and provenance["plugin_version"]


def test_zones_of_areas_without_a_factor_keep_the_physical_model(netload_provider, sao_paulo, tmp_path):
    zones, irradiance = sao_paulo
    physical, _ = _run(zones, irradiance)
    calibrated, provenance = _run(zones, irradiance, CALIBRATION=_calibration(tmp_path, {"NE": 0.6}))
    assert calibrated == physical and provenance["calibration"]["zones_uncalibrated"] == 1


def test_a_broken_calibration_file_is_named(netload_provider, sao_paulo, tmp_path):
    zones, irradiance = sao_paulo
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "netload-calibration", "factors": {"XX": 1.0}}', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="broken.json: factors: unknown ONS area 'XX'"):
        _run(zones, irradiance, CALIBRATION=str(broken))


def test_one_plane_orientation_uses_tilt_and_azimuth(netload_provider, sao_paulo):
    """A plane at 60° facing south yields far less in January than the fleet of roofs: the sun stands
    near the zenith at noon and low in the east and west, so a steep plane catches oblique light."""
    zones, irradiance = sao_paulo
    fleet, _ = _run(zones, irradiance)
    plane, provenance = _run(zones, irradiance, ORIENTATION=2, TILT=60.0, AZIMUTH=180.0)
    assert provenance["model"]["orientation"] is None and provenance["model"]["tilt_deg"] == 60.0
    assert 0 < sum(plane.values()) < 0.8 * sum(fleet.values())
