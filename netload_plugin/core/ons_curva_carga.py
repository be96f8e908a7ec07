"""ONS curva de carga horária (``CURVA_CARGA_{YYYY}.csv``, hourly per subsystem) → rows of the ONS load table.

Header ``id_subsistema;nom_subsistema;din_instante;val_cargaenergiahomwmed``; ASCII, ``;``, decimal
point; ``din_instante`` is Brasília LOCAL time, converted to UTC with Brazil's historical DST
(:mod:`.brazil_time`). Hours that did not exist, hours that happened twice, empty or zero values
and whole empty days are reported and never invented (see :mod:`.ons_load` for the table and
``docs/sources.md`` for the quirks).

Every line is checked first (:mod:`.line_table`: field count, length, a cut last line), so one
broken line — even a megabyte of ``;`` — costs that line, not the file. Rows of an unknown
subsystem, with a ``din_instante`` that is not ``YYYY-MM-DD HH:MM:SS`` or a value that is not a
number are rejected with their line number.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .brazil_time import local_to_utc
from .errors import SourceFormatError
from .line_table import split_lines
from .ons_load import DATASET_CSV, LoadReport, flags, keep_latest, runs_of_days

COLUMNS = ("id_subsistema", "din_instante", "val_cargaenergiahomwmed")
ROUND_DECIMALS = 3  # ONS publishes kW resolution; 6539.55999999 is 6539.56 with float noise
# The CSV's id_subsistema → the API's code.
SUBSYSTEM_CODES = {"SE": "SECO", "SECO": "SECO", "S": "S", "NE": "NE", "N": "N"}


def parse_curva_carga(data: bytes, areas=None, report: LoadReport | None = None,
                      source: str = "CURVA_CARGA") -> pd.DataFrame:
    """Rows of :data:`~.ons_load.LOAD_COLUMNS` from one ``CURVA_CARGA_{YYYY}.csv`` (``areas``: API codes to keep)."""
    report = report if report is not None else LoadReport()
    area, local, value = _rows(data, source, report)
    if areas is not None:
        keep = area.isin(areas).to_numpy()
        report.filtered_out += int((~keep).sum())
        area, local, value = area[keep], local[keep], value[keep]
    utc, nonexistent, ambiguous = local_to_utc(local)
    has_value = (value.notna() & (value != 0)).to_numpy()
    report.dst_gaps.extend(zip(area[nonexistent], local[nonexistent]))
    report.dst_repeats.extend(zip(area[ambiguous], local[ambiguous]))
    no_value = ~has_value & ~nonexistent
    report.missing_values.extend(zip(area[no_value], local[no_value]))
    _report_empty_days(area, local, has_value, report)
    keep = has_value & ~nonexistent
    report.filtered_out += int((~keep).sum())
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
    out["quality"] = flags({"mmgd_unsplit": np.ones(len(out), bool), "dst_ambiguous": ambiguous[keep]}, len(out))
    report.kept += len(out)
    return keep_latest(out, report)


def _rows(data: bytes, source: str, report: LoadReport):
    """(area, local time, value) of the usable rows; the others are rejected with their line number."""
    table = split_lines(data, source, report)
    index = {name.lower(): i for i, name in enumerate(table.header)}
    missing = [c for c in COLUMNS if c not in index]
    if missing:
        raise SourceFormatError(f"{source}: column(s) {', '.join(missing)} missing; header is "
                                f"{';'.join(table.header)[:300]}")
    frame = table.read([index[c] for c in COLUMNS], source, dtype=str, keep_default_na=False, encoding="latin-1")
    frame.columns = [c for _, c in sorted((index[c], c) for c in COLUMNS)]
    area = frame["id_subsistema"].str.strip().str.upper().map(SUBSYSTEM_CODES)
    local = pd.to_datetime(frame["din_instante"].str.strip(), errors="coerce", format="%Y-%m-%d %H:%M:%S")
    text = frame["val_cargaenergiahomwmed"].str.strip()
    value = pd.to_numeric(text, errors="coerce")
    value[~np.isfinite(value)] = np.nan
    usable = report.reject_where((
        ("unknown id_subsistema", area.isna(), lambda i: f"id_subsistema {frame['id_subsistema'].iloc[i]!r}"),
        ("din_instante is not 'YYYY-MM-DD HH:MM:SS'", local.isna(),
         lambda i: f"din_instante {frame['din_instante'].iloc[i]!r}"),
        ("val_cargaenergiahomwmed is not a number", value.isna() & (text != ""),
         lambda i: f"val_cargaenergiahomwmed {text.iloc[i]!r}"),
    ), lambda i: f"line {table.line_numbers[i]}")
    return (area[usable].reset_index(drop=True), local[usable].reset_index(drop=True),
            value[usable].reset_index(drop=True))


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
    expected, present = pd.date_range(present[0], present[-1], freq="D").date, set(present)
    absent = [d for d in expected if d not in present]
    report.absent_days.extend(runs_of_days(absent))
