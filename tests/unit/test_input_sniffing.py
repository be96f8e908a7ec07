"""A source file's kind is told from its first bytes, and a wrong choice is named before any heavy step."""

import zipfile
from pathlib import Path

import pytest

from netload_plugin.core import input_sniffing as sniff

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "demo"
DATA = REPO / "tests" / "data"


@pytest.mark.parametrize("path, kind", [
    (DEMO / "ons_curva_carga_S_2024-01.csv", sniff.ONS_CURVA_CARGA),
    (DEMO / "nasa_power_daily_2024-01_south.csv", sniff.NASA_POWER),
    (DEMO / "gd_units_GENERATED_PR_SC_RS.zip", sniff.ANEEL_GD),  # the CSV inside the ZIP
    (DEMO / "municipalities_PR_SC_RS.gpkg", sniff.POLYGONS),  # SQLite magic
    (DATA / "ons" / "carga_verificada" / "cargaverificada_SECO_2026-08-01_row1.json", sniff.ONS_CARGA_VERIFICADA),
    (DATA / "INMET_S_PR_A807_CURITIBA_01-01-2018_A_31-12-2018.CSV", sniff.INMET),
    (DATA / "aneel_gd_quirks.latin1.csv", sniff.ANEEL_GD),
])
def test_real_source_files_are_recognised(path, kind):
    assert sniff.sniff_file(path) == kind


def test_labren_geojson_and_unknown_content(tmp_path):
    labren = tmp_path / "atlas.csv"  # LABREN's official header and a row of its capitals file
    labren.write_text("ID;COUNTRY;LON;LAT;ANNUAL;JAN;FEB;MAR;APR;MAY;JUN;JUL;AUG;SEP;OCT;NOV;DEC\r\n"
                      "1230;Brasil;-51.2490;-30.0005;4430;6449;5863;4848;3819;2777;2309;2524;3194;3596;"
                      "4822;6248;6716\r\n")
    assert sniff.sniff_file(labren) == sniff.LABREN
    geojson = tmp_path / "zones.json"  # no telling suffix: the content says FeatureCollection
    geojson.write_text('{ "type": "FeatureCollection", "features": [] }')
    assert sniff.sniff_file(geojson) == sniff.POLYGONS
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert sniff.sniff_file(notes) == sniff.UNKNOWN
    empty_zip = tmp_path / "empty.zip"
    zipfile.ZipFile(empty_zip, "w").close()
    assert sniff.sniff_file(empty_zip) == sniff.UNKNOWN


def test_a_curva_de_carga_given_as_carga_verificada_says_which_choice_fits():
    message = sniff.check_input("ONS load", str(DEMO / "ons_curva_carga_S_2024-01.csv"), sniff.ONS_CARGA_VERIFICADA)
    assert message == ("ONS load: ons_curva_carga_S_2024-01.csv looks like ONS's curva de carga CSV: "
                       "choose 'Curva de carga'.")
    assert sniff.check_input("ONS load", str(DEMO / "ons_curva_carga_S_2024-01.csv"), sniff.ONS_CURVA_CARGA) == ""


def test_a_file_in_the_wrong_row_names_both_kinds():
    message = sniff.check_input("ANEEL GD registry", str(DEMO / "nasa_power_daily_2024-01_south.csv"), sniff.ANEEL_GD)
    assert message.startswith("ANEEL GD registry: nasa_power_daily_2024-01_south.csv does not look like "
                              "ANEEL's GD registry")
    assert message.endswith("it looks like a NASA POWER CSV.")


def test_urls_templates_and_empty_values_are_not_read_and_a_missing_file_is_named(tmp_path):
    assert sniff.check_input("x", "https://example.org/a.csv", sniff.ANEEL_GD) == ""
    assert sniff.check_input("x", "/data/geojs-{code}-mun.json", sniff.POLYGONS) == ""
    assert sniff.check_input("x", "", sniff.ANEEL_GD) == ""
    absent = tmp_path / "absent.csv"
    assert sniff.check_input("x", str(absent), sniff.ANEEL_GD) == f"x: the file {absent} does not exist."


def test_an_installed_translator_reaches_core_messages():
    from netload_plugin.core import i18n

    i18n.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert sniff.kind_name(sniff.NASA_POWER) == "[NetLoadInputCheck] a NASA POWER CSV"
    finally:
        i18n.set_translator(None)
    assert sniff.kind_name(sniff.NASA_POWER) == "a NASA POWER CSV"


def test_a_processing_run_is_told_the_parameter_value_and_rows_of_other_sources_are_not_mixed_up():
    curva = str(DEMO / "ons_curva_carga_S_2024-01.csv")
    assert sniff.check_input("ONS_URL", curva, sniff.ONS_CARGA_VERIFICADA, "ONS_DATASET") == (
        "ONS_URL: ons_curva_carga_S_2024-01.csv looks like ONS's curva de carga CSV: choose 'Curva de carga' "
        "(ONS_DATASET=1).")
    # an ONS file in the irradiance row: no irradiance choice reads it, so none is suggested
    assert sniff.check_input("Irradiance", curva, sniff.NASA_POWER) == (
        "Irradiance: ons_curva_carga_S_2024-01.csv does not look like a NASA POWER CSV; it looks like ONS's "
        "curva de carga CSV.")


def test_expected_kinds_follow_the_chosen_options():
    assert sniff.expected_kinds("inmet", "curva_carga") == {
        "aneel_gd": sniff.ANEEL_GD, "municipalities": sniff.POLYGONS, "irradiance": sniff.INMET,
        "ons_load": sniff.ONS_CURVA_CARGA}


def test_a_load_table_may_be_any_table_but_not_a_source_netload_reads_itself(tmp_path):
    scada = tmp_path / "scada.csv"
    scada.write_text("subestacao;data_hora;carga_kw\nSE-1;10/01/2024 01:00;1200,5\n", encoding="utf-8")
    assert sniff.check_load_table("Load table", str(scada), "ONS load") == ""
    assert sniff.check_load_table("Load table", str(DEMO / "ons_carga_verificada_S_2024-01_hourly.csv"), "x") == ""
    assert sniff.check_load_table("Load table", str(DEMO / "municipalities_PR_SC_RS.gpkg"), "x") == ""
    assert sniff.check_load_table("Load table", str(DEMO / "ons_curva_carga_S_2024-01.csv"), "the ONS load row") == (
        "Load table: ons_curva_carga_S_2024-01.csv looks like ONS's curva de carga CSV, which is not a load table: "
        "give it as the ONS load row with 'Curva de carga'.")
    assert sniff.check_load_table("Load table", str(DEMO / "nasa_power_daily_2024-01_south.csv"), "x") == (
        "Load table: nasa_power_daily_2024-01_south.csv does not look like a load table; it looks like a NASA "
        "POWER CSV.")
    assert sniff.check_load_table("Load table", str(tmp_path / "absent.csv"), "x").endswith("does not exist.")
