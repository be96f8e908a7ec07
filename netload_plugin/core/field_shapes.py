"""Registry cells worked on once per distinct value, and the shape each registry column's text must have.

Why distinct values: the GD registry repeats a few thousand capacities, coordinates, dates and
municipality codes over four million rows, so parsing, checking and looking up each distinct text
once and expanding the results by index (:class:`Distinct`) costs a fraction of doing it per row.

Why shapes: a row that lost a field in one place and gained one in another keeps the right field
count but puts each value in its neighbour's column: the holder's name where the unit code should be,
the postal code where the municipality should be. Such a row cannot be cleaned, and its text must
not reach any output, not even the rejected rows, because the personal columns the parsers never
read have moved into columns they do read. :func:`misplaced` finds it: a row is out of place when
two or more of its *anchor* columns (codes, dates, numbers: columns whose text has a fixed shape)
hold text of another shape. One odd cell alone is a damaged value, handled by the column's own rule.
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
import pandas as pd

#: ``CodEmpreendimento`` (``GD.AC.000.000.590``).
UNIT_CODE = r"GD\.[A-Z]{2}\.[A-Z0-9.\-]+"
#: SIGA's ``CodCEG`` (``UHE.PH.RR.000076-0.1``).
CEG_CODE = r"[A-Z]{3}\.[A-Z]{2}\.[A-Z]{2}\.[0-9]{6}-[0-9](\.[0-9]+)?"
STATE = r"[A-Za-z]{2}"
IBGE_CODE = r"[0-9]{6,7}"
#: ``YYYY-MM-DD``, optionally followed by a time.
DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9:.]*)?"
#: A number with decimal comma (``-10,00``, ``,85``, ``1.234,50``, ``-2544``).
NUMBER = r"\s*[-+]?[0-9.]*,?[0-9]*\s*"
GENERATION_TYPE = r"[A-Za-z]{2,4}"
CNPJ_DIGITS = r"[0-9]{1,14}"
#: SIGA's municipality list (``Iturama - MG, Indiaporã - SP``).
MUNICIPALITY_LIST = r"[^,]+ - [A-Z]{2}(,\s*[^,]+ - [A-Z]{2})*"

REASON_MISPLACED = "broken row: fields out of place"


class Distinct:
    """One text column as its distinct values plus, per row, the index of its value.

    ``map(compute)`` runs ``compute`` on the distinct values (a Series) and spreads its result
    (same length, array-like) to every row as a numpy array; ``spread`` does the spreading alone,
    for results computed from ``values`` in several steps.
    """

    def __init__(self, column: pd.Series):
        codes, uniques = pd.factorize(column.to_numpy(dtype=object))
        self.codes = codes
        self.values = pd.Series(uniques, dtype=object)

    def map(self, compute) -> np.ndarray:
        return self.spread(compute(self.values))

    def spread(self, per_value) -> np.ndarray:
        return np.asarray(per_value)[self.codes]

    def fits(self, pattern: str) -> np.ndarray:
        """True where the cell is empty (after stripping blanks) or its text has the shape ``pattern``."""
        return self.spread(fits(self.values, pattern))


@cache
def _shape(pattern: str):
    return re.compile(pattern).fullmatch


def fits(values, pattern: str) -> np.ndarray:
    """True where a text of ``values`` is empty after stripping blanks or has the shape ``pattern``.

    A loop over the texts: ``values`` are distinct values or a few rejected rows, where pandas'
    string methods cost more in overhead than they save.
    """
    match = _shape(pattern)
    return np.fromiter((not text.strip() or match(text.strip()) is not None for text in values), dtype=bool,
                       count=len(values))


def misplaced(columns: dict[str, Distinct], anchors: dict[str, str]) -> np.ndarray:
    """True for rows where two or more ``anchors`` (column → shape) hold text of another shape."""
    failures = sum((~columns[name].fits(pattern)).astype(np.int64) for name, pattern in anchors.items())
    return failures >= 2


def shaped(column, pattern: str) -> list:
    """The texts of ``column`` that have the shape ``pattern`` (stripped); None elsewhere, where empty or missing."""
    match = _shape(pattern)
    stripped = (text.strip() if isinstance(text, str) else "" for text in column)
    return [text if text and match(text) else None for text in stripped]
