"""INMET station files with one defect each (issue 14 items 2 and 7): only the bad cell, row or station is lost,
and it is counted and named.

Each defect is introduced by the test into the real A001 Brasília sample (the same edits as
``../shared/data/bad_inputs``); expected values come from splitting the sample's lines by hand.
"""

import io
import zipfile
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from netload_plugin.core import inmet
from netload_plugin.core.errors import SourceFormatError
from netload_plugin.core.read_report import ReadReport
from netload_plugin.net.inmet import read_inmet
from tests.support.session import RecordingProgress, make_test_session

SAMPLE = (Path(__file__).resolve().parents[1] / "data" / "inmet"
          / "INMET_CO_DF_A001_BRASILIA_2023-01-01_03_REASSEMBLED.latin1.CSV")
RADIATION = "RADIACAO GLOBAL (Kj/m²)"


def lines() -> list[bytes]:
    return SAMPLE.read_bytes().split(b"\n")


def edited(line_number: int, old: bytes, new: bytes) -> bytes:
    """The sample with ``old`` replaced by ``new`` on line ``line_number`` (1-based)."""
    content = lines()
    assert old in content[line_number - 1]
    content[line_number - 1] = content[line_number - 1].replace(old, new, 1)
    return b"\n".join(content)


def radiation_by_hand() -> list[str]:
    """The RADIACAO GLOBAL cell (7th field) of each of the 72 data rows, as written."""
    return [line.split(b";")[6].decode() for line in lines()[9:] if line.strip()]


@pytest.fixture()
def session(tmp_path):
    return make_test_session(tmp_path / "cache")


def parse(data: bytes):
    report = ReadReport()
    meta, series = inmet.parse_station_file(data, "A001.CSV", report=report)
    return series, report


def test_the_clean_sample_balances():
    series, report = parse(SAMPLE.read_bytes())
    cells = radiation_by_hand()
    assert len(cells) == 72 and sum(1 for c in cells if c) == 41
    assert len(series) == 72 and series["ghi_wm2"].notna().sum() == 41
    assert (report.rows_read, report.kept, report.rejected_total, report.unreadable_values) == (72, 72, 0, {})
    assert report.problems() == [] and report.balanced()


def test_one_non_numeric_radiation_cell_loses_that_cell_only():
    clean, _ = parse(SAMPLE.read_bytes())
    series, report = parse(edited(20, b";253,8;", b";253,8x;"))  # the row labelled 2023/01/01 1000 UTC
    assert series["ghi_wm2"].notna().sum() == 40  # was 34 of 41 lost: "887,9"-style cells read as NaN
    changed = np.flatnonzero(~np.isclose(series["ghi_wm2"].fillna(-1), clean["ghi_wm2"].fillna(-1)))
    assert changed.tolist() == [10]  # the 11th row: label 1000 UTC
    assert clean["ghi_wm2"].iloc[10] == pytest.approx(253.8 / 3.6)
    assert report.unreadable_values == {RADIATION: 1} and report.kept == 72 and report.balanced()
    assert report.problems() == [f"1 unreadable {RADIATION} value(s) read as NULL",
                                 f"first: line 20: {RADIATION} '253,8x'"]


def test_a_stray_quote_in_a_row_affects_that_row_alone():
    clean, _ = parse(SAMPLE.read_bytes())
    series, report = parse(edited(20, b";253,8;", b';"253,8;'))
    assert series["ghi_wm2"].notna().sum() == 40 and len(series) == 72
    assert series["temp_c"].tolist() == clean["temp_c"].tolist()
    assert report.unreadable_values == {RADIATION: 1}


def test_one_unreadable_date_drops_that_row_and_counts_it():
    series, report = parse(edited(20, b"2023/01/01;1000 UTC", b"2023/01/0!;1000 UTC"))
    assert len(series) == 71 and report.rejected == {"unreadable date or hour": 1}
    assert report.balanced() and report.examples == ["line 20: '2023/01/0!' '1000 UTC'"]


