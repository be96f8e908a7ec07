"""LABREN and NASA POWER files with one defect each (issue 14 items 7 and 10): the bad line is rejected with
its number, the rest read; a megabyte line of ';' costs that line.

Defects are introduced by the test into the real samples carried in tests/data; expected values come
from those files.
"""

from pathlib import Path

import numpy as np
import pytest

from netload_plugin.core import labren, nasa_power
from netload_plugin.core.errors import SourceFormatError
from netload_plugin.core.read_report import ReadReport

DATA = Path(__file__).resolve().parents[1] / "data"
LABREN = DATA / "inpe_labren" / "global_horizontal_means_capitals.csv"
POWER = DATA / "nasa_power" / "POWER_Regional_Daily_20240101_20241231_south_excerpt.csv"


def power_lines() -> list[bytes]:
    return POWER.read_bytes().split(b"\n")


def first_data_line() -> int:
    """0-based index of the first data row of the POWER excerpt (after the header block and column names)."""
    return next(i for i, line in enumerate(power_lines()) if line.startswith(b"LAT,")) + 1


def parse_power(data: bytes, **options):
    report = ReadReport()
    points, series = nasa_power.parse_power_csv(data, "POWER.csv", report=report, **options)
    assert report.balanced(), report
    return points, series, report


def test_the_power_excerpt_balances():
    rows = [line for line in power_lines()[first_data_line():] if line]
    points, series, report = parse_power(POWER.read_bytes())
    assert len(series) == len(rows) == report.rows_read == report.kept == 11 * 366
    assert len(points) == 11


def test_a_power_file_cut_mid_value_loses_its_last_line():
    """../shared/data/bad_inputs/power_truncated_mid_value.csv: the download stopped inside '-999.0'."""
    data = POWER.read_bytes()
    cut = data[: data.rindex(b",") + 2]  # '...,2024,12,31,-' : no line end
    points, series, report = parse_power(cut)
    assert len(series) == 11 * 366 - 1
    assert report.rejected == {"incomplete last line (the file was cut)": 1}
    assert report.examples == [f"line {len(power_lines()) - 1}: no line end"]


def test_a_non_numeric_lat_rejects_that_row_with_its_line_number():
    lines = power_lines()
    row = first_data_line() + 3
    lines[row] = b"-3O.0" + lines[row][5:]  # letter O in the latitude
    points, series, report = parse_power(b"\n".join(lines))
    assert len(series) == 11 * 366 - 1 and len(points) == 11
    assert report.rejected == {"LAT/LON not a coordinate": 1}
    assert report.examples[0].startswith(f"line {row + 1}: LAT '-3O.0'")


def test_unreadable_power_date_and_value_are_rejected():
    lines = power_lines()
    first = first_data_line()
    lines[first] = lines[first].replace(b",2024,1,1,", b",2024,1,32,")
    lines[first + 1] = lines[first + 1].rsplit(b",", 1)[0] + b",n/a"
    points, series, report = parse_power(b"\n".join(lines))
    assert report.rejected == {"not a date": 1, "ALLSKY_SFC_SW_DWN is not a number": 1}
    assert len(series) == 11 * 366 - 2


def test_labren_row_problems_are_counted_and_the_rest_kept():
    lines = LABREN.read_bytes().split(b"\r\n")
    count = len([line for line in lines[1:] if line])
    fields = lines[1].split(b";")
    lines[1] = b";".join(fields[:2] + [fields[2].replace(b"5", b"x", 1)] + fields[3:])  # Porto Alegre's LON
    lines[2] = lines[2].rsplit(b";", 1)[0] + b";n/d"  # a DEC mean
    lines.insert(3, b";" * (1 << 20))
    report = ReadReport()
    points = labren.parse_labren_csv(b"\r\n".join(lines), source="capitals.csv", report=report)
    assert len(points) == count - 1 and report.balanced()
    assert report.rejected == {"LON/LAT not a coordinate": 1, "line longer than 64 KiB": 1}
    assert report.unreadable_values == {"DEC": 1}
    assert np.isnan(points.iloc[0]["ghi_dec"]) and "line 2: LON '-x1.2490' LAT '-30.0005'" in report.examples


def test_a_labren_file_that_is_one_megabyte_of_semicolons_is_one_clear_error():
    with pytest.raises(SourceFormatError, match=r"^x\.csv, line 1: 1,048,576 bytes and 1,048,577 fields"):
        labren.parse_labren_csv(b";" * (1 << 20), source="x.csv")
