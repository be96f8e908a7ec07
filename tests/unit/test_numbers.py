"""core.numbers.optional_float: every kind of unknown is None, every number a Python float."""

import math

import numpy as np
import pytest

from netload_plugin.core.numbers import optional_float


class _Null:
    """Stands for QGIS 3.22's NULL attribute: a QVariant whose isNull() is true (duck typing, as the module)."""

    def isNull(self):  # noqa: N802 (QVariant's name)
        return True


@pytest.mark.parametrize("unknown", [None, _Null(), "", "  ", "n/d", float("nan"), np.float32("nan"), np.nan,
                                     [1.0], object()])
def test_unknown_values_are_none(unknown):
    assert optional_float(unknown) is None


@pytest.mark.parametrize("value, expected", [
    (np.float32(1234.5), 1234.5),   # exactly representable in float32
    (np.float32(0.1), 0.10000000149011612),  # float32's 0.1, widened: not rounded back to 0.1
    (np.float64(-2.25), -2.25),
    (np.int64(7), 7.0),
    (3, 3.0),
    ("41637.23", 41637.23),
    (True, 1.0),
    (float("inf"), math.inf),
])
def test_numbers_become_python_floats(value, expected):
    number = optional_float(value)
    assert type(number) is float and number == expected
