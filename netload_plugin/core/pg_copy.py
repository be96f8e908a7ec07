"""PostgreSQL's binary COPY format, built from pandas columns with numpy (no per-row Python).

``COPY … FROM STDIN (FORMAT binary)`` is the fastest way into PostgreSQL: the server parses no
text, and here the client formats none either. A row is a 16-bit field count, then per field a
32-bit length (-1 for NULL) and the value in network byte order: doubles and integers as
big-endian numbers, ``timestamptz`` as microseconds since 2000-01-01 UTC, ``date`` as days since
then, text as UTF-8, geometry as EWKB (what PostGIS's ``geometry_recv`` reads).

Each column becomes a length array and a byte buffer; rows are then assembled in one of two ways:

* every column fixed-width in this batch (no NULLs, or only NULLs; strings all of one length, like
  IBGE codes): one numpy structured array whose bytes are the rows — a strided copy per column;
* otherwise: field offsets from cumulative sums, and each column scattered into place.

See https://www.postgresql.org/docs/current/sql-copy.html ("Binary Format").
"""

from __future__ import annotations

import numpy as np
import pandas as pd

HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)  # signature, flags 0, header extension length 0
TRAILER = b"\xff\xff"
_EPOCH_2000_US = 946_684_800_000_000
_EPOCH_2000_DAYS = 10_957
_NAT = np.iinfo(np.int64).min
_NUMBER_TYPES = {"double": ">f8", "int": ">i4", "int64": ">i8"}


class ColumnBytes:
    """One column of a batch: per-row payload length (-1 = NULL) and the payloads back to back."""

    __slots__ = ("lengths", "payload")

    def __init__(self, lengths: np.ndarray, payload: np.ndarray):
        self.lengths = lengths.astype(np.int64, copy=False)
        self.payload = payload

    def fixed_width(self) -> int | None:
        """The payload width when every row has the same one (-1: all NULL), else None."""
        if not len(self.lengths):
            return 0
        first = int(self.lengths[0])
        return first if (self.lengths == first).all() else None


def _fixed(values: np.ndarray, valid: np.ndarray, dtype: str) -> ColumnBytes:
    width = np.dtype(dtype).itemsize
    payload = values[valid].astype(dtype).view(np.uint8)
    return ColumnBytes(np.where(valid, width, -1), payload)


def _numbers(series: pd.Series, dtype: str) -> ColumnBytes:
    if series.dtype.kind in "iub" and dtype != ">f8":
        values = series.to_numpy()
        return _fixed(values, np.ones(len(values), bool), dtype)
    values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    valid = ~np.isnan(values)
    if dtype != ">f8":
        values = np.where(valid, values, 0).round()
    return _fixed(values, valid, dtype)


def _utc_microseconds(series: pd.Series) -> np.ndarray:
    """int64 µs since 1970 (NaT as the int64 minimum), whatever the column's unit or zone."""
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        series = series.dt.tz_convert("UTC").dt.tz_localize(None)
    elif not pd.api.types.is_datetime64_dtype(series.dtype):
        series = _parsed_times(series).dt.tz_localize(None)
    # pandas 1.5 keeps ns; pandas 2 may hold s/ms/us: numpy converts whatever the unit (NaT stays NaT)
    return series.to_numpy().astype("datetime64[us]").view(np.int64)


def _parsed_times(series: pd.Series) -> pd.Series:
    """Text times in UTC: any mix of ISO 8601 forms (pandas 2 needs ``format="ISO8601"`` for that, pandas 1.5
    infers each value); what cannot be read is NULL."""
    try:
        return pd.to_datetime(series, utc=True, format="ISO8601")
    except (TypeError, ValueError):
        return pd.to_datetime(series, utc=True, errors="coerce")


def _datetimes(series: pd.Series) -> ColumnBytes:
    micros = _utc_microseconds(series)
    valid = micros != _NAT
    return _fixed(micros - _EPOCH_2000_US, valid, ">i8")


def _dates(series: pd.Series) -> ColumnBytes:
    stamps = pd.to_datetime(series, errors="coerce")
    if isinstance(stamps.dtype, pd.DatetimeTZDtype):
        stamps = stamps.dt.tz_localize(None)
    days = stamps.to_numpy().astype("datetime64[D]").view(np.int64)
    valid = days != _NAT
    return _fixed(days - _EPOCH_2000_DAYS, valid, ">i4")


def _booleans(series: pd.Series) -> ColumnBytes:
    values = series.to_numpy(dtype=object)
    valid = ~pd.isna(values)
    flags = np.zeros(len(values), np.uint8)
    flags[valid] = [1 if bool(v) else 0 for v in values[valid]]
    return _fixed(flags, valid, "u1")


def _gathered(pieces: list, codes: np.ndarray) -> ColumnBytes:
    """Rows whose payload is ``pieces[code]`` (bytes; code -1 = NULL), concatenated in row order."""
    sizes = np.fromiter((len(p) for p in pieces), np.int64, len(pieces))
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1])) if len(pieces) else np.zeros(0, np.int64)
    valid = codes >= 0
    lengths = np.where(valid, sizes[np.where(valid, codes, 0)] if len(pieces) else 0, -1)
    row_sizes = np.where(valid, lengths, 0)
    total = int(row_sizes.sum())
    if total == 0:
        return ColumnBytes(lengths, np.zeros(0, np.uint8))
    source = np.frombuffer(b"".join(pieces), np.uint8)
    row_starts = np.cumsum(row_sizes) - row_sizes  # where each row's payload begins in the output
    taken = np.where(valid, starts[np.where(valid, codes, 0)], 0)
    index = np.repeat(taken - row_starts, row_sizes) + np.arange(total)
    return ColumnBytes(lengths, source[index])


