"""The (time × zone) grid every part of the generation model works on.

* ``times_utc`` is a (T,) array of numpy ``datetime64`` values in UTC marking the **start** of each
  interval (:func:`hourly_times` builds one); intervals are regular (hourly, half-hourly…).
* Values are **means over each interval**; the sun is evaluated once, at the interval midpoint
  (:func:`interval_midpoints`), the usual simplification of hourly models (PVWatts, ONS).
* Zones are given by their centroid ``latitude``/``longitude`` (Z,), degrees (WGS84/SIRGAS 2000),
  checked by :func:`zone_arrays`.
* Work on (T, Z) arrays runs in blocks of about :data:`BLOCK_ELEMENTS` so temporaries stay small.
"""

from __future__ import annotations

import datetime as _dt

import numpy as np

from .solar_position import to_unix_seconds

#: Elements per (time × zone) block: large enough for numpy to be efficient, small enough for the
#: dozen float32 temporaries of one block to stay within a few tens of MB.
BLOCK_ELEMENTS = 1 << 20
SECONDS_PER_DAY = 86400


def as_datetime64(value) -> np.datetime64:
    """An ISO string, ``datetime`` (aware ones converted to UTC) or ``datetime64`` as datetime64[s]."""
    if isinstance(value, str):
        return np.datetime64(value.replace("Z", ""), "s")
    if isinstance(value, _dt.datetime) and value.tzinfo is not None:
        value = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    return np.datetime64(value, "s")


def hourly_times(start, end, step_minutes: int = 60) -> np.ndarray:
    """Interval starts from ``start`` (inclusive) to ``end`` (exclusive), datetime64[s] in UTC.

    ``start``/``end`` may be ISO strings, ``datetime`` (aware ones are converted to UTC) or
    ``datetime64``. ``hourly_times("2024-01-01", "2025-01-01")`` gives the 8,784 hours of 2024.
    """
    if step_minutes <= 0 or (24 * 60) % step_minutes:
        raise ValueError(f"step_minutes must divide a day evenly, not {step_minutes}")
    first, last = as_datetime64(start), as_datetime64(end)
    if last <= first:
        raise ValueError(f"end ({last}) must be after start ({first})")
    return np.arange(first, last, np.timedelta64(step_minutes * 60, "s"))


def interval_seconds(times_utc, interval_minutes: float | None = None) -> float:
    """Length of the intervals: given, or the (constant) step between consecutive times."""
    if interval_minutes is not None:
        return float(interval_minutes) * 60.0
    seconds = to_unix_seconds(times_utc)
    if seconds.size < 2:
        return 3600.0
    steps = np.diff(seconds)
    if not np.allclose(steps, steps[0]) or steps[0] <= 0:
        raise ValueError("times must be increasing at a regular step (pass interval_minutes for "
                         "irregular series)")
    return float(steps[0])


def interval_midpoints(times_utc, interval_s: float) -> np.ndarray:
    """The middle of each interval, datetime64[ns]: where the sun is evaluated."""
    seconds = to_unix_seconds(times_utc) + interval_s / 2.0
    return (seconds * 1e9).astype(np.int64).astype("datetime64[ns]")


def zone_arrays(latitude, longitude):
    """``(lat, lon)`` as (Z,) float arrays, checked to be the same length, in range and finite."""
    lat = np.atleast_1d(np.asarray(latitude, dtype=float))
    lon = np.atleast_1d(np.asarray(longitude, dtype=float))
    if lat.shape != lon.shape or lat.ndim != 1:
        raise ValueError("latitude and longitude must be (Z,) arrays of the same length")
    if np.any(np.abs(lat) > 90) or np.any(np.abs(lon) > 180) or not np.all(np.isfinite(lat + lon)):
        raise ValueError("latitude must be within ±90° and longitude within ±180°, without NaN")
    return lat, lon


def rows_per_block(n_columns: int, block_elements: int = BLOCK_ELEMENTS) -> int:
    """How many rows of an (N, ``n_columns``) array make one block."""
    return max(1, block_elements // max(1, n_columns))


def check_shape(values, shape, name: str) -> np.ndarray:
    """``values`` as an array, checked to be exactly (times, zones) = ``shape``."""
    array = np.asarray(values)
    if array.shape != shape:
        raise ValueError(f"{name} has shape {array.shape}, expected (times, zones) = {shape}")
    return array
