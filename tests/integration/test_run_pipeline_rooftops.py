"""netload:run_pipeline with its rooftop step (BUILDINGS + RASTER) and a PDF REPORT, on the demo data.

The scene (labelled pv_chips, one square roof per chip) lies in São Pedro do Paraná (PR), the municipality
with the smallest generated GD fleet of the demo registry (6 units, 279 kW; the registry follows ANEEL's
register totals, so every municipality has some), and has more PV roofs than that fleet explains. What
the pipeline must find is worked out here without it: the PV roofs from the bundled model scored directly
on the chip files, their capacity from the roof area and the documented assumptions, the registered kW
from the demo CSV by point in polygon, and the undeclared PV generation as the zone's undeclared kW
times its per-kW registered generation profile.
"""

import csv
import re
import shutil
import subprocess
import sys
import zipfile

import numpy as np
import pandas as pd
import pytest
from osgeo import gdal, ogr
from qgis.core import QgsCategorizedSymbolRenderer, QgsProcessingException, QgsVectorLayer

from netload_plugin.core.rooftop_estimate import DEFAULT_KWP_PER_M2, DEFAULT_PV_AREA_FRACTION
from netload_plugin.processing.algorithms.classify_rooftops import BUNDLED_MODEL
from tests.headless.conftest import REPO
from tests.support.pv_scene import build_scene
from tests.support.requires import require, require_program

require("onnxruntime")
from netload_plugin.core.onnx_runtime import RooftopModel

DEMO = REPO / "demo"
ZONE = "4125902"  # São Pedro do Paraná, PR: the smallest registered fleet of the demo's PR municipalities
PV_ROOFS = 36  # 20 kW each by the documented assumptions: about twice what ZONE's registered fleet explains
DAY = "2024-01-10"


def demo_parameters(output, **extra):
    parameters = {
        "STATES": "PR",
        "START": DAY,
        "END": DAY,
        "GD_URL": str(DEMO / "gd_units_GENERATED_PR_SC_RS.zip"),
        "MUNICIPALITIES": str(DEMO / "municipalities_PR_SC_RS.gpkg"),
        "IRRADIANCE_SOURCE": 2,
        "IRRADIANCE_URL": str(DEMO / "nasa_power_daily_2024-01_south.csv"),
        "ONS_DATASET": 1,
        "ONS_URL": str(DEMO / "ons_curva_carga_S_2024-01.csv"),
        "OUTPUT_GPKG": str(output),
    }
    parameters.update(extra)
    return parameters


def zone_geometry(code):
    dataset = ogr.Open(str(DEMO / "municipalities_PR_SC_RS.gpkg"))
    layer = dataset.GetLayer(0)
    layer.SetAttributeFilter(f"ibge_code = '{code}'")
    feature = layer.GetNextFeature()  # kept alive while its geometry is cloned
    return feature.GetGeometryRef().Clone()


def registry_rows(path=DEMO / "gd_units_GENERATED_PR_SC_RS.zip") -> pd.DataFrame:
    """The demo registry's distinct rows (ANEEL CSV in a zip, or a CSV), as text."""
    if str(path).endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            frame = pd.read_csv(archive.open(archive.namelist()[0]), sep=";", encoding="latin-1", dtype=str)
    else:
        frame = pd.read_csv(path, sep=";", encoding="latin-1", dtype=str)
    return frame.drop_duplicates()  # NetLoad drops exact duplicate rows


