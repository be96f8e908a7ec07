"""ONS carga verificada API replies (JSON, half-hourly per load area) → rows of the ONS load table.

A reply is a JSON array of records (``cod_areacarga``, ``din_referenciautc`` — the END of the half
hour, UTC —, ``din_atualizacao``, ``val_cargaglobal``, ``val_cargaglobalsmmgd``, ``val_cargammgd``,
``val_cargasupervisionada``, ``val_carganaosupervisionada``, ``val_consistencia``; see
:mod:`.ons_load` for the output table and ``docs/sources.md`` for the quirks).

Tolerated and counted, never silently: ``"key": ,`` (ONS's empty values before 2019) read as NULL;
bytes that are not UTF-8 replaced; the current day's zero padding filtered out. Rejected with
their record number, the rest of the reply kept: a record that is not an object, an unknown area
code, a time that is not ISO 8601, a load value that is not a number. Another value that is not a
number is NULL, counted, and flags its row ``unreadable_value``.
"""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .ons_load import AREAS, DATASET_API, LoadReport, empty_load_frame, flags, keep_latest

HALF_HOUR = pd.Timedelta(minutes=30)
API_RECORD_CAP = 4944  # the API silently cuts replies at this many records
REQUIRED = ("cod_areacarga", "din_referenciautc", "val_cargaglobal")
VALUE_FIELDS = {
    "load_mw": "val_cargaglobal",
    "net_load_mw": "val_cargaglobalsmmgd",
    "mmgd_mw": "val_cargammgd",
    "supervised_mw": "val_cargasupervisionada",
    "unsupervised_mw": "val_carganaosupervisionada",
}
_EMPTY_VALUE = re.compile(r'(:\s*)(?=[,}\]])')
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_PANDAS_2 = int(pd.__version__.split(".")[0]) >= 2


def load_api_json(body: bytes, source: str = "reply", report: LoadReport | None = None) -> list:
    """The records of an API reply, repairing ``"key": ,`` (ONS's empty values) to ``null``.

    Bytes that are not UTF-8 are replaced and counted (``report.non_utf8_bytes``), repaired
    empty values too (``report.repaired_empty_fields``); a body that is not a JSON array (or an
    object wrapping one) raises :class:`SourceFormatError` naming ``source`` and the place.
    """
    report = report if report is not None else LoadReport()
    text = _decoded(body, report).strip().lstrip("\ufeff")
    if not text:
        return []
    try:
        return _as_records(json.loads(text), source)
    except json.JSONDecodeError:
        pass
    repaired, count = _EMPTY_VALUE.subn(r"\1null", text)
    try:
        records = _as_records(json.loads(repaired), source)
    except json.JSONDecodeError as error:
        snippet = repaired[max(0, error.pos - 40): error.pos + 40]
        raise SourceFormatError(
            f"ONS carga verificada {source}: not JSON at line {error.lineno}, column {error.colno} "
            f"({error.msg}) near {snippet!r}"
        ) from None
    except RecursionError:
        raise SourceFormatError(f"ONS carga verificada {source}: JSON nested too deeply") from None
    report.repaired_empty_fields += count
    return records


def _decoded(body: bytes, report: LoadReport) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("utf-8", "replace")
        report.non_utf8_bytes += text.count("\ufffd") - body.count("\ufffd".encode())
        return text


def _as_records(data, source: str) -> list:
    if isinstance(data, dict):  # tolerate {"data": [...]} envelopes
        for key in ("data", "items", "results"):
            if isinstance(data.get(key), list):
                return data[key]
        raise SourceFormatError(f"ONS carga verificada {source}: expected a JSON array, got an object")
    if not isinstance(data, list):
        raise SourceFormatError(f"ONS carga verificada {source}: expected a JSON array")
    return data


def parse_carga_verificada(records: list, report: LoadReport | None = None, source: str = "reply") -> pd.DataFrame:
    """Rows of :data:`~.ons_load.LOAD_COLUMNS` from decoded API records (see :func:`load_api_json`).

    Filters out the zero padding (rows whose values are all zero or empty: half hours not measured
    yet), keeps the latest ``din_atualizacao`` per (area, time) and flags the rest.
    """
    report = report if report is not None else LoadReport()
    report.rows_read += len(records)
    objects = [record for record in records if isinstance(record, dict)]
    if len(objects) < len(records):
        first = next(i for i, record in enumerate(records) if not isinstance(record, dict))
        report.reject("record is not a JSON object", len(records) - len(objects), f"{source}, record {first + 1}")
    if not objects:
        return empty_load_frame()
    frame = pd.DataFrame.from_records(objects)
    frame.index = [i + 1 for i, record in enumerate(records) if isinstance(record, dict)]  # record numbers
    missing = [column for column in REQUIRED if column not in frame.columns]
    if missing:
        raise SourceFormatError(f"ONS carga verificada {source}: field(s) {', '.join(missing)} missing; fields "
                                f"present: {', '.join(map(str, frame.columns))[:300]}")
    out, unreadable = _table(frame, source, report)
    usable = _usable(out, frame, unreadable["load_mw"], source, report)
    out, unreadable = out[usable], unreadable[usable]
    values = out[list(VALUE_FIELDS)]
    padding = ((values.fillna(0) == 0).all(axis=1) & ~unreadable.any(axis=1)).to_numpy()
    for area, group in out[padding].groupby("area"):
        report.zero_padding.append((area, group["time_utc"].min(), group["time_utc"].max(), len(group)))
    report.filtered_out += int(padding.sum())
    out, unreadable = out[~padding], unreadable[~padding]
    mmgd_missing = (out["mmgd_mw"].isna() & ~unreadable["mmgd_mw"]).to_numpy()
    out.loc[mmgd_missing & out["net_load_mw"].isna().to_numpy() & ~unreadable["net_load_mw"].to_numpy(),
            "net_load_mw"] = out["load_mw"]
    inconsistent = (out.pop("consistency").fillna(0) != 0).to_numpy()
    report.inconsistent += int(inconsistent.sum())
    out["quality"] = flags({"mmgd_missing": mmgd_missing, "inconsistent": inconsistent,
                            "unreadable_value": unreadable.any(axis=1).to_numpy()}, len(out))
    report.kept += len(out)
    return keep_latest(out.reset_index(drop=True), report)


