"""run_pipeline reads each local input's first bytes before any heavy step (issue 17 item 4).

A file that does not fit its parameter stops the run with the same plain-words suggestion as the dock,
before the first download: the GD registry is served by a loopback server that must see no request, no
step is announced, no progress made, and nothing is written (no output, no work folder).
"""

import tempfile

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from tests.headless.conftest import REPO
from tests.support.http_server import FixtureServer

DEMO = REPO / "demo"
CURVA = DEMO / "ons_curva_carga_S_2024-01.csv"
POWER = DEMO / "nasa_power_daily_2024-01_south.csv"
INMET = REPO / "tests" / "data" / "INMET_S_PR_A807_CURITIBA_01-01-2018_A_31-12-2018.CSV"


class RecordingFeedback(QgsProcessingFeedback):
    """Every line and the highest progress a run reported."""

    def __init__(self):
        super().__init__()
        self.lines, self.highest = [], 0.0
        self.progressChanged.connect(lambda value: setattr(self, "highest", max(self.highest, value)))

    def pushInfo(self, info):
        self.lines.append(info)

    def setProgressText(self, text):
        self.lines.append(text)


#: The demo's load table as `make demo` maps it (scripts/run_demo.py), to be spoilt one parameter at a time.
HOURLY = {
    "LOAD_TABLE": str(DEMO / "ons_carga_verificada_S_2024-01_hourly.csv"), "LOAD_MATCH": 1, "LOAD_ZONE_FIELD": "area",
    "LOAD_TIME_FIELD": "data_hora", "LOAD_TIME_ZONE": "America/Sao_Paulo", "LOAD_FIELD": "global_mw", "LOAD_KIND": 1,
    "LOAD_NET_FIELD": "liquida_mw", "LOAD_MMGD_FIELD": "mmgd_mw",
}

CASES = {
    "curva de carga as carga verificada": (
        {"ONS_DATASET": 0, "ONS_URL": str(CURVA)},
        "ONS_URL: ons_curva_carga_S_2024-01.csv looks like ONS's curva de carga CSV: choose 'Curva de carga' "
        "(ONS_DATASET=1)."),
    "INMET file with NASA POWER chosen": (
        {"IRRADIANCE_SOURCE": 2, "IRRADIANCE_URL": str(INMET)},
        f"IRRADIANCE_URL: {INMET.name} looks like an INMET station file: choose 'INMET stations' "
        "(IRRADIANCE_SOURCE=1)."),
    "irradiance file as municipalities": (
        {"MUNICIPALITIES": str(POWER)},
        "MUNICIPALITIES: nasa_power_daily_2024-01_south.csv does not look like a polygon file (GeoPackage, "
        "GeoJSON or shapefile); it looks like a NASA POWER CSV."),
    "ONS's CSV as a load table": (
        {"LOAD_TABLE": str(CURVA), "LOAD_ZONE_FIELD": "id_subsistema"},
        "LOAD_TABLE: ons_curva_carga_S_2024-01.csv looks like ONS's curva de carga CSV, which is not a load table: "
        "give it as ONS_URL with 'Curva de carga' (ONS_DATASET=1)."),
    "registry as a load table": (
        {"LOAD_TABLE": str(DEMO / "gd_units_GENERATED_PR_SC_RS.zip")},
        "LOAD_TABLE: gd_units_GENERATED_PR_SC_RS.zip does not look like a load table; it looks like ANEEL's GD "
        "registry (micro and mini distributed generation)."),
    "a mapped field the load table lacks": (
        {**HOURLY, "LOAD_TIME_FIELD": "hora"},
        "The load table has no field hora (its fields: area, data_hora, global_mw, mmgd_mw, liquida_mw)."),
    "a time zone that cannot be read": (
        {**HOURLY, "LOAD_TIME_ZONE": "Brasilia"},
        "LOAD_TIME_ZONE: 'Brasilia' is not a time zone: use UTC, an offset such as UTC-03:00, or an IANA name such "
        "as America/Sao_Paulo."),
    "a net-load field with a net load": (
        {**HOURLY, "LOAD_KIND": 0},
        "LOAD_NET_FIELD goes with a global load only (LOAD_KIND=1): a net load is already what the substation "
        "meter measured."),
    "a missing file": (
        {"ONS_DATASET": 1, "ONS_URL": str(DEMO / "absent.csv")},
        f"ONS_URL: the file {DEMO / 'absent.csv'} does not exist."),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_wrong_local_file_stops_the_run_before_the_first_download(netload_provider, tmp_path, monkeypatch, case):
    wrong, message = CASES[case]
    work = tmp_path / "tmp"
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))  # where the run's work folder would go
    target = tmp_path / "out" / "run.gpkg"
    feedback = RecordingFeedback()
    with FixtureServer() as server:
        server.add_file("/gd.zip", (DEMO / "gd_units_GENERATED_PR_SC_RS.zip").read_bytes())
        parameters = {
            "STATES": "PR,SC,RS", "START": "2024-01-10", "END": "2024-01-10", "GD_URL": server.url("/gd.zip"),
            "MUNICIPALITIES": str(DEMO / "municipalities_PR_SC_RS.gpkg"), "IRRADIANCE_SOURCE": 2,
            "IRRADIANCE_URL": str(POWER), "ONS_DATASET": 1, "ONS_URL": str(CURVA), "OUTPUT_GPKG": str(target),
            **wrong,
        }
        with pytest.raises(QgsProcessingException) as raised:
            processing.run("netload:run_pipeline", parameters, feedback=feedback)
        assert server.requests == []  # the registry was never asked for
    assert str(raised.value) == message
    assert feedback.highest == 0 and not any("GD units" in line for line in feedback.lines), feedback.lines
    assert not target.parent.exists() and not list(work.iterdir())


def test_right_files_and_urls_pass_the_check(netload_provider):
    """The check reads local files only: the demo's files in their rows, URLs and templates pass untouched."""
    from qgis.core import QgsProcessingContext

    from netload_plugin.processing.algorithms.run_pipeline import RunPipelineAlgorithm

    algorithm = RunPipelineAlgorithm()
    algorithm.initAlgorithm()
    parameters = {
        "GD_URL": str(DEMO / "gd_units_GENERATED_PR_SC_RS.zip"),
        "MUNICIPALITIES": "https://x.org/geojs-{code}-mun.json",
        "IRRADIANCE_SOURCE": 2, "IRRADIANCE_URL": str(POWER), "ONS_DATASET": 1, "ONS_URL": str(CURVA),
    }
    algorithm.check_local_inputs(parameters, QgsProcessingContext(), zones_given=False)  # raises nothing
    # with a load table, ONS_URL is not read (nor checked); with zones, MUNICIPALITIES neither
    with_table = {**parameters, **HOURLY, "ONS_URL": str(POWER), "MUNICIPALITIES": str(POWER)}
    algorithm.check_local_inputs(with_table, QgsProcessingContext(), zones_given=True)
