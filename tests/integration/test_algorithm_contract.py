"""What NetLoadAlgorithm promises for every algorithm: how a cancel, an error and an unwritable output end.

A cancel ends the same way everywhere: no output, earlier outputs byte for byte as they were. Each
algorithm runs on the real Processing path three times on inputs the project carries (``demo/``,
``tests/data``) or the test makes:

1. a full run that writes the outputs a cancelled run must then leave alone, counting the cancel checks
   (``feedback.isCanceled()`` calls) and noting the last one made before any output file changed;
2. a run cancelled at the first check (the first step);
3. a run cancelled at that last check before writing (the latest step a cancel can still stop).

An output in a folder that cannot be created stops every algorithm before its first step, in one line.
"""

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingFeedback

from netload_plugin.processing.base import NetLoadAlgorithm
from tests.support.layers import memory_layer

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "demo"
QUIRKS = REPO / "tests" / "data" / "aneel_gd_quirks.latin1.csv"
DAY = "2024-01-10"
CURITIBA_AREA = ("4106902", "4119152", "4125506")  # Curitiba, Pinhais, São José dos Pinhais
#: The header of ANEEL's SIGA table (siga-empreendimentos-geracao.csv); the rows below are made up.
SIGA_HEADER = (
    "DatGeracaoConjuntoDados;NomEmpreendimento;IdeNucleoCEG;CodCEG;SigUFPrincipal;SigTipoGeracao;DscFaseUsina;"
    "DscOrigemCombustivel;DscFonteCombustivel;DscTipoOutorga;NomFonteCombustivel;DatEntradaOperacao;"
    "MdaPotenciaOutorgadaKw;MdaPotenciaFiscalizadaKw;MdaGarantiaFisicaKw;IdcGeracaoQualificada;"
    "NumCoordNEmpreendimento;NumCoordEEmpreendimento;DatInicioVigencia;DatFimVigencia;"
    "DscPropriRegimePariticipacao;DscSubBacia;DscMuninicpios")
