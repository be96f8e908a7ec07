"""translation.format_number: the one way NetLoad writes a number for people, in both languages.

Expected texts are written by hand from each language's convention (pt_BR: ``.`` groups thousands, ``,``
marks decimals; English the other way round).
"""

import numpy as np
import pytest
from qgis.PyQt.QtCore import QLocale

from netload_plugin.translation import UNKNOWN_NUMBER, format_number

PT_BR, EN = QLocale("pt_BR"), QLocale("en_US")


@pytest.mark.parametrize("value", [np.float32(1234.5), np.float64(1234.5), 1234.5])
def test_numpy_scalars_format_like_python_floats(value):
    # numpy 2 (the QGIS 3.40 leg) keeps float32, which QLocale.toString refuses: made a float first
    assert format_number(value, 1, PT_BR) == "1.234,5"
    assert format_number(value, 1, EN) == "1,234.5"


@pytest.mark.parametrize("value", [np.float32("nan"), np.float64("nan"), float("nan"), None])
def test_unknown_is_a_dash_in_every_language(value):
    assert UNKNOWN_NUMBER == "–"
    assert format_number(value, 3, PT_BR) == format_number(value, 3, EN) == "–"


def test_decimals_round_and_sign():
    assert format_number(20000, 0, PT_BR) == "20.000"
    assert format_number(np.float32(0.2245), 3, PT_BR) == "0,225"  # float32 0.2245 is 0.22450000047...
    assert format_number(12.34, 1, EN, sign=True) == "+12.3"
    assert format_number(0.0, 1, EN, sign=True) == "+0.0"
    assert format_number(np.float64(-12.34), 1, PT_BR, sign=True) == "-12,3"
    assert format_number(1_234_567.891, 2, EN) == "1,234,567.89"
