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
path alone: the joining costs nothing unless a block holds an odd-quoted line.

Line ends. CR, LF and CRLF each end a line, also mixed in one file and when a CRLF is cut
between two reads: every read is turned into LF-only text before anything else looks at it, so
line numbers count what an editor shows. A line longer than :data:`MAX_RECORD_BYTES` is rejected
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
from collections import Counter
from dataclasses import dataclass, field
from typing import BinaryIO, Iterator

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
    """Whole records of one block: their text for pandas, line numbers, broken records."""

    data: bytes
    line_numbers: np.ndarray
    broken: list[BrokenLine]
    duplicates: int
    bytes_done: int


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
    _after_cr: bool = False  # the last byte read was a CR: a LF starting the next read ends no line

    def _read(self, size: int) -> bytes:
        """The next ``size`` bytes of the stream with every CR, LF and CRLF turned into one LF."""
        data = self.stream.read(size)
        self._bytes_done += len(data)
        if self._after_cr and data.startswith(b"\n"):  # the LF of a CRLF cut by the previous read
            data = data[1:]
            if not data:  # that LF was all this read gave: not the end of the file
                data = self.stream.read(size)
                self._bytes_done += len(data)
        if data:
            self._after_cr = data.endswith(b"\r")
        if b"\r" in data:
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        return data

    def read_header(self) -> list[str]:
        head = self._read(HEAD_BYTES)
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
        line = head[:end] if end >= 0 else head[:MAX_HEADER_BYTES]
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

    def blocks(self) -> Iterator[Block]:
        """Every block of records after the header (a block with nothing in it is not yielded)."""
        if not self.header:
            self.read_header()
        while True:
            data = self._read(self.block_bytes)
            final = not data
            data, self._pending = self._pending + data, b""
            if not final:
                cut = data.rfind(b"\n")
                if cut < 0 and len(data) > self.max_record_bytes:
                    yield self._skip_long_line(data)
                    continue
                if cut < 0:
                    self._pending = data
                    continue
                self._pending, data = data[cut + 1:], data[: cut + 1]
            if data:
                block, carry = self._split(data, final)
                self._pending = carry + self._pending  # a record still open: finished by the next read
                if len(block.line_numbers) or block.broken or block.duplicates:
                    yield block
            if final:
                break

    def _skip_long_line(self, start: bytes) -> Block:
        """Reject the line that begins with ``start`` (longer than a record may be) and read past its end."""
        rejected = BrokenLine(self._line, REASON_TOO_LONG, start[:200].decode(self.encoding, "replace"))
        self._line += 1
        while True:
            data = self._read(self.block_bytes)
            end = data.find(b"\n")
            if not data or end >= 0:
                self._pending = data[end + 1:] if data else b""
                return Block(b"", np.empty(0, dtype=np.int64), [rejected], 0, self._bytes_done)

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

    def _split(self, data: bytes, final: bool) -> tuple[Block, bytes]:
        """The records of whole lines ``data``, and the bytes of a record still open at its end."""
        lines = data.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        first, count = self._line, len(lines)
        numbers = np.arange(first, first + len(lines), dtype=np.int64)
        quotes = np.fromiter((line.count(b'"') for line in lines), dtype=np.int64, count=len(lines))
        odd = np.flatnonzero(quotes & 1)
        carry, broken = b"", []
        if len(odd):  # rare: quoted line breaks or stray quotes; afterwards every record's quotes balance
            lines, numbers, broken, open_from = self._join_quoted(lines, numbers, odd, final)
            if open_from is not None:
                carry = _last_lines(data, count - open_from)
                count = open_from
        self._line = first + count
        lengths = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
        keep = lengths > 0

        hashes = np.fromiter(map(hash, lines), dtype=np.int64, count=len(lines))
        duplicate = pd.Series(hashes).duplicated().to_numpy() | self._was_seen(hashes)
        duplicate &= keep
        self._remember(np.sort(hashes[keep & ~duplicate]))
        keep &= ~duplicate

        expected = len(self.header) - 1
        separators = np.fromiter((line.count(b";") for line in lines), dtype=np.int64, count=len(lines))
        suspect = (separators != expected) | (lengths > self.max_record_bytes)
        if b"\x00" in data:  # rare: find the lines
            suspect |= np.fromiter((b"\x00" in line for line in lines), dtype=bool, count=len(lines))
        for index in np.flatnonzero(keep & suspect):
            reason = self._field_problem(lines[index])
            if reason:
                keep[index] = False
                text = lines[index][:4096].decode(self.encoding, "replace")
                broken.append(BrokenLine(int(numbers[index]), reason, text))
        broken.sort(key=lambda item: item.line_number)
        kept = [lines[i] for i in np.flatnonzero(keep)] if not keep.all() else lines
        body = b"\n".join(kept) + b"\n" if kept else b""
        return Block(body, numbers[keep], broken, int(duplicate.sum()), self._bytes_done), carry

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
            if j is not None and within:
                record = b"\n".join(lines[i:j + 1])
                if field_count(record) == len(self.header):
                    records.append(record)
                    starts.append(int(numbers[i]))
                    done, position = j + 1, position + 2
                    continue
                reason = REASON_UNBALANCED
            else:
                reason = REASON_NOT_CLOSED
                self.unclosed_quote_lines.append(int(numbers[i]))
            broken.append(BrokenLine(int(numbers[i]), reason, lines[i].decode(self.encoding, "replace")))
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

    def frame(self, block: Block, usecols: list[str]) -> pd.DataFrame:
        """The block's records as text columns ``usecols`` (in header spelling), index = line number."""
        if not block.data:
            return pd.DataFrame({name: pd.Series(dtype=object) for name in usecols})
        options = dict(sep=";", quotechar='"', header=None, names=self.header, usecols=usecols,
                       dtype=str, keep_default_na=False, na_filter=False, skip_blank_lines=False)
        try:
            table = pd.read_csv(io.BytesIO(block.data), encoding=self.encoding, **options)
        except UnicodeDecodeError:
            self.latin1_fallback_blocks += 1
            table = pd.read_csv(io.BytesIO(block.data), encoding="latin-1", **options)
        except (pd.errors.ParserError, ValueError) as error:
            raise SourceFormatError(f"{self.source_name}: cannot parse the rows near line "
                                    f"{int(block.line_numbers[0])}: {error}") from error
        if len(table) != len(block.line_numbers):  # the checks above should make this impossible
            raise SourceFormatError(f"{self.source_name}: the rows near line {int(block.line_numbers[0])} "
                                    f"give {len(table)} records where {len(block.line_numbers)} were counted.")
        table.index = pd.Index(block.line_numbers, name="line_number")
        return table