ROOF_CENTRES = [(500_020.0 + 40 * (i % 4), 7_399_980.0 - 40 * (i // 4)) for i in range(12)]  # UTM 23S


class CancelAfterChecks(QgsProcessingFeedback):
    """Counts cancel checks; from check number ``cancel_at`` on, the run is cancelled.

    ``cancel()`` (not only the answer) so that child feedbacks (QgsProcessingMultiStepFeedback) follow.
    At every check it also notes whether any ``watched`` file has changed since the run began.
    """

    def __init__(self, cancel_at=None, watched=()):
        super().__init__()
        self.cancel_at, self.watched = cancel_at, list(watched)
        self.checks = 0
        self.initial = _signature(self.watched)
        self.last_check_before_writing = 0

    def isCanceled(self):
        self.checks += 1
        if _signature(self.watched) == self.initial:
            self.last_check_before_writing = self.checks
        if self.cancel_at is not None and self.checks >= self.cancel_at and not super().isCanceled():
            self.cancel()
        return super().isCanceled()


def _signature(paths):
    return [(path.stat().st_size, path.stat().st_mtime_ns) if path.exists() else None for path in paths]


@dataclass
class Case:
    """An algorithm run: its parameters and its file outputs (parameter name → path)."""

    algorithm: str
    parameters: dict
    outputs: dict = field(default_factory=dict)

    def run(self, feedback):
        import processing

        return processing.run(self.algorithm, {**self.parameters, **{k: str(v) for k, v in self.outputs.items()}},
                              feedback=feedback)


# -- inputs --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def stac_catalogue(tmp_path_factory):
    """A loopback STAC catalogue with one clear scene (a COG made here) and a cache of its own."""
    from netload_plugin.geo import settings
    from tests.support.http_server import FixtureServer, Reply
    from tests.support.stac import item, make_cog

    folder = tmp_path_factory.mktemp("stac")
    make_cog(folder / "scene.tif", size=512)
    settings.set_cache_dir(folder / "cache")
    with FixtureServer() as server:
        cog = "/cogs/CBERS4A_WPM_PCA_RGB321_20240924_197_123.tif"
        server.add_file(cog, (folder / "scene.tif").read_bytes(), "image/tiff")
        page = {"type": "FeatureCollection", "features": [item("CLEAR", 5.0, server.url(cog))], "links": []}
        server.route("/stac/search", lambda request: Reply(body=json.dumps(page).encode(),
                                                           content_type="application/geo+json"))
        yield server.url("/stac/")
    settings.set_cache_dir(None)


@pytest.fixture(scope="module")
def inputs(netload_provider, stac_catalogue, tmp_path_factory):
    """The inputs of the chain, each made by the algorithm that makes it in a real run."""
    import processing

    folder = tmp_path_factory.mktemp("cancel_inputs")
    made = {"folder": folder, "stac": stac_catalogue}
    made["gd"] = processing.run("netload:download_aneel_gd", {"URL": str(QUIRKS), "OUTPUT": str(folder / "gd.gpkg")})[
        "OUTPUT"
    ]
    zones = folder / "zones.gpkg"
    codes = ",".join(f"'{code}'" for code in CURITIBA_AREA)
    gdal.VectorTranslate(str(zones), str(DEMO / "municipalities_PR_SC_RS.gpkg"), layerName="zones",
                         where=f"ibge_code IN ({codes})")
    made["zones"] = str(zones)
    made["capacity"] = processing.run("netload:aggregate_gd", {
        "GD_UNITS": made["gd"], "ZONES": made["zones"], "OUTPUT": str(folder / "capacity.gpkg")})["OUTPUT"]
    irradiance = processing.run("netload:download_irradiance", irradiance_parameters(folder))
    made["irradiance"], made["series"] = irradiance["OUTPUT"], irradiance["OUTPUT_SERIES"]
    generation = processing.run("netload:estimate_gd_generation", generation_parameters(made, folder))
    made["generation"], made["zones_generation"] = generation["OUTPUT"], generation["OUTPUT_ZONES"]
    made["ons"] = processing.run("netload:download_ons_load", ons_parameters(folder))["OUTPUT"]
    made["siga"] = write_siga(folder / "siga.csv")
    made["raster"], made["model"] = rooftop_scene(folder)
    made["rooftops"] = processing.run("netload:classify_rooftops", rooftop_parameters(made, folder))["OUTPUT"]
    return made


def irradiance_parameters(folder):
    return {"SOURCE": 2, "URL": str(DEMO / "nasa_power_daily_2024-01_south.csv"),
            "EXTENT": "-49.6,-48.9,-25.8,-25.2 [EPSG:4674]", "START": DAY, "END": DAY,
            "OUTPUT": str(folder / "irradiance.gpkg"), "OUTPUT_SERIES": str(folder / "series.gpkg")}


def generation_parameters(made, folder):
    return {"ZONES": made["capacity"], "ZONE_ID": "ibge_code", "IRRADIANCE": made["irradiance"],
            "IRRADIANCE_SERIES": made["series"], "IRRADIANCE_MODE": 2, "START": DAY, "END": DAY,
            "OUTPUT": str(folder / "generation.gpkg"), "OUTPUT_ZONES": str(folder / "zones_generation.gpkg")}


def ons_parameters(folder):
    return {"DATASET": 1, "AREAS": "S", "START": DAY, "END": DAY, "URL": str(DEMO / "ons_curva_carga_S_2024-01.csv"),
            "OUTPUT": str(folder / "ons.gpkg")}


def rooftop_parameters(made, folder):
    return {"BUILDINGS": buildings(), "RASTER": made["raster"], "MODEL": made["model"], "BATCH_SIZE": 4,
            "OUTPUT": str(folder / "rooftops.gpkg")}


def write_siga(path):
    """A SIGA table of three plants in ANEEL's format (latin-1, ``;``, quoted, decimal comma)."""
    rows = [
        ("2026-10-01", "Usina Um", "000001", "UFV.RS.PR.000001-1.01", "PR", "UFV", "Operação", "Solar",
         "Radiação solar", "Autorização", "Radiação solar", "2021-03-01", "1000,00", "1000", ",00", "Não",
         "-25,43", "-49,27", "2021-01-01", "2051-01-01", "", "", "Curitiba - PR"),
        ("2026-10-01", "Usina Dois", "000002", "UTE.FL.SC.000002-1.01", "SC", "UTE", "Operação", "Fóssil",
         "Gás natural", "Autorização", "Gás natural", "2010-06-01", "5000,00", "5000", ",00", "Não",
         "-27,59", "-48,55", "2010-01-01", "2040-01-01", "", "", "Florianópolis - SC"),
        ("2026-10-01", "Usina Três", "000003", "CGH.PH.RS.000003-1.01", "RS", "CGH", "Operação", "Hídrica",
         "Potencial hidráulico", "Registro", "Potencial hidráulico", "1990-01-01", "800,00", "800", ",00", "Não",
         "-29,68", "-51,13", "1990-01-01", "2030-01-01", "", "", "Novo Hamburgo - RS"),
    ]
    lines = [";".join(f'"{name}"' for name in SIGA_HEADER.split(";"))]
    lines += [";".join(f'"{value}"' for value in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    return str(path)


def rooftop_scene(folder):
    """A 0.5 m RGB raster with bright roofs (PV for the tiny model) and dark ones, and the tiny ONNX model."""
    from tests.support.rasters import write_geotiff
    from tests.support.tiny_onnx import valid_metadata, write_model

    pixels = np.full((3, 400, 400), 40, dtype=np.uint8)
    for number, (x, y) in enumerate(ROOF_CENTRES):
        column, row = int((x - 500_000) / 0.5), int((7_400_000 - y) / 0.5)
        pixels[:, row - 10:row + 10, column - 10:column + 10] = 230 if number % 2 else 20
    raster = write_geotiff(folder / "scene.tif", pixels, (500_000.0, 7_400_000.0), 0.5)
    return str(raster), str(write_model(folder / "tiny.onnx", valid_metadata()))


def buildings():
    return memory_layer("Polygon?crs=EPSG:31983", [("roof_id", "int")], [
        (QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(4, 1).boundingBox()), [number])
        for number, (x, y) in enumerate(ROOF_CENTRES)], name="roofs")


# -- cases -----------------------------------------------------------------------------------------
def download_aneel_gd(made, out):
    return Case("netload:download_aneel_gd", {"URL": str(QUIRKS)}, {"OUTPUT": out / "gd.gpkg"})


def download_aneel_siga(made, out):
    return Case("netload:download_aneel_siga", {"URL": made["siga"]}, {"OUTPUT": out / "siga.gpkg"})


def download_ons_load(made, out):
    parameters = ons_parameters(out)
    return Case("netload:download_ons_load", parameters, {"OUTPUT": Path(parameters.pop("OUTPUT"))})


def download_irradiance(made, out):
    parameters = irradiance_parameters(out)
    return Case("netload:download_irradiance", parameters,
                {key: Path(parameters.pop(key)) for key in ("OUTPUT", "OUTPUT_SERIES")})


def download_inpe_imagery(made, out):
    return Case("netload:download_inpe_imagery", {
        "STAC_URL": made["stac"], "EXTENT": "500100,500300,7399500,7399700 [EPSG:31983]", "START": "2024-09-01",
        "END": "2024-09-30", "MAX_CLOUD": 20}, {"OUTPUT": out / "imagery.tif"})


def aggregate_gd(made, out):
    return Case("netload:aggregate_gd", {"GD_UNITS": made["gd"], "ZONES": made["zones"]},
                {"OUTPUT": out / "capacity.gpkg"})


def estimate_gd_generation(made, out):
    parameters = generation_parameters(made, out)
    return Case("netload:estimate_gd_generation", parameters,
                {key: Path(parameters.pop(key)) for key in ("OUTPUT", "OUTPUT_ZONES")})


def hidden_load(made, out):
    return Case("netload:hidden_load", {
        "ONS_LOAD": made["ons"], "GD_GENERATION": made["generation"], "ZONES": made["zones_generation"],
        "ZONE_ID": "ibge_code"}, {"OUTPUT": out / "area.gpkg", "OUTPUT_SUMMARY": out / "summary.gpkg",
                                  "OUTPUT_ZONES": out / "zones.gpkg"})


def classify_rooftops(made, out):
    parameters = rooftop_parameters(made, out)
    return Case("netload:classify_rooftops", parameters, {"OUTPUT": Path(parameters.pop("OUTPUT"))})


def find_undeclared_pv(made, out):
    return Case("netload:find_undeclared_pv", {
        "ROOFTOPS": made["rooftops"], "GD_UNITS": made["gd"], "ZONES": made["zones"], "ZONE_ID": "ibge_code"},
        {"OUTPUT": out / "roofs.gpkg", "OUTPUT_ZONES": out / "zones.gpkg"})


def run_pipeline(made, out):
    return Case("netload:run_pipeline", {
        "STATES": "SC", "START": DAY, "END": DAY, "GD_URL": str(DEMO / "gd_units_GENERATED_PR_SC_RS.zip"),
        "MUNICIPALITIES": str(DEMO / "municipalities_PR_SC_RS.gpkg"), "IRRADIANCE_SOURCE": 2,
        "IRRADIANCE_URL": str(DEMO / "nasa_power_daily_2024-01_south.csv"), "ONS_DATASET": 1,
        "ONS_URL": str(DEMO / "ons_curva_carga_S_2024-01.csv")}, {"OUTPUT_GPKG": out / "pipeline.gpkg"})


CASES = [download_aneel_gd, download_aneel_siga, download_ons_load, download_irradiance, download_inpe_imagery,
         aggregate_gd, estimate_gd_generation, hidden_load, classify_rooftops, find_undeclared_pv, run_pipeline]


def files_in(folder):
    return sorted(path.name for path in folder.rglob("*"))


@pytest.mark.slow
@pytest.mark.parametrize("make_case", CASES, ids=[case.__name__ for case in CASES])
def test_a_cancel_at_the_first_or_a_late_step_leaves_earlier_outputs_as_they_were(make_case, inputs, tmp_path):
    case = make_case(inputs, tmp_path)
    full = CancelAfterChecks(watched=case.outputs.values())
    results = case.run(full)
    assert set(case.outputs) <= set(results), results
    earlier = {name: path.read_bytes() for name, path in case.outputs.items()}
    listing = files_in(tmp_path)
    late = full.last_check_before_writing
    assert late > 1, f"{case.algorithm} never checks cancel before it writes its outputs"

    for cancel_at in (1, late):
        feedback = CancelAfterChecks(cancel_at)
        results = case.run(feedback)
        assert feedback.isCanceled(), f"{case.algorithm} made only {feedback.checks} checks, not {cancel_at}"
        assert not set(case.outputs) & set(results), f"cancel at check {cancel_at}: {results}"
        for name, path in case.outputs.items():
            assert path.read_bytes() == earlier[name], f"cancel at check {cancel_at} changed {name}"
        assert files_in(tmp_path) == listing, f"cancel at check {cancel_at} left files behind"


def test_install_dependencies_cancelled_before_it_starts_installs_nothing(netload_provider, monkeypatch, tmp_path):
    """Its only step is pip, which needs PyPI: only the first-step cancel can run here, and pip must not start."""
    import processing

    from netload_plugin.geo import dependencies

    monkeypatch.setattr(dependencies, "default_dependency_folder", lambda: tmp_path / "deps")
    results = processing.run("netload:install_dependencies", {}, feedback=CancelAfterChecks(1))
    assert "OUTPUT_FOLDER" not in results
    assert not (tmp_path / "deps").exists()


def test_an_error_is_one_line_and_leaves_nothing_behind(netload_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as raised:
        processing.run("netload:download_aneel_gd", {"URL": str(QUIRKS), "STATES": "XX",
                                                      "OUTPUT": str(tmp_path / "gd.gpkg")})
    assert str(raised.value) == "unknown state(s) XX; use UF letters such as PR, SC, RS"
    assert not os.listdir(tmp_path)


class Broken(NetLoadAlgorithm):
    """An algorithm with a bug (a KeyError), run through QgsProcessingAlgorithm.run as Processing runs it."""

    ALGORITHM_ID = "broken"

    def initAlgorithm(self, config=None):
        pass

    def process(self, parameters, context, feedback):
        return {}["missing"]


class Recording(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):
        super().reportError(error, fatalError)
        self.errors.append(error)


def test_a_bug_fails_with_one_line_and_its_traceback_in_the_log(qgis_app):
    from qgis.core import QgsProcessingContext

    feedback = Recording()
    _results, ok = Broken().run({}, QgsProcessingContext(), feedback)
    assert not ok
    assert any("Traceback" in error and "KeyError: 'missing'" in error for error in feedback.errors)
    assert feedback.errors[-1] == "Unexpected error (please report it with the log above): KeyError: 'missing'"


def test_an_algorithm_cannot_bypass_the_contract():
    with pytest.raises(TypeError, match="implement process"):
        type("Bypassing", (NetLoadAlgorithm,), {"processAlgorithm": lambda self, parameters, context, feedback: {}})


@pytest.mark.parametrize("make_case", CASES, ids=[case.__name__ for case in CASES])
def test_an_output_that_cannot_be_written_stops_the_run_before_its_first_step(make_case, inputs, tmp_path):
    from qgis.core import QgsProcessingException

    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the output folder should be")
    case = make_case(inputs, tmp_path)
    name = sorted(case.outputs)[-1]
    case.outputs[name] = blocker / "sub" / case.outputs[name].name
    feedback = CancelAfterChecks()
    with pytest.raises(QgsProcessingException) as raised:
        case.run(feedback)
    assert str(raised.value) == f"{name}: cannot write {case.outputs[name]}: {blocker} is a file, not a folder."
    assert feedback.progress() == 0  # no step began
    assert files_in(tmp_path) == ["not_a_folder"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="/proc (a folder nobody can write in) is Linux's")
@pytest.mark.parametrize("make_case", [download_aneel_gd, download_ons_load, run_pipeline],
                         ids=["download_aneel_gd", "download_ons_load", "run_pipeline"])
def test_an_output_folder_that_cannot_be_written_stops_the_run_at_once(make_case, inputs, tmp_path):
    from qgis.core import QgsProcessingException

    case = make_case(inputs, tmp_path)
    name = sorted(case.outputs)[-1]
    case.outputs[name] = Path("/proc/netload") / case.outputs[name].name
    feedback = CancelAfterChecks()
    with pytest.raises(QgsProcessingException, match=f"^{name}: cannot write /proc/netload/.*: cannot write in /proc"):
        case.run(feedback)
    assert feedback.progress() == 0
