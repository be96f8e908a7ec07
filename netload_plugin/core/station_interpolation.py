"""Values at zones from values at stations or grid cells that have gaps, decided time by time.

The rule, for every irradiance mode (measured series, daily totals, monthly climatology) and for air
temperature: **a zone's value at a time comes from the stations that have a value at that time** —

* ``"nearest"``: the nearest station (within ``max_distance_km``, if given) with a value then;
* ``"idw"``: inverse-distance weights ``1/d^power`` of the stations within ``radius_km`` that have a
  value then, renormalised; when none of them has one (or none lies within the radius), the nearest
  station with a value, as above.

Why time by time: sources have gaps that move. INMET stations stop for days; NASA POWER's 2024 file
for the South switches grids at the end of July (80 cells hold data January–July only, 90 cells
August–December only). Choosing each zone's stations once for the whole period tied zones to cells
that were empty on the other side of the switch, and those days silently became NULL — counted as 0
in every sum (the South's January estimate fell from 1.34 to 0.68 TWh by running the period to
September). Each time a zone is served by anything but its usual stations (its nearest station, or all
its stations within the radius) is counted in :attr:`Interpolated.substituted`, and each time nothing
could serve it in :attr:`Interpolated.missing`, so the callers can say so.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geodesy import haversine_km
from .model_grid import check_shape, interval_midpoints, interval_seconds, rows_per_block, zone_arrays
from .solar_position import site_up_vectors, sun_ephemeris, sun_vectors

METHODS = ("nearest", "idw")


@dataclass(frozen=True)
class Neighbours:
    """Stations around each zone: ``distance_km`` (Z, S); ``order`` (Z, S) station indices nearest
    first; ``reach`` (Z, S) True where a station may serve the zone (within ``max_distance_km``)."""

    distance_km: np.ndarray
    order: np.ndarray
    reach: np.ndarray

    @property
    def nearest(self) -> np.ndarray:
        """(Z,) index of each zone's nearest station, −1 where none is within reach."""
        first = self.order[:, 0]
        return np.where(self.reach[np.arange(first.size), first], first, -1)


def neighbours(zone_lat, zone_lon, station_lat, station_lon, max_distance_km: float | None = None) -> Neighbours:
    """Distances and nearest-first order from every zone to every station (degrees in, km out)."""
    if np.size(station_lat) == 0:
        raise ValueError("no station or cell to take values from")
    distance = haversine_km(np.asarray(zone_lon, dtype=float)[:, None], np.asarray(zone_lat, dtype=float)[:, None],
                            np.asarray(station_lon, dtype=float)[None, :],
                            np.asarray(station_lat, dtype=float)[None, :])
    reach = np.ones(distance.shape, dtype=bool) if max_distance_km is None else distance <= max_distance_km
    return Neighbours(distance, np.argsort(distance, axis=1, kind="stable"), reach)


def idw_weights(near: Neighbours, radius_km: float, power: float = 2.0) -> np.ndarray:
    """(Z, S) weights ``1/d^power`` of the stations within ``radius_km`` and reach, 0 elsewhere."""
    inside = (near.distance_km <= radius_km) & near.reach
    with np.errstate(divide="ignore"):
        return np.where(inside, 1.0 / np.maximum(near.distance_km, 1e-3) ** power, 0.0)


@dataclass(frozen=True)
class Interpolated:
    """``values`` (T, Z); per zone, how many times it was ``substituted`` (served by other than its
    usual stations because some had no value) and ``missing`` (no station in reach had a value)."""

    values: np.ndarray
    substituted: np.ndarray
    missing: np.ndarray


def _nearest_with_value(values, near: Neighbours, zones):
    """(T, z) value of the nearest station in reach with a value at each time, and where it was not
    the nearest one."""
    block = np.full((values.shape[0], zones.size), np.nan)
    for rank in range(near.order.shape[1]):
        station = near.order[zones, rank]
        usable = near.reach[zones, station]
        if not usable.any():
            break                          # reach grows with distance: no farther station is usable
        pending = np.isnan(block) & usable[None, :]
        if not pending.any():
            break                          # every zone that could still be served is complete
        block[pending] = values[:, station][pending]
    first = near.order[zones, 0]
    first_value = np.where(near.reach[zones, first][None, :], values[:, first], np.nan)
    return block, np.isfinite(block) & np.isnan(first_value)