def _strings(series: pd.Series) -> ColumnBytes:
    """UTF-8 text. Already-encoded (``S``) columns are taken as a whole; others are encoded value by
    distinct value and gathered: a store's text columns repeat (zone ids every hour, states, classes),
    and hashing them costs a third of converting every row, while a column of distinct ids costs little more."""
    values = series.to_numpy()
    if values.dtype.kind == "S":  # GDAL's Arrow reader gives UTF-8 bytes
        return _encoded(values, np.zeros(len(values), bool))
    codes, uniques = pd.factorize(values.astype(object, copy=False), use_na_sentinel=True)
    pieces = [(v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)).encode("utf-8") for v in uniques]
    return _gathered(pieces, np.asarray(codes, np.int64))


def _encoded(raw: np.ndarray, missing: np.ndarray) -> ColumnBytes:
    """Rows of a fixed-width bytes array (``S`` dtype, values NUL-padded) as text, NULL where ``missing``."""
    lengths = np.char.str_len(raw).astype(np.int64) if raw.size else np.zeros(0, np.int64)
    lengths[missing] = -1
    width = raw.dtype.itemsize
    matrix = raw.view(np.uint8).reshape(len(raw), width) if width else np.zeros((len(raw), 0), np.uint8)
    present = np.maximum(lengths, 0)
    if (present == width).all():
        return ColumnBytes(lengths, matrix.reshape(-1))
    keep = np.arange(width) < present[:, None]
    return ColumnBytes(lengths, matrix[keep])


def _blobs(series: pd.Series) -> ColumnBytes:
    """Geometry (or any bytes) column: each value is already the payload; None = NULL."""
    values = series.to_numpy(dtype=object)
    missing = pd.isna(values)
    pieces = values[~missing].tolist()
    sizes = np.fromiter(map(len, pieces), np.int64, len(pieces))
    lengths = np.full(len(values), -1, np.int64)
    lengths[~missing] = sizes
    return ColumnBytes(lengths, np.frombuffer(b"".join(pieces), np.uint8))


def column_bytes(series: pd.Series, kind: str) -> ColumnBytes:
    """One column of a batch in binary COPY form; ``kind`` as in :data:`~.pg_sql.PG_TYPES` or ``geometry``."""
    if kind in _NUMBER_TYPES:
        return _numbers(series, _NUMBER_TYPES[kind])
    if kind == "datetime":
        return _datetimes(series)
    if kind == "date":
        return _dates(series)
    if kind == "bool":
        return _booleans(series)
    if kind == "geometry":
        return _blobs(series)
    return _strings(series)


def _structured_rows(columns: list[ColumnBytes], rows: int, widths: list[int]) -> bytes:
    fields = [("count", ">i2")]
    for number, width in enumerate(widths):
        fields.append((f"l{number}", ">i4"))
        if width > 0:
            fields.append((f"v{number}", "u1", (width,)))
    records = np.empty(rows, np.dtype(fields))
    records["count"] = len(columns)
    for number, (column, width) in enumerate(zip(columns, widths)):
        records[f"l{number}"] = width
        if width > 0:
            records[f"v{number}"] = column.payload.reshape(rows, width)
    return records.tobytes()


def _scattered_rows(columns: list[ColumnBytes], rows: int) -> bytes:
    sizes = [4 + np.maximum(column.lengths, 0) for column in columns]
    row_sizes = 2 + np.sum(sizes, axis=0)
    out = np.empty(int(row_sizes.sum()), np.uint8)
    field_at = np.cumsum(row_sizes) - row_sizes
    count = np.array([len(columns)], ">i2").view(np.uint8)
    out[field_at] = count[0]
    out[field_at + 1] = count[1]
    field_at = field_at + 2
    four = np.arange(4)
    for column, size in zip(columns, sizes):
        out[field_at[:, None] + four] = column.lengths.astype(">i4").view(np.uint8).reshape(rows, 4)
        present = np.maximum(column.lengths, 0)
        total = int(present.sum())
        if total:
            payload_at = np.cumsum(present) - present
            out[np.repeat(field_at + 4 - payload_at, present) + np.arange(total)] = column.payload
        field_at = field_at + size
    return out.tobytes()


def encode_rows(frame: pd.DataFrame, kinds: dict) -> bytes:
    """The binary COPY rows (no header or trailer) of ``frame``'s columns ``kinds`` (name → kind), in order.

    A column missing from ``frame`` is NULL in every row.
    """
    rows = len(frame)
    if rows == 0:
        return b""
    absent = ColumnBytes(np.full(rows, -1), np.zeros(0, np.uint8))
    columns = [column_bytes(frame[name], kind) if name in frame else absent for name, kind in kinds.items()]
    widths = [column.fixed_width() for column in columns]
    if any(width is None for width in widths):
        return _scattered_rows(columns, rows)
    return _structured_rows(columns, rows, widths)
