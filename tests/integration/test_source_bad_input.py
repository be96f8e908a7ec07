"""Bad input through the source algorithms (issue 14 items 2 and 3): refused before any request, or the lost
cell named in the log — never exit 0 with nothing said."""

import zipfile
from pathlib import Path

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

DATA = Path(__file__).resolve().parents[1] / "data"
INMET = DATA / "inmet" / "INMET_CO_DF_A001_BRASILIA_2023-01-01_03_REASSEMBLED.latin1.CSV"
RADIATION = "RADIACAO GLOBAL (Kj/m²)"


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


@pytest.mark.parametrize("dataset", [0, 1], ids=["carga_verificada", "curva_carga"])
def test_download_ons_load_refuses_start_after_end_before_any_request(netload_provider, fixture_server, tmp_path,
                                                                      dataset):
    output = tmp_path / "load.gpkg"
    with pytest.raises(QgsProcessingException, match="END 2024-01-01 is before START 2024-02-01"):
        processing.run("netload:download_ons_load", {
            "DATASET": dataset, "AREAS": "S", "START": "2024-02-01", "END": "2024-01-01",
            "URL": fixture_server.url("/ons"), "OUTPUT": str(output)})
    assert fixture_server.requests == [] and not output.exists()


def test_an_unreadable_inmet_cell_is_null_alone_and_named_in_the_log(netload_provider, tmp_path):
    lines = INMET.read_bytes().split(b"\n")
    lines[19] = lines[19].replace(b";253,8;", b";253,8x;")  # line 20, label 2023/01/01 1000 UTC
    archive = tmp_path / "2023.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("INMET_CO_DF_A001_BRASILIA_01-01-2023_A_31-12-2023.CSV", b"\n".join(lines))
    feedback = RecordingFeedback()
    result = processing.run("netload:download_irradiance", {
        "SOURCE": 1, "URL": str(archive), "EXTENT": "-48.5,-47.3,-16.2,-15.4 [EPSG:4674]", "START": "2023-01-01",
        "END": "2023-01-03", "OUTPUT": str(tmp_path / "stations.gpkg"),
        "OUTPUT_SERIES": str(tmp_path / "series.gpkg")}, feedback=feedback)
    series = QgsVectorLayer(result["OUTPUT_SERIES"], "series", "ogr")
    values = [f["ghi_wm2"] for f in series.getFeatures()]
    measured = [v for v in values if v is not None and not (hasattr(v, "isNull") and v.isNull())]
    cells = [line.split(b";")[6] for line in INMET.read_bytes().split(b"\n")[9:] if line.strip()]
    assert len(values) == 71 and len(measured) == sum(1 for c in cells if c) - 1 == 40
    assert any(f"A001 (INMET_CO_DF_A001_BRASILIA_01-01-2023_A_31-12-2023.CSV): 1 unreadable {RADIATION} value(s) "
               "read as NULL" in warning and "line 20" in warning for warning in feedback.warnings), feedback.warnings
