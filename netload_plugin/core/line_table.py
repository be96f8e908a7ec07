"""Line-numbered, bounded splitting of the delimited source tables (INMET, ONS curva de carga, LABREN, NASA POWER).

None of these sources quotes its fields, so a ``"`` is an ordinary character and every physical
line is one record. Before pandas sees a table, each line is checked with numpy (linear in the
file size, whatever it holds):

* a line with another number of separators than the header is rejected, with its line number,
  instead of shifting its values into the wrong columns (or, as pandas does, padding it);
* a line longer than :data:`MAX_LINE_BYTES` is rejected, and a header longer than that or with
  more than :data:`MAX_FIELDS` fields refuses the file at once — a 1 MB line of ``;`` once made
  pandas build a million columns for minutes;
* a carriage return inside a line (not before its line feed) rejects that line;
* a last line without line end was cut (an interrupted download): rejected, never read as a
  shorter number;
* blank lines are skipped and not counted.

When most lines disagree with the header, the columns cannot be matched and the file is refused
(:class:`~.errors.SourceFormatError`). The lines that pass are handed over as one ``\\n``-separated
body with the file line number of each, so a later per-row problem can name its line.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .read_report import ReadReport

MAX_LINE_BYTES = 64 * 1024
MAX_FIELDS = 256
_LF, _CR = 10, 13


@dataclass
class LineTable:
    """A header and the well-formed data lines of a delimited table."""

    header: list[str]  # field names, stripped; a trailing empty field (a line ending with the separator) dropped
    body: bytes  # the well-formed data lines, each ending with b"\n", nothing else
    line_numbers: np.ndarray  # file line number of each line of ``body``
    separator: str

    def read(self, columns: list[int], source: str, **options) -> pd.DataFrame:
        """Columns ``columns`` (indices) of every body line through pandas, one row per line, labelled by index.

        ``options`` go to ``pandas.read_csv`` (dtype, decimal, na_values…). A body pandas cannot read
        the same way raises :class:`SourceFormatError` naming ``source``.
        """
        try:
            frame = pd.read_csv(io.BytesIO(self.body), sep=self.separator, header=None, usecols=columns,
                                quoting=3, lineterminator="\n", skip_blank_lines=False, low_memory=False,
                                **options)  # quoting 3 = csv.QUOTE_NONE
        except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError, UnicodeDecodeError) as error:
            raise SourceFormatError(f"{source}: the rows cannot be read ({str(error).splitlines()[0]})") from None
        if len(frame) != len(self.line_numbers):
            raise SourceFormatError(f"{source}: {len(frame)} rows read from {len(self.line_numbers)} lines")
        return frame


def split_lines(data: bytes, source: str, report: ReadReport, *, separator: str = ";", first_line: int = 1,
                encoding: str = "latin-1") -> LineTable:
    """The header (line ``first_line`` of the file) and the well-formed lines of ``data``.

    Rejected lines are counted in ``report`` by reason with the first one's line number; the
    non-blank lines after the header are its ``rows_read``.
    """
    cut = data.find(b"\n")
    head, rest = (data, b"") if cut < 0 else (data[:cut], data[cut + 1:])
    header = _header(head, source, first_line, separator, encoding)
    semicolons = len(header) - 1
    names = [name.strip() for name in (header[:-1] if len(header) > 1 and not header[-1].strip() else header)]
    lines = _Lines(rest, separator)
    numbers = first_line + 1 + np.arange(len(lines.starts))
    report.rows_read += int((~lines.blank).sum())
    checks = (
        ("line longer than 64 KiB", lines.lengths > MAX_LINE_BYTES, lambda i: f"{lines.lengths[i]:,} bytes"),
        ("carriage return inside the line", lines.inner_cr, lambda i: "CR before the line end"),
        ("wrong number of fields", lines.fields != semicolons,
         lambda i: f"{lines.fields[i] + 1} fields, the header has {semicolons + 1}"),
        ("incomplete last line (the file was cut)", lines.unterminated, lambda i: "no line end"),
    )
    _refuse_unmatched_header(lines, semicolons, source, first_line)
    bad = lines.blank.copy()
    for reason, mask, detail in checks:
        mask = mask & ~bad
        if mask.any():
            first = int(np.flatnonzero(mask)[0])
            report.reject(reason, int(mask.sum()), f"line {numbers[first]}: {detail(first)}")
        bad |= mask
    return LineTable(names, lines.body(rest, ~bad), numbers[~bad], separator)


def _header(head: bytes, source: str, line: int, separator: str, encoding: str) -> list[str]:
    head = head[:-1] if head.endswith(b"\r") else head
    if len(head) > MAX_LINE_BYTES or head.count(separator.encode()) >= MAX_FIELDS:
        fields = head.count(separator.encode()) + 1
        raise SourceFormatError(f"{source}, line {line}: {len(head):,} bytes and {fields:,} fields: not the header "
                                "of this table")
    return head.decode(encoding, "replace").split(separator)


def _refuse_unmatched_header(lines: _Lines, semicolons: int, source: str, first_line: int) -> None:
    """Most non-blank lines with another field count than the header: the columns cannot be matched."""
    counted = ~lines.blank
    if counted.any() and (lines.fields[counted] == semicolons).sum() * 2 < counted.sum():
        modal = int(np.bincount(np.minimum(lines.fields[counted], MAX_FIELDS)).argmax()) + 1
        raise SourceFormatError(f"{source}: the header (line {first_line}) has {semicolons + 1} fields but most rows "
                                f"have {modal}: the columns cannot be matched")


class _Lines:
    """Per physical line of ``data``: start, end (without CR), length, separators, blank, CR inside, cut."""

    def __init__(self, data: bytes, separator: str):
        raw = np.frombuffer(data, dtype=np.uint8)
        ends = np.flatnonzero(raw == _LF)
        self.unterminated = np.zeros(len(ends), dtype=bool)
        if len(data) and data[-1] != _LF:
            ends = np.append(ends, len(data))
            self.unterminated = np.append(self.unterminated, True)
        self.starts = np.concatenate(([0], ends[:-1] + 1)).astype(np.int64) if len(ends) else np.empty(0, np.int64)
        crlf = np.zeros(len(ends), dtype=bool)
        crlf[ends > self.starts] = raw[ends[ends > self.starts] - 1] == _CR
        self.content_ends = ends - crlf
        self.lengths = self.content_ends - self.starts
        self.fields = self._count(raw == ord(separator))
        self.inner_cr = self._count(raw == _CR) > crlf
        self.blank = np.zeros(len(ends), dtype=bool)
        for index in np.flatnonzero(self.fields == 0):  # only a line without separator can be blank
            self.blank[index] = not data[self.starts[index]:self.content_ends[index]].strip()

    def body(self, data: bytes, keep: np.ndarray) -> bytes:
        """The lines in ``keep``, each ending with a bare line feed (the common case without copying line by line)."""
        if keep.all() and not self.unterminated.any():
            return data.replace(b"\r\n", b"\n") if b"\r" in data else data  # every CR kept is a CRLF
        return b"".join(data[a:b] + b"\n" for a, b in zip(self.starts[keep], self.content_ends[keep]))

    def _count(self, mask: np.ndarray) -> np.ndarray:
        """How many bytes of each line ``mask`` marks."""
        if not len(self.starts):
            return np.empty(0, np.int64)
        return np.add.reduceat(mask, self.starts, dtype=np.int64) if len(mask) else np.zeros(len(self.starts), np.int64)
