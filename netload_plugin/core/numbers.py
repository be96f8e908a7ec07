"""One rule for a number read from a layer, a table or a computation: a Python float, or None when unknown.

QGIS gives NULL as a QVariant whose ``isNull()`` is true (3.22) or as None (3.40); pandas and numpy give
NaN; users leave text fields empty. All of them mean *unknown*. numpy scalars become Python floats
because numpy 2 keeps float32 (NEP 50), which QGIS attributes and ``QLocale.toString`` refuse.
No QGIS import here: the NULL test is by duck typing.
"""

from __future__ import annotations

import math


def optional_float(value) -> float | None:
    """``value`` as a Python float; None for None, NULL, empty text, NaN or anything that is not a number."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number
