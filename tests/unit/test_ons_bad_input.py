"""ONS replies and CSVs with one defect each (issue 14 items 3, 7 and 10): the defect is counted and named,
the rest is kept, and a megabyte line costs that line, not minutes.

The API defects are introduced into the real 2026 SECO reply (as ``../shared/data/bad_inputs`` did), the
CSV defects into the real 2018 curva de carga excerpt; expected values come from those files.
"""

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from netload_plugin.core.errors import NetLoadError, SourceFormatError
from netload_plugin.core.ons_carga_verificada import load_api_json, parse_carga_verificada
from netload_plugin.core.ons_curva_carga import parse_curva_carga
from netload_plugin.core.ons_load import LoadReport
from netload_plugin.net import ons

DATA = Path(__file__).resolve().parents[1] / "data" / "ons"
REAL_ROW = (DATA / "carga_verificada" / "cargaverificada_SECO_2026-08-01_row1.json").read_bytes()
DST_EXCERPT = DATA / "curva_carga" / "CURVA_CARGA_2018_dst_excerpt.csv"


def parse_reply(body: bytes):
    report = LoadReport()
    frame = parse_carga_verificada(load_api_json(body, "reply", report), report, "reply")
    assert report.balanced(), report
    return frame, report


def with_fields(**values) -> bytes:
    """The real reply with some fields replaced (a JSON value, or a raw text spliced in as is)."""
    body = REAL_ROW.decode()
    for key, value in values.items():
        record = json.loads(body)[0]
        body = body.replace(f'"{key}": {json.dumps(record[key])}', f'"{key}": {value}')
    return body.encode()


def test_a_non_utf8_byte_is_replaced_counted_and_its_bad_area_rejected():
    body = REAL_ROW.replace(b'"SECO"', b'"SECO\xe7"')  # ../shared/data/bad_inputs/ons_api_non_utf8.json
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    frame, report = parse_reply(body)
    assert frame.empty and report.non_utf8_bytes == 1
    assert report.rejected == {"unknown load-area code": 1}
    assert report.examples == ["reply, record 1: cod_areacarga 'SECO\ufffd'"]
    assert "1 byte(s) of the reply were not UTF-8: replaced (U+FFFD)" in report.messages()


def test_a_non_utf8_byte_in_a_field_not_used_keeps_the_row():
    frame, report = parse_reply(REAL_ROW.replace(b'"2026-08-01",', b'"2026-08-01\xff",'))
    assert len(frame) == 1 and frame["load_mw"].iloc[0] == pytest.approx(41637.23)
    assert report.non_utf8_bytes == 1 and report.rejected_total == 0


def test_garbage_values_are_unreadable_not_zero_padding():
    """../shared/data/bad_inputs/ons_api_garbage_values.json: every value but the consolidated load is 'n/d'."""
    body = with_fields(val_cargaglobal='"n/d"', val_cargaglobalsmmgd='"n/d"', val_cargasupervisionada='"n/d"',
                       val_carganaosupervisionada='"n/d"', val_cargammgd='"n/d"')
    frame, report = parse_reply(body)
    assert frame.empty and report.zero_padding == [] and report.filtered_out == 0
    assert report.rejected == {"val_cargaglobal is not a number": 1}
    messages = report.messages()
    assert "1 row(s) rejected: val_cargaglobal is not a number" in messages
    assert not any("zero-padded" in line for line in messages)


def test_an_unreadable_mmgd_value_is_null_and_flagged_not_missing():
    frame, report = parse_reply(with_fields(val_cargammgd='"n/d"', val_cargasupervisionada="true"))
    row = frame.iloc[0]
    assert pd.isna(row["mmgd_mw"]) and pd.isna(row["supervised_mw"])
    assert row["net_load_mw"] == pytest.approx(41519.25)  # not replaced by load_mw: ONS did send an estimate
    assert row["quality"] == "unreadable_value"
    assert report.unreadable_values == {"val_cargammgd": 1, "val_cargasupervisionada": 1}


