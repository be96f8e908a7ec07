"""ONS load: the one table both ONS datasets become, its area codes, quality flags and report.

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

The two parsers are :mod:`.ons_carga_verificada` (the API's JSON) and :mod:`.ons_curva_carga`
(the yearly CSVs). What ``load_mw`` includes (ONS's MMGD estimate) and why the curva de carga is
read as global load is set out in ``docs/sources.md`` ("ONS load: what the values include").
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from .brazil_time import local_day_hours, utc_to_local
from .errors import NetLoadError
from .read_report import ReadReport

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
    "unreadable_value": "a value ONS sent is not a number: read as NULL (counted in the log)",
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


@dataclass
class LoadReport(ReadReport):
    """What the parsers saw and did, for the log: nothing is dropped without a line here.

    The row counts (read = kept + rejected + duplicates + filtered out) and unreadable values are
    :class:`~.read_report.ReadReport`'s; the rest is what only ONS data has.
    """

    repaired_empty_fields: int = 0
    non_utf8_bytes: int = 0
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
        lines = self.problems()
        if self.non_utf8_bytes:
            lines.append(f"{self.non_utf8_bytes} byte(s) of the reply were not UTF-8: replaced (U+FFFD)")
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
        empty = [(area, day) for area, day, got, _ in self.incomplete_days if got == 0]
        for area in dict.fromkeys(a for a, _ in empty):
            for first, last in runs_of_days(sorted(day for a, day in empty if a == area)):
                span = f"on {first}" if first == last else f"from {first} to {last}"
                lines.append(f"{area}: no data at all {span}")
        for area, day, got, expected in self.incomplete_days:
            if got:
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


def flags(masks: dict, length: int) -> np.ndarray:
    """Comma-joined flag names per row, ``ok`` where no mask is set."""
    result = np.full(length, "", dtype=object)
    for name, mask in masks.items():
        mask = np.asarray(mask, dtype=bool)
        result[mask] = np.where(result[mask] == "", name, result[mask] + "," + name)
    result[result == ""] = "ok"
    return result


def add_flag(frame: pd.DataFrame, mask, name: str) -> None:
    """Add ``name`` to the quality flags of the rows in ``mask`` (in place)."""
    mask = np.asarray(mask, dtype=bool)
    current = frame["quality"].to_numpy(dtype=object).copy()
    current[mask] = np.where(current[mask] == "ok", name, current[mask] + "," + name)
    frame["quality"] = current


def keep_latest(frame: pd.DataFrame, report: LoadReport) -> pd.DataFrame:
    """One row per (area, time_utc): the latest ``updated_at``; flag ``revised`` where versions differed.

    The rows let go are moved from ``report.kept`` to ``report.duplicates``.
    """
    if frame.empty:
        return frame.reset_index(drop=True)
    rows_in = len(frame)
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
    report.duplicates += rows_in - len(frame)
    report.kept -= rows_in - len(frame)
    return frame.sort_values(["area", "time_utc"], kind="stable").reset_index(drop=True)


def expected_half_hours(day: date) -> int:
    """Half hours in the Brasília local day ``day`` (46/50 on DST transition days)."""
    return 2 * local_day_hours(day)


def local_day_of(time_utc: pd.Series) -> pd.Series:
    """The Brasília local calendar day (``dat_referencia``) each half hour belongs to, with historical DST."""
    return utc_to_local(time_utc).dt.date


def drop_outside_days(frame: pd.DataFrame, first: date, last: date, report: LoadReport) -> pd.DataFrame:
    """The rows whose local day lies in ``first``..``last``; the others are counted as filtered out."""
    if frame.empty:
        return frame
    days = local_day_of(frame["time_utc"])
    inside = ((days >= first) & (days <= last)).to_numpy()
    report.filtered_out += int((~inside).sum())
    report.kept -= int((~inside).sum())
    return frame[inside].reset_index(drop=True)


def count_by_day(frame: pd.DataFrame, area: str, first: date, last: date) -> dict:
    """Rows of ``area`` per local day between ``first`` and ``last`` (inclusive)."""
    rows = frame[frame["area"] == area]
    counts = local_day_of(rows["time_utc"]).value_counts() if not rows.empty else pd.Series(dtype=int)
    days, result = (last - first).days + 1, {}
    for offset in range(days):
        day = first + timedelta(days=offset)
        result[day] = int(counts.get(day, 0))
    return result


def runs_of_days(days: list) -> list:
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
