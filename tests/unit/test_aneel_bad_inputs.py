"""The GD and SIGA parsers on inputs that broke them (issue 14, items 5 and 6).

Each case is a real sample (``tests/data/aneel_gd``, ``tests/data/aneel_siga``) with one defect,
either the reproduction file of ``tests/data/bad_inputs`` or one made here. Expected values are
read off the sample by hand: the three GD rows are units GD.AC.000.000.590 (Rio Branco,
"32,50" kW), GD.AC.000.001.540 (Rio Branco, coordinates of Cruzeiro do Sul) and
GD.AC.000.001.552 (Rio Branco, "2,00" kW).
"""

import csv
import io
import re
import zipfile

import pytest

from netload_plugin.core.aneel_gd import read_gd
from netload_plugin.core.aneel_siga import read_siga
from netload_plugin.core.errors import SourceFormatError
from netload_plugin.net.tables import open_table
from tests.support.personal_data import PERSONAL_COLUMNS, personal_data_in

UNITS = ["GD.AC.000.000.590", "GD.AC.000.001.540", "GD.AC.000.001.552"]
GD_SAMPLE = "aneel_gd/empreendimento-geracao-distribuida_3rows_RECONSTRUCTED.utf8.csv"
SIGA_SAMPLE = "aneel_siga/siga-empreendimentos-geracao_excerpt.utf8.csv"
@pytest.fixture(scope="module")
def data_dir(repo_root):
    return repo_root / "tests" / "data"


def gd_rows(data_dir) -> tuple[list[str], list[list[str]]]:
    text = (data_dir / GD_SAMPLE).read_text(encoding="utf-8")
    header, *rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    return header, rows


def gd_file(header, rows, newline="\n") -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


# -- 14.6: line ends, long lines, NUL members, odd IBGE codes ---------------------------------------------------


def test_cr_only_line_ends_read_like_lf(data_dir):
    with (data_dir / "bad_inputs" / "gd_cr_line_endings.csv").open("rb") as stream:
        points, rejects, summary = read_gd(stream, "cr.csv")
    assert sorted(points["unit_id"]) == UNITS and len(rejects) == 0
    assert summary.rows_read == 3 and summary.encoding == "utf-8"
    first = points.set_index("unit_id").loc["GD.AC.000.000.590"]
    assert first["capacity_kw"] == 32.5 and (first["lon"], first["lat"]) == (-67.84, -10.0)


@pytest.mark.parametrize("block_bytes", [1 << 20, 97, 600])
def test_mixed_line_ends_keep_line_numbers(data_dir, block_bytes):
    """CR, LF and CRLF in one file: each ends one line, also when a CRLF is cut between two reads."""
    header, rows = gd_rows(data_dir)
    broken = rows[2][:-1] + ["x", "y"]  # one field too many: rejected, which shows its line number
    header_line, *lines = gd_file(header, [rows[0], broken, rows[1], rows[2]]).decode().splitlines()
    text = header_line + "\r" + lines[0] + "\r\n" + lines[1] + "\n" + lines[2] + "\r\n" + lines[3] + "\r"
    points, rejects, summary = read_gd(io.BytesIO(text.encode("utf-8")), "mixed.csv", block_bytes=block_bytes)
    assert sorted(points["unit_id"]) == UNITS
    assert list(rejects["line_number"]) == [3] and list(rejects["reason"]) == ["broken row: 34 fields, expected 33"]
    assert summary.rows_read == 4


def test_long_line_with_wrong_field_count_is_rejected_alone(data_dir):
    header, rows = gd_rows(data_dir)
    huge = rows[1][:-1] + ["A" * (200 << 10), "extra"]  # a 200 KB field and 34 fields
    data = gd_file(header, [rows[0], huge, rows[2]])
    points, rejects, summary = read_gd(io.BytesIO(data), "long.csv")
    assert sorted(points["unit_id"]) == [UNITS[0], UNITS[2]]
    assert list(rejects["line_number"]) == [3] and list(rejects["reason"]) == ["broken row: 34 fields, expected 33"]
    assert list(rejects["unit_id"]) == [UNITS[1]]
    assert summary.rows_read == 3 and summary.kept == 2


def test_line_longer_than_a_record_may_be_is_rejected_alone(data_dir):
    """A line of 3 MiB (no line end for longer than any record may be) is skipped without being held whole."""
    header, rows = gd_rows(data_dir)
    data = gd_file(header, [rows[0]]) + b'"GD' + b";" * (3 << 20) + b"\n" + gd_file(header, rows[1:]).split(b"\n", 1)[1]
    for block_bytes in (1 << 20, 4096):
        points, rejects, summary = read_gd(io.BytesIO(data), "huge.csv", block_bytes=block_bytes)
        assert sorted(points["unit_id"]) == UNITS
        assert list(rejects["line_number"]) == [3]
        assert rejects["reason"].iloc[0] == "broken row: line longer than 1 MiB"
        assert summary.rows_read == 4 and summary.kept == 3


def test_zip_of_nul_bytes_is_one_clear_error(tmp_path):
    archive = tmp_path / "gd.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("empreendimento-geracao-distribuida.csv", bytes(45 << 20))
    name, stream, size = open_table(archive)
    with stream, pytest.raises(SourceFormatError) as error:
        read_gd(stream, name, total_bytes=size)
    message = str(error.value)
    assert "\n" not in message and message.startswith("gd.zip:empreendimento-geracao-distribuida.csv")
    assert "NUL" in message


