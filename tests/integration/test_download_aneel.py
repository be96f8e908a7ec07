"""download_aneel_gd / download_aneel_siga through Processing, served from the loopback server."""

import io
import zipfile

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer, QgsWkbTypes

QUIRKS = "aneel_gd_quirks.latin1.csv"


@pytest.fixture(scope="module")
def quirks(repo_root):
    return (repo_root / "tests" / "data" / QUIRKS).read_bytes()


@pytest.fixture()
def isolated_cache(tmp_path, monkeypatch):
    from netload_plugin.geo import settings

    settings.set_cache_dir(tmp_path / "cache")
    yield tmp_path / "cache"
    settings.set_cache_dir(None)


def run_gd(url, output, rejected=None, feedback=None, **extra):
    parameters = {"URL": url, "OUTPUT": str(output), **extra}
    if rejected is not None:
        parameters["REJECTED"] = str(rejected)
    return processing.run("netload:download_aneel_gd", parameters, feedback=feedback)


def layer(path):
    loaded = QgsVectorLayer(str(path), "gd", "ogr")
    assert loaded.isValid(), path
    return loaded


def test_output_layer(netload_provider, fixture_server, isolated_cache, quirks, tmp_path):
    fixture_server.add_file("/aneel/gd.csv", quirks)
    result = run_gd(fixture_server.url("/aneel/gd.csv"), tmp_path / "gd.gpkg", tmp_path / "rejected.csv")
    gd = layer(tmp_path / "gd.gpkg")
    assert gd.crs().authid() == "EPSG:4674"
    assert gd.wkbType() == QgsWkbTypes.Type.Point
    assert gd.featureCount() == 10 and result["FEATURE_COUNT"] == 10
    assert [f.name() for f in gd.fields()][1:] == [
        "unit_id", "uf", "ibge_code", "municipality", "consumer_class", "modality", "generation_type", "source",
        "size_class", "capacity_kw", "connected_on", "distributor", "substation", "geom_source"]
    assert gd.hasSpatialIndex() == 2  # QgsFeatureSource.SpatialIndexPresent
    units = {f["unit_id"]: f for f in gd.getFeatures()}
    assert units["GD.PR.QRK.002"].geometry().asPoint().x() == pytest.approx(-49.28)
    assert units["GD.PR.QRK.001"]["capacity_kw"] == 5.5
    rejected = layer(tmp_path / "rejected.csv")
    assert rejected.featureCount() == 4 and result["REJECTED_COUNT"] == 4
    assert sorted(int(f["line_number"]) for f in rejected.getFeatures()) == [9, 10, 11, 16]
    data = (tmp_path / "gd.gpkg").read_bytes() + (tmp_path / "rejected.csv").read_bytes()
    assert b"SECRETO" not in data and b"-SEC" not in data


def test_memory_output_through_the_sink(netload_provider, quirks, tmp_path):
    source = tmp_path / "gd.csv"
    source.write_bytes(quirks)
    result = processing.run("netload:download_aneel_gd", {"URL": str(source), "OUTPUT": "memory:",
                                                           "REJECTED": "memory:"})
    gd, rejected = result["OUTPUT"], result["REJECTED"]  # processing.run hands memory layers back as layers
    assert gd.featureCount() == 10 and gd.crs().authid() == "EPSG:4674"
    units = {f["unit_id"]: f for f in gd.getFeatures()}
    assert units["GD.PR.QRK.002"].geometry().asPoint().x() == pytest.approx(-49.28)  # "-4928" restored
    assert sorted(f["line_number"] for f in rejected.getFeatures()) == [9, 10, 11, 16]


def test_states_filter_and_local_zip(netload_provider, quirks, tmp_path):
    archive = tmp_path / "gd.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("empreendimento-geracao-distribuida.csv", quirks)
    run_gd(str(archive), tmp_path / "sc.gpkg", STATES="sc")
    assert [f["unit_id"] for f in layer(tmp_path / "sc.gpkg").getFeatures()] == ["GD.SC.QRK.012"]
    with pytest.raises(QgsProcessingException, match="XX"):
        run_gd(str(archive), tmp_path / "bad.gpkg", STATES="PR,XX")


def test_retries_after_two_500(netload_provider, fixture_server, isolated_cache, quirks, tmp_path):
    fixture_server.add_file("/gd.csv", quirks)
    fixture_server.fail("/gd.csv", status=500, times=2)
    run_gd(fixture_server.url("/gd.csv"), tmp_path / "gd.gpkg")
    assert layer(tmp_path / "gd.gpkg").featureCount() == 10
    assert len(fixture_server.requests_for("/gd.csv")) == 3


def test_resume_after_drop(netload_provider, fixture_server, isolated_cache, quirks, tmp_path):
    fixture_server.add_file("/gd.csv", quirks)
    fixture_server.drop_after("/gd.csv", nbytes=2000, times=1)
    run_gd(fixture_server.url("/gd.csv"), tmp_path / "gd.gpkg")
    assert layer(tmp_path / "gd.gpkg").featureCount() == 10
    ranges = [r.headers.get("Range") for r in fixture_server.requests_for("/gd.csv")]
    assert ranges[-1] == "bytes=2000-"


@pytest.fixture()
def earlier_output(netload_provider, quirks, tmp_path):
    source = tmp_path / "earlier.csv"
    source.write_bytes(quirks)
    output = tmp_path / "gd.gpkg"
    run_gd(str(source), output)
    return output, output.read_bytes()