def units_in(geometry, frame: pd.DataFrame) -> np.ndarray:
    """Mask of the registry rows whose coordinates (comma decimals) fall in ``geometry``."""
    def number(column):
        return pd.to_numeric(frame[column].str.replace(",", "."), errors="coerce")

    lon, lat = number("NumCoordEEmpreendimento").to_numpy(), number("NumCoordNEmpreendimento").to_numpy()
    west, east, south, north = geometry.GetEnvelope()
    inside = (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
    for index in np.flatnonzero(inside):
        inside[index] = geometry.Contains(ogr.CreateGeometryFromWkt(f"POINT ({lon[index]} {lat[index]})"))
    return inside


def registered_kw_in(geometry, frame: pd.DataFrame | None = None) -> float:
    """Capacity of the registry's GD units whose coordinates fall in ``geometry``."""
    frame = registry_rows() if frame is None else frame
    kw = pd.to_numeric(frame["MdaPotenciaInstaladaKW"].str.replace(",", "."), errors="coerce")
    return float(kw[units_in(geometry, frame)].sum())


@pytest.fixture(scope="module")
def rooftop_run(netload_provider, shared_data, tmp_path_factory):
    import processing

    folder = tmp_path_factory.mktemp("rooftop_pipeline")
    surface = zone_geometry(ZONE).PointOnSurface()
    scene = build_scene(shared_data, folder / "scene", (surface.GetX(), surface.GetY()), epsg=31982, pv=PV_ROOFS)
    result = processing.run(
        "netload:run_pipeline",
        demo_parameters(
            folder / "out.gpkg",
            BUILDINGS=str(scene.buildings),
            RASTER=str(scene.raster),
            REPORT=str(folder / "report.pdf"),
        ),
    )
    return scene, folder / "out.gpkg", result


def layer(path, name):
    loaded = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert loaded.isValid(), name
    return loaded


def test_undeclared_pv_reaches_hidden_load_as_computed_independently(rooftop_run):
    scene, gpkg, _ = rooftop_run
    model = RooftopModel(BUNDLED_MODEL)
    has_pv = model.predict(scene.chips) >= model.contract.threshold
    assert has_pv.sum() >= 5  # the scene really shows PV
    roof_kw = scene.roof_side_m ** 2 * DEFAULT_PV_AREA_FRACTION * DEFAULT_KWP_PER_M2
    registered_kw = registered_kw_in(zone_geometry(ZONE))
    expected_kw = max(0.0, has_pv.sum() * roof_kw - registered_kw)
    assert 0 < registered_kw < expected_kw  # a zone whose undeclared excess is neither 0 nor all of it

    zones = {f["ibge_code"]: f for f in layer(gpkg, "undeclared_pv_zones").getFeatures()}
    assert zones[ZONE]["undeclared_kw"] == pytest.approx(expected_kw, rel=5e-3)
    assert zones[ZONE]["gd_kw"] == pytest.approx(registered_kw, rel=1e-6)
    assert sum(f["undeclared_kw"] for f in zones.values()) == pytest.approx(zones[ZONE]["undeclared_kw"])

    generation = pd.DataFrame([(f["time_utc"].toString("yyyy-MM-ddTHH:mm:ss"), f["generation_mw"], f["capacity_kw"])
                               for f in layer(gpkg, "gd_generation").getFeatures() if f["zone_id"] == ZONE],
                              columns=["time", "generation_mw", "capacity_kw"]).set_index("time")
    assert (generation["capacity_kw"] > 0).all()
    expected_mw = zones[ZONE]["undeclared_kw"] * generation["generation_mw"] / generation["capacity_kw"]
    area = {
        f["time_utc"].toString("yyyy-MM-ddTHH:mm:ss"): f["undeclared_pv_mw"]
        for f in layer(gpkg, "hidden_load_area").getFeatures()
    }
    common = sorted(set(area) & set(expected_mw.index))
    assert len(common) >= 20 and expected_mw[common].max() > 0
    np.testing.assert_allclose([area[t] for t in common], expected_mw[common].to_numpy(), rtol=1e-6, atol=1e-12)
    for row in layer(gpkg, "hidden_load_area").getFeatures():
        assert row["hidden_load_mw"] == pytest.approx(row["registered_gd_mw"] + row["undeclared_pv_mw"])


def test_rooftops_layer_is_in_the_geopackage_styled_by_status(rooftop_run):
    scene, gpkg, _ = rooftop_run
    roofs = layer(gpkg, "rooftops")
    assert roofs.featureCount() == len(scene.labels)
    statuses = {f["status"] for f in roofs.getFeatures()}
    assert statuses <= {"declared", "undeclared", "no_pv", "not_classified"} and "undeclared" in statuses
    renderer = roofs.renderer()  # the default style stored in the GeoPackage
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "status"


def test_report_is_a_two_page_pdf_with_the_metrics_and_sources(rooftop_run):
    _, gpkg, result = rooftop_run
    pdf = gpkg.with_name("report.pdf")
    assert result["REPORT"] == str(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and gpkg.with_name("report_chart.png").is_file()
    assert not list(gpkg.parent.glob("*.partial"))
    if not shutil.which("pdftotext"):
        assert int(re.findall(rb"/Count\s+(\d+)", data)[-1]) == 2
        require_program("pdftotext", package="poppler-utils")  # page text not checked without it
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1)) == 2
    pages = [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                            text=True, check=True).stdout for n in (1, 2)]
    assert "NetLoad PR 2024-01-10–2024-01-10" in pages[0]
    assert "Energy ratio" in pages[0] and "Capacity factor" in pages[0]
    summary = layer(gpkg, "hidden_load_summary")
    rows = next(summary.getFeatures())["rows_compared"]
    assert re.search(rf"Intervals compared\s+{rows}\b", pages[0])
    for name in ("ANEEL", "ONS", "Buildings", "Imagery", "Rooftop PV model", "scene.tif"):
        assert name in pages[1], name


