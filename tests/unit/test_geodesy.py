"""geodesy: the great-circle distance, checked against values worked out by hand."""
import numpy as np
import pytest

from netload_plugin.core.geodesy import haversine_km


def test_haversine():
    # One degree of latitude on the mean sphere: 6371.0088 * pi / 180 = 111.195 km
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    # One degree of longitude at 60° S is half of it: cos 60° = 0.5
    assert haversine_km(-50, -60, -49, -60) == pytest.approx(111.195 / 2, rel=1e-4)
    # Rio Branco (-67.81,-9.97) to Cruzeiro do Sul (-72.67,-7.60): ~590 km
    distance = haversine_km(np.array([-67.81, 0.0]), np.array([-9.97, np.nan]), -72.67, -7.60)
    assert 560 < distance[0] < 620 and np.isnan(distance[1])