def test_404_keeps_earlier_output(earlier_output, fixture_server, isolated_cache):
    output, before = earlier_output
    with pytest.raises(QgsProcessingException, match="404"):
        run_gd(fixture_server.url("/missing.csv"), output)
    assert output.read_bytes() == before
    assert [p.name for p in output.parent.glob(".gd*")] == []


def test_truncated_zip_keeps_earlier_output(earlier_output, fixture_server, isolated_cache, quirks):
    output, before = earlier_output
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("gd.csv", quirks * 20)
    fixture_server.add_file("/gd.zip", buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(QgsProcessingException, match="gd.zip"):
        run_gd(fixture_server.url("/gd.zip"), output)
    assert output.read_bytes() == before


class CancelOnProgress(QgsProcessingFeedback):
    def setProgress(self, progress):
        super().setProgress(progress)
        if 0 < progress:
            self.cancel()


class CancelWhileParsing(QgsProcessingFeedback):
    """Cancels once the download (at most half of the progress bar) is done."""

    def setProgress(self, progress):
        super().setProgress(progress)
        if progress > 60:
            self.cancel()


def test_cancel_mid_download(earlier_output, fixture_server, isolated_cache, quirks):
    output, before = earlier_output
    fixture_server.add_file("/big.csv", quirks + quirks.split(b"\n", 1)[1] * 3000)  # ~3.5 MB
    result = run_gd(fixture_server.url("/big.csv"), output, feedback=CancelOnProgress())
    assert "OUTPUT" not in result  # a cancel ends with no output (NetLoadAlgorithm's contract)
    assert output.read_bytes() == before


def test_siga(netload_provider, fixture_server, isolated_cache, shared_data, tmp_path):
    url = fixture_server.url("/aneel_siga/siga-empreendimentos-geracao_excerpt.latin1.csv")
    result = processing.run("netload:download_aneel_siga", {"URL": url, "OUTPUT": str(tmp_path / "siga.gpkg"),
                                                            "REJECTED": str(tmp_path / "rej.csv")})
    plants = layer(tmp_path / "siga.gpkg")
    assert plants.featureCount() == 19 and result["REJECTED_COUNT"] == 0
    assert plants.crs().authid() == "EPSG:4674"
    assert {f.name() for f in plants.fields()} >= {"ceg", "name", "uf", "generation_type", "phase", "fuel_source",
                                                  "capacity_kw", "started_on"}


# -- REJECTED is protected like OUTPUT (issue 14.4) -----------------------------------------------------------------
#: A good input of every algorithm with a REJECTED output, in tests/data (a new such algorithm must be added here).
REJECTED_INPUTS = {"netload:download_aneel_gd": "aneel_gd_quirks.latin1.csv",
                   "netload:download_aneel_siga": "aneel_siga/siga-empreendimentos-geracao_excerpt.latin1.csv"}


def test_rejected_and_output_in_one_file_is_refused_before_anything_is_written(netload_provider, quirks, tmp_path):
    source = tmp_path / "gd.csv"
    source.write_bytes(quirks)
    output = tmp_path / "gd.gpkg"
    run_gd(str(source), output)
    before = output.read_bytes()
    for rejected in (str(output), f"ogr:dbname='{output}' table=\"rejected\""):
        with pytest.raises(QgsProcessingException, match="REJECTED cannot go into the file of OUTPUT"):
            processing.run("netload:download_aneel_gd", {"URL": str(source), "OUTPUT": str(output),
                                                           "REJECTED": rejected})
        assert output.read_bytes() == before


def test_every_algorithm_with_rejected_rows_is_checked(netload_provider):
    with_rejected = {algorithm.id() for algorithm in netload_provider.algorithms()
                     if algorithm.parameterDefinition("REJECTED") is not None}
    assert with_rejected == set(REJECTED_INPUTS)


@pytest.mark.parametrize("algorithm", sorted(REJECTED_INPUTS))
@pytest.mark.parametrize("suffix", [".gpkg", ".csv"])
def test_failed_or_cancelled_run_keeps_earlier_rejected_rows(netload_provider, isolated_cache,
                                                            repo_root, tmp_path, algorithm, suffix):
    source = repo_root / "tests" / "data" / REJECTED_INPUTS[algorithm]
    data = source.read_bytes()
    header, first = data.split(b"\n", 2)[:2]
    broken = header + b"\n" + first + b"\n" + first.rstrip(b"\r") + b';"extra"\n'  # a row + a broken row
    (tmp_path / "input.csv").write_bytes(broken + data.split(b"\n", 1)[1])
    output, rejected = tmp_path / "points.gpkg", tmp_path / f"rejected{suffix}"
    run = {"URL": str(tmp_path / "input.csv"), "OUTPUT": str(output), "REJECTED": str(rejected)}
    first_result = processing.run(algorithm, run)
    assert first_result["REJECTED_COUNT"] >= 1
    before = {path: path.read_bytes() for path in (output, rejected)}

    with pytest.raises(QgsProcessingException):  # fails at once: the input is missing
        processing.run(algorithm, run | {"URL": str(tmp_path / "missing.csv")})
    assert {path: path.read_bytes() for path in before} == before

    for feedback in (CancelOnProgress(), CancelWhileParsing()):
        result = processing.run(algorithm, run, feedback=feedback)
        assert "OUTPUT" not in result and "REJECTED" not in result  # a cancel ends with no output
    assert {path: path.read_bytes() for path in before} == before
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []
