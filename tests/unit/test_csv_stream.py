"""Encoding detection, line numbering and cross-block duplicates of the streaming reader."""

import io

import numpy as np
import pandas as pd

from netload_plugin.core import csv_stream
from netload_plugin.core.csv_stream import LineReader, detect_encoding, parse_date, parse_decimal


def test_detect_encoding():
    assert detect_encoding(b"\xef\xbb\xbf\"a\";\"b\"\n") == "utf-8"
    assert detect_encoding("\"Radiação\"\n".encode("utf-8")) == "utf-8"
    assert detect_encoding("\"Radiação\"\n".encode("latin-1")) == "latin-1"
    assert detect_encoding(b"plain ascii\n") == "utf-8"
    # a head cut in the middle of a multi-byte character is still UTF-8
    assert detect_encoding("Radiação".encode("utf-8")[:6]) == "utf-8"


def test_late_latin1_block_falls_back(monkeypatch):
    monkeypatch.setattr(csv_stream, "HEAD_BYTES", 64)  # the head sees only ASCII
    head = b'"a";"b"\n' + b"".join(b'"x%d";"1"\n' % i for i in range(10))
    tail = '"Radiação";"2"\n'.encode("latin-1")
    reader = LineReader(io.BytesIO(head + tail), "t.csv", block_bytes=40)
    frames = [reader.frame(block, ["a", "b"]) for block in reader.blocks()]
    table = pd.concat(frames)
    assert reader.encoding == "utf-8" and reader.latin1_fallback_blocks == 1
    assert table["a"].iloc[-1] == "Radiação" and table.index[-1] == 12


def test_duplicates_across_many_blocks():
    lines = [f'"{i % 7}";"{i % 5}"' for i in range(200)]  # 35 distinct lines
    reader = LineReader(io.BytesIO(('"a";"b"\n' + "\n".join(lines) + "\n").encode()), "d.csv", block_bytes=64)
    blocks = list(reader.blocks())
    assert sum(b.duplicates for b in blocks) == 200 - 35
    kept = np.concatenate([b.line_numbers for b in blocks])
    assert list(kept) == list(range(2, 37))  # first occurrences, physical lines 2..36


def test_blank_lines_and_crlf():
    reader = LineReader(io.BytesIO(b'"a";"b"\r\n"1";"2"\r\n\r\n"3";"4"\r\n'), "c.csv")
    block = next(reader.blocks())
    assert list(block.line_numbers) == [2, 4]
    assert list(reader.frame(block, ["b"])["b"]) == ["2", "4"]


def test_parse_decimal_and_date():
    values = parse_decimal(pd.Series(["32,50", ",85847950", ",00", "1.234,5", "", "abc", "-1000", " 7,5 "]))
    assert values.tolist()[:4] == [32.5, 0.8584795, 0.0, 1234.5]
    assert np.isnan(values[4]) and np.isnan(values[5]) and values[6] == -1000.0 and values[7] == 7.5
    dates, sentinel = parse_date(pd.Series(["2016-08-31", "1900-01-01", "", "2020-02-30", "2021-01-02 10:00:00"]))
    assert dates.tolist() == ["2016-08-31", None, None, None, "2021-01-02"]
    assert sentinel.tolist() == [False, True, False, False, False]
