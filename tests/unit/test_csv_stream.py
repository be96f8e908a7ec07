"""Encoding detection, line numbering and cross-block duplicates of the streaming reader."""

import io

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core import csv_stream
from netload_plugin.core.csv_stream import LineReader, detect_encoding, parse_date, parse_decimal


def test_detect_encoding():
    assert detect_encoding(b"\xef\xbb\xbf\"a\";\"b\"\n") == "utf-8"
    assert detect_encoding("\"Radiação\"\n".encode()) == "utf-8"
    assert detect_encoding("\"Radiação\"\n".encode("latin-1")) == "latin-1"
    assert detect_encoding(b"plain ascii\n") == "utf-8"
    # a head cut in the middle of a multi-byte character is still UTF-8
    assert detect_encoding("Radiação".encode()[:6]) == "utf-8"


def test_late_latin1_block_falls_back(monkeypatch):
    monkeypatch.setattr(csv_stream, "HEAD_BYTES", 64)  # the head sees only ASCII
    head = b'"a";"b"\n' + b"".join(b'"x%d";"1"\n' % i for i in range(10))
    tail = '"Radiação";"2"\n'.encode("latin-1")
    reader = LineReader(io.BytesIO(head + tail), "t.csv", block_bytes=40)
    frames = [block.frame for block in reader.blocks(["a", "b"])]
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
    block = next(reader.blocks(["b"]))
    assert list(block.line_numbers) == [2, 4]
    assert list(block.frame["b"]) == ["2", "4"]


def test_parse_decimal_and_date():
    values = parse_decimal(pd.Series(["32,50", ",85847950", ",00", "1.234,5", "", "abc", "-1000", " 7,5 "]))
    assert values.tolist()[:4] == [32.5, 0.8584795, 0.0, 1234.5]
    assert np.isnan(values[4]) and np.isnan(values[5]) and values[6] == -1000.0 and values[7] == 7.5
    dates, sentinel = parse_date(pd.Series(["2016-08-31", "1900-01-01", "", "2020-02-30", "2021-01-02 10:00:00"]))
    assert dates.tolist() == ["2016-08-31", None, None, None, "2021-01-02"]
    assert sentinel.tolist() == [False, True, False, False, False]


# -- quoted line breaks (RFC 4180) and stray quotes ------------------------------------------------
# Physical lines as written; a quoted field may span lines. Line 1 is the header.
QUOTED_BREAK_LINES = [
    '"id";"address";"town"',
    '"1";"Rua A, 10";"São Paulo"',
    '"2";"Sítio Boa Vista',          # record "2" spans lines 3-4
    'estrada velha, km 3";"Jaú"',
    '"3";"Rua ""C""";"Bauru"',       # escaped quotes, balanced
    '"4";"Av. D',                    # record "4" spans lines 6-8, with an empty line inside the quotes
    '',
    'bloco 2";"Marília"',
    '"5";"Rua E";"Garça"',
]
# first physical line → (id, address, town), read off the lines above (a break inside quotes is one "\n")
QUOTED_BREAK_RECORDS = {
    2: ("1", "Rua A, 10", "São Paulo"),
    3: ("2", "Sítio Boa Vista\nestrada velha, km 3", "Jaú"),
    5: ("3", 'Rua "C"', "Bauru"),
    6: ("4", "Av. D\n\nbloco 2", "Marília"),
    9: ("5", "Rua E", "Garça"),
}


def read_all(data: bytes, **options):
    """Every record as {line: (fields...)}, the broken lines and the reader, block by block."""
    reader = LineReader(io.BytesIO(data), "q.csv", **options)
    records, broken = {}, []
    for block in reader.blocks():
        frame = block.frame
        for line, row in zip(frame.index, frame.itertuples(index=False)):
            records[int(line)] = tuple(row)
        broken += [(item.line_number, item.reason) for item in block.broken]
    return records, broken, reader


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_quoted_line_breaks_every_block_size(monkeypatch, encoding, newline):
    monkeypatch.setattr(csv_stream, "HEAD_BYTES", 16)  # the head holds less than the header: blocks really split
    data = newline.join(QUOTED_BREAK_LINES).encode(encoding) + newline.encode()
    for block_bytes in [1 << 20, *range(1, len(data) + 1)]:  # every cut, also inside records 2 and 4
        records, broken, _ = read_all(data, block_bytes=block_bytes)
        assert records == QUOTED_BREAK_RECORDS, block_bytes
        assert broken == [], block_bytes
    monkeypatch.undo()
    assert read_all(data)[2].encoding == encoding