def test_missing_onnxruntime_stops_the_run_before_any_download(netload_provider, monkeypatch, tmp_path):
    import processing

    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    buildings = tmp_path / "b.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(buildings))
    dataset.CreateLayer("buildings", None, ogr.wkbPolygon)
    dataset = None
    raster = tmp_path / "r.tif"
    image = gdal.GetDriverByName("GTiff").Create(str(raster), 4, 4, 3)
    image.SetGeoTransform((-50.0, 1e-5, 0, -25.0, 0, -1e-5))
    image = None
    parameters = demo_parameters(tmp_path / "out.gpkg", BUILDINGS=str(buildings), RASTER=str(raster),
                                 GD_URL=str(tmp_path / "never-read.zip"))
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("netload:run_pipeline", parameters)
    message = str(caught.value)
    assert "onnxruntime" in message and "netload:install_dependencies" in message
    assert not (tmp_path / "out.gpkg").exists()


@pytest.mark.parametrize("extra, fragment", [
    (dict(RASTER="scene.tif"), "give BUILDINGS too"),
    (dict(BUILDINGS="b.gpkg", UNDECLARED_PV="u.gpkg"), "not both"),
    (dict(BUILDINGS="b.gpkg"), "RASTER"),
])
def test_contradictory_rooftop_parameters_are_refused(netload_provider, rooftop_run, tmp_path, extra, fragment):
    import processing

    scene, gpkg, _ = rooftop_run
    files = {
        "scene.tif": str(scene.raster),
        "b.gpkg": str(scene.buildings),
        "u.gpkg": f"{gpkg}|layername=undeclared_pv_zones",
    }
    parameters = demo_parameters(tmp_path / "out.gpkg", **{key: files[value] for key, value in extra.items()})
    with pytest.raises(QgsProcessingException, match=fragment):
        processing.run("netload:run_pipeline", parameters)


def test_download_imagery_fetches_inpe_scenes_over_the_buildings_for_the_period(
    netload_provider, rooftop_run, tmp_path
):
    """DOWNLOAD_IMAGERY: the same scene served as a CBERS COG by a loopback STAC catalogue (set in NetLoad's
    settings) gives the same answer."""
    import json

    import processing

    from netload_plugin.geo.settings import SOURCE_URLS
    from tests.integration.test_download_inpe_imagery import item
    from tests.support.http_server import FixtureServer, Reply

    scene, gpkg, _ = rooftop_run
    cog = tmp_path / "scene_cog.tif"
    gdal.Translate(str(cog), str(scene.raster), format="COG", creationOptions=["BLOCKSIZE=256", "COMPRESS=NONE"])
    with FixtureServer() as server:
        path = "/cogs/CBERS4A_WPM_PCA_RGB321_20240110_197_123.tif"
        server.add_file(path, cog.read_bytes(), "image/tiff")
        page = {"type": "FeatureCollection", "features": [item("CLEAR", 5.0, server.url(path))], "links": []}
        server.route(
            "/stac/search", lambda request: Reply(body=json.dumps(page).encode(), content_type="application/geo+json")
        )
        stac_setting = SOURCE_URLS["stac"]  # no STAC_URL: the catalogue set in NetLoad's settings is used
        stac_setting.set_value(server.url("/stac/"))
        try:
            processing.run("netload:run_pipeline", demo_parameters(
                tmp_path / "out.gpkg", BUILDINGS=str(scene.buildings), DOWNLOAD_IMAGERY=True))
        finally:
            stac_setting.reset()
        search = server.requests_for("/stac/search")[0]
    assert search.query["datetime"] == [f"{DAY}T00:00:00Z/{DAY}T23:59:59Z"]
    west, south, east, north = (float(value) for value in search.query["bbox"][0].split(","))
    dataset = ogr.Open(str(scene.buildings))  # kept alive while its layer is read
    buildings = dataset.GetLayer(0).GetExtent()  # (west, east, south, north)
    assert west < buildings[0] and east > buildings[1] and south < buildings[2] and north > buildings[3]
    assert east - west < 0.01 and north - south < 0.01  # the buildings' surroundings, not the state
    got = {
        f["ibge_code"]: f["undeclared_kw"] for f in layer(tmp_path / "out.gpkg", "undeclared_pv_zones").getFeatures()
    }
    expected = {f["ibge_code"]: f["undeclared_kw"] for f in layer(gpkg, "undeclared_pv_zones").getFeatures()}
    assert got == pytest.approx(expected)