def test_bad_records_are_rejected_one_by_one_with_their_number():
    good = json.loads(REAL_ROW)[0]
    later = dict(good, din_referenciautc="2026-08-01T04:00:00Z")
    records = [good, 7, dict(good, din_referenciautc="01/08/2026 03:30"), dict(good, cod_areacarga=None), later]
    report = LoadReport()
    frame = parse_carga_verificada(records, report, "reply")
    assert list(frame["time_utc"]) == [pd.Timestamp("2026-08-01T03:00Z"), pd.Timestamp("2026-08-01T03:30Z")]
    assert report.rejected == {"record is not a JSON object": 1, "unknown load-area code": 1,
                               "din_referenciautc is not an ISO 8601 time": 1}
    assert "reply, record 3: din_referenciautc '01/08/2026 03:30'" in report.examples
    assert report.balanced() and report.kept == 2


def test_mixed_iso_forms_in_one_reply_are_all_read():
    """pandas 2 takes the first text's format for the whole column unless told ISO 8601."""
    good = json.loads(REAL_ROW)[0]
    records = [good, dict(good, din_referenciautc="2026-08-01T04:00:00Z"),
               dict(good, din_referenciautc="2026-08-01T04:30:00+00:00")]
    frame = parse_carga_verificada(records, LoadReport())
    assert len(frame) == 3


def curva(edit=None) -> bytes:
    lines = DST_EXCERPT.read_bytes().split(b"\n")
    if edit:
        edit(lines)
    return b"\n".join(lines)


def test_the_curva_excerpt_balances():
    report = LoadReport()
    frame = parse_curva_carga(curva(), report=report)
    rows = [line for line in DST_EXCERPT.read_bytes().split(b"\n")[1:] if line.strip()]
    assert report.rows_read == len(rows) == 64 and report.balanced()
    assert report.rejected_total == 0 and report.kept == len(frame)


@pytest.mark.parametrize("where", ["header", "row"])
def test_a_megabyte_line_of_semicolons_costs_that_line(where):
    line = b";" * (1 << 20)
    if where == "header":
        with pytest.raises(SourceFormatError, match=r"line 1: 1,048,576 bytes and 1,048,577 fields: not the header"):
            parse_curva_carga(line + b"\n" + curva(), source="CURVA_CARGA_2018.csv")
        return
    report = LoadReport()
    frame = parse_curva_carga(curva(lambda lines: lines.insert(5, line)), report=report)
    assert len(frame) == len(parse_curva_carga(curva()))
    assert report.rejected == {"line longer than 64 KiB": 1} and report.examples == ["line 6: 1,048,576 bytes"]
    assert report.balanced()


def test_bad_curva_rows_are_rejected_with_their_line():
    def damage(lines):
        lines[1] = lines[1].replace(b"2018-02-17 20:00:00", b"2018-02-17 2O:00:00")  # letter O
        lines[2] = lines[2].replace(b"NE;", b"XX;", 1)
        lines[3] = lines[3].replace(b"12298.052", b"12298.O52")
        lines[4] = lines[4] + b";extra"
        lines[-2] = lines[-2][:-3]  # the file cut: the last line loses its end (and its line feed)
        del lines[-1]

    report = LoadReport()
    frame = parse_curva_carga(curva(damage), report=report)
    assert report.rejected == {"din_instante is not 'YYYY-MM-DD HH:MM:SS'": 1, "unknown id_subsistema": 1,
                               "val_cargaenergiahomwmed is not a number": 1, "wrong number of fields": 1,
                               "incomplete last line (the file was cut)": 1}
    assert "line 2: din_instante '2018-02-17 2O:00:00'" in report.examples
    assert report.balanced() and len(frame) == report.kept
    assert "1 row(s) rejected: unknown id_subsistema" in report.messages()


def test_start_after_end_is_refused_for_both_datasets(tmp_path):
    with pytest.raises(NetLoadError, match="END 2024-01-01 is before START 2024-02-01"):
        ons.fetch_curva_carga(None, "S", date(2024, 2, 1), date(2024, 1, 1), str(DST_EXCERPT))
    with pytest.raises(NetLoadError, match="END 2024-01-01 is before START 2024-02-01"):
        ons.CargaVerificadaClient(None, "http://127.0.0.1:9/").fetch("S", date(2024, 2, 1), date(2024, 1, 1))


def test_start_after_end_in_the_shell_client_is_status_one(tmp_path, capsys):
    argv = [str(tmp_path / "load.csv"), "--dataset", "curva_carga", "--start", "2024-02-01", "--end", "2024-01-01",
            "--url", str(DST_EXCERPT)]
    assert ons.main(argv) == 1
    assert capsys.readouterr().err.strip().endswith("END 2024-01-01 is before START 2024-02-01: swap them.")
    assert not (tmp_path / "load.csv").exists()
