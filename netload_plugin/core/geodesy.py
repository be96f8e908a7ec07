"""Distances on the Earth: the one great-circle formula every module uses.

Arguments are in GIS order, longitude before latitude (x, y), as QGIS and the source tables give
them.
"""

from __future__ import annotations

import numpy as np

#: Mean Earth radius (IUGG, R1 = (2a + b)/3 of WGS84), km.
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Great-circle distance (km) between points in degrees, broadcasting like numpy; NaN in → NaN out."""
    lon1, lat1, lon2, lat2 = (np.radians(np.asarray(a, dtype=float)) for a in (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