def test_quoted_line_break_without_final_newline():
    data = "\n".join(QUOTED_BREAK_LINES[:4]).encode()
    records, broken, _ = read_all(data)
    assert records == {2: QUOTED_BREAK_RECORDS[2], 3: QUOTED_BREAK_RECORDS[3]} and broken == []


NEVER_CLOSED_LINES = [
    '"id";"address";"town"',
    '"1";"Rua A";"Bauru"',
    '"2";"Rua B;"Jaú"',  # a stray quote: 5 quotes, never closed
    *[f'"{n}";"Rua {n}";"Bauru"' for n in range(3, 11)],  # lines 4-11: good rows
]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_never_closed_quote_rejects_its_line_only(monkeypatch, newline):
    monkeypatch.setattr(csv_stream, "HEAD_BYTES", 16)
    data = newline.join(NEVER_CLOSED_LINES).encode() + newline.encode()
    good = {2: ("1", "Rua A", "Bauru")} | {n + 1: (str(n), f"Rua {n}", "Bauru") for n in range(3, 11)}
    # closed by neither the cap (5 lines, 60 bytes) nor the end of the file: the rows after it survive
    for options in ({"max_record_lines": 5}, {"max_record_bytes": 60}, {}):
        for block_bytes in (1 << 20, 7, 23, 64):
            records, broken, reader = read_all(data, block_bytes=block_bytes, **options)
            assert records == good, (options, block_bytes)
            assert broken == [(3, "broken row: quote never closed")], (options, block_bytes)
            assert reader.unclosed_quote_lines == [3]
    message = reader.unclosed_quotes_message()
    assert message.startswith("q.csv: 1 line(s)") and "(line 3)" in message


def test_stray_quote_closed_by_another_stray_quote():
    lines = ['"id";"address";"town"', '"1";"Rua A;"Bauru"', '"2";"Rua B";"Jaú"', '"3";"Rua C";"Bauru"',
             '"4";"Rua D";"Garça""', '"5";"Rua E";"Bauru"']
    records, broken, _ = read_all(("\n".join(lines) + "\n").encode())
    # lines 2..5 joined are not one record: line 2 alone is rejected; line 5 then never closes
    assert broken == [(2, "broken row: unbalanced quotes"), (5, "broken row: quote never closed")]
    assert records == {3: ("2", "Rua B", "Jaú"), 4: ("3", "Rua C", "Bauru"), 6: ("5", "Rua E", "Bauru")}


def test_quoted_record_duplicates_and_field_count():
    lines = ['"id";"note"', '"1";"a', 'b"', '"1";"a', 'b"', '"2";"c', 'd";"extra"']
    records, broken, reader = read_all(("\n".join(lines) + "\n").encode())
    assert records == {2: ("1", "a\nb")}  # lines 4-5 repeat lines 2-3
    # lines 6-7 make 3 fields, not 2: line 6 is rejected alone; line 7 then opens a quote of its own
    assert broken == [(6, "broken row: unbalanced quotes"), (7, "broken row: quote never closed")]
    assert reader.unclosed_quote_lines == [7]


def test_balanced_quotes_left_open_by_csv_rules_reject_their_line_only():
    """``x"y`` holds a quote as text and ``"z`` opens a field: an even count, yet pandas would swallow line 4."""
    lines = ['"id";"b";"c"', '"1";"b";"c"', '"2";x"y";"z', '"3";"b";"c"', '"4";"b";"c"']
    for block_bytes in (1 << 20, 20):
        records, broken, _ = read_all(("\n".join(lines) + "\n").encode(), block_bytes=block_bytes)
        assert records == {2: ("1", "b", "c"), 4: ("3", "b", "c"), 5: ("4", "b", "c")}
        assert broken == [(3, "broken row: quote never closed")]


@pytest.mark.parametrize("record, fields", [
    (b'"a";"b";"c"', 3), (b'"a;b";"c"', 2), (b'"a""b";"c"', 2), (b'a;b"c;"d"', 3), (b'"a"x;"b"', 2),
    (b'"a', 1), (b';;', 3), (b'"a\nb";"c"', 2), (b'"a";b\nc', -1),
])
def test_field_count_follows_csv_rules(record, fields):
    import csv

    assert csv_stream.field_count(record) == fields
    if fields > 0:  # the csv module reads it the same way
        assert len(next(csv.reader(io.StringIO(record.decode(), newline=""), delimiter=";"))) == fields


def test_field_count_has_no_field_size_limit():
    long_field = b'"' + b"A;" * (300 << 10) + b'"'  # 600 KiB in one quoted field: the csv module refuses it
    assert csv_stream.field_count(long_field + b';"x";' + long_field) == 3
