"""Load tables: any measured load NetLoad compares generation with, normalised to one schema.

A *load table* has one row per load zone and interval, in the schema ``download_ons_load`` writes
(:data:`.ons_load.LOAD_COLUMNS`): ``area`` (the zone or ONS area id), ``time_utc`` (START of the
interval, UTC), ``interval_s``, ``load_mw``, ``net_load_mw``, ``mmgd_mw`` (optional), ``dataset``,
``quality`` (``supervised_mw``, ``unsupervised_mw`` and ``updated_at`` are ONS-only and stay NULL).

:func:`normalise` turns any table (a utility's SCADA export, a previous run's ONS table, a CSV
converted from elsewhere) into that schema by a :class:`LoadMapping`: which column holds the zone
id, the time, the load and optionally the net load and the MMGD/GD estimate; the time zone the
times are written in; whether a time labels the start or the end of its interval; MW or kW; and
whether the load is *net* (what a substation meter sees: consumption minus the generation behind
the meters) or *global* (including distributed generation, like ONS's ``val_cargaglobal``).

Nothing is guessed silently and nothing becomes zero: every row that cannot be used is kept in the
rejects with its reason, and every decision (decimal commas read, daylight-saving repeats, gaps,
time steps) is a :class:`Finding` with its count, which the Processing layer turns into a
translated message. :func:`match_zones` then sets the table against the zones the user brought.

Times
    Text in ISO 8601 order (``2024-01-31 13:00``, ``2024-01-31T13:00:00``, ``2024/01/31 13:00``) is
    read by default; any other layout needs ``time_format`` (``strptime`` codes, e.g.
    ``%d/%m/%Y %H:%M``: day-first dates are never guessed). A time that carries its own offset
    (``…Z``, ``…-03:00``, ``+00``) is converted by that offset; naive times are in ``time_zone``:
    ``UTC``, a fixed offset (``UTC-03:00``, ``-3``) or an IANA name (``America/Sao_Paulo``).
    Brasília local time goes through :mod:`.brazil_time` (historical daylight saving, also where
    the IANA database is missing), other IANA names through :mod:`zoneinfo`. A local time that did
    not exist (clocks jumped forward) is rejected; one that happened twice (clocks went back) is
    the first occurrence when the table gives it once, and the first then the second occurrence,
    in row order, when the table gives it twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

import numpy as np
import pandas as pd

from .brazil_time import ZONE_NAME as BRASILIA
from .brazil_time import local_to_utc as brasilia_to_utc
from .definitions import KIND_GLOBAL, KIND_NET, LABEL_END, LABEL_START
from .errors import NetLoadError
from .ons_load import LOAD_COLUMNS

UNITS = {"MW": 1.0, "kW": 1e-3}
REJECT_COLUMNS = ("row", "zone_id", "time", "load", "reason")
HOUR_NS = 3_600_000_000_000
GAP_RUNS_LISTED = 10  # gap runs described one by one; the rest are summed up

# Reasons written in the rejects table (data values, in English like the ANEEL rejects).
REASON_NO_ZONE = "no zone id"
REASON_BAD_TIME = "unreadable time"
REASON_NONEXISTENT = "local time did not exist (clocks jumped forward)"
REASON_BAD_LOAD = "unreadable load"
REASON_OFF_STEP = "off the zone's time step"
REASON_DUPLICATE = "duplicate row"
REASON_CONFLICT = "conflicting values for the same zone and time"
REASON_UNKNOWN_ZONE = "zone id not among the zones"


@dataclass(frozen=True)
class LoadMapping:
    """Which columns mean what, and how the times and values are written."""

    zone_field: str
    time_field: str
    load_field: str
    time_zone: str = "UTC"
    time_label: str = LABEL_START
    unit: str = "MW"
    load_kind: str = KIND_NET
    net_field: str | None = None
    mmgd_field: str | None = None
    time_format: str | None = None
    dataset: str = "load_table"
    dataset_field: str | None = None
    quality_field: str | None = None

    def fields(self) -> list[str]:
        """Every column the mapping reads: :meth:`required` ones, then the dataset/quality kept when present."""
        return list(dict.fromkeys(self.required() + [n for n in (self.dataset_field, self.quality_field) if n]))

    def required(self) -> list[str]:
        """The columns the table must have."""
        names = [self.zone_field, self.time_field, self.load_field, self.net_field, self.mmgd_field]
        return list(dict.fromkeys(name for name in names if name))


#: The mapping of a table in the load-table schema itself (download_ons_load's output, or a previous
#: run's): ``load_mw`` is global load, ``net_load_mw`` the net load, ``mmgd_mw`` ONS's estimate.
SCHEMA_MAPPING = LoadMapping(
    zone_field="area", time_field="time_utc", load_field="load_mw", load_kind=KIND_GLOBAL,
    net_field="net_load_mw", mmgd_field="mmgd_mw", dataset="ons_load", dataset_field="dataset",
    quality_field="quality",
)


@dataclass(frozen=True)
class Finding:
    """One thing the analyst must know, with its count; ``details`` fill the message's blanks."""

    code: str
    count: int
    details: dict = field(default_factory=dict)