def _idw_with_value(values, weights, nearest_block, nearest_substituted, zones):
    """IDW over the stations with a value, falling back to ``nearest_block`` where none has one."""
    stations = np.flatnonzero(weights[zones].any(axis=0))
    block_weights = weights[np.ix_(zones, stations)].T            # (s, z): only stations within reach
    valid = np.isfinite(values[:, stations])
    numerator = np.where(valid, values[:, stations], 0.0) @ block_weights
    denominator = valid.astype(float) @ block_weights
    usual = block_weights.sum(axis=0)[None, :]
    weighted = denominator > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        block = np.where(weighted, numerator / denominator, nearest_block)
    has_usual = usual > 0
    substituted = np.where(weighted, denominator < usual * (1 - 1e-9),
                           np.where(has_usual, np.isfinite(nearest_block), nearest_substituted))
    return block, substituted


def interpolate(values, near: Neighbours, method: str = "nearest", radius_km: float = 150.0,
                power: float = 2.0) -> Interpolated:
    """Zone values (T, Z) from station values (T, S) with NaN gaps, by the rule of the module docstring."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, not {method!r}")
    values = np.asarray(values, dtype=float)
    if values.ndim != 2 or values.shape[1] != near.distance_km.shape[1]:
        raise ValueError(f"values have shape {values.shape}, expected (times, {near.distance_km.shape[1]} stations)")
    n_zones = near.distance_km.shape[0]
    result = np.empty((values.shape[0], n_zones))
    substituted = np.zeros(n_zones, dtype=np.int64)
    weights = idw_weights(near, radius_km, power) if method == "idw" else None
    step = rows_per_block(values.shape[0])
    for start in range(0, n_zones, step):
        zones = np.arange(start, min(n_zones, start + step))
        block, changed = _nearest_with_value(values, near, zones)
        if weights is not None:
            block, changed = _idw_with_value(values, weights, block, changed, zones)
        result[:, zones] = block
        substituted[zones] = changed.sum(axis=0)
    return Interpolated(result, substituted, np.isnan(result).sum(axis=0))


@dataclass(frozen=True)
class StationIrradiance:
    """Irradiance assigned to zones from stations, and which stations served each zone.

    ``ghi_wm2`` (T, Z); ``nearest_station`` (Z,) index of the nearest station within the radius,
    −1 if none; ``nearest_distance_km`` (Z,) its distance (NaN if none); ``stations_in_radius`` (Z,)
    how many stations lie within the radius; ``station_weights`` (Z, S) each station's share of a
    zone's value when every station reports (one-hot on the nearest for ``"nearest"``, normalised
    ``1/d^power`` for ``"idw"``; gaps shift the shares); ``substituted_intervals`` (Z,) how many
    intervals were served by other stations than those because of gaps; ``fallback_intervals`` (Z,)
    how many daylight intervals had no valid station value (filled from ``fallback_ghi`` or left NaN).
    """

    ghi_wm2: np.ndarray
    nearest_station: np.ndarray
    nearest_distance_km: np.ndarray
    stations_in_radius: np.ndarray
    station_weights: np.ndarray
    substituted_intervals: np.ndarray
    fallback_intervals: np.ndarray


def _sun_up(times_utc, latitude, longitude, interval_minutes) -> np.ndarray:
    """(T, N) True where the sun is above the horizon at the interval's midpoint."""
    interval_s = interval_seconds(times_utc, interval_minutes)
    sun = sun_vectors(sun_ephemeris(interval_midpoints(times_utc, interval_s)))
    return (sun @ site_up_vectors(latitude, longitude)) > 0


