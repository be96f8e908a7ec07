"""IBGE municipality codes, states and centroids (no QGIS).

The table ships in ``resources/ibge_municipalities.csv`` (see its README for provenance).

IBGE check digit: the 7th digit of a municipality code is computed from the first six with
weights 1,2,1,2,1,2; a product of two digits is replaced by the sum of its digits; the check digit
is ``(10 - total % 10) % 10`` (IBGE, "Código de municípios", the same modulus-10 rule as Luhn).
IBGE assigned nine codes that break the rule (municipalities created in the 1990s); they are
listed in :data:`CHECK_DIGIT_EXCEPTIONS` and completion of 6-digit codes looks the table up first
so they come out right too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pandas is imported where it is used: loading the plugin must not import it
    import pandas as pd

TABLE_PATH = Path(__file__).resolve().parents[1] / "resources" / "ibge_municipalities.csv"

#: The two-digit IBGE state codes.
UF_BY_STATE_CODE = {
    "11": "RO", "12": "AC", "13": "AM", "14": "RR", "15": "PA", "16": "AP", "17": "TO",
    "21": "MA", "22": "PI", "23": "CE", "24": "RN", "25": "PB", "26": "PE", "27": "AL", "28": "SE", "29": "BA",
    "31": "MG", "32": "ES", "33": "RJ", "35": "SP",
    "41": "PR", "42": "SC", "43": "RS",
    "50": "MS", "51": "MT", "52": "GO", "53": "DF",
}
STATE_CODE_BY_UF = {uf: code for code, uf in UF_BY_STATE_CODE.items()}
#: The 27 federative units (UF) in the order IBGE lists them (by region, north to south-west).
STATES = tuple(UF_BY_STATE_CODE.values())
ALL_UFS = tuple(sorted(STATE_CODE_BY_UF))

#: Official codes whose 7th digit does not follow the check-digit rule.
CHECK_DIGIT_EXCEPTIONS = frozenset({
    "2201919", "2201988", "2202251", "2611533", "3117836", "3152131", "4305871", "5203939", "5203962",
})

#: A generous bounding box of Brazil (including its oceanic islands), degrees.
BRAZIL_BBOX = (-74.1, -34.0, -28.6, 5.4)  # lon_min, lat_min, lon_max, lat_max


def check_digit(first_six: str) -> int:
    """The IBGE check digit of a municipality code's first six digits."""
    if len(first_six) != 6 or not first_six.isdigit():
        raise ValueError(f"an IBGE code prefix has six digits, not {first_six!r}")
    total = 0
    for position, char in enumerate(first_six):
        product = int(char) * (1 if position % 2 == 0 else 2)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def is_valid_code(code: str) -> bool:
    """True for a 7-digit code whose check digit is right (or an official exception)."""
    code = str(code).strip()
    if len(code) != 7 or not code.isdigit():
        return False
    return code in CHECK_DIGIT_EXCEPTIONS or check_digit(code[:6]) == int(code[6])


def complete_code(code: str) -> str | None:
    """A 7-digit code from a 7- or 6-digit one (table first, then the check digit); None if not a code."""
    code = str(code).strip()
    if not code.isdigit():
        return None
    if len(code) == 7:
        return code
    if len(code) == 6:
        known = _table_by_prefix().get(code)
        return known if known is not None else code + str(check_digit(code))
    return None


def uf_of(state_code: str) -> str | None:
    """``"41"`` → ``"PR"`` (also accepts a municipality code)."""
    return UF_BY_STATE_CODE.get(str(state_code).strip()[:2])


def state_code_of(uf: str) -> str | None:
    """``"PR"`` → ``"41"``."""
    return STATE_CODE_BY_UF.get(str(uf).strip().upper())


def parse_uf_list(text) -> list[str]:
    """``"pr, SC;rs"`` or a list → ``["PR", "RS", "SC"]``; raises ValueError on an unknown state."""
    if text is None:
        return []
    items = text if isinstance(text, (list, tuple, set)) else str(text).replace(";", ",").replace(" ", ",").split(",")
    ufs = sorted({str(item).strip().upper() for item in items if str(item).strip()})
    unknown = [uf for uf in ufs if uf not in STATE_CODE_BY_UF]
    if unknown:
        raise ValueError(f"unknown state(s) {', '.join(unknown)}; use UF letters such as PR, SC, RS")
    return ufs


@lru_cache(maxsize=1)
def municipalities() -> pd.DataFrame:
    """The shipped table indexed by ``ibge_code`` (text): ``uf, name, lon, lat, population``."""
    import pandas as pd  # only here: the state codes above are read when QGIS lists the algorithms

    table = pd.read_csv(TABLE_PATH, dtype={"ibge_code": str, "uf": str, "name": str})
    return table.set_index("ibge_code", verify_integrity=True)


def states_in_box(xmin: float, xmax: float, ymin: float, ymax: float) -> list:
    """States (UF, in IBGE code order) with a municipality centroid inside the lon/lat box (SIRGAS 2000)."""
    table = municipalities()
    inside = table[(table["lon"] >= xmin) & (table["lon"] <= xmax) & (table["lat"] >= ymin) & (table["lat"] <= ymax)]
    found = set(inside["uf"])
    return [uf for uf in UF_BY_STATE_CODE.values() if uf in found]


@lru_cache(maxsize=1)
def _table_by_prefix() -> dict:
    return {code[:6]: code for code in municipalities().index}


def centroid(code: str) -> tuple[float, float] | None:
    """``(lon, lat)`` of a municipality's centroid, or None for an unknown code."""
    table = municipalities()
    code = complete_code(code)
    if code is None or code not in table.index:
        return None
    row = table.loc[code]
    return float(row["lon"]), float(row["lat"])


def lookup(codes: pd.Series) -> pd.DataFrame:
    """Vectorised lookup: ``uf, name, lon, lat`` for each code (NaN where unknown), same index."""
    table = municipalities()[["uf", "name", "lon", "lat"]]
    found = table.reindex(codes.to_numpy())
    found.index = codes.index
    return found


def inside_brazil(lon, lat) -> np.ndarray:
    """True where a point falls in Brazil's bounding box (a cheap, generous test)."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    lon_min, lat_min, lon_max, lat_max = BRAZIL_BBOX
    return (lon >= lon_min) & (lon <= lon_max) & (lat >= lat_min) & (lat <= lat_max)