@dataclass
class LoadTable:
    """A normalised load table, its rejected rows and what was found on the way."""

    table: pd.DataFrame  # LOAD_COLUMNS, indexed by the row number in the source (first data row = 1)
    rejects: pd.DataFrame  # REJECT_COLUMNS
    findings: list  # of Finding
    raw: pd.DataFrame | None = None  # zone_id, time, load as written in the source, by row number

    def counts(self) -> dict:
        """``{code: count}`` summed over the findings (several gap runs add up)."""
        totals = {}
        for finding in self.findings:
            totals[finding.code] = totals.get(finding.code, 0) + finding.count
        return totals


# ---------------------------------------------------------------------------------------------
# time zones
@dataclass(frozen=True)
class TimeZone:
    """A stated time zone: a fixed offset in minutes east of UTC, or an IANA name."""

    text: str
    offset_minutes: int | None = None
    name: str | None = None


_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def parse_time_zone(text: str) -> TimeZone:
    """``UTC``, ``UTC-03:00``, ``-3``, ``GMT+1`` or an IANA name; ValueError for anything else."""
    stripped = (text or "").strip()
    if stripped.upper() in ("", "UTC", "Z", "GMT", "UTC+00:00", "UTC-00:00"):
        return TimeZone(stripped or "UTC", offset_minutes=0)
    match = _OFFSET.match(stripped)
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours > 14 or minutes >= 60:
            raise ValueError(f"{text!r} is not a UTC offset")
        return TimeZone(stripped, offset_minutes=(-1 if sign == "-" else 1) * (hours * 60 + minutes))
    if stripped == BRASILIA:
        return TimeZone(stripped, name=stripped)
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(stripped)
    except Exception:  # noqa: BLE001 (unknown name, invalid key, no tz database)
        raise ValueError(f"{text!r} is not a time zone") from None
    return TimeZone(stripped, name=stripped)


