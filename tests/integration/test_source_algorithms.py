"""``netload:download_ons_load`` and ``netload:download_irradiance`` through processing.run."""

import zipfile
from datetime import datetime, timezone

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.support.ons_api import OnsApi, half_hour_value


def _layer(path, name=None):
    layer = QgsVectorLayer(str(path) if name is None else f"{path}|layername={name}", "out", "ogr")
    assert layer.isValid(), path
    return layer


def _rows(layer):
    return [{f.name(): feature[f.name()] for f in layer.fields()} for feature in layer.getFeatures()]


def test_ons_api_to_table(netload_provider, fixture_server, tmp_path):
    import processing

    url = OnsApi().install(fixture_server)
    out = tmp_path / "load.gpkg"
    result = processing.run("netload:download_ons_load", {
        "DATASET": 0, "AREAS": "seco,S", "START": "2024-01-01", "END": "2024-01-03", "URL": url, "OUTPUT": str(out)})
    layer = _layer(result["OUTPUT"])
    rows = _rows(layer)
    assert len(rows) == 2 * 3 * 48
    first = min((r for r in rows if r["area"] == "SECO"), key=lambda r: r["time_utc"].toMSecsSinceEpoch())
    assert first["time_utc"].toUTC().toString("yyyy-MM-ddTHH:mm") == "2024-01-01T03:00"
    end_label = datetime(2024, 1, 1, 3, 30, tzinfo=timezone.utc)
    assert first["load_mw"] == pytest.approx(half_hour_value("SECO", end_label))
    assert first["mmgd_mw"] == pytest.approx(round(half_hour_value("SECO", end_label) / 100, 2))
    assert first["dataset"] == "carga_verificada" and first["quality"] == "ok" and first["interval_s"] == 1800


@pytest.mark.parametrize("output", ["memory:", "load.csv"])
def test_ons_to_memory_layer_and_csv(netload_provider, fixture_server, tmp_path, output):
    """A memory layer goes through the Processing sink, a CSV is converted from the GeoPackage writer."""
    import processing

    url = OnsApi().install(fixture_server)
    destination = output if output == "memory:" else str(tmp_path / output)
    result = processing.run("netload:download_ons_load", {
        "DATASET": 0, "AREAS": "S", "START": "2024-01-01", "END": "2024-01-01", "URL": url, "OUTPUT": destination})
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        assert layer == destination
        layer = _layer(layer)
    assert layer.providerType() == ("memory" if output == "memory:" else "ogr")
    rows = _rows(layer)
    assert len(rows) == 48

    def utc(value):  # a memory layer keeps QDateTime, GDAL's CSV writes "2024/01/01 03:00:00+00"
        return value.toUTC().toString("yyyy-MM-dd HH:mm") if hasattr(value, "toUTC") else value[:16].replace("/", "-")

    first = next(r for r in rows if utc(r["time_utc"]) == "2024-01-01 03:00")
    assert float(first["load_mw"]) == pytest.approx(
        half_hour_value("S", datetime(2024, 1, 1, 3, 30, tzinfo=timezone.utc))
    )
    assert first["mmgd_mw"] not in (None, "") and float(first["mmgd_mw"]) == pytest.approx(
        round(half_hour_value("S", datetime(2024, 1, 1, 3, 30, tzinfo=timezone.utc)) / 100, 2))


@pytest.mark.parametrize("output", ["load.gpkg", "memory:"])
def test_ons_output_is_opened_once_as_the_written_layer(netload_provider, fixture_server, tmp_path, output):
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )

    url = OnsApi().install(fixture_server)
    destination = output if output == "memory:" else str(tmp_path / output)
    context = QgsProcessingContext()
    project = QgsProject()
    context.setProject(project)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("netload:download_ons_load")
    results, ok = algorithm.run({"DATASET": 0, "AREAS": "S", "START": "2024-01-01", "END": "2024-01-01", "URL": url,
                                 "OUTPUT": QgsProcessingOutputLayerDefinition(destination, project)},
                                context, QgsProcessingFeedback())
    assert ok
    assert list(context.layersToLoadOnCompletion()) == [results["OUTPUT"]]
    if output != "memory:":
        assert results["OUTPUT"] == f"{destination}|layername=ons_load"


def test_ons_unknown_area_suggests_seco(netload_provider, fixture_server, tmp_path):
    import processing

    url = OnsApi().install(fixture_server)
    with pytest.raises(QgsProcessingException, match="SECO"):
        processing.run("netload:download_ons_load", {
            "AREAS": "SE", "START": "2024-01-01", "END": "2024-01-02", "URL": url, "OUTPUT": str(tmp_path / "x.gpkg")})


def test_ons_curva_carga_csv(netload_provider, shared_data, tmp_path):
    import processing

    template = str(shared_data / "ons" / "curva_carga" / "CURVA_CARGA_{year}_dst_excerpt.csv")
    result = processing.run("netload:download_ons_load", {
        "DATASET": 1, "AREAS": "SECO", "START": "2018-02-17", "END": "2018-11-04", "URL": template,
        "OUTPUT": str(tmp_path / "curva.gpkg")})
    rows = _rows(_layer(result["OUTPUT"]))
    by_time = {r["time_utc"].toUTC().toString("yyyy-MM-ddTHH:mm"): r for r in rows}
    assert by_time["2018-02-18T01:00"]["load_mw"] == pytest.approx(38062.888)  # 23:00 local, first pass (DST)
    assert "dst_ambiguous" in by_time["2018-02-18T01:00"]["quality"]
    assert "2018-02-18T02:00" not in by_time  # the repeated hour's second pass has no value
    assert by_time["2018-11-04T03:00"]["load_mw"] == pytest.approx(32896.773)
    assert all(r["interval_s"] == 3600 for r in rows)


@pytest.fixture()
def inmet_zip(shared_data, repo_root, tmp_path):
    path = tmp_path / "2023.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        sample = next((shared_data / "inmet").glob("*.CSV"))
        archive.write(sample, "2023/INMET_CO_DF_A001_BRASILIA_01-01-2023_A_31-12-2023.CSV")
        curitiba = repo_root / "tests" / "data" / "INMET_S_PR_A807_CURITIBA_01-01-2018_A_31-12-2018.CSV"
        archive.write(curitiba, "2023/INMET_S_PR_A807_CURITIBA_01-01-2023_A_31-12-2023.CSV")
        archive.writestr("2023/README.CSV", "not a station\n")
    return path


def test_irradiance_inmet_extent_in_another_crs(netload_provider, inmet_zip, tmp_path):
    import processing

    # Brasília's surroundings in Web Mercator: A001 inside, Curitiba outside
    extent = "-5400000,-5300000,-1800000,-1700000 [EPSG:3857]"  # xmin,xmax,ymin,ymax
    result = processing.run("netload:download_irradiance", {
        "SOURCE": 1, "URL": str(inmet_zip), "EXTENT": extent, "START": "2023-01-01", "END": "2023-01-01",
        "OUTPUT": str(tmp_path / "stations.gpkg"), "OUTPUT_SERIES": str(tmp_path / "series.gpkg")})
    points = _layer(result["OUTPUT"])
    assert points.crs().authid() == "EPSG:4674"
    [station] = list(points.getFeatures())
    assert station["station"] == "A001" and station["name"] == "BRASILIA"
    assert station["altitude_m"] == pytest.approx(1160.96)
    assert station["founded_on"].toString("yyyy-MM-dd") == "2000-05-07"
    assert station.geometry().asPoint().y() == pytest.approx(-15.78944444)
    series = _rows(_layer(result["OUTPUT_SERIES"]))
    assert len(series) == 24  # hours starting on 2023-01-01 UTC
    noon = next(r for r in series if r["time_utc"].toUTC().toString("HH:mm") == "11:00")
    assert noon["ghi_wm2"] == pytest.approx(1483 / 3.6)  # label 1200 UTC, 1483 kJ/m²
    assert sum(r["ghi_wm2"] or 0 for r in series) * 3.6 == pytest.approx(23896.6)  # the day summed by hand