def test_a_row_with_an_extra_field_is_rejected_not_shifted():
    series, report = parse(edited(20, b";253,8;", b";9;253,8;"))
    assert len(series) == 71 and report.rejected == {"wrong number of fields": 1}
    assert report.examples == ["line 20: 21 fields, the header has 20"]
    assert series["ghi_wm2"].notna().sum() == 40  # the shifted value was not read as radiation


@pytest.mark.parametrize("where", [b"PRECIPITA", b"PRESSAO ATMOSFERICA AO NIVEL", b"RADIACAO GLOBAL"])
def test_a_quote_in_the_header_is_an_ordinary_character(where):
    """INMET never quotes: a ``"`` opening a header field no longer swallows the following columns."""
    clean, _ = parse(SAMPLE.read_bytes())
    series, report = parse(edited(9, where, b'"' + where))
    assert series.equals(clean) and report.rejected_total == 0


def test_a_header_one_field_short_refuses_the_station_with_the_reason():
    data = edited(9, b"UMIDADE RELATIVA DO AR, HORARIA (%);", b"UMIDADE RELATIVA DO AR, HORARIA (%) ")
    refused = r"^A001\.CSV: the header \(line 9\) has 19 fields but most rows have 20"
    with pytest.raises(SourceFormatError, match=refused):
        parse(data)


def station_zip(tmp_path, members: dict) -> Path:
    path = tmp_path / "2023.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_one_unreadable_station_is_skipped_and_named_the_others_read(tmp_path, session):
    short_header = edited(9, b"UMIDADE RELATIVA DO AR, HORARIA (%);", b"UMIDADE RELATIVA DO AR, HORARIA (%) ")
    archive = station_zip(tmp_path, {
        "INMET_CO_DF_A001_BRASILIA.CSV": SAMPLE.read_bytes(),
        "INMET_CO_DF_A002_QUOTED.CSV": edited(9, b"PRECIPITA", b'"PRECIPITA').replace(b";A001", b";A002"),
        "INMET_CO_DF_A003_SHORT.CSV": short_header.replace(b";A001", b";A003"),
        "INMET_CO_DF_A004_BADCELL.CSV": edited(20, b";253,8;", b";253,8x;").replace(b";A001", b";A004"),
    })
    progress = RecordingProgress()
    points, series, rejects = read_inmet(session, date(2023, 1, 1), date(2023, 1, 3), None, str(archive), progress)
    assert sorted(points["station"]) == ["A001", "A002", "A004"]
    # 71 rows each: the first label, 0000 UTC on 2023-01-01, is the hour 23:00-24:00 of 2022-12-31 (filtered out)
    assert series.groupby("station").size().to_dict() == {"A001": 71, "A002": 71, "A004": 71}
    assert [name for name, _ in rejects] == ["INMET_CO_DF_A003_SHORT.CSV"]
    warnings = "\n".join(progress.warnings)
    assert "skipped INMET_CO_DF_A003_SHORT.CSV: " in warnings and "19 fields but most rows have 20" in warnings
    assert f"A004 (INMET_CO_DF_A004_BADCELL.CSV): 1 unreadable {RADIATION} value(s) read as NULL" in warnings


def test_a_corrupt_member_is_skipped_too(tmp_path, session):
    archive = station_zip(tmp_path, {"A001.CSV": SAMPLE.read_bytes(),
                                     "A002.CSV": SAMPLE.read_bytes().replace(b";A001", b";A002")})
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as handle:
        info = handle.getinfo("A002.CSV")
    offset = info.header_offset + 30 + len(info.filename) + 300  # inside A002's compressed bytes, past its metadata
    data[offset] ^= 0xFF
    archive.write_bytes(bytes(data))
    points, series, rejects = read_inmet(session, date(2023, 1, 1), date(2023, 1, 3), None, str(archive),
                                         RecordingProgress())
    assert points["station"].tolist() == ["A001"] and len(series) == 71
    assert [name for name, _ in rejects] == ["A002.CSV"]