def local_to_utc(local_ns: np.ndarray, zone: TimeZone) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Naive local times (int64 ns, any value where unused) in ``zone`` → UTC.

    Returns ``(first, second, nonexistent, ambiguous)``: ``first`` is the UTC instant of the first
    (or only) occurrence, ``second`` that of the second occurrence where the local time happened
    twice (equal to ``first`` elsewhere).
    """
    local_ns = np.asarray(local_ns, dtype="int64")
    none = np.zeros(len(local_ns), dtype=bool)
    if zone.offset_minutes is not None:
        utc = local_ns - np.int64(zone.offset_minutes) * 60_000_000_000
        return utc, utc, none, none.copy()
    if zone.name == BRASILIA:
        local = pd.Series(local_ns.astype("datetime64[ns]"))
        utc, nonexistent, ambiguous = brasilia_to_utc(local)
        first = np.where(nonexistent, 0, pd.to_datetime(utc).dt.tz_localize(None).to_numpy("datetime64[ns]")
                         .astype("int64", copy=False))
        return first, np.where(ambiguous, first + HOUR_NS, first), np.asarray(nonexistent), np.asarray(ambiguous)
    return _zoneinfo_to_utc(local_ns, zone.name)


def _zoneinfo_to_utc(local_ns: np.ndarray, name: str):
    """:func:`local_to_utc` for any IANA zone, one ``zoneinfo`` conversion per distinct local time."""
    from datetime import timezone
    from zoneinfo import ZoneInfo

    zone = ZoneInfo(name)
    uniques, inverse = np.unique(local_ns, return_inverse=True)
    first, second = np.empty(len(uniques), "int64"), np.empty(len(uniques), "int64")
    nonexistent, ambiguous = np.zeros(len(uniques), bool), np.zeros(len(uniques), bool)
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
    for index, value in enumerate(uniques):
        wall = pd.Timestamp(int(value)).to_pydatetime()
        early = wall.replace(tzinfo=zone, fold=0).astimezone(timezone.utc)
        late = wall.replace(tzinfo=zone, fold=1).astimezone(timezone.utc)
        nonexistent[index] = early.astimezone(zone).replace(tzinfo=None) != wall
        ambiguous[index] = not nonexistent[index] and early != late
        first[index] = _ns(early - epoch)
        second[index] = _ns(late - epoch) if ambiguous[index] else first[index]
    return first[inverse], second[inverse], nonexistent[inverse], ambiguous[inverse]


def _ns(delta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1_000


# ---------------------------------------------------------------------------------------------
# reading cells
_ISO = re.compile(
    r"^(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})"
    r"(?:[T ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?P<f>\.\d+)?)?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+$")


@dataclass
class ParsedTimes:
    """Times as int64 nanoseconds: UTC where ``has_offset`` (the value said so), else wall clock."""

    ns: np.ndarray
    valid: np.ndarray
    has_offset: np.ndarray


def _text(value):
    """A cell as stripped text, or None when empty (QGIS NULL, NaN, '', bytes from GDAL 3.6's Arrow)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value).strip()
    return text or None


def parse_times(values, time_format: str | None = None) -> ParsedTimes:
    """Read a time column: text (ISO 8601 order, or ``time_format``), datetimes or dates."""
    series = pd.Series(values).reset_index(drop=True)
    if pd.api.types.is_datetime64_any_dtype(series):
        aware = getattr(series.dt, "tz", None) is not None
        naive = series.dt.tz_convert("UTC").dt.tz_localize(None) if aware else series
        return ParsedTimes(_as_ns(naive), series.notna().to_numpy(), np.full(len(series), aware))
    ns = np.zeros(len(series), "int64")
    valid = np.zeros(len(series), bool)
    has_offset = np.zeros(len(series), bool)
    objects = series.map(lambda v: isinstance(v, (datetime, date, np.datetime64))).to_numpy(bool)
    for index in np.flatnonzero(objects):
        stamp = pd.Timestamp(series.iloc[index])
        has_offset[index] = stamp.tzinfo is not None
        ns[index] = (stamp.tz_convert("UTC").tz_localize(None) if has_offset[index] else stamp).value
        valid[index] = True
    texts = series[~objects].map(_text)
    parse = _parse_with_format if time_format else _parse_iso
    text_ns, text_valid, text_offset = parse(texts, time_format)
    ns[~objects], valid[~objects], has_offset[~objects] = text_ns, text_valid, text_offset
    return ParsedTimes(ns, valid, has_offset)


def _as_ns(times: pd.Series) -> np.ndarray:
    """int64 nanoseconds of a naive datetime Series of any unit (pandas 2 keeps s/ms/us units)."""
    return times.to_numpy().astype("datetime64[ns]").astype("int64")


def _parse_iso(texts: pd.Series, _format=None):
    parts = texts.fillna("").str.extract(_ISO)
    wall = (parts["y"] + "-" + parts["m"].str.zfill(2) + "-" + parts["d"].str.zfill(2) + " "
            + parts["H"].fillna("0").str.zfill(2) + ":" + parts["M"].fillna("00") + ":" + parts["S"].fillna("00"))
    stamps = pd.to_datetime(wall, format="%Y-%m-%d %H:%M:%S", errors="coerce")
    valid = stamps.notna().to_numpy()
    fraction = pd.to_numeric(parts["f"], errors="coerce").fillna(0.0).to_numpy()
    ns = np.where(valid, _as_ns(stamps.fillna(pd.Timestamp(0))) + np.round(fraction * 1e9).astype("int64"), 0)
    offset_minutes = parts["z"].map(_offset_minutes)
    has_offset = offset_minutes.notna().to_numpy() & valid
    ns = ns - np.where(has_offset, offset_minutes.fillna(0).to_numpy(), 0).astype("int64") * 60_000_000_000
    return ns, valid, has_offset


def _offset_minutes(text):
    if not isinstance(text, str):
        return np.nan
    if text.upper() in ("Z", "UTC", "GMT"):
        return 0.0
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0)
    return float(-minutes if text[0] == "-" else minutes)


