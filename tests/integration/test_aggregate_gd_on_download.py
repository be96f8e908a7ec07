"""aggregate_gd on download_aneel_gd's own output: every capacity column checked against the input CSV.

The GD units are the demo's generated registry (``demo/gd_units_GENERATED_PR_SC_RS.zip``: ~150,000 rows in
ANEEL's exact format, UFV/UTE/CGH/EOL and a few with an empty type, five consumer classes, four
modalities), written to a GeoPackage
by ``netload:download_aneel_gd`` itself — the file GDAL's Arrow reader hands over as ``bytes`` on QGIS
3.22 (GDAL 3.6) and as ``str`` on 3.40. The expected sums are computed here from the CSV with the
``csv`` module and a category table written out by hand; the zone of each unit by location comes from
QGIS's own ``native:joinattributesbylocation``.
"""

import csv
import io
import zipfile
from collections import defaultdict

import processing
import pytest
from qgis.core import QgsVectorLayer

TYPE_COLUMN = {"UFV": "cap_ufv_kw", "UTE": "cap_ute_kw", "CGH": "cap_cgh_kw", "EOL": "cap_eol_kw"}
CLASS_COLUMN = {"Residencial": "cap_class_residential_kw", "Comercial": "cap_class_commercial_kw",
                "Rural": "cap_class_rural_kw", "Industrial": "cap_class_industrial_kw",
                "Poder Público": "cap_class_public_authority_kw"}
MODALITY_COLUMN = {"Geracao na propria UC": "cap_mod_own_site_kw", "Auto consumo remoto": "cap_mod_remote_self_kw",
                   "Compartilhada": "cap_mod_shared_kw", "Condomínio": "cap_mod_multi_unit_kw"}
# A category outside the tables above (the generator writes a few empty types) counts as "other".
OTHER_TYPE, OTHER_CLASS, OTHER_MODALITY = "cap_other_type_kw", "cap_class_other_kw", "cap_mod_other_kw"


@pytest.fixture(scope="module")
def registry(repo_root):
    """{unit code: CSV row} of the demo registry (exact duplicate rows collapse)."""
    with zipfile.ZipFile(repo_root / "demo" / "gd_units_GENERATED_PR_SC_RS.zip") as archive:
        text = archive.read("gd_units_GENERATED_PR_SC_RS.csv").decode("latin-1")
    return {row["CodEmpreendimento"]: row for row in csv.DictReader(io.StringIO(text), delimiter=";")}


@pytest.fixture(scope="module")
def downloaded(netload_provider, repo_root, tmp_path_factory) -> str:
    """The GeoPackage download_aneel_gd writes (given to the algorithms by path, so they read it with OGR)."""
    output = tmp_path_factory.mktemp("gd") / "gd_units.gpkg"
    processing.run("netload:download_aneel_gd", {"URL": str(repo_root / "demo" / "gd_units_GENERATED_PR_SC_RS.zip"),
                                                 "OUTPUT": str(output)})
    return str(output)


@pytest.fixture(scope="module")
def zones(repo_root) -> str:
    return str(repo_root / "demo" / "municipalities_PR_SC_RS.gpkg")


def features(path: str):
    """The features of a layer file, read through QGIS (not the Arrow path under test)."""
    layer = QgsVectorLayer(path, "layer", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def kilowatts(text: str) -> float:
    return float(text.replace(",", "."))


def expected_sums(registry, placements) -> dict:
    """{zone code: {output column: kW}} from the CSV rows of the units placed in a zone: ``placements``
    holds (unit code, zone code) pairs, a unit on two overlapping zones twice."""
    sums = defaultdict(lambda: defaultdict(float))
    for unit, zone in placements:
        row = registry[unit]
        capacity = kilowatts(row["MdaPotenciaInstaladaKW"])
        columns = ("gd_capacity_kw", TYPE_COLUMN.get(row["SigTipoGeracao"], OTHER_TYPE),
                   CLASS_COLUMN.get(row["DscClasseConsumo"], OTHER_CLASS),
                   MODALITY_COLUMN.get(row["DscModalidadeHabilitado"], OTHER_MODALITY))
        for column in columns:
            sums[zone][column] += capacity
        sums[zone]["gd_units"] += 1
    return sums


def check_every_column(result_layer, expected) -> None:
    compared = ["gd_units", "gd_capacity_kw", *TYPE_COLUMN.values(), *CLASS_COLUMN.values(),
                *MODALITY_COLUMN.values(), OTHER_TYPE, OTHER_CLASS, OTHER_MODALITY]
    for zone in result_layer.getFeatures():
        wanted = expected.get(zone["ibge_code"], {})
        for column in compared:
            assert zone[column] == pytest.approx(wanted.get(column, 0.0), abs=1e-6), (zone["ibge_code"], column)


def test_by_ibge_code_every_column_matches_the_csv(downloaded, zones, registry):
    kept = [f["unit_id"] for f in features(downloaded)]
    zone_codes = {f["ibge_code"] for f in features(zones)}
    by_six_digits = {code[:6]: code for code in zone_codes}  # 6 digits name a municipality; the 7th checks them
    placed = {unit: by_six_digits[registry[unit]["CodMunicipioIbge"][:6]] for unit in kept
              if registry[unit]["CodMunicipioIbge"][:6] in by_six_digits}
    expected = expected_sums(registry, placed.items())
    result = processing.run("netload:aggregate_gd", {"GD_UNITS": downloaded, "ZONES": zones, "METHOD": 1,
                                                     "ZONE_ID": "ibge_code", "OUTPUT": "memory:"})
    total = sum(sums["gd_capacity_kw"] for sums in expected.values())
    assert total > 5_000_000  # ~8.9 GW of generated units in the South: not an empty match
    assert sum(f["cap_ufv_kw"] for f in result["OUTPUT"].getFeatures()) > 0.95 * total
    check_every_column(result["OUTPUT"], expected)
    assert result["OUTSIDE_COUNT"] == len(kept) - len(placed)


def test_by_location_every_column_matches_the_csv(downloaded, zones, registry):
    joined = processing.run("native:joinattributesbylocation", {
        "INPUT": downloaded, "JOIN": zones, "PREDICATE": [5], "JOIN_FIELDS": ["ibge_code"], "METHOD": 0,
        "PREFIX": "zone_", "DISCARD_NONMATCHING": True, "OUTPUT": "memory:"})["OUTPUT"]  # 5 = within, 0 = every zone
    placements = [(f["unit_id"], f["zone_ibge_code"]) for f in joined.getFeatures()]
    placed = {unit for unit, _ in placements}
    expected = expected_sums(registry, placements)
    result = processing.run("netload:aggregate_gd", {"GD_UNITS": downloaded, "ZONES": zones, "METHOD": 0,
                                                     "OUTPUT": "memory:"})
    assert sum(f["cap_ufv_kw"] for f in result["OUTPUT"].getFeatures()) > 200_000
    check_every_column(result["OUTPUT"], expected)
    assert result["OUTSIDE_COUNT"] == len(features(downloaded)) - len(placed)