def test_irradiance_labren_points(netload_provider, shared_data, tmp_path):
    import processing

    csv = shared_data / "inpe_labren" / "global_horizontal_means_SP_excerpt_MODIFIED.csv"
    result = processing.run("netload:download_irradiance", {
        "SOURCE": 0, "URL": str(csv), "EXTENT": "-47.0,-46.0,-24.45,-24.3 [EPSG:4674]",
        "OUTPUT": str(tmp_path / "atlas.gpkg"), "OUTPUT_SERIES": str(tmp_path / "atlas_series.gpkg")})
    rows = {r["station"]: r for r in _rows(_layer(result["OUTPUT"]))}
    assert set(rows) == {"LABREN_4896", "LABREN_4897"}
    assert rows["LABREN_4897"]["ghi_jan"] == 5788 and rows["LABREN_4897"]["ghi_annual"] == 4397


def test_irradiance_nasa_power_saved_reply(netload_provider, shared_data, tmp_path):
    import processing

    csv = shared_data / "nasa_power" / "POWER_Regional_Daily_20240101_20241231_south_excerpt.csv"
    result = processing.run("netload:download_irradiance", {
        "SOURCE": 2, "URL": str(csv), "EXTENT": "-56.6,-56.4,-31.6,-31.4 [EPSG:4674]",
        "START": "2024-01-01", "END": "2024-01-31",
        "OUTPUT": str(tmp_path / "cells.gpkg"), "OUTPUT_SERIES": str(tmp_path / "cells_series.gpkg")})
    [cell] = list(_layer(result["OUTPUT"]).getFeatures())
    assert cell["station"] == "POWER_-31.5_-56.5"
    series = _rows(_layer(result["OUTPUT_SERIES"]))
    assert len(series) == 31 and all(r["interval_s"] == 86400 for r in series)
    first = min(series, key=lambda r: r["time_utc"].toMSecsSinceEpoch())
    assert first["ghi_wm2"] == pytest.approx(5.67 * 1000 / 24)  # '-31.5,-56.5,2024,1,1,5.67'


def test_empty_url_takes_the_source_url_from_netload_settings(netload_provider, inmet_zip, tmp_path):
    """Settings ▸ Options ▸ NetLoad source URLs are what the download algorithms use when URL is empty
    (here the INMET archive 'mirror' is the local test ZIP, so nothing leaves the machine)."""
    import processing
    from qgis.core import QgsApplication

    from netload_plugin.geo.settings import SOURCE_URLS

    inmet, gd = SOURCE_URLS["inmet"], SOURCE_URLS["aneel_gd"]
    try:
        inmet.set_value(str(inmet_zip))
        gd.set_value("https://mirror.example/gd.zip")
        result = processing.run("netload:download_irradiance", {
            "SOURCE": 1, "URL": "", "EXTENT": "-49,-47,-17,-15 [EPSG:4674]", "START": "2023-01-01",
            "END": "2023-01-01", "OUTPUT": str(tmp_path / "stations.gpkg"),
            "OUTPUT_SERIES": str(tmp_path / "series.gpkg")})
        assert [f["station"] for f in _layer(result["OUTPUT"]).getFeatures()] == ["A001"]  # Brasília
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("netload:download_aneel_gd")
        assert algorithm.parameterDefinition("URL").defaultValue() == "https://mirror.example/gd.zip"
    finally:
        inmet.reset()
        gd.reset()
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("netload:download_aneel_gd")
    assert algorithm.parameterDefinition("URL").defaultValue().startswith("https://dadosabertos.aneel.gov.br/")
