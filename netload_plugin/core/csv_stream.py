"""Streaming reader for the big ``;``-separated source files (ANEEL GD, SIGA), no QGIS.

It reads a binary stream in blocks of whole lines and hands each block to pandas, so memory
stays bounded by the block size whatever the file size. Before pandas sees a block it:

- knows the *physical* line number where every record starts (for the rejects table);
- joins the physical lines of a record whose quoted field holds a line break (legal CSV,
  RFC 4180), within a cap: see below;
- sets aside broken records (wrong number of fields, unbalanced quotes) instead of letting
  pandas raise or silently pad them;
- finds exact duplicate records across the whole file by a 64-bit hash of the record.

Quoted line breaks. A line with an odd number of ``"`` leaves a quote open; it is joined with
the following lines up to the next line that closes it (the next line with an odd count).
The joined text is accepted as one record only if it splits into exactly the header's number
of fields; the line break is kept as one line feed (so a CRLF and an LF file give the same value,
and the text stays as ANEEL wrote it, e.g. a multi-line address or remark). A quote that is
still open after :data:`MAX_RECORD_LINES` physical lines or :data:`MAX_RECORD_BYTES` bytes, or
at the end of the file, is a stray quote, not a field: that line alone is rejected and reading
resumes at the next line, so a single broken quote never swallows the rows after it. A joined
text with the wrong number of fields is handled the same way. Records still open at the end of
a block are carried into the next block, so the result does not depend on the block size.
Lines whose quotes are balanced (all of them, in the files seen so far) take the vectorised
path alone: the joining costs nothing unless a block holds an odd-quoted line. When every line of
a block is a record, pandas reads the block as it was read and the duplicates are dropped from its
result (re-joining the other lines would cost more). A line whose quotes balance but that csv rules
leave open (``"a";x"y";"b``: the quote in ``x"y`` is text, the one before ``b`` opens a field) would
make pandas swallow the next line: it is rejected alone as a quote never closed.

Line ends. CR, LF and CRLF each end a line, also mixed in one file and when a CRLF is cut
between two reads, so line numbers count what an editor shows. Each read is given the line end of
the header before anything else looks at it: a file whose header ends with CRLF keeps its CRLFs
(a CR alone becomes one), any other file gets LF only. (Rewriting every CRLF of a CRLF file would
cost as much as reading it.) A line longer than :data:`MAX_RECORD_BYTES` is rejected
alone and skipped without being held whole (a file of one endless line, or a ZIP member of NUL
bytes, costs no more memory than a block); a line holding NUL bytes is rejected alone (pandas would
silently cut its text there). The header must end within :data:`MAX_HEADER_BYTES` and hold no NUL
byte, else the file is refused with one line saying so.

Field counts never go through the ``csv`` module, whose 128 KiB field limit made one long line
fail the whole file: :func:`field_count` follows the same quoting rules over the quotes of the
record only.

The encoding is detected from the first bytes: a UTF-8 BOM means UTF-8; text that decodes as
UTF-8 is UTF-8; anything else is latin-1. If a later block turns out not to be UTF-8 after all
(the head was pure ASCII), that block is read as latin-1 and counted.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import BinaryIO

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .progress import Progress

UTF8_BOM = b"\xef\xbb\xbf"
HEAD_BYTES = 1 << 20
DEFAULT_BLOCK_BYTES = 32 << 20
#: A quoted field may hold line breaks; one left open longer than this is a stray quote.
MAX_RECORD_LINES = 100
MAX_RECORD_BYTES = 1 << 20
#: The header line must end within this many bytes.
MAX_HEADER_BYTES = 1 << 20

REASON_UNBALANCED = "broken row: unbalanced quotes"
REASON_NOT_CLOSED = "broken row: quote never closed"
REASON_TOO_LONG = f"broken row: line longer than {MAX_RECORD_BYTES >> 20} MiB"
REASON_NUL = "broken row: NUL bytes"
_LONE_CR = re.compile(rb"\r(?!\n)")


def detect_encoding(head: bytes) -> str:
    """``"utf-8"`` or ``"latin-1"`` from the first bytes of a file (a BOM counts as UTF-8)."""
    if head.startswith(UTF8_BOM):
        return "utf-8"
    cut = head.rfind(b"\n")
    sample = head[: cut + 1] if cut >= 0 else head
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut by the end of a sample without newline is still UTF-8.
        if cut < 0 and error.start >= len(sample) - 3 and error.reason == "unexpected end of data":
            return "utf-8"
        return "latin-1"
    return "utf-8"


@dataclass
class ParseSummary:
    """What happened to every row of a streamed registry; each parser words its own :meth:`lines`."""

    rows_read: int = 0
    kept: int = 0
    duplicates: int = 0
    filtered_out: int = 0
    repaired: Counter = field(default_factory=Counter)
    rejected: Counter = field(default_factory=Counter)
    encoding: str = ""

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def breakdown_lines(self) -> list[str]:
        """One line per rejection reason and per kind of repair, for the end of the log."""
        out = [f"  rejected, {reason}: {count:,}" for reason, count in sorted(self.rejected.items())]
        out += [f"  repaired, {kind}: {count:,}" for kind, count in sorted(self.repaired.items()) if count]
        return out


@dataclass
class BrokenLine:
    line_number: int
    reason: str
    text: str


@dataclass
class Block:
    """The records of one block: their text columns (index = line number of each record's first line),
    the lines rejected, and how many duplicate records were dropped."""

    frame: pd.DataFrame
    broken: list[BrokenLine]
    duplicates: int
    bytes_done: int

    @property
    def line_numbers(self) -> np.ndarray:
        return self.frame.index.to_numpy(dtype=np.int64)


@dataclass
class LineReader:
    """Splits a binary stream into blocks of records with line numbers, dedup and field checks."""

    stream: BinaryIO
    source_name: str
    block_bytes: int = DEFAULT_BLOCK_BYTES
    encoding: str = ""
    header: list[str] = field(default_factory=list)
    latin1_fallback_blocks: int = 0
    max_record_lines: int = MAX_RECORD_LINES
    max_record_bytes: int = MAX_RECORD_BYTES
    unclosed_quote_lines: list[int] = field(default_factory=list)  # lines rejected for a quote never closed
    _seen: list = field(default_factory=list)  # sorted hash arrays of growing size (merged like a binary counter)
    _line: int = 2  # the next physical line: the header is line 1
    _pending: bytes = b""
    _bytes_done: int = 0
    _crlf: bool = False  # lines end with CRLF (the header's line end); else with LF

    def _read(self, size: int) -> bytes:
        """The next ``size`` bytes of the stream (one more if they end with a CR: a CRLF is never cut in
        two), with the file's line end (see the module docstring)."""
        data = self.stream.read(size)
        if data.endswith(b"\r"):
            data += self.stream.read(1)
        self._bytes_done += len(data)
        return self._line_ends(data)

    def _line_ends(self, data: bytes) -> bytes:
        if b"\r" not in data:
            return data
        if not self._crlf:
            return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        carriage_returns = np.count_nonzero(np.frombuffer(data, dtype=np.uint8) == 13)  # faster than bytes.count
        if carriage_returns != data.count(b"\r\n"):
            data = _LONE_CR.sub(b"\r\n", data)
        return data

    def read_header(self) -> list[str]:
        head = self.stream.read(HEAD_BYTES)
        self._bytes_done = len(head)
        line_end = re.search(rb"\r\n|\r|\n", head)
        self._crlf = line_end is not None and line_end.group() == b"\r\n"
        head = self._line_ends(head)
        if not head.strip():
            raise SourceFormatError(f"{self.source_name}: the file is empty.")
        self.encoding = detect_encoding(head)
        if head.startswith(UTF8_BOM):
            head = head[len(UTF8_BOM):]
        end = head.find(b"\n")
        while end < 0 and len(head) <= MAX_HEADER_BYTES:  # a header longer than the head: keep reading
            more = self._read(HEAD_BYTES)
            if not more:
                end = len(head)
                break
            head += more
            end = head.find(b"\n")
        line = (head[:end] if end >= 0 else head[:MAX_HEADER_BYTES]).rstrip(b"\r")
        if b"\x00" in line:
            raise SourceFormatError(f"{self.source_name}: line 1 holds NUL bytes: not a text file "
                                    f"(a damaged download, or not the CSV file expected).")
        if end < 0:
            raise SourceFormatError(f"{self.source_name}: no line end in the first {MAX_HEADER_BYTES >> 20} MiB: "
                                    f"not a ';'-separated text file.")
        header_line = line.decode(self.encoding, errors="replace")
        try:
            self.header = [name.strip() for name in next(csv.reader([header_line], delimiter=";", quotechar='"'))]
        except csv.Error:
            self.header = []
        if len(self.header) < 2:
            raise SourceFormatError(
                f"{self.source_name}: line 1 is not a ';'-separated header ({header_line[:80]!r})."
            )
        self._pending = head[end + 1:]
        return self.header

    def blocks(self, usecols: list[str] | None = None) -> Iterator[Block]:
        """Every block of records after the header, as text columns ``usecols`` (header spelling; all
        columns by default). A block with nothing in it is not yielded."""
        if not self.header:
            self.read_header()
        usecols = list(self.header if usecols is None else usecols)
        while True:
            read = self._read(self.block_bytes)
            final = not read
            data = self._whole_lines(read, final)
            if data is None and len(self._pending) > self.max_record_bytes:
                yield self._skip_long_line(self._pending)
                continue
            if data:
                block, carry = self._records(data, final, usecols)
                self._pending = carry + self._pending  # a record still open: finished by the next read
                if len(block.frame) or block.broken or block.duplicates:
                    yield block
            if final:
                break

    def _whole_lines(self, read: bytes, final: bool) -> bytes | None:
        """The whole lines of what was pending plus ``read`` (copied once); the rest stays pending.
        None (all pending) when they hold no line end."""
        cut = read.rfind(b"\n")
        if final or cut >= 0:
            data = b"".join((self._pending, memoryview(read)[:cut + 1])) if not final else self._pending
            self._pending = read[cut + 1:]
            return data
        cut = self._pending.rfind(b"\n")
        if cut >= 0:  # whole lines in what was pending (an open record's): those first
            data, self._pending = bytes(self._pending[:cut + 1]), self._pending[cut + 1:] + read
            return data
        if not isinstance(self._pending, bytearray):  # a line longer than a read: grow it in place
            self._pending = bytearray(self._pending)
        self._pending += read
        return None

    def _skip_long_line(self, start: bytes) -> Block:
        """Reject the line that begins with ``start`` (longer than a record may be) and read past its end."""
        rejected = BrokenLine(self._line, REASON_TOO_LONG, start[:200].decode(self.encoding, "replace"))
        self._line += 1
        while True:
            data = self._read(self.block_bytes)
            end = data.find(b"\n")
            if not data or end >= 0:
                self._pending = data[end + 1:] if data else b""
                return Block(self._empty_frame(), [rejected], 0, self._bytes_done)

    def unclosed_quotes_message(self) -> str:
        """One log line naming the file and the lines rejected for a quote never closed ("" if none)."""
        lines = self.unclosed_quote_lines
        if not lines:
            return ""
        shown = ", ".join(str(number) for number in lines[:10]) + (", ..." if len(lines) > 10 else "")
        return (f"{self.source_name}: {len(lines):,} line(s) open a quote that is not closed within "
                f"{self.max_record_lines} lines ({self.max_record_bytes >> 10} KiB) or by the end of the file "
                f"({'line' if len(lines) == 1 else 'lines'} {shown}); each such line was rejected alone and "
                f"reading resumed at the line after it.")

    def _records(self, data: bytes, final: bool, usecols: list[str]) -> tuple[Block, bytes]:
        """The records of whole lines ``data`` parsed, and the bytes of a record still open at its end.

        Lines are joined where a quoted field holds a line break; lines that cannot be records are set
        aside; exact duplicates are dropped; pandas then splits the records kept into fields.
        """
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        quotes = np.fromiter(map(bytes.count, lines, repeat(b'"')), dtype=np.int64, count=len(lines))
        odd = np.flatnonzero(quotes & 1)
        first, count = self._line, len(lines)
        numbers = np.arange(first, first + len(lines), dtype=np.int64)
        carry, broken = b"", []
        if len(odd):  # quoted line breaks or stray quotes; afterwards every record's quotes balance
            lines, numbers, broken, open_from = self._join_quoted(lines, numbers, odd, final)
            if open_from is not None:
                carry = _last_lines(data, count - open_from)
                count = open_from
        self._line = first + count
        lengths = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
        filled = lengths > 0
        for index in np.flatnonzero(lengths == 1):  # in a CRLF file, a blank line is a lone CR
            filled[index] = lines[index] != b"\r"
        duplicate, hashes = self._duplicates(lines, filled)
        self._remember(np.sort(hashes[filled & ~duplicate]))
        keep = filled & ~duplicate
        expected = len(self.header) - 1
        separators = np.fromiter(map(bytes.count, lines, repeat(b";")), dtype=np.int64, count=len(lines))
        suspect = (separators != expected) | (lengths > self.max_record_bytes)
        if b"\x00" in data:
            suspect |= np.fromiter((b"\x00" in line for line in lines), dtype=bool, count=len(lines))
        for index in np.flatnonzero(keep & suspect):
            reason = self._field_problem(lines[index])
            if reason:
                keep[index] = False
                broken.append(self._broken(int(numbers[index]), reason, lines[index]))
        whole = data if not len(odd) and not broken and data.endswith(b"\n") else None
        frame = self._parse_records(lines, numbers, keep, usecols, broken, whole)
        broken.sort(key=lambda item: item.line_number)
        return Block(frame, broken, int(duplicate.sum()), self._bytes_done), carry

    def _broken(self, line_number: int, reason: str, text: bytes) -> BrokenLine:
        return BrokenLine(line_number, reason, text[:4096].rstrip(b"\r").decode(self.encoding, "replace"))

    def _parse_records(self, lines: list, numbers: np.ndarray, keep: np.ndarray, usecols: list[str],
                       broken: list, whole: bytes | None) -> pd.DataFrame:
        """The kept records as text columns. ``whole``: the block's text when every line is a record
        (duplicates and blank lines are then parsed too and dropped afterwards, which costs less than
        joining the others again).

        A record whose quotes balance but that csv rules leave open (``"a";x"y";"b``: the quote of
        ``x"y`` is text, that of ``"b`` opens a field) would make pandas join it with the next one:
        such records are rejected as never closed, then the rest is parsed.
        """
        if whole is not None:
            parsed = self._parse(whole, usecols, self.header)
            if parsed is not None and len(parsed[0]) == len(lines):
                frame, latin1 = parsed
                self.latin1_fallback_blocks += latin1
                frame = frame[keep] if not keep.all() else frame
                frame.index = pd.Index(numbers[keep], name="line_number")
                return frame
        for attempt in range(2):
            kept = np.flatnonzero(keep)
            if not len(kept):
                return self._empty_frame(usecols)
            parsed = self._parse(b"\n".join([lines[i] for i in kept]) + b"\n", usecols, self.header)
            if parsed is not None and len(parsed[0]) == len(kept):
                frame, latin1 = parsed
                self.latin1_fallback_blocks += latin1
                frame.index = pd.Index(numbers[kept], name="line_number")
                return frame
            if attempt == 0:
                for index in kept:
                    if quote_left_open(lines[index]):
                        keep[index] = False
                        broken.append(self._broken(int(numbers[index]), REASON_NOT_CLOSED, lines[index]))
        raise SourceFormatError(f"{self.source_name}: cannot split the rows near line {int(numbers[0])} into records.")

    def _duplicates(self, records: list, candidate: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Which ``candidate`` records repeat an earlier one (in this block or before), and the hashes."""
        hashes = np.fromiter(map(hash, records), dtype=np.int64, count=len(records))
        duplicate = pd.Series(hashes).duplicated().to_numpy() | self._was_seen(hashes)
        return duplicate & candidate, hashes

    def _parse(self, data: bytes, usecols: list[str], names: list[str]) -> tuple[pd.DataFrame, bool] | None:
        """``data`` as text columns ``usecols`` of ``names``, and whether it had to be read as latin-1;
        None when pandas cannot split it."""
        options = dict(sep=";", quotechar='"', header=None, names=names, usecols=usecols,
                       dtype=str, keep_default_na=False, na_filter=False, skip_blank_lines=False)
        try:
            try:
                return pd.read_csv(io.BytesIO(data), encoding=self.encoding, **options), False
            except UnicodeDecodeError:
                return pd.read_csv(io.BytesIO(data), encoding="latin-1", **options), True
        except (pd.errors.ParserError, ValueError):
            return None

    def _empty_frame(self, usecols: list[str] | None = None) -> pd.DataFrame:
        frame = pd.DataFrame({name: pd.Series(dtype=object) for name in (usecols or self.header)})
        frame.index = pd.Index(np.empty(0, dtype=np.int64), name="line_number")
        return frame

    def _join_quoted(self, lines: list, numbers: np.ndarray, odd: np.ndarray, final: bool):
        """Join the lines of records with quoted line breaks; reject stray quotes one line at a time.

        ``odd``: indices of lines with an odd number of quotes. A quote opened on line ``i`` closes
        on the next odd line ``j`` (lines between have balanced quotes). Returns the records, their
        first physical line numbers, the rejected lines, and the index of the first line of a
        record still open at the end of a non-final block (else None).
        """
        records, starts, broken = [], [], []
        done = position = 0  # lines before index ``done`` are handled; odd[position] is the next open quote
        while position < len(odd):
            i = int(odd[position])
            records += lines[done:i]
            starts += numbers[done:i].tolist()
            j = int(odd[position + 1]) if position + 1 < len(odd) else None
            span = (j if j is not None else len(lines) - 1) - i + 1
            size = sum(len(line) + 1 for line in lines[i:i + min(span, self.max_record_lines + 1)])
            within = span <= self.max_record_lines and size <= self.max_record_bytes
            if j is None and within and not final:
                return records, np.asarray(starts, dtype=np.int64), broken, i
            if j is not None and within:  # a line break inside a field is one LF, also in a CRLF file
                record = b"\n".join([_without_cr(line) for line in lines[i:j]] + [lines[j]])
                if field_count(record) == len(self.header):
                    records.append(record)
                    starts.append(int(numbers[i]))
                    done, position = j + 1, position + 2
                    continue
                reason = REASON_UNBALANCED
            else:
                reason = REASON_NOT_CLOSED
                self.unclosed_quote_lines.append(int(numbers[i]))
            broken.append(self._broken(int(numbers[i]), reason, lines[i]))
            done, position = i + 1, position + 1
        records += lines[done:]
        starts += numbers[done:].tolist()
        return records, np.asarray(starts, dtype=np.int64), broken, None

    def _field_problem(self, record: bytes) -> str:
        if len(record) > self.max_record_bytes:
            return REASON_TOO_LONG
        if b"\x00" in record:
            return REASON_NUL
        count = field_count(record)
        if count != len(self.header):
            return f"broken row: {count} fields, expected {len(self.header)}"
        return ""

    def _was_seen(self, hashes: np.ndarray) -> np.ndarray:
        seen = np.zeros(len(hashes), dtype=bool)
        for level in self._seen:
            position = np.searchsorted(level, hashes).clip(max=len(level) - 1)
            seen |= level[position] == hashes
        return seen

    def _remember(self, new: np.ndarray) -> None:
        """Keep the hashes of earlier blocks in a few sorted arrays: O(n log n) in all, not per block."""
        if not len(new):
            return
        self._seen.append(new)
        while len(self._seen) > 1 and len(self._seen[-2]) <= 2 * len(self._seen[-1]):
            merged = np.concatenate(self._seen[-2:])
            merged.sort(kind="stable")
            self._seen[-2:] = [merged]


def field_count(record: bytes) -> int:
    """Fields of one record as the ``csv`` module and pandas split it; -1 if it is more than one record.

    The quoting rules of RFC 4180 as those readers apply them: a quote opens a quoted field only at
    the start of a field; inside it ``""`` is a quote and line breaks and ``;`` are text; after the
    closing quote, text up to the next ``;`` still belongs to the field. The work is one step per
    quoted field (separators between them are counted by ``bytes.count``), so a line of any length
    costs little and no field is too long.
    """
    fields, open_quote = 1, False
    lines = record.split(b"\n")
    for number, line in enumerate(lines):
        separators, open_quote = _scan_line(line, open_quote)
        fields += separators
        if not open_quote and number < len(lines) - 1:
            return -1  # a line break outside quotes ends the record
    return fields


def quote_left_open(line: bytes) -> bool:
    """True when, by the rules of :func:`field_count`, a quoted field is still open at the end of ``line``."""
    return _scan_line(line, False)[1]


def _scan_line(line: bytes, open_at_start: bool) -> tuple[int, bool]:
    """(separators outside quoted fields, a quoted field open at the end) of one line, given whether
    it starts inside a quoted field."""
    separators, start = 0, 0
    if open_at_start or line.startswith(b'"'):
        start = _quoted_end(line, 0 if open_at_start else 1)
        if start < 0:
            return 0, True
    while True:
        quoted = line.find(b';"', start)  # the next field that starts with a quote
        separators += line.count(b";", start, len(line) if quoted < 0 else quoted)
        if quoted < 0:
            return separators, False
        separators += 1
        start = _quoted_end(line, quoted + 2)
        if start < 0:
            return separators, True


def _quoted_end(text: bytes, start: int) -> int:
    """Index just past the quote that closes a quoted field whose text begins at ``start``; -1 if none."""
    while True:
        quote = text.find(b'"', start)
        if quote < 0:
            return -1
        if not text.startswith(b'"', quote + 1):
            return quote + 1
        start = quote + 2  # an escaped quote


def _without_cr(line: bytes) -> bytes:
    return line[:-1] if line.endswith(b"\r") else line


def _last_lines(data: bytes, count: int) -> bytes:
    """The last ``count`` lines of ``data`` (which ends with a newline), as they were written."""
    cut = len(data) - 1
    for _ in range(count):
        cut = data.rfind(b"\n", 0, cut)
    return data[cut + 1:]


def resolve_columns(header: list[str], wanted: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Canonical name → the header's own spelling, matched case-insensitively and by alias."""
    by_lower = {name.lower(): name for name in header}
    found = {}
    for canonical, aliases in wanted.items():
        for candidate in (canonical, *aliases):
            if candidate.lower() in by_lower:
                found[canonical] = by_lower[candidate.lower()]
                break
    return found


def registry_blocks(reader: LineReader, columns: dict[str, tuple[str, ...]], required: tuple[str, ...],
                    what: str, summary: ParseSummary, progress: Progress,
                    total_bytes: int | None = None) -> Iterator[tuple[pd.DataFrame, list[BrokenLine]]]:
    """The blocks of an ANEEL registry file as (raw text frame with canonical columns, broken lines).

    Shared by the GD and SIGA parsers: checks the header names every ``required`` column (the
    error says which are missing and which were found, since ANEEL renames columns now and then),
    counts rows read, duplicates and broken lines into ``summary``, reports progress by bytes,
    honours cancel between blocks, and ends with the reader's warnings (quotes never closed,
    blocks read as latin-1). Columns the file lacks come as empty strings.
    """
    header = reader.read_header()
    summary.encoding = reader.encoding
    found = resolve_columns(header, columns)
    missing = [name for name in required if name not in found]
    if missing:
        raise SourceFormatError(f"{reader.source_name}: not {what}: column(s) {', '.join(missing)} missing "
                                f"from the header (found: {', '.join(header[:40])}).")
    rename = {spelling: canonical for canonical, spelling in found.items()}
    for block in reader.blocks(list(found.values())):
        progress.check_cancelled()
        summary.rows_read += len(block.frame) + len(block.broken) + block.duplicates
        summary.duplicates += block.duplicates
        for item in block.broken:
            summary.rejected[item.reason] += 1
        raw = block.frame.rename(columns=rename)
        for name in columns:
            if name not in raw:
                raw[name] = ""
        yield raw, block.broken
        if total_bytes:
            progress.set_fraction(block.bytes_done / total_bytes)
    progress.check_cancelled()  # also a cancel during the last block: the caller then keeps nothing
    if reader.unclosed_quote_lines:
        progress.warning(reader.unclosed_quotes_message())
    if reader.latin1_fallback_blocks:
        progress.warning(f"{reader.source_name}: {reader.latin1_fallback_blocks} block(s) were "
                         f"not valid UTF-8 and were read as latin-1.")
    progress.set_fraction(1.0)


def parse_decimal(text: pd.Series) -> pd.Series:
    """Brazilian numbers as floats: ``"32,50"`` → 32.5, ``",85"`` → 0.85, ``"1.234,5"`` → 1234.5; else NaN."""
    values = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce")
    retry = values.isna() & (text != "")
    if retry.any():  # rare: thousands separators or padding
        again = text[retry].str.strip().str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        values[retry] = pd.to_numeric(again, errors="coerce")
    return values.astype(float)


def parse_date(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """``YYYY-MM-DD`` (optionally with a time) → ISO date text or None; second: mask of 1900 sentinels."""
    day = text.str.strip().str.slice(0, 10)
    parsed = pd.to_datetime(day, format="%Y-%m-%d", errors="coerce")
    sentinel = (parsed.dt.year <= 1900).fillna(False).astype(bool)
    return day.where(parsed.notna() & ~sentinel, None), sentinel
