"""INPE LABREN Atlas Brasileiro de Energia Solar 2017: monthly irradiation means per 0.1° cell.

File ``global_horizontal_means.csv`` (in ``GLOBAL_HORIZONTAL_(csv).zip``): header
``ID;LON;LAT;ANNUAL;JAN;…;DEC``, Wh/m²·day, cell centres. Sibling ``tilted_latitude_means.csv``
holds the plane tilted at the latitude angle. Columns are found by name, so extra columns (a
``UF`` inserted by a copy, the ``NAME;CLASS;STATE`` of the ``*_sedes-munic`` variants) are
tolerated. Output point columns: ``station`` (``LABREN_{ID}``), ``lon``, ``lat``,
``{prefix}_jan`` … ``{prefix}_dec``, ``{prefix}_annual`` with prefix ``ghi`` for the global
horizontal file and ``gti`` for the tilted-latitude file (Wh/m²/day). ONS's own MMGD estimate
is built on this climatology. Lines are checked before they are read (:mod:`.line_table`): a
megabyte line of ``;`` costs that line, not the file.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import SourceFormatError
from .line_table import split_lines
from .read_report import ReadReport

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
FILES = {"ghi": "GLOBAL_HORIZONTAL", "gti": "TILTED_LATITUDE"}


def parse_labren_csv(data: bytes, prefix: str = "ghi", source: str = "LABREN", extent=None,
                     report: ReadReport | None = None) -> pd.DataFrame:
    """Points with monthly and annual means, optionally clipped to ``extent`` (xmin, ymin, xmax, ymax).

    Lines are checked first (:mod:`.line_table`); a cell without an ID or with a LON/LAT that is
    not a coordinate is rejected with its line number, a month that is not a number is NULL and
    counted, a repeated ID is a duplicate, cells outside ``extent`` are filtered out (``report``).
    """
    report = report if report is not None else ReadReport()
    table = split_lines(data, source, report, encoding="utf-8" if _is_utf8(data) else "latin-1")
    header = [name.upper() for name in table.header]
    needed = ("ID", "LON", "LAT", "ANNUAL") + MONTHS
    missing = [c for c in needed if c not in header]
    if missing:
        raise SourceFormatError(f"{source}: column(s) {', '.join(missing)} missing; header is "
                                f"{';'.join(header)[:300]}")
    frame = table.read([header.index(c) for c in needed], source, dtype=str, keep_default_na=False,
                       encoding="latin-1")
    frame.columns = [header[i] for i in sorted(header.index(c) for c in needed)]
    numbers = _numbers(frame, needed[1:], table.line_numbers, report)
    ids = frame["ID"].str.strip()
    out = pd.DataFrame({"station": "LABREN_" + ids, "name": "", "lon": numbers["LON"], "lat": numbers["LAT"],
                        "altitude_m": float("nan"), "founded_on": None, "source": "inpe_labren"})
    for month in MONTHS:
        out[f"{prefix}_{month.lower()}"] = numbers[month]
    out[f"{prefix}_annual"] = numbers["ANNUAL"]
    usable = report.reject_where((
        ("no cell ID", ids == "", lambda i: "empty ID"),
        ("LON/LAT not a coordinate", ~_coordinates_ok(out),
         lambda i: f"LON {frame['LON'].iloc[i]!r} LAT {frame['LAT'].iloc[i]!r}"),
    ), lambda i: f"line {table.line_numbers[i]}")
    out = out[usable]
    repeated = out["station"].duplicated().to_numpy()
    report.duplicates += int(repeated.sum())
    out = out[~repeated]
    if extent is not None:
        xmin, ymin, xmax, ymax = extent
        inside = (out["lon"].between(xmin, xmax) & out["lat"].between(ymin, ymax)).to_numpy()
        report.filtered_out += int((~inside).sum())
        out = out[inside]
    report.kept += len(out)
    return out.reset_index(drop=True)


def _numbers(frame: pd.DataFrame, columns, line_numbers: np.ndarray, report: ReadReport) -> dict:
    """{column: floats} with decimal point or comma, converted in one pass; a month or annual mean that is
    not a number is NaN and counted in ``report`` (an unreadable LON/LAT rejects its row instead)."""
    text = pd.Series(frame[list(columns)].to_numpy(dtype=object).ravel()).str.strip()
    values = pd.to_numeric(text.str.replace(",", ".", regex=False), errors="coerce").to_numpy(dtype=float)
    values[~np.isfinite(values)] = np.nan
    unreadable = (np.isnan(values) & (text != "").to_numpy()).reshape(len(frame), len(columns))
    values = values.reshape(len(frame), len(columns))
    for index, column in enumerate(columns):
        bad = unreadable[:, index]
        if column not in ("LON", "LAT") and bad.any():
            first = int(np.flatnonzero(bad)[0])
            report.unreadable(column, int(bad.sum()),
                              f"line {line_numbers[first]}: {column} {frame[column].iloc[first].strip()!r}")
    return {column: values[:, index] for index, column in enumerate(columns)}


def _coordinates_ok(points: pd.DataFrame) -> np.ndarray:
    return (points["lon"].between(-180, 180) & points["lat"].between(-90, 90)).to_numpy()


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
