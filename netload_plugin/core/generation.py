"""Hourly PV generation per zone from capacity and irradiance: the end of the model chain.

The chain is split by job: :mod:`.model_grid` (times, zones, blocks), :mod:`.daily_shaping` and
:mod:`.station_interpolation` (irradiance per zone and interval, from daily totals, monthly means or
station series), :mod:`.plane_of_array` (irradiance on the modules) and :mod:`.pv_system` (cell
temperature, DC, inverter). Generation is the **mean power over each interval** (kW); against 60
one-minute evaluations per hour the midpoint sun changes daily energy by ≤ 0.2 % under clear skies
(tests/unit/test_generation.py).
"""

from __future__ import annotations

import numpy as np

from .model_grid import check_shape, zone_arrays
from .plane_of_array import plane_of_array_blocks
from .pv_system import PVParameters, ac_power_per_kw


def _time_zone_view(values, shape, name, dtype):
    """Broadcast a scalar, (Z,) per zone, (T, 1) per time or (T, Z) input (numpy's rules)."""
    array = np.asarray(values, dtype=dtype)
    try:
        return np.broadcast_to(array, shape)
    except ValueError:
        raise ValueError(f"{name} of shape {np.shape(values)} does not fit (times, zones) = {shape}") from None


def generation_kw(times_utc, latitude, longitude, capacity_kw, ghi_wm2, temp_air_c=25.0,
                  params: PVParameters | None = None, *, interval_minutes: float | None = None,
                  dtype=np.float32, progress=None) -> np.ndarray:
    """Mean AC generation (kW) of each zone's PV fleet over each interval, (T, Z).

    ``capacity_kw``: registered (inverter, AC) capacity, (Z,) or (T, Z) for a fleet that grows over
    time. ``ghi_wm2``: mean global horizontal irradiance over each interval, (T, Z); NaN stays NaN
    in the output. ``temp_air_c``: air temperature (°C), scalar, (Z,) per zone, (T, 1) per time or
    (T, Z). One-dimensional inputs are always per zone.
    ``interval_minutes``: interval length, inferred from the times when not given.
    ``progress``: optional :class:`netload_plugin.core.progress.Progress` (fraction and cancel).

    Chain per element: plane-of-array irradiance (:mod:`.plane_of_array`) → SAPM cell temperature →
    PVWatts DC with the DC/AC ratio and system losses → PVWatts inverter clipped at the registered
    capacity (see :class:`PVParameters` for every default).
    """
    params = params or PVParameters()
    lat, lon = zone_arrays(latitude, longitude)
    shape = (len(times_utc), lat.size)
    ghi = check_shape(ghi_wm2, shape, "ghi_wm2")
    capacity = _time_zone_view(capacity_kw, shape, "capacity_kw", dtype)
    temp_air = _time_zone_view(temp_air_c, shape, "temp_air_c", dtype)
    out = np.zeros(shape, dtype=dtype)
    for rows, poa_global, poa_effective in plane_of_array_blocks(
            times_utc, lat, lon, ghi, params, interval_minutes, dtype, progress):
        per_kw = ac_power_per_kw(poa_global, poa_effective, temp_air[rows], params)
        per_kw *= capacity[rows]
        out[rows] = per_kw
    return out