def _clean_station_series(station_ghi_wm2, times_utc, s_lat, s_lon, interval_minutes) -> np.ndarray:
    """(T, S) float copy: NaN while the sun is down at the station → 0 (INMET leaves the night empty);
    negative readings (sensor offsets at night) → 0; daytime NaN stays a gap."""
    series = np.array(station_ghi_wm2, dtype=float, copy=True)
    if series.ndim == 1:
        series = series[:, None]
    if series.shape != (len(times_utc), s_lat.size):
        raise ValueError(f"station_ghi_wm2 has shape {series.shape}, expected (times, stations) = "
                         f"{(len(times_utc), s_lat.size)}")
    series[np.isnan(series) & ~_sun_up(times_utc, s_lat, s_lon, interval_minutes)] = 0.0
    np.maximum(series, 0.0, out=series, where=~np.isnan(series))
    return series


def _station_shares(near: Neighbours, method: str, radius_km: float, power: float) -> np.ndarray:
    """(Z, S) each station's share of a zone's value when every station reports."""
    if method == "idw":
        weights = idw_weights(near, radius_km, power)
        totals = weights.sum(axis=1, keepdims=True)
        return np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    shares = np.zeros(near.distance_km.shape)
    nearest = near.nearest
    has = nearest >= 0
    shares[np.flatnonzero(has), nearest[has]] = 1.0
    return shares


def ghi_from_stations(times_utc, latitude, longitude, station_latitude, station_longitude,
                      station_ghi_wm2, *, method: str = "nearest", radius_km: float = 150.0,
                      power: float = 2.0, fallback_ghi_wm2=None,
                      interval_minutes: float | None = None,
                      dtype=np.float32) -> StationIrradiance:
    """Zone irradiance (T, Z) from station series (T, S) by nearest station or inverse distance.

    Gaps: a NaN at a station while the sun is down there (cos zenith ≤ 0 at the interval midpoint)
    is a true zero (INMET leaves radiation empty at night) and becomes 0. A daytime NaN is a gap,
    handled by :func:`interpolate` with every station within ``radius_km`` in reach: the
    next-nearest station with a value (``"nearest"``), or the IDW of the stations that have one
    (``"idw"``). Where no station within the radius has a value, ``fallback_ghi_wm2`` ((T, Z), e.g.
    the LABREN climatology shaped by
    :func:`netload_plugin.core.daily_shaping.ghi_from_monthly_climatology`) fills in, else NaN
    remains.

    ``station_ghi_wm2`` must be interval means on the same interval-start times as ``times_utc``.
    INMET labels each hourly total with the hour's **end** (``1000 UTC`` = 09:00-10:00 UTC) in
    kJ/m²: shift its labels back one hour and divide by 3.6 for W/m² (checked against the sun on
    the real A001 sample in tests/unit/test_generation.py).
    """
    if method not in METHODS:
        raise ValueError(f"method must be 'nearest' or 'idw', not {method!r}")
    lat, lon = zone_arrays(latitude, longitude)
    s_lat, s_lon = zone_arrays(station_latitude, station_longitude)
    series = _clean_station_series(station_ghi_wm2, times_utc, s_lat, s_lon, interval_minutes)
    fallback = None if fallback_ghi_wm2 is None else check_shape(fallback_ghi_wm2, (len(times_utc), lat.size),
                                                                 "fallback_ghi_wm2")
    near = neighbours(lat, lon, s_lat, s_lon, max_distance_km=radius_km)
    found = interpolate(series, near, method, radius_km, power)
    ghi = found.values
    missing = np.isnan(ghi)
    ghi[missing & ~_sun_up(times_utc, lat, lon, interval_minutes)] = 0.0
    missing = np.isnan(ghi)
    if fallback is not None:
        ghi[missing] = fallback[missing]
    nearest = near.nearest
    return StationIrradiance(
        ghi_wm2=ghi.astype(dtype, copy=False),
        nearest_station=nearest,
        nearest_distance_km=np.where(nearest >= 0, near.distance_km[np.arange(lat.size), np.maximum(nearest, 0)],
                                     np.nan),
        stations_in_radius=near.reach.sum(axis=1),
        station_weights=_station_shares(near, method, radius_km, power),
        substituted_intervals=found.substituted,
        fallback_intervals=missing.sum(axis=0),
    )
