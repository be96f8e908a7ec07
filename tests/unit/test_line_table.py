"""The line checks every delimited source parser runs before pandas (core/line_table.py)."""

import numpy as np
import pytest

from netload_plugin.core.errors import SourceFormatError
from netload_plugin.core.line_table import MAX_FIELDS, split_lines
from netload_plugin.core.read_report import ReadReport


def split(data: bytes, **options):
    report = ReadReport()
    table = split_lines(data, "t.csv", report, **options)
    return table, report


def test_well_formed_crlf_lines_pass_whole_with_bare_line_feeds():
    table, report = split(b"a;b;c\r\n1;2;3\r\n4;5;6\r\n")
    assert table.header == ["a", "b", "c"] and table.body == b"1;2;3\n4;5;6\n"
    assert table.line_numbers.tolist() == [2, 3] and report.rows_read == 2 and report.rejected_total == 0


def test_each_bad_line_is_rejected_with_its_number_and_blank_lines_are_not_rows():
    data = b"a;b;c\n1;2;3\n\n  \n4;5\n6;7\r8;9\n" + b"9" * 70_000 + b";1;2\n10;11;12"
    table, report = split(data)
    assert table.body == b"1;2;3\n" and table.line_numbers.tolist() == [2]
    assert report.rows_read == 5  # lines 2, 5, 6, 7 and 8; 3 and 4 are blank
    assert report.rejected == {"wrong number of fields": 1, "carriage return inside the line": 1,
                               "line longer than 64 KiB": 1, "incomplete last line (the file was cut)": 1}
    assert sorted(report.examples) == ["line 5: 2 fields, the header has 3", "line 6: CR before the line end",
                                       "line 7: 70,004 bytes", "line 8: no line end"]
    assert table.read([0, 2], "t.csv", dtype=str).to_numpy().tolist() == [["1", "3"]]


def test_a_header_most_rows_disagree_with_refuses_the_file():
    with pytest.raises(SourceFormatError, match=r"t\.csv: the header \(line 3\) has 2 fields but most rows have 3"):
        split(b"a;b\n1;2;3\n4;5;6\n7;8\n", first_line=3)


def test_a_header_of_too_many_fields_refuses_the_file_at_once():
    with pytest.raises(SourceFormatError, match=f"t.csv, line 1: .* {MAX_FIELDS + 1} fields: not the header"):
        split(b";" * MAX_FIELDS + b"\n1;2\n")


def test_a_line_ending_with_the_separator_has_no_extra_name_and_quotes_are_plain():
    table, _ = split(b'x;"y;z;\n1;2;3;\n', separator=";")
    assert table.header == ["x", '"y', "z"]
    assert np.array_equal(table.line_numbers, [2])