def _table(frame: pd.DataFrame, source: str, report: LoadReport):
    """The load-table columns of ``frame`` (indexed by record number) and which values were unreadable."""
    out = pd.DataFrame({"area": frame["cod_areacarga"].map(_area_code)}, index=frame.index)
    out["time_utc"] = iso_times(frame["din_referenciautc"]) - HALF_HOUR
    out["interval_s"] = 1800
    unreadable = pd.DataFrame(index=frame.index)
    for name, column in VALUE_FIELDS.items():
        out[name], unreadable[name] = _numbers(frame, column)
    out["updated_at"] = iso_times(frame["din_atualizacao"]) if "din_atualizacao" in frame.columns else pd.NaT
    out["updated_at"] = pd.to_datetime(out["updated_at"], utc=True)
    out["dataset"] = DATASET_API
    out["consistency"], _ = _numbers(frame, "val_consistencia")
    for name in list(VALUE_FIELDS)[1:]:
        bad = unreadable[name].to_numpy()
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            report.unreadable(VALUE_FIELDS[name], int(bad.sum()), f"{source}, record {frame.index[first]}: "
                              f"{VALUE_FIELDS[name]} {frame[VALUE_FIELDS[name]].iloc[first]!r}")
    return out, unreadable


def _usable(out: pd.DataFrame, frame: pd.DataFrame, load_unreadable: pd.Series, source: str,
            report: LoadReport) -> np.ndarray:
    """Rows with a known area, a time and a load that is a number; the others are rejected with the reason."""
    def shown(column):
        return lambda i: f"{column} {frame[column].iloc[i]!r}"

    return report.reject_where((
        ("unknown load-area code", out["area"].isna(), shown("cod_areacarga")),
        ("din_referenciautc is not an ISO 8601 time", out["time_utc"].isna(), shown("din_referenciautc")),
        ("val_cargaglobal is not a number", load_unreadable, shown("val_cargaglobal")),
    ), lambda i: f"{source}, record {frame.index[i]}")


def _area_code(value):
    """The area code of a record, or None when it is not one of :data:`~.ons_load.AREAS`."""
    code = value.strip().upper() if isinstance(value, str) else None
    return code if code in AREAS else None


def iso_times(values: pd.Series) -> pd.Series:
    """ISO 8601 texts (``2026-08-01T03:30:00.000Z``, with or without fraction or zone) as UTC times; NaT for
    anything else (pandas 1.5 would read ``01/08/2026`` as 8 January; pandas 2 would take the first text's
    format for all of them, hence the pattern and ``ISO8601``)."""
    texts = values.map(lambda value: value.strip() if isinstance(value, str) and _ISO_TIME.match(value.strip())
                       else None)
    if _PANDAS_2:
        return pd.to_datetime(texts, utc=True, errors="coerce", format="ISO8601")
    return pd.to_datetime(texts, utc=True, errors="coerce")  # pandas 1.5 parses ISO texts one by one


def _numbers(frame: pd.DataFrame, column: str) -> tuple[pd.Series, pd.Series]:
    """(values as floats, unreadable mask): JSON null or an absent field is NULL; a value that is not a
    finite number (text such as ``"n/d"``, true/false, a list) is NULL and unreadable."""
    if column not in frame.columns:
        return pd.Series(np.nan, index=frame.index), pd.Series(False, index=frame.index)
    raw = frame[column]
    values = pd.to_numeric(raw.map(_number_or_text), errors="coerce").astype(float)
    values[~np.isfinite(values)] = np.nan
    present = raw.map(lambda value: value is not None and not (isinstance(value, float) and math.isnan(value)))
    return values, present & values.isna()


def _number_or_text(value):
    """A JSON number as a float, a text as it is (``"41637.23"`` is read), anything else unreadable."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "unreadable"
    try:
        return float(value)
    except OverflowError:  # an integer beyond any float
        return "unreadable"