def _parse_with_format(texts: pd.Series, time_format: str):
    with_offset = "%z" in time_format or "%Z" in time_format
    stamps = pd.to_datetime(texts, format=time_format, errors="coerce", utc=with_offset)
    if with_offset:
        stamps = stamps.dt.tz_localize(None)
    valid = stamps.notna().to_numpy()
    return np.where(valid, _as_ns(stamps.fillna(pd.Timestamp(0))), 0), valid, np.full(len(texts), with_offset) & valid


def parse_numbers(values) -> tuple[np.ndarray, bool]:
    """A column of numbers as floats (NaN where unreadable) and whether decimal commas were read.

    Text with a decimal comma (``1234,5``) is read when the column uses commas and no point at all,
    so that a thousands separator (``1,234`` beside ``1.5``) is never taken for a decimal one.
    """
    series = pd.Series(values).reset_index(drop=True)
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return series.astype(float).to_numpy(), False
    texts = series.map(lambda v: v if isinstance(v, (int, float, np.number)) and not isinstance(v, bool) else _text(v))
    strings = [v for v in texts if isinstance(v, str)]
    decimal_comma = any(_DECIMAL_COMMA.match(v) for v in strings) and not any("." in v for v in strings)
    if decimal_comma:
        texts = texts.map(lambda v: v.replace(",", ".") if isinstance(v, str) else v)
    numbers = pd.to_numeric(texts, errors="coerce").astype(float).to_numpy()
    return np.where(np.isfinite(numbers), numbers, np.nan), decimal_comma


def zone_ids(values) -> pd.Series:
    """Zone ids as text: ``101.0`` (a number column read as floats) → ``'101'``; empty → None."""
    def as_id(value):
        if isinstance(value, (float, np.floating)) and np.isfinite(value) and float(value).is_integer():
            return str(int(value))
        return _text(value)

    return pd.Series(values).reset_index(drop=True).map(as_id)