def test_header_without_line_end_is_one_clear_error():
    with pytest.raises(SourceFormatError, match="no line end"):
        read_gd(io.BytesIO(b'"DatGeracaoConjuntoDados";' * (100 << 10)), "one-line.csv")


def test_superscript_ibge_code_rejects_that_row(data_dir):
    with (data_dir / "bad_inputs" / "gd_ibge_superscript.csv").open("rb") as stream:
        points, rejects, summary = read_gd(stream, "ibge.csv")
    assert sorted(points["unit_id"]) == UNITS[1:]
    assert list(rejects["line_number"]) == [2] and list(rejects["unit_id"]) == [UNITS[0]]
    assert list(rejects["reason"]) == ["IBGE code is not a number of 6 or 7 digits"]
    assert summary.rejected == {"IBGE code is not a number of 6 or 7 digits": 1}


def test_siga_long_line_and_cr_line_ends(data_dir):
    lines = (data_dir / SIGA_SAMPLE).read_bytes().split(b"\n")
    lines[3] = lines[3] + b';"' + b"B" * (200 << 10) + b'"'  # CodCEG PCH.PH.MG.000010-8.1, now 24 fields
    points, rejects, summary = read_siga(io.BytesIO(b"\r".join(lines)), "siga.csv")
    assert summary.rows_read == 20 and summary.kept == 18  # 20 rows, one CEG twice, one rejected
    assert "PCH.PH.MG.000010-8.1" not in set(points["ceg"])
    assert list(zip(rejects["line_number"], rejects["reason"])) == [(4, "broken row: 24 fields, expected 23")]


# -- 14.5: no personal data in REJECTED ---------------------------------------------------------------------------


def test_the_personal_values_looked_for_are_those_of_the_sample(data_dir):
    from tests.support.personal_data import PERSONAL

    header, rows = gd_rows(data_dir)
    cells = [row[header.index(name)] for row in rows for name in PERSONAL_COLUMNS]
    assert all(any(value in cell for cell in cells) for value in PERSONAL)


def test_shifted_rows_reject_without_personal_data(data_dir):
    """Row 2 is shifted right by one field, row 4 left by one; both keep 33 fields (bad_inputs/README)."""
    with (data_dir / "bad_inputs" / "gd_shifted_rows.csv").open("rb") as stream:
        points, rejects, summary = read_gd(stream, "shifted.csv")
    assert list(points["unit_id"]) == [UNITS[1]]
    assert list(rejects["line_number"]) == [2, 4]
    assert set(rejects["reason"]) == {"broken row: fields out of place"}
    assert rejects["unit_id"].isna().all()  # nothing but line number and reason: the line number finds the row
    assert personal_data_in(rejects, "distributor_cnpj") == []
    assert personal_data_in(points) == []


def shifted(row: list[str], position: int, by: int) -> list[str]:
    """``row`` with ``by`` empty fields inserted at ``position`` (by < 0: fields removed there), same length."""
    if by > 0:
        moved = row[:position] + [""] * by + row[position:]
        return moved[: len(row)]
    return row[:position] + row[position - by:] + [""] * -by


def every_shift(rows: list[list[str]], shifts: tuple[int, ...]) -> list[list[str]]:
    """Every row of ``rows`` shifted by each of ``shifts`` at every position, where that changes it."""
    width = len(rows[0])
    return [moved for position in range(width) for by in shifts for row in rows
            if not (by < 0 and position - by > width) and (moved := shifted(row, position, by)) != row]


def test_no_personal_data_in_any_shifted_row(data_dir):
    """Every row of the sample shifted by 1 to 3 fields at every position: nothing personal in REJECTED or OUTPUT."""
    header, rows = gd_rows(data_dir)
    mutated = every_shift(rows, (-3, -2, -1, 1, 2, 3))
    assert len(mutated) > 500
    points, rejects, summary = read_gd(io.BytesIO(gd_file(header, mutated)), "shifted.csv")
    assert summary.rows_read == len(mutated) and summary.kept < summary.rows_read / 2
    assert personal_data_in(rejects, "distributor_cnpj") == []
    assert personal_data_in(points) == []


def test_siga_shifted_rows_reject_without_owner_text(data_dir):
    """SIGA's owner column (DscPropriRegimePariticipacao) may name people: shifts never carry it to an output."""
    text = (data_dir / SIGA_SAMPLE).read_text(encoding="utf-8")
    header, *rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    owner_column = header.index("DscPropriRegimePariticipacao")
    assert all("% para " in row[owner_column] for row in rows if row[owner_column] != "Não Informado")
    out = io.StringIO()
    csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(
        [header, *every_shift(rows, (-2, -1, 1, 2))])
    points, rejects, _ = read_siga(io.BytesIO(out.getvalue().encode("utf-8")), "siga.csv")
    cnpj = re.compile(r"\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}")
    found = [f"{column}={value!r}" for frame in (points, rejects) for column in frame.columns
             for value in frame[column].dropna().astype(str) if "% para " in value or cnpj.search(value)]
    assert found == []