def field_count(record: bytes) -> int:
    """Fields of one record as the ``csv`` module and pandas split it; -1 if it is more than one record.

    The quoting rules of RFC 4180 as those readers apply them: a quote opens a quoted field only at
    the start of a field; inside it ``""`` is a quote and line breaks and ``;`` are text; after the
    closing quote, text up to the next ``;`` still belongs to the field. The work is one step per
    quoted field (separators between them are counted by ``bytes.count``), so a line of any length
    costs little and no field is too long.
    """
    count, start, size = 1, 0, len(record)
    while True:
        if record.startswith(b'"', start):  # a quoted field: find its closing quote
            quote = start + 1
            while True:
                quote = record.find(b'"', quote)
                if quote < 0:
                    return count  # never closed: the field runs to the end
                if not record.startswith(b'"', quote + 1):
                    break
                quote += 2  # an escaped quote
            start = quote + 1
        next_quoted = record.find(b';"', start)  # the next field that starts with a quote
        stop = size if next_quoted < 0 else next_quoted
        if record.find(b"\n", start, stop) >= 0:
            return -1  # a line break outside quotes ends the record
        count += record.count(b";", start, stop)
        if next_quoted < 0:
            return count
        count += 1
        start = next_quoted + 1


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
    for block in reader.blocks():
        progress.check_cancelled()
        summary.rows_read += len(block.line_numbers) + len(block.broken) + block.duplicates
        summary.duplicates += block.duplicates
        for item in block.broken:
            summary.rejected[item.reason] += 1
        raw = reader.frame(block, list(found.values())).rename(columns=rename)
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