# ---------------------------------------------------------------------------------------------
# normalising
class _Rows:
    """The rows being normalised: what was read so far, and which rows are rejected and why."""

    def __init__(self, frame: pd.DataFrame, mapping: LoadMapping):
        self.frame = frame.reset_index(drop=True)
        self.mapping = mapping
        count = len(self.frame)
        self.row = np.arange(1, count + 1)
        self.alive = np.ones(count, bool)
        self.reason = np.full(count, None, dtype=object)
        self.raw = pd.DataFrame({
            "zone_id": self.frame[mapping.zone_field].map(_text).to_numpy(object),
            "time": self.frame[mapping.time_field].map(_text).to_numpy(object),
            "load": self.frame[mapping.load_field].map(_text).to_numpy(object),
        }, index=self.row)
        self.findings = []
        self.flags = {}

    def reject(self, mask, reason: str, code: str, **details) -> np.ndarray:
        """Reject the rows of ``mask`` still alive; note a finding naming the first of them."""
        new = np.asarray(mask, bool) & self.alive
        if new.any():
            self.alive &= ~new
            self.reason[new] = reason
            first = int(np.flatnonzero(new)[0])
            value = self.raw["load" if code == "bad_load" else "time"].iloc[first]
            self.note(code, int(new.sum()), row=int(self.row[first]), value=value or "", **details)
        return new

    def note(self, code: str, count: int, **details) -> None:
        if count:
            self.findings.append(Finding(code, int(count), details))

    def rejects(self) -> pd.DataFrame:
        rejected = ~self.alive
        if not rejected.any():
            return empty_rejects()
        frame = self.raw[rejected].rename_axis("row").reset_index()
        frame["reason"] = self.reason[rejected]
        return frame[list(REJECT_COLUMNS)]


def empty_rejects() -> pd.DataFrame:
    return pd.DataFrame({"row": pd.Series(dtype="int64"), **{c: pd.Series(dtype=object) for c in REJECT_COLUMNS[1:]}})


def normalise(frame: pd.DataFrame, mapping: LoadMapping) -> LoadTable:
    """Any table → the load-table schema by ``mapping`` (see the module notes).

    Raises :class:`NetLoadError` when a mapped column is missing, the time zone or unit is unknown
    or no row gives two times of one zone (the interval length cannot be known); every other
    problem rejects the rows concerned and is reported as a :class:`Finding`.
    """
    _check_mapping(frame, mapping)
    zone = _stated_zone(mapping)
    rows = _Rows(frame, mapping)
    rows.zone = zone_ids(rows.frame[mapping.zone_field]).to_numpy(object)
    rows.reject(pd.isna(rows.zone), REASON_NO_ZONE, "no_zone")
    _read_times(rows, zone)
    _read_values(rows)
    steps = _check_steps(rows)
    _drop_duplicates(rows)
    table = _schema_table(rows, steps)
    _note_gaps(rows, table, steps)
    rows.note("table", len(table), zones=int(table["area"].nunique()), rejected=int((~rows.alive).sum()),
              first=_stamp(table["time_utc"].min()), last=_stamp(table["time_utc"].max()))
    return LoadTable(table, rows.rejects(), rows.findings, rows.raw)


def _check_mapping(frame: pd.DataFrame, mapping: LoadMapping) -> None:
    missing = [name for name in mapping.required() if name not in frame.columns]
    if missing:
        raise NetLoadError(f"the load table has no field {', '.join(map(repr, missing))}; its fields are "
                           f"{', '.join(map(str, frame.columns))}")
    if mapping.unit not in UNITS:
        raise NetLoadError(f"unknown load unit {mapping.unit!r}: use MW or kW")
    if mapping.load_kind not in (KIND_NET, KIND_GLOBAL) or mapping.time_label not in (LABEL_START, LABEL_END):
        raise NetLoadError(f"unknown load kind {mapping.load_kind!r} or time label {mapping.time_label!r}")
    if mapping.load_kind == KIND_NET and mapping.net_field:
        raise NetLoadError("a net-load field only goes with a global load (one that includes the generation)")


def _stated_zone(mapping: LoadMapping) -> TimeZone:
    try:
        return parse_time_zone(mapping.time_zone)
    except ValueError as error:
        raise NetLoadError(f"{error}: use UTC, an offset such as UTC-03:00, or an IANA name such as "
                           f"{BRASILIA}") from None


