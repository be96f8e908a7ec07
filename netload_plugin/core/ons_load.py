"""ONS load: parsers of the carga verificada API and the curva de carga CSV, one output table.

Both datasets become rows of :data:`LOAD_COLUMNS`:

``area``            load-area code (:data:`AREAS`); the curva de carga's ``SE`` is written ``SECO``
                    so both datasets use the API's subsystem codes SECO, S, NE, N.
``time_utc``        START of the interval, UTC. The API labels the END of each half hour
                    (``din_referenciautc`` 2026-08-01T03:30Z → 03:00Z); the CSV labels the start
                    of each hour in Brasília LOCAL time with historical DST (:mod:`.brazil_time`).
``interval_s``      1800 (API) or 3600 (CSV).
``load_mw``         global load, MW average over the interval (API ``val_cargaglobal``, CSV
                    ``val_cargaenergiahomwmed``).
``net_load_mw``     global load WITHOUT ONS's MMGD estimate (API ``val_cargaglobalsmmgd``) — what
                    the grid served. Before ONS estimated MMGD (the API has it from 2019-02-15)
                    the API leaves both MMGD fields empty and ``val_cargaglobal`` is the
                    supervised + unsupervised load, i.e. already the net load: there
                    ``net_load_mw`` = ``load_mw`` and the row is flagged ``mmgd_missing``.
``mmgd_mw``         ONS's own MMGD estimate (``val_cargammgd``); NULL where ONS has none.
``supervised_mw``, ``unsupervised_mw``  ``val_cargasupervisionada``, ``val_carganaosupervisionada``.
``updated_at``      ``din_atualizacao`` (UTC) of the kept version of the row.
``dataset``         ``carga_verificada`` or ``curva_carga``.
``quality``         comma-separated flags, ``ok`` when none (:data:`QUALITY_FLAGS`).

MMGD finding (used by the hidden-load model):
- carga verificada: ``val_cargaglobal = val_cargaglobalsmmgd + val_cargammgd`` (checked on the
  2026 sample: 41519.25 + 117.98 = 41637.23), and ``val_cargaglobalsmmgd`` =
  supervised + unsupervised (38118.35 + 3400.8977). So ``load_mw`` INCLUDES ONS's MMGD estimate
  and ``net_load_mw`` excludes it. ONS computes that estimate from ANEEL capacities and INPE's
  solar-atlas climatology (Procedimentos de Rede, submódulo 3.1, items 3.1.2.3-3.1.2.5): a
  model, not a measurement.
- curva de carga: the CSV has a single value and no MMGD column. Its 2024 sample shows a flat
  SE daytime plateau (≈48-49 GW from 11 h to 16 h local in January-February 2024) where removing
  ~9 GW of midday rooftop PV would leave a deep dip, which indicates the values are GLOBAL load
  including ONS's MMGD estimate, as in the API. No ONS document in reach states it, nor whether
  the years before ONS's 2023 methodology change were restated: treat it as unverified. The
  parser puts the value in ``load_mw`` and leaves ``net_load_mw`` and ``mmgd_mw`` NULL (flag
  ``mmgd_unsplit``); use the carga verificada dataset where the split matters.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from .brazil_time import local_day_hours, local_to_utc
from .errors import NetLoadError, SourceFormatError

DATASET_API = "carga_verificada"
DATASET_CSV = "curva_carga"

LOAD_COLUMNS = (
    "area", "time_utc", "interval_s", "load_mw", "net_load_mw", "mmgd_mw", "supervised_mw",
    "unsupervised_mw", "updated_at", "dataset", "quality",
)

QUALITY_FLAGS = {
    "ok": "no remark",
    "mmgd_missing": "ONS has no MMGD estimate for this row (API before 2019-02-15): mmgd_mw NULL, "
    "net_load_mw = load_mw",
    "mmgd_unsplit": "curva de carga: one load value, MMGD not split out (see the module notes)",
    "revised": "several versions of this (area, time) arrived; the latest din_atualizacao was kept",
    "inconsistent": "ONS marks the row as not consistent (val_consistencia ≠ 0)",
    "dst_ambiguous": "curva de carga: the local hour happened twice (end of DST) and appears once; "
    "assigned to the first occurrence, the second has no value",
    "incomplete_day": "the API returned fewer half hours than the local day has",
}

# Load-area codes of the carga verificada API, from ONS's data dictionary of the dataset
# (DicionarioDados_Carga_Verificada, version 30/10/2023, as quoted in public code):
# 4 subsystems, 26 geo-electric areas, 4 loss areas.
AREAS = {
    "SECO": ("Sudeste/Centro-Oeste", "subsystem"),
    "S": ("Sul", "subsystem"),
    "NE": ("Nordeste", "subsystem"),
    "N": ("Norte", "subsystem"),
    "AC": ("Acre", "area"), "ALPE": ("Alagoas/Pernambuco", "area"), "AM": ("Amazonas", "area"),
    "AP": ("Amapá", "area"), "BAOE": ("Bahia Oeste", "area"), "BASE": ("Bahia/Sergipe", "area"),
    "CE": ("Ceará", "area"), "DF": ("Distrito Federal", "area"), "ES": ("Espírito Santo", "area"),
    "GO": ("Goiás", "area"), "MA": ("Maranhão", "area"), "MG": ("Minas Gerais", "area"),
    "MS": ("Mato Grosso do Sul", "area"), "MT": ("Mato Grosso", "area"), "PA": ("Pará", "area"),
    "PBRN": ("Paraíba/Rio Grande do Norte", "area"), "PI": ("Piauí", "area"),
    "PR": ("Paraná", "area"), "RJ": ("Rio de Janeiro", "area"), "RO": ("Rondônia", "area"),
    "RR": ("Roraima", "area"), "RS": ("Rio Grande do Sul", "area"), "SC": ("Santa Catarina", "area"),
    "SP": ("São Paulo", "area"), "TOCO": ("Tocantins", "area"), "TON": ("Tocantins Norte", "area"),
    "PESE": ("Perdas Sudeste/Centro-Oeste", "losses"), "PES": ("Perdas Sul", "losses"),
    "PENE": ("Perdas Nordeste", "losses"), "PEN": ("Perdas Norte", "losses"),
}
SUBSYSTEMS = ("SECO", "S", "NE", "N")

# Names people type for a subsystem, mapped to the API code.
_AREA_ALIASES = {
    "SE": "SECO", "SE/CO": "SECO", "SECO": "SECO", "SUDESTE": "SECO", "CO": "SECO",
    "SUL": "S", "NORDESTE": "NE", "NORTE": "N",
}
# The curva de carga CSV's id_subsistema → the API's code.
_CSV_SUBSYSTEMS = {"SE": "SECO", "S": "S", "NE": "NE", "N": "N"}

HALF_HOUR = pd.Timedelta(minutes=30)
API_RECORD_CAP = 4944  # the API silently cuts replies at this many records


@dataclass
class LoadReport:
    """What the parser saw and did, for the log: nothing is dropped without a line here."""

    rows_read: int = 0
    repaired_empty_fields: int = 0
    zero_padding: list = field(default_factory=list)  # (area, first time_utc, last, count)
    revised: int = 0
    inconsistent: int = 0
    missing_values: list = field(default_factory=list)  # (area, local time) with no value
    dst_gaps: list = field(default_factory=list)  # (area, local time) that did not exist
    dst_repeats: list = field(default_factory=list)  # (area, local time) that happened twice
    empty_days: list = field(default_factory=list)  # (area, local date)
    absent_days: list = field(default_factory=list)  # (first, last) local dates with no rows at all
    incomplete_days: list = field(default_factory=list)  # (area, date, got, expected)

    def messages(self) -> list[str]:
        """One human-readable line per finding."""
        lines = []
        if self.repaired_empty_fields:
            lines.append(f"{self.repaired_empty_fields} empty JSON value(s) read as NULL")
        for area, first, last, count in self.zero_padding:
            lines.append(f"{area}: {count} zero-padded half hour(s) {first:%Y-%m-%d %H:%M}Z–{last:%H:%M}Z dropped "
                         "(not yet measured)")
        if self.revised:
            lines.append(f"{self.revised} row(s) arrived in several versions: kept the latest din_atualizacao")
        if self.inconsistent:
            lines.append(f"{self.inconsistent} row(s) marked inconsistent by ONS (val_consistencia ≠ 0)")
        for area, local in self.dst_gaps:
            lines.append(f"{area}: local hour {local} did not exist (DST began): row dropped")
        for area, local in self.dst_repeats:
            lines.append(f"{area}: local hour {local} happened twice (DST ended) but appears once: "
                         "kept as the first occurrence, the second hour has no value")
        for area, day in self.empty_days:
            lines.append(f"{area}: no load at all on {day}")
        for first, last in self.absent_days:
            span = f"{first}" if first == last else f"{first} to {last}"
            lines.append(f"the file has no rows at all for {span}")
        missing = [m for m in self.missing_values if (m[0], str(m[1])[:10]) not in
                   {(a, str(d)) for a, d in self.empty_days}]
        for area, local in missing:
            lines.append(f"{area}: no value for local hour {local}")
        for area, day, got, expected in self.incomplete_days:
            lines.append(f"{area}: {day} has {got} of {expected} half hours")
        return lines


# ---------------------------------------------------------------------------------------------
# area codes
def normalise_areas(codes) -> list[str]:
    """Upper-case, de-duplicate and validate area codes; unknown codes raise with a suggestion.

    ``SE`` is the classic trap: the API answers it with an empty list, so it is rejected here
    with a pointer to ``SECO``.
    """
    if isinstance(codes, str):
        codes = [c for c in re.split(r"[,;\s]+", codes) if c]
    result = []
    for raw in codes:
        code = str(raw).strip().upper()
        if code in AREAS:
            if code not in result:
                result.append(code)
            continue
        suggestion = _AREA_ALIASES.get(code) or next(iter(difflib.get_close_matches(code, AREAS, n=1)), None)
        hint = f" Did you mean {suggestion!r}?" if suggestion else ""
        raise NetLoadError(
            f"Unknown ONS load-area code {raw!r}.{hint} The subsystems are SECO (Sudeste/Centro-Oeste), "
            f"S, NE and N; all codes: {', '.join(AREAS)}."
        )
    if not result:
        raise NetLoadError("No ONS load-area code given (e.g. SECO,S,NE,N).")
    return result


# ---------------------------------------------------------------------------------------------
# carga verificada API
_EMPTY_VALUE = re.compile(rb'(:\s*)(?=[,}\]])')


def load_api_json(body: bytes, source: str = "reply") -> tuple[list, int]:
    """Decode an API reply, repairing ``"key": ,`` (ONS's empty values) to ``null``.

    Returns ``(records, repaired_count)``.
    """
    text = body.strip()
    if not text:
        return [], 0
    try:
        return _as_records(json.loads(text), source), 0
    except json.JSONDecodeError:
        pass
    repaired, count = _EMPTY_VALUE.subn(rb"\1null", text)
    try:
        return _as_records(json.loads(repaired), source), count
    except json.JSONDecodeError as error:
        snippet = text[max(0, error.pos - 40): error.pos + 40].decode("utf-8", "replace")
        raise SourceFormatError(
            f"ONS carga verificada {source}: not JSON at line {error.lineno}, column {error.colno} "
            f"({error.msg}) near {snippet!r}"
        ) from None


def _as_records(data, source: str) -> list:
    if isinstance(data, dict):  # tolerate {"data": [...]} envelopes
        for key in ("data", "items", "results"):
            if isinstance(data.get(key), list):
                return data[key]
        raise SourceFormatError(f"ONS carga verificada {source}: expected a JSON array, got an object")
    if not isinstance(data, list):
        raise SourceFormatError(f"ONS carga verificada {source}: expected a JSON array")
    return data


_API_FIELDS = {
    "load_mw": "val_cargaglobal",
    "net_load_mw": "val_cargaglobalsmmgd",
    "mmgd_mw": "val_cargammgd",
    "supervised_mw": "val_cargasupervisionada",
    "unsupervised_mw": "val_carganaosupervisionada",
}


def parse_carga_verificada(records: list, report: LoadReport | None = None,
                           source: str = "reply") -> pd.DataFrame:
    """Rows of :data:`LOAD_COLUMNS` from decoded API records (see :func:`load_api_json`).

    Drops the zero padding (rows whose values are all zero or empty: half hours not measured
    yet), keeps the latest ``din_atualizacao`` per (area, time) and flags the rest.
    """
    report = report if report is not None else LoadReport()
    report.rows_read += len(records)
    if not records:
        return empty_load_frame()
    frame = pd.DataFrame.from_records(records)
    for column in ("cod_areacarga", "din_referenciautc", "val_cargaglobal"):
        if column not in frame.columns:
            raise SourceFormatError(
                f"ONS carga verificada {source}: field {column!r} missing; fields present: "
                f"{', '.join(map(str, frame.columns))}"
            )
    out = pd.DataFrame({"area": frame["cod_areacarga"].astype(str).str.strip().str.upper()})
    end = pd.to_datetime(frame["din_referenciautc"], utc=True, errors="coerce")
    bad = end.isna()
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise SourceFormatError(
            f"ONS carga verificada {source}, record {row + 1}: din_referenciautc "
            f"{frame['din_referenciautc'].iloc[row]!r} is not a time"
        )
    out["time_utc"] = end - HALF_HOUR
    out["interval_s"] = 1800
    for name, column in _API_FIELDS.items():
        out[name] = _numbers(frame, column)
    out["updated_at"] = (pd.to_datetime(frame["din_atualizacao"], utc=True, errors="coerce")
                         if "din_atualizacao" in frame.columns else pd.NaT)
    out["dataset"] = DATASET_API
    consistency = _numbers(frame, "val_consistencia")

    values = out[list(_API_FIELDS)]
    padding = (values.fillna(0) == 0).all(axis=1).to_numpy()
    if padding.any():
        for area, group in out[padding].groupby("area"):
            report.zero_padding.append((area, group["time_utc"].min(), group["time_utc"].max(), len(group)))
    out, consistency = out[~padding], consistency[~padding]

    mmgd_missing = out["mmgd_mw"].isna().to_numpy()
    out.loc[mmgd_missing & out["net_load_mw"].isna().to_numpy(), "net_load_mw"] = out["load_mw"]
    inconsistent = (consistency.fillna(0) != 0).to_numpy()
    report.inconsistent += int(inconsistent.sum())
    out["quality"] = _flags({"mmgd_missing": mmgd_missing, "inconsistent": inconsistent}, len(out))
    return keep_latest(out, report)


def _numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    """A numeric column; absent columns and unreadable values become NaN (NULL)."""
    if column not in frame.columns:
        return pd.Series(np.nan, index=frame.index)
    return pd.to_numeric(frame[column], errors="coerce").astype(float)


def _flags(masks: dict, length: int) -> np.ndarray:
    """Comma-joined flag names per row, ``ok`` where no mask is set."""
    flags = np.full(length, "", dtype=object)
    for name, mask in masks.items():
        mask = np.asarray(mask, dtype=bool)
        flags[mask] = np.where(flags[mask] == "", name, flags[mask] + "," + name)
    flags[flags == ""] = "ok"
    return flags


def add_flag(frame: pd.DataFrame, mask, name: str) -> None:
    """Add ``name`` to the quality flags of the rows in ``mask`` (in place)."""
    mask = np.asarray(mask, dtype=bool)
    current = frame["quality"].to_numpy(dtype=object).copy()
    current[mask] = np.where(current[mask] == "ok", name, current[mask] + "," + name)
    frame["quality"] = current


def keep_latest(frame: pd.DataFrame, report: LoadReport) -> pd.DataFrame:
    """One row per (area, time_utc): the latest ``updated_at``; flag ``revised`` where versions differed."""
    if frame.empty:
        return frame.reset_index(drop=True)
    frame = frame.sort_values(["area", "time_utc", "updated_at"], na_position="first", kind="stable")
    duplicated_key = frame.duplicated(["area", "time_utc"], keep=False).to_numpy()
    frame = frame.reset_index(drop=True)
    if duplicated_key.any():
        # Identical copies (overlapping pages) are not revisions; differing values are.
        subset = ["area", "time_utc", "load_mw", "net_load_mw", "mmgd_mw", "updated_at"]
        distinct = frame[duplicated_key].drop_duplicates(subset)
        revised_keys = distinct[distinct.duplicated(["area", "time_utc"], keep=False)][["area", "time_utc"]]
        frame = frame.drop_duplicates(["area", "time_utc"], keep="last").reset_index(drop=True)
        if not revised_keys.empty:
            keys = set(map(tuple, revised_keys.drop_duplicates().itertuples(index=False)))
            mask = [key in keys for key in zip(frame["area"], frame["time_utc"])]
            add_flag(frame, mask, "revised")
            report.revised += len(keys)
    return frame.sort_values(["area", "time_utc"], kind="stable").reset_index(drop=True)


def expected_half_hours(day: date) -> int:
    """Half hours in the Brasília local day ``day`` (46/50 on DST transition days)."""
    return 2 * local_day_hours(day)


def local_day_of(time_utc: pd.Series) -> pd.Series:
    """The Brasília local calendar day (``dat_referencia``) each half hour belongs to."""
    local = time_utc.dt.tz_convert("America/Sao_Paulo") if _zoneinfo_ok() else time_utc - pd.Timedelta(hours=3)
    return local.dt.date


def _zoneinfo_ok() -> bool:
    try:
        pd.Timestamp("2018-01-01", tz="America/Sao_Paulo")
        return True
    except Exception:  # noqa: BLE001
        return False


def count_by_day(frame: pd.DataFrame, area: str, first: date, last: date) -> dict:
    """Rows of ``area`` per local day between ``first`` and ``last`` (inclusive)."""
    rows = frame[frame["area"] == area]
    counts = local_day_of(rows["time_utc"]).value_counts() if not rows.empty else pd.Series(dtype=int)
    days, result = (last - first).days + 1, {}
    for offset in range(days):
        day = first + timedelta(days=offset)
        result[day] = int(counts.get(day, 0))
    return result


# ---------------------------------------------------------------------------------------------
# curva de carga CSV
_CSV_COLUMNS = ("id_subsistema", "din_instante", "val_cargaenergiahomwmed")
ROUND_DECIMALS = 3  # ONS publishes kW resolution; 6539.55999999 is 6539.56 with float noise


def parse_curva_carga(data: bytes, areas=None, report: LoadReport | None = None,
                      source: str = "CURVA_CARGA") -> pd.DataFrame:
    """Rows of :data:`LOAD_COLUMNS` from one ``CURVA_CARGA_{YYYY}.csv``.

    Local hours are converted to UTC with Brazil's historical DST; hours that did not exist,
    hours that happened twice, empty or zero values and whole empty days are reported in
    ``report`` and never invented.
    """
    import io

    report = report if report is not None else LoadReport()
    try:
        frame = pd.read_csv(io.BytesIO(data), sep=";", dtype=str, keep_default_na=False,
                            encoding="latin-1")
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise SourceFormatError(f"{source}: not a ';' separated CSV ({error})") from None
    frame.columns = [c.strip().lower() for c in frame.columns]
    missing = [c for c in _CSV_COLUMNS if c not in frame.columns]
    if missing:
        raise SourceFormatError(f"{source}: column(s) {', '.join(missing)} missing; header is "
                                f"{';'.join(frame.columns)}")
    report.rows_read += len(frame)
    area = frame["id_subsistema"].str.strip().str.upper().map(lambda c: _CSV_SUBSYSTEMS.get(c, c))
    local = pd.to_datetime(frame["din_instante"].str.strip(), errors="coerce", format="%Y-%m-%d %H:%M:%S")
    if local.isna().any():
        row = int(np.flatnonzero(local.isna().to_numpy())[0])
        raise SourceFormatError(f"{source}, line {row + 2}: din_instante "
                                f"{frame['din_instante'].iloc[row]!r} is not 'YYYY-MM-DD HH:MM:SS'")
    value = pd.to_numeric(frame["val_cargaenergiahomwmed"].str.strip(), errors="coerce")
    if areas is not None:
        keep = area.isin(areas).to_numpy()
        area, local, value = area[keep], local[keep], value[keep]

    utc, nonexistent, ambiguous = local_to_utc(local)
    has_value = (value.notna() & (value != 0)).to_numpy()
    for a, t in zip(area[nonexistent], local[nonexistent]):
        report.dst_gaps.append((a, t))
    for a, t in zip(area[ambiguous], local[ambiguous]):
        report.dst_repeats.append((a, t))
    no_value = ~has_value & ~nonexistent
    for a, t in zip(area[no_value], local[no_value]):
        report.missing_values.append((a, t))
    _report_empty_days(area, local, has_value, report)

    keep = has_value & ~nonexistent
    out = pd.DataFrame({
        "area": area[keep].to_numpy(),
        "time_utc": utc[keep].to_numpy(),
        "interval_s": 3600,
        "load_mw": value[keep].round(ROUND_DECIMALS).to_numpy(),
        "net_load_mw": np.nan, "mmgd_mw": np.nan, "supervised_mw": np.nan, "unsupervised_mw": np.nan,
        "updated_at": pd.NaT,
        "dataset": DATASET_CSV,
    })
    out["time_utc"] = pd.to_datetime(out["time_utc"], utc=True)
    out["updated_at"] = pd.to_datetime(out["updated_at"], utc=True)
    out["quality"] = _flags({"mmgd_unsplit": np.ones(len(out), bool), "dst_ambiguous": ambiguous[keep]}, len(out))
    return keep_latest(out, report)


def _report_empty_days(area: pd.Series, local: pd.Series, has_value: np.ndarray, report: LoadReport) -> None:
    """Days of the file without a single value for an area (rows empty or absent for that area),
    and runs of days the file has no rows for at all."""
    if local.empty:
        return
    days = local.dt.date
    valued = pd.DataFrame({"area": area.to_numpy(), "day": days.to_numpy(), "v": has_value})
    with_values = set(map(tuple, valued[valued["v"]][["area", "day"]].drop_duplicates().itertuples(index=False)))
    present = sorted(set(days))
    for a in sorted(set(area)):
        for day in present:
            if (a, day) not in with_values:
                report.empty_days.append((a, day))
    expected = pd.date_range(present[0], present[-1], freq="D").date
    absent = [d for d in expected if d not in set(present)]
    for run in _runs(absent):
        report.absent_days.append(run)


def _runs(days: list) -> list:
    """Consecutive days grouped as (first, last)."""
    runs = []
    for day in days:
        if runs and (day - runs[-1][1]).days == 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def empty_load_frame() -> pd.DataFrame:
    """A load table with no rows and the right columns."""
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in LOAD_COLUMNS})
    frame["time_utc"] = pd.to_datetime(frame["time_utc"], utc=True)
    frame["updated_at"] = pd.to_datetime(frame["updated_at"], utc=True)
    return frame


def concat_loads(frames: list, report: LoadReport) -> pd.DataFrame:
    """Merge parsed pages: one row per (area, time), the latest version kept."""
    frames = [f for f in frames if not f.empty]
    if not frames:
        return empty_load_frame()
    return keep_latest(pd.concat(frames, ignore_index=True), report)
