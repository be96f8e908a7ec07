"""INPE LABREN Atlas Brasileiro de Energia Solar 2017: monthly irradiation means per 0.1° cell.

File ``global_horizontal_means.csv`` (in ``GLOBAL_HORIZONTAL_(csv).zip``): header
``ID;LON;LAT;ANNUAL;JAN;…;DEC``, Wh/m²·day, cell centres. Sibling ``tilted_latitude_means.csv``
holds the plane tilted at the latitude angle. Columns are found by name, so extra columns (a
``UF`` inserted by a copy, the ``NAME;CLASS;STATE`` of the ``*_sedes-munic`` variants) are
tolerated. Output point columns: ``station`` (``LABREN_{ID}``), ``lon``, ``lat``,
``{prefix}_jan`` … ``{prefix}_dec``, ``{prefix}_annual`` with prefix ``ghi`` for the global
horizontal file and ``gti`` for the tilted-latitude file (Wh/m²/day). ONS's own MMGD estimate
is built on this climatology.
"""

from __future__ import annotations

import io

import pandas as pd

from .errors import SourceFormatError

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
FILES = {"ghi": "GLOBAL_HORIZONTAL", "gti": "TILTED_LATITUDE"}


def parse_labren_csv(data: bytes, prefix: str = "ghi", source: str = "LABREN", extent=None) -> pd.DataFrame:
    """Points with monthly and annual means, optionally clipped to ``extent`` (xmin, ymin, xmax, ymax)."""
    text = data.decode("utf-8") if _is_utf8(data) else data.decode("latin-1")
    try:
        frame = pd.read_csv(io.StringIO(text), sep=";", dtype=str)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise SourceFormatError(f"{source}: not a ';' separated CSV ({error})") from None
    frame.columns = [c.strip().upper() for c in frame.columns]
    needed = ("ID", "LON", "LAT", "ANNUAL") + MONTHS
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise SourceFormatError(f"{source}: column(s) {', '.join(missing)} missing; header is {';'.join(frame.columns)}")
    numbers = {c: pd.to_numeric(frame[c].str.replace(",", ".", regex=False), errors="coerce") for c in needed[1:]}
    out = pd.DataFrame({"station": "LABREN_" + frame["ID"].str.strip(), "name": "", "lon": numbers["LON"],
                        "lat": numbers["LAT"], "altitude_m": float("nan"), "founded_on": None, "source": "inpe_labren"})
    for month in MONTHS:
        out[f"{prefix}_{month.lower()}"] = numbers[month]
    out[f"{prefix}_annual"] = numbers["ANNUAL"]
    unusable = out["lon"].isna() | out["lat"].isna()
    if unusable.any():
        row = int(unusable.to_numpy().nonzero()[0][0])
        raise SourceFormatError(f"{source}, line {row + 2}: LON/LAT not numbers")
    if extent is not None:
        xmin, ymin, xmax, ymax = extent
        out = out[out["lon"].between(xmin, xmax) & out["lat"].between(ymin, ymax)]
    return out.reset_index(drop=True)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