def _read_times(rows: _Rows, zone: TimeZone) -> None:
    """UTC instants of every row; rejects unreadable and non-existent local times, orders repeats."""
    times = parse_times(rows.frame[rows.mapping.time_field], rows.mapping.time_format)
    rows.reject(~times.valid, REASON_BAD_TIME, "bad_time")
    first, second, nonexistent, ambiguous = local_to_utc(np.where(times.valid, times.ns, 0), zone)
    naive = ~times.has_offset & times.valid
    rows.reject(nonexistent & naive, REASON_NONEXISTENT, "dst_nonexistent", zone=zone.text)
    rows.utc = np.where(naive, first, times.ns)
    repeated = ambiguous & naive & rows.alive
    rows.flags["dst_ambiguous"] = np.zeros(len(rows.row), bool)
    if repeated.any():
        keys = pd.DataFrame({"zone": rows.zone[repeated], "local": times.ns[repeated]})
        groups = keys.groupby(["zone", "local"], sort=False)
        rank, size = groups.cumcount().to_numpy(), groups["local"].transform("size").to_numpy()
        index = np.flatnonzero(repeated)
        rows.utc[index[rank == 1]] = second[index[rank == 1]]
        rows.flags["dst_ambiguous"][index[size == 1]] = True
        rows.note("dst_repeat_once", int((size == 1).sum()), zone=zone.text)
        rows.note("dst_repeat_twice", int(((size >= 2) & (rank == 0)).sum()), zone=zone.text)


def _read_values(rows: _Rows) -> None:
    """load_mw, net_load_mw and mmgd_mw of every row, by the mapping's unit and load kind."""
    mapping, factor = rows.mapping, UNITS[rows.mapping.unit]
    values = {}
    for key, name in (("load", mapping.load_field), ("net", mapping.net_field), ("mmgd", mapping.mmgd_field)):
        if name:
            numbers, comma = parse_numbers(rows.frame[name])
            rows.note("decimal_comma", int(comma), field=name)
            values[key] = numbers * factor
        else:
            values[key] = np.full(len(rows.row), np.nan)
    rows.reject(np.isnan(values["load"]), REASON_BAD_LOAD, "bad_load")
    rows.note("negative_load", int((rows.alive & (values["load"] < 0)).sum()))
    mmgd = values["mmgd"]
    if mapping.mmgd_field:
        rows.note("no_mmgd", int((rows.alive & np.isnan(mmgd)).sum()), field=mapping.mmgd_field)
    if mapping.load_kind == KIND_NET:
        net, load = values["load"], np.where(np.isnan(mmgd), values["load"], values["load"] + mmgd)
    else:
        load, net = values["load"], np.where(np.isnan(values["net"]), values["load"] - mmgd, values["net"])
        rows.note("net_unsplit", int((rows.alive & np.isnan(net)).sum()))
    rows.load, rows.net, rows.mmgd = load, net, mmgd
    rows.flags["mmgd_missing"] = np.isnan(mmgd) & ~np.isnan(net)
    rows.flags["mmgd_unsplit"] = np.isnan(net)


def _most_common(values: np.ndarray) -> int:
    """The most frequent value (the smallest of equally frequent ones)."""
    uniques, counts = np.unique(values, return_counts=True)
    return int(uniques[np.argmax(counts)])


def _step_of(spacings: np.ndarray) -> int:
    """A zone's step: its most common spacing; of equally common ones, the one most spacings are multiples of
    (00:00, 01:00, 03:00, 03:07 is hourly with a gap and a stray reading, not a 7-minute table)."""
    uniques, counts = np.unique(spacings, return_counts=True)
    candidates = uniques[counts == counts.max()]
    multiples = [int(np.sum(spacings % candidate == 0)) for candidate in candidates]
    return int(candidates[int(np.argmax(multiples))])


