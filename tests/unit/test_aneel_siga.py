"""The SIGA parser on the 20 real rows (values read off the CSV by hand)."""

import io

import pandas as pd
import pytest

from netload_plugin.core import csv_stream
from netload_plugin.core.aneel_siga import first_municipality, read_siga, repair_entities

SAMPLE = "siga-empreendimentos-geracao_excerpt.{}.csv"


def parse(path, **options):
    with open(path, "rb") as stream:
        return read_siga(stream, path.name, **options)


@pytest.mark.parametrize("encoding", ["utf8", "latin1"])
def test_real_rows(shared_data, encoding):
    points, rejects, summary = parse(shared_data / "aneel_siga" / SAMPLE.format(encoding))
    assert summary.rows_read == 20 and len(rejects) == 0
    # "Agro Trafo" PCH.PH.TO.000031-0.1 appears twice (Autorização / Concessão): kept once
    assert summary.duplicate_ceg == 1 and summary.kept == 19
    assert points["ceg"].is_unique
    plants = points.set_index("ceg")
    jatapu = plants.loc["UHE.PH.RR.000076-0.1"]  # ",85847950";"-59,29464870";"10000,00";"1992-08-01"
    assert jatapu["lat"] == pytest.approx(0.8584795) and jatapu["lon"] == pytest.approx(-59.2946487)
    assert jatapu["capacity_kw"] == 10000.0 and jatapu["started_on"] == "1992-08-01"
    assert jatapu["name"] == "Alto Jatapu" and jatapu["uf"] == "RR" and jatapu["phase"] == "Operação"
    # "1900-01-03" is a sentinel
    assert plants.loc["UTE.PE.RO.000075-2.1", "started_on"] is None
    agua = plants.loc["UHE.PH.MG.000041-8.1"]
    assert agua["municipalities"] == "Iturama - MG, Indiaporã - SP, Ouroeste - SP"
    assert agua["capacity_kw"] == 1396200.0 and agua["generation_type"] == "UHE"
    assert plants.loc["UTE.CM.MG.000019-1.1", "fuel_source"] == "Gás de Alto Forno - CM"
    assert plants.loc["PCH.PH.MG.000141-4.1", "capacity_kw"] == 5149.17
    assert set(points["geom_source"]) == {"registry"}


def test_entity_repair(shared_data):
    raw = (shared_data / "aneel_siga" / SAMPLE.format("utf8")).read_text(encoding="utf-8")
    owner = next(line for line in raw.splitlines() if "Anamã" in line).split('";"')[20]
    assert owner == "100% para J&amp-F S.A. - 00.350.763/0001-62 (REG)"
    assert repair_entities(owner) == "100% para J&F S.A. - 00.350.763/0001-62 (REG)"
    assert repair_entities("ELOI BRUNETTA &amp- CIA.") == "ELOI BRUNETTA & CIA."
    assert repair_entities("A &amp; B &#233;") == "A & B é"
    assert repair_entities("plain") == "plain"


def test_quirks_in_generated_rows(shared_data):
    lines = (shared_data / "aneel_siga" / SAMPLE.format("utf8")).read_text(encoding="utf-8").splitlines()
    header, anama = lines[0], next(line for line in lines if "Anamã" in line)
    damaged = anama.replace('"Anamã";"000092"', '"J&amp-F Termo";"000092"')
    no_coords = anama.replace('"-3,57916666";"-61,40555555"', '"";""').replace("000092-2.2", "000999-9.9")
    broken = anama.replace("000092-2.2", "000998-8.8") + ';"extra"'
    no_capacity = anama.replace('"2165,00";"2165"', '"";""').replace("000092-2.2", "000997-7.7")
    text = "\n".join([header, damaged, no_coords, broken, no_capacity, damaged]) + "\n"
    points, rejects, summary = read_siga(io.BytesIO(text.encode("utf-8")), "q.csv")
    plants = points.set_index("ceg")
    assert plants.loc["UTE.GN.AM.000092-2.2", "name"] == "J&F Termo"
    # no coordinates: centroid of the first municipality "Anamã - AM" (shared table: -61.3957, -3.5726)
    assert plants.loc["UTE.GN.AM.000999-9.9", "geom_source"] == "municipality_centroid"
    assert plants.loc["UTE.GN.AM.000999-9.9", "lon"] == pytest.approx(-61.40, abs=0.05)
    assert summary.duplicates == 1
    assert dict(zip(rejects["line_number"], rejects["reason"])) == {
        4: "broken row: 24 fields, expected 23", 5: "no usable capacity"}
    assert first_municipality("Alta Floresta d´Oeste - RO")[0] == "1100015"
    assert first_municipality("nothing") == (None, None)


def test_state_filter(shared_data):
    points, _, summary = parse(shared_data / "aneel_siga" / SAMPLE.format("latin1"), states=["MG"])
    assert sorted(points["ceg"]) == ["PCH.PH.MG.000008-6.1", "PCH.PH.MG.000009-4.1", "PCH.PH.MG.000010-8.1",
                                     "PCH.PH.MG.000141-4.1", "UHE.PH.MG.000041-8.1", "UTE.CM.MG.000019-1.1"]
    assert summary.filtered_out == 13
    assert isinstance(points, pd.DataFrame)


@pytest.mark.parametrize("encoding", ["utf8", "latin1"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_quoted_line_break_and_never_closed_quote(shared_data, monkeypatch, encoding, newline):
    """The 20 real rows with a line break inside Água Vermelha's quoted municipality list, and
    Alto Jatapu's name stripped of its closing quote (a quote never closed)."""
    codec = "utf-8" if encoding == "utf8" else "latin-1"
    lines = (shared_data / "aneel_siga" / SAMPLE.format(encoding)).read_bytes().decode(codec).splitlines()
    agua = next(i for i, line in enumerate(lines) if "UHE.PH.MG.000041-8.1" in line)
    jatapu = next(i for i, line in enumerate(lines) if '"Alto Jatapu"' in line)
    assert agua < jatapu and lines[agua].count('"Iturama - MG, Indiaporã') == 1
    lines[agua] = lines[agua].replace('"Iturama - MG, Indiaporã', '"Iturama - MG,' + newline + 'Indiaporã')
    lines[jatapu] = lines[jatapu].replace('"Alto Jatapu"', '"Alto Jatapu')
    data = newline.join(lines).encode(codec) + newline.encode()
    jatapu_line = jatapu + 2  # 1-based, plus the line the break added above it
    monkeypatch.setattr(csv_stream, "HEAD_BYTES", 1024)  # so that small blocks really split the file
    for block_bytes in (1 << 30, 100, 700, 4096):
        points, rejects, summary = read_siga(io.BytesIO(data), "siga.csv", block_bytes=block_bytes)
        plants = points.set_index("ceg")
        assert plants.loc["UHE.PH.MG.000041-8.1", "municipalities"] == "Iturama - MG,\nIndiaporã - SP, Ouroeste - SP"
        assert plants.loc["UHE.PH.MG.000041-8.1", "capacity_kw"] == 1396200.0
        assert plants.loc["UHE.PH.MG.000041-8.1", "uf"] == "MG"
        assert "UHE.PH.RR.000076-0.1" not in plants.index
        assert plants.loc["PCH.PH.MG.000141-4.1", "capacity_kw"] == 5149.17
        assert summary.rows_read == 20 and summary.kept == 18 and summary.duplicate_ceg == 1
        assert list(zip(rejects["line_number"], rejects["reason"])) == [(jatapu_line, "broken row: quote never closed")]