def test_cancel_during_the_rooftop_step_leaves_the_previous_output(netload_provider, rooftop_run, tmp_path):
    import processing
    from qgis.core import QgsProcessingFeedback

    class CancelAtRooftops(QgsProcessingFeedback):
        def pushInfo(self, info):
            super().pushInfo(info)
            if "rooftops" in info.lower():
                self.cancel()

    scene, _, _ = rooftop_run
    target = tmp_path / "out.gpkg"
    target.write_bytes(b"the previous run")
    result = processing.run("netload:run_pipeline", demo_parameters(
        target, BUILDINGS=str(scene.buildings), RASTER=str(scene.raster), REPORT=str(tmp_path / "out.pdf")),
        feedback=CancelAtRooftops())
    assert target.read_bytes() == b"the previous run"
    assert not (tmp_path / "out.pdf").exists() and not list(tmp_path.glob("*.partial"))
    assert "REPORT" not in result


def test_undeclared_pv_in_a_zone_without_registered_units_is_reported(netload_provider, shared_data, tmp_path):
    """Nova América da Colina (PR) with its generated GD units taken out of the registry: its undeclared PV
    borrows the area's per-kW profile (not a silent zero), and the log says so."""
    import processing
    from qgis.core import QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, warning):
            super().pushWarning(warning)
            self.warnings.append(warning)

    zone = "4116604"
    rows = registry_rows()
    emptied = rows[~units_in(zone_geometry(zone), rows) & ~rows["CodMunicipioIbge"].str.startswith(zone[:6])]
    registry = tmp_path / "registry_without_the_zone.csv"
    emptied.to_csv(registry, sep=";", quoting=csv.QUOTE_ALL, index=False, encoding="latin-1", lineterminator="\r\n")
    assert len(emptied) < len(rows) and registered_kw_in(zone_geometry(zone), registry_rows(registry)) == 0
    surface = zone_geometry(zone).PointOnSurface()
    scene = build_scene(shared_data, tmp_path / "scene", (surface.GetX(), surface.GetY()), epsg=31982, pv=4, no_pv=0)
    feedback = Warnings()
    processing.run("netload:run_pipeline", demo_parameters(tmp_path / "out.gpkg", BUILDINGS=str(scene.buildings),
                                                           RASTER=str(scene.raster), GD_URL=str(registry)),
                   feedback=feedback)
    zones = {f["ibge_code"]: f for f in layer(tmp_path / "out.gpkg", "undeclared_pv_zones").getFeatures()}
    undeclared = zones[zone]["undeclared_kw"]
    assert undeclared > 0
    assert any(w.startswith(f"1 zone(s) with {round(undeclared, 1)} kW") for w in feedback.warnings), feedback.warnings
    hidden = {f["ibge_code"]: f for f in layer(tmp_path / "out.gpkg", "zones").getFeatures()}[zone]
    assert hidden["undeclared_pv_mwh"] > 0