def _check_steps(rows: _Rows) -> dict:
    """Each zone's step (its most common spacing); rejects rows off the zone's grid; end labels → starts."""
    alive = np.flatnonzero(rows.alive)
    if not len(alive):
        return {}
    frame = pd.DataFrame({"zone": rows.zone[alive], "utc": rows.utc[alive]})
    spacing = {zone: np.diff(np.unique(group.to_numpy())) for zone, group in frame.groupby("zone")["utc"]}
    every = np.concatenate([d for d in spacing.values() if len(d)] or [np.zeros(0, "int64")])
    if not len(every):
        raise NetLoadError("the load table gives no zone two different times: its interval length cannot be "
                           "known (give at least two intervals per zone)")
    fallback = _step_of(every)
    steps = {zone: _step_of(d) if len(d) else fallback for zone, d in spacing.items()}
    step = frame["zone"].map(steps).to_numpy("int64")
    residue = frame["utc"].to_numpy() % step
    anchors = pd.Series(residue).groupby(frame["zone"].to_numpy()).agg(lambda r: _most_common(r.to_numpy()))
    off = np.zeros(len(rows.row), bool)
    off[alive] = residue != frame["zone"].map(anchors).to_numpy()
    rows.reject(off, REASON_OFF_STEP, "off_step")
    if rows.mapping.time_label == LABEL_END:
        rows.utc[alive] -= step
    for minutes, count in pd.Series(steps).map(lambda ns: ns / 60e9).value_counts().sort_index().items():
        rows.note("step", int(count), minutes=float(minutes))
    return steps


def _drop_duplicates(rows: _Rows) -> None:
    """Identical copies of a (zone, time) keep the first; copies with different values are all rejected."""
    alive = np.flatnonzero(rows.alive)
    frame = pd.DataFrame({"zone": rows.zone[alive], "utc": rows.utc[alive], "load": rows.load[alive],
                          "net": rows.net[alive], "mmgd": rows.mmgd[alive]}, index=alive)
    repeated = frame[frame.duplicated(["zone", "utc"], keep=False)]
    if repeated.empty:
        return
    variants = repeated.drop_duplicates().groupby(["zone", "utc"]).size()
    conflicting = variants[variants > 1].index
    in_conflict = pd.MultiIndex.from_frame(repeated[["zone", "utc"]]).isin(conflicting)
    mask = np.zeros(len(rows.row), bool)
    mask[repeated.index[in_conflict]] = True
    if in_conflict.any():
        zone, utc = conflicting[0]
        rows.reject(mask, REASON_CONFLICT, "conflict", zone=zone, time_utc=_stamp(pd.Timestamp(int(utc))))
    copies = repeated[~in_conflict]
    mask[:] = False
    mask[copies.index[copies.duplicated(["zone", "utc"], keep="first")]] = True
    rows.reject(mask, REASON_DUPLICATE, "duplicate")


