"""netload:run_pipeline under qgis_process: the rooftop step and the PDF REPORT work headless too."""

import re
import shutil
import subprocess

from osgeo import ogr

from tests.headless.conftest import REPO
from tests.support.pv_scene import build_scene
from tests.support.requires import require

require("onnxruntime")
DEMO = REPO / "demo"
ZONE_POINT = (-53.72, -23.50)  # inside Alto Paraíso (PR), as tests/integration/test_run_pipeline_rooftops.py uses


def test_run_pipeline_with_rooftops_and_report_headless(netload_process, shared_data, tmp_path):
    scene = build_scene(shared_data, tmp_path / "scene", ZONE_POINT, epsg=31982, pv=6, no_pv=2)
    output, report = tmp_path / "run.gpkg", tmp_path / "run.pdf"
    reply = netload_process.run_json(
        "netload:run_pipeline", STATES="PR", START="2024-01-10", END="2024-01-10",
        GD_URL=DEMO / "gd_units_GENERATED_PR_SC_RS.zip", MUNICIPALITIES=DEMO / "municipalities_PR_SC_RS.gpkg",
        IRRADIANCE_SOURCE=2, IRRADIANCE_URL=DEMO / "nasa_power_daily_2024-01_south.csv",
        ONS_DATASET=1, ONS_URL=DEMO / "ons_curva_carga_S_2024-01.csv",
        BUILDINGS=scene.buildings, RASTER=scene.raster, OUTPUT_GPKG=output, REPORT=report)
    assert reply["results"]["REPORT"] == str(report)
    assert report.read_bytes().startswith(b"%PDF") and report.with_name("run_chart.png").is_file()
    dataset = ogr.Open(str(output))
    names = {dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())}
    assert {"zones", "hidden_load_area", "rooftops", "undeclared_pv_zones"} <= names
    assert dataset.GetLayerByName("rooftops").GetFeatureCount() == len(scene.labels)
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True, check=True).stdout
        assert int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1)) == 2
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
        assert "Energy ratio" in text and "Rooftop PV model" in text
