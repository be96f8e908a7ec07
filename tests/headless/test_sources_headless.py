"""The source algorithms run from qgis_process with dates given as plain text."""

from qgis.core import QgsVectorLayer

from tests.support.ons_api import OnsApi


def test_download_ons_load_headless(netload_process, fixture_server, tmp_path):
    url = OnsApi().install(fixture_server)
    out = tmp_path / "load.gpkg"
    reply = netload_process.run_json("netload:download_ons_load", DATASET=0, AREAS="N", START="2024-01-01",
                                     END="2024-01-02", URL=url, OUTPUT=out)
    assert reply["results"]["OUTPUT"].startswith(str(out))
    layer = QgsVectorLayer(str(out), "load", "ogr")
    assert layer.isValid() and layer.featureCount() == 2 * 48


def test_download_irradiance_headless(netload_process, shared_data, tmp_path):
    csv = shared_data / "inpe_labren" / "global_horizontal_means_SP_excerpt_MODIFIED.csv"
    out = tmp_path / "atlas.gpkg"
    netload_process.run_json("netload:download_irradiance", SOURCE=0, URL=csv, EXTENT="-49.5,-46,-25.5,-24",
                             OUTPUT=out, OUTPUT_SERIES=tmp_path / "series.gpkg")
    layer = QgsVectorLayer(str(out), "atlas", "ogr")
    assert layer.isValid() and layer.featureCount() == 36