def _schema_table(rows: _Rows, steps: dict) -> pd.DataFrame:
    """The kept rows in :data:`LOAD_COLUMNS`, indexed by their row number in the source."""
    alive = rows.alive
    mapping = rows.mapping
    flags = {name: mask[alive] for name, mask in rows.flags.items()}
    columns = rows.frame.columns
    quality = _quality(rows.frame[mapping.quality_field][alive] if mapping.quality_field in columns else None, flags)
    dataset = (rows.frame[mapping.dataset_field][alive].map(_text).fillna(mapping.dataset).to_numpy(object)
               if mapping.dataset_field in columns else mapping.dataset)
    zones = rows.zone[alive]
    table = pd.DataFrame({
        "area": zones,
        "time_utc": pd.to_datetime(rows.utc[alive], utc=True),
        "interval_s": [steps[z] // 1_000_000_000 for z in zones],
        "load_mw": rows.load[alive], "net_load_mw": rows.net[alive], "mmgd_mw": rows.mmgd[alive],
        "supervised_mw": np.nan, "unsupervised_mw": np.nan, "updated_at": pd.NaT,
        "dataset": dataset, "quality": quality,
    }, index=pd.Index(rows.row[alive], name="row"))
    table["updated_at"] = pd.to_datetime(table["updated_at"], utc=True)
    return table.sort_values(["area", "time_utc"], kind="stable")[list(LOAD_COLUMNS)]


def _quality(source, flags: dict) -> np.ndarray:
    """The source's own flags (when the table has them) plus this reading's, ``ok`` when none."""
    length = len(next(iter(flags.values())))
    current = [[] for _ in range(length)]
    if source is not None:
        for index, text in enumerate(source.map(_text)):
            current[index] = [flag for flag in (text or "").split(",") if flag and flag != "ok"]
    for name, mask in flags.items():
        for index in np.flatnonzero(mask):
            if name not in current[index]:
                current[index].append(name)
    return np.array([",".join(flags_of_row) or "ok" for flags_of_row in current], dtype=object)


def _note_gaps(rows: _Rows, table: pd.DataFrame, steps: dict) -> None:
    """Runs of missing intervals inside each zone's span: the first few one by one, the rest summed."""
    runs = []
    for zone, times in table.groupby("area", sort=True)["time_utc"]:
        values = _as_ns(times.dt.tz_localize(None))
        step = steps[zone]
        for before, after in zip(values[:-1], values[1:]):
            if after - before > step:
                runs.append((zone, int((after - before) // step - 1), before + step, after - step, step))
    for zone, count, first, last, step in runs[:GAP_RUNS_LISTED]:
        rows.note("gap", count, zone=zone, first=_stamp(pd.Timestamp(first)), last=_stamp(pd.Timestamp(last)),
                  minutes=step / 60e9)
    rest = runs[GAP_RUNS_LISTED:]
    rows.note("gaps_more", sum(run[1] for run in rest), runs=len(rest), zones=len({run[0] for run in rest}))


def _stamp(value) -> str:
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------------------------------------
# zones
def match_zones(load: LoadTable, zone_ids, kind: str = "zone") -> LoadTable:
    """Keep the rows whose id is one of ``zone_ids``; the others go to the rejects.

    Notes ``unknown_<kind>`` (rows whose id is none of ``zone_ids``, with a few of those ids) and
    ``<kind>_without_load`` (ids the table never names: hidden load there, but no real load).
    ``kind`` is ``zone`` (a table measured per zone) or ``area`` (ONS areas, from the zones' states).
    """
    known = {str(z) for z in zone_ids}
    table = load.table
    unknown = ~table["area"].isin(known).to_numpy()
    findings = list(load.findings)
    rejects = load.rejects
    if unknown.any():
        ids = sorted(set(table["area"][unknown]))
        findings.append(Finding(f"unknown_{kind}", int(unknown.sum()), {"ids": len(ids), "examples": _examples(ids)}))
        dropped = _as_written(load, table[unknown])
        dropped["reason"] = REASON_UNKNOWN_ZONE
        rejects = (pd.concat([rejects, dropped[list(REJECT_COLUMNS)]], ignore_index=True)
                   .sort_values("row", kind="stable").reset_index(drop=True))
    absent = sorted(known - set(table["area"]))
    if absent:
        findings.append(Finding(f"{kind}_without_load", len(absent), {"examples": _examples(absent)}))
    return LoadTable(table[~unknown], rejects, findings, load.raw)


def _as_written(load: LoadTable, rows: pd.DataFrame) -> pd.DataFrame:
    """Zone, time and load of ``rows`` as the source wrote them (as normalised when unknown)."""
    if load.raw is not None:
        return load.raw.loc[rows.index].rename_axis("row").reset_index()
    return pd.DataFrame({
        "row": rows.index.to_numpy("int64"), "zone_id": rows["area"].to_numpy(object),
        "time": rows["time_utc"].map(lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")).to_numpy(object),
        "load": rows["load_mw"].map(str).to_numpy(object),
    })


def _examples(ids, limit: int = 5) -> str:
    listed = ", ".join(map(str, ids[:limit]))
    return listed + (f", … (+{len(ids) - limit})" if len(ids) > limit else "")
