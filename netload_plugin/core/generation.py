"""Hourly PV generation per zone from capacity and irradiance — the API the algorithms call.

Conventions shared by every function here:

* ``times_utc`` is a (T,) array of numpy ``datetime64`` values in UTC marking the **start** of
  each interval (:func:`hourly_times` builds one); intervals are regular (hourly, half-hourly…).
* Irradiance values are **means over each interval** (W/m²) and generation is the **mean power over
  each interval** (kW). The sun is evaluated once, at the interval midpoint: the usual
  simplification of hourly models (PVWatts, ONS), whose error is confined to the sunrise and
  sunset hours and is below 1 % of daily energy.
* Zones are given by their centroid ``latitude``/``longitude`` (Z,), degrees (WGS84/SIRGAS 2000).
* Results are (T, Z) arrays (float32 unless another dtype is asked for).

Irradiance sources (all give (T, Z) W/m² for :func:`generation_kw`):

* :func:`ghi_from_daily_totals` — daily totals (NASA POWER, kWh/m²/day) shaped over the day by the
  clear-sky profile, so each day integrates back to its total (the method ONS uses for its MMGD
  estimate);
* :func:`ghi_from_monthly_climatology` — LABREN's monthly means (Wh/m²/day), shaped the same way;
* :func:`ghi_from_stations` — measured hourly series at stations, taken from the nearest station
  or inverse-distance weighted within a radius.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .clearsky import clearsky_ghi_block, linke_turbidity_for_times
from .decomposition import erbs
from .pv_system import PVParameters, ac_power_per_kw
from .solar_position import (extraterrestrial_irradiance, plane_normals, site_up_vectors,
                             sun_ephemeris, sun_vectors, to_unix_seconds)
from .transposition import incidence_angle_modifier, plane_of_array

#: Elements per (time × zone) block: large enough for numpy to be efficient, small enough for the
#: dozen float32 temporaries of one block to stay within a few tens of MB.
BLOCK_ELEMENTS = 1 << 20
_SECONDS_PER_DAY = 86400
EARTH_RADIUS_KM = 6371.0088


def _as_datetime64(value) -> np.datetime64:
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
    first, last = _as_datetime64(start), _as_datetime64(end)
    if last <= first:
        raise ValueError(f"end ({last}) must be after start ({first})")
    return np.arange(first, last, np.timedelta64(step_minutes * 60, "s"))


def interval_seconds(times_utc, interval_minutes: Optional[float] = None) -> float:
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


def _midpoints(times_utc, interval_s: float) -> np.ndarray:
    seconds = to_unix_seconds(times_utc) + interval_s / 2.0
    return (seconds * 1e9).astype(np.int64).astype("datetime64[ns]")


def _zone_arrays(latitude, longitude):
    lat = np.atleast_1d(np.asarray(latitude, dtype=float))
    lon = np.atleast_1d(np.asarray(longitude, dtype=float))
    if lat.shape != lon.shape or lat.ndim != 1:
        raise ValueError("latitude and longitude must be (Z,) arrays of the same length")
    if np.any(np.abs(lat) > 90) or np.any(np.abs(lon) > 180) or not np.all(np.isfinite(lat + lon)):
        raise ValueError("latitude must be within ±90° and longitude within ±180°, without NaN")
    return lat, lon


def _rows_per_block(n_zones: int, block_elements: int = BLOCK_ELEMENTS) -> int:
    return max(1, block_elements // max(1, n_zones))


def _time_zone_view(values, shape, name, dtype):
    """Broadcast a scalar, (T,), (Z,) — ambiguous when T == Z: then (T,) wins — or (T, Z) input."""
    array = np.asarray(values, dtype=dtype)
    if array.ndim == 1 and array.shape[0] == shape[0]:
        array = array[:, None]
    try:
        return np.broadcast_to(array, shape)
    except ValueError:
        raise ValueError(f"{name} of shape {np.shape(values)} does not fit (times, zones) = {shape}")


def _plane_of_array_blocks(times_utc, lat, lon, ghi, params, interval_minutes, dtype, progress):
    """Yield (rows, poa_global, poa_effective) per block of times: the shared irradiance chain.

    Erbs decomposition → Hay-Davies (or isotropic) transposition with ground reflection → beam
    incidence-angle loss. The cosines of zenith and incidence come from a (T, 3) × (3, Z) product.
    """
    n_times, n_zones = len(times_utc), lat.size
    interval_s = interval_seconds(times_utc, interval_minutes)
    midpoints = _midpoints(times_utc, interval_s)
    sun = sun_vectors(sun_ephemeris(midpoints)).astype(dtype)
    dni_extra = extraterrestrial_irradiance(midpoints).astype(dtype)[:, None]
    tilt = params.tilts_for(lat)
    up = site_up_vectors(lat, lon).astype(dtype)
    normal = plane_normals(lat, lon, tilt, params.azimuth_deg).astype(dtype)
    tilt = tilt.astype(dtype)
    step = _rows_per_block(n_zones)
    for start in range(0, n_times, step):
        if progress is not None:
            progress.check_cancelled()
            progress.set_fraction(start / n_times)
        rows = slice(start, start + step)
        cos_zenith = sun[rows] @ up
        cos_aoi = sun[rows] @ normal
        block_ghi = ghi[rows].astype(dtype, copy=False)
        dni, dhi = erbs(block_ghi, cos_zenith, dni_extra[rows])
        beam, sky, ground = plane_of_array(block_ghi, dni, dhi, cos_zenith, cos_aoi,
                                           dni_extra[rows], tilt, params.albedo, params.sky_model)
        diffuse = sky + ground
        poa_global = beam + diffuse
        beam *= incidence_angle_modifier(cos_aoi, params.iam_model)
        beam += diffuse
        yield rows, poa_global, beam
    if progress is not None:
        progress.set_fraction(1.0)


def _check_ghi(ghi_wm2, shape):
    ghi = np.asarray(ghi_wm2)
    if ghi.shape != shape:
        raise ValueError(f"ghi_wm2 has shape {ghi.shape}, expected (times, zones) = {shape}")
    return ghi


def plane_of_array_wm2(times_utc, latitude, longitude, ghi_wm2,
                       params: Optional[PVParameters] = None, *,
                       interval_minutes: Optional[float] = None, dtype=np.float32):
    """(poa_global, poa_effective) in W/m², each (T, Z): irradiance on the modules' plane.

    ``poa_effective`` has the beam's incidence-angle loss applied (what the cells convert);
    ``poa_global`` is what heats the module. Same chain and conventions as :func:`generation_kw`.
    """
    params = params or PVParameters()
    lat, lon = _zone_arrays(latitude, longitude)
    shape = (len(times_utc), lat.size)
    ghi = _check_ghi(ghi_wm2, shape)
    poa_global = np.empty(shape, dtype=dtype)
    poa_effective = np.empty(shape, dtype=dtype)
    for rows, block_global, block_effective in _plane_of_array_blocks(
            times_utc, lat, lon, ghi, params, interval_minutes, dtype, None):
        poa_global[rows] = block_global
        poa_effective[rows] = block_effective
    return poa_global, poa_effective


def generation_kw(times_utc, latitude, longitude, capacity_kw, ghi_wm2, temp_air_c=25.0,
                  params: Optional[PVParameters] = None, *, interval_minutes: Optional[float] = None,
                  dtype=np.float32, progress=None) -> np.ndarray:
    """Mean AC generation (kW) of each zone's PV fleet over each interval, (T, Z).

    ``capacity_kw``: registered (inverter, AC) capacity, (Z,) or (T, Z) for a fleet that grows over
    time. ``ghi_wm2``: mean global horizontal irradiance over each interval, (T, Z); NaN stays NaN
    in the output. ``temp_air_c``: scalar, (T,), (Z,) or (T, Z) air temperature.
    ``interval_minutes``: interval length, inferred from the times when not given.
    ``progress``: optional :class:`netload_plugin.core.progress.Progress` (fraction and cancel).

    Chain per element: Erbs decomposition → Hay-Davies (or isotropic) transposition with ground
    reflection → beam incidence-angle loss → SAPM cell temperature → PVWatts DC with the DC/AC ratio
    and system losses → PVWatts inverter clipped at the registered capacity (see
    :class:`PVParameters` for every default). The (T, Z) solar geometry never uses trigonometry: the
    cosines of zenith and incidence angle come from a (T, 3) × (3, Z) product, and the work runs in
    blocks of about a million elements so temporaries stay small.
    """
    params = params or PVParameters()
    lat, lon = _zone_arrays(latitude, longitude)
    shape = (len(times_utc), lat.size)
    ghi = _check_ghi(ghi_wm2, shape)
    capacity = _time_zone_view(capacity_kw, shape, "capacity_kw", dtype)
    temp_air = _time_zone_view(temp_air_c, shape, "temp_air_c", dtype)
    out = np.empty(shape, dtype=dtype)
    for rows, poa_global, poa_effective in _plane_of_array_blocks(
            times_utc, lat, lon, ghi, params, interval_minutes, dtype, progress):
        per_kw = ac_power_per_kw(poa_global, poa_effective, temp_air[rows], params)
        np.multiply(per_kw, capacity[rows], out=out[rows])
    return out


# --------------------------------------------------------------------------------------------
# Irradiance shaped by the clear-sky profile (ONS method)
# --------------------------------------------------------------------------------------------

def _solar_day_offset_steps(longitude, step_s: float) -> np.ndarray:
    """Local mean solar time offset (UTC + longitude/15 h) in whole intervals, rounded down."""
    return np.floor(np.asarray(longitude, dtype=float) * 240.0 / step_s).astype(np.int64)


def local_solar_days(times_utc, longitude, interval_minutes: Optional[float] = None) -> np.ndarray:
    """Day (datetime64[D]) of each interval's midpoint in local mean solar time, (T, Z).

    Local mean solar time is UTC + longitude/15 h (rounded down to whole intervals), so the day
    boundary falls within one interval of local solar midnight wherever the zone is: a daily
    total is always spread over that one day's daylight. This is the day
    :func:`ghi_from_daily_totals` assigns each interval to.
    """
    lon = np.atleast_1d(np.asarray(longitude, dtype=float))
    step = interval_seconds(times_utc, interval_minutes)
    mid = to_unix_seconds(times_utc) + step / 2.0
    offset = _solar_day_offset_steps(lon, step) * step
    return np.floor((mid[:, None] + offset[None, :]) / _SECONDS_PER_DAY).astype(
        np.int64).astype("datetime64[D]")


def _shape_by_clearsky(times_utc, lat, lon, daily_kwh_for, interval_minutes, linke_turbidity,
                       altitude_m, dtype, progress):
    """GHI (T, Z) = clear-sky GHI × daily total / clear-sky daily integral, per local solar day.

    ``daily_kwh_for(day_numbers (D,) int days since 1970, zone_index (z,)) -> (D, z)`` gives the
    daily totals in kWh/m² (NaN where unknown). The clear-sky integral of each day is taken over the
    whole day on the same time grid as ``times_utc`` (extended to full days), so a day cut by the
    start or end of the period is not inflated, and a whole day integrates exactly to its total.
    """
    seconds = to_unix_seconds(times_utc)
    step = interval_seconds(times_utc, interval_minutes)
    if _SECONDS_PER_DAY % step:
        raise ValueError("the interval must divide a day evenly")
    steps_per_day = int(round(_SECONDS_PER_DAY / step))
    # Extended grid on the same phase, covering one day before and after (any longitude).
    grid_start = seconds[0] - (steps_per_day + 1) * step
    n_before = steps_per_day + 1
    n_grid = len(seconds) + 2 * (steps_per_day + 1)
    grid = grid_start + np.arange(n_grid) * step
    grid_mid = grid + step / 2.0
    if np.any(np.abs(grid[n_before:n_before + len(seconds)] - seconds) > 1.0):
        raise ValueError("times must be increasing at a regular step")
    grid_times = (grid_mid * 1e9).astype(np.int64).astype("datetime64[ns]")
    sun = sun_vectors(sun_ephemeris(grid_times))
    dni_extra = extraterrestrial_irradiance(grid_times)
    turbidity = linke_turbidity_for_times(grid_times, linke_turbidity)
    altitude = np.broadcast_to(np.asarray(altitude_m, dtype=float), lat.shape)

    out = np.empty((len(seconds), lat.size), dtype=dtype)
    requested = slice(n_before, n_before + len(seconds))
    zone_step = max(1, BLOCK_ELEMENTS // n_grid)
    # Zones whose local-solar-day boundaries fall on the same grid rows are handled together:
    # sorted by that offset, each group is a contiguous run of ``order``.
    offsets = _solar_day_offset_steps(lon, step)
    order = np.argsort(offsets, kind="stable")
    group_offsets, group_starts = np.unique(offsets[order], return_index=True)
    group_ends = np.append(group_starts[1:], lat.size)
    done = 0
    for offset, group_start, group_end in zip(group_offsets, group_starts, group_ends):
        day_numbers = np.floor((grid_mid + offset * step) / _SECONDS_PER_DAY).astype(np.int64)
        starts = np.concatenate([[0], np.flatnonzero(np.diff(day_numbers)) + 1])
        unique_days = day_numbers[starts]
        day_of_row = np.searchsorted(unique_days, day_numbers[requested])
        for block_start in range(group_start, group_end, zone_step):
            if progress is not None:
                progress.check_cancelled()
                progress.set_fraction(done / lat.size)
            members = order[block_start:min(group_end, block_start + zone_step)]
            done += members.size
            turbidity_block = turbidity if turbidity.shape[1] == 1 else turbidity[:, members]
            clear = clearsky_ghi_block(sun, site_up_vectors(lat[members], lon[members]), dni_extra,
                                       turbidity_block, altitude[members], dtype)
            integral_wh = np.add.reduceat(clear, starts, axis=0, dtype=np.float64) * (step / 3600.0)
            totals_kwh = daily_kwh_for(unique_days, members)
            with np.errstate(divide="ignore", invalid="ignore"):
                scale = np.where(integral_wh > 0, totals_kwh * 1000.0 / integral_wh, 0.0)
            scale = np.where(np.isnan(totals_kwh), np.nan, scale).astype(dtype)
            shaped = clear[requested]
            # The sun being down needs no data: only daylight intervals of unknown days are NaN.
            out[:, members] = np.where(shaped > 0, shaped * scale[day_of_row], 0.0)
    if progress is not None:
        progress.set_fraction(1.0)
    return out


def ghi_from_daily_totals(times_utc, latitude, longitude, daily_kwh_m2, day_dates, *,
                          interval_minutes: Optional[float] = None, linke_turbidity=None,
                          altitude_m=0.0, dtype=np.float32, progress=None) -> np.ndarray:
    """Interval-mean GHI (W/m²), (T, Z), from daily totals shaped by the clear-sky daily profile.

    ``daily_kwh_m2``: (D, Z) daily global horizontal irradiation in kWh/m² (e.g. NASA POWER
    ``ALLSKY_SFC_SW_DWN``); ``day_dates``: (D,) dates (``datetime64[D]`` or anything numpy converts),
    the local days those totals belong to. Every interval of a day whose total is known gets
    ``GHI_clear(t) × total / ∫day GHI_clear``, so the day's intervals sum back to the total. Daylight
    intervals of days missing from ``day_dates`` (or NaN, or negative such as POWER's −999) are NaN;
    night intervals are 0 whatever the data.
    """
    lat, lon = _zone_arrays(latitude, longitude)
    days = np.asarray(day_dates, dtype="datetime64[D]").astype(np.int64)
    totals = np.asarray(daily_kwh_m2, dtype=float)
    if totals.ndim == 1:
        totals = totals[:, None]
    if totals.shape != (days.size, lat.size):
        raise ValueError(f"daily_kwh_m2 has shape {totals.shape}, expected (days, zones) = "
                         f"{(days.size, lat.size)}")
    totals = np.where(totals >= 0, totals, np.nan)
    order = np.argsort(days)
    days, totals = days[order], totals[order]

    def daily_kwh_for(day_numbers, zones):
        index = np.clip(np.searchsorted(days, day_numbers), 0, max(days.size - 1, 0))
        found = days[index] == day_numbers if days.size else np.zeros(day_numbers.shape, bool)
        values = totals[index][:, zones]
        return np.where(found[:, None], values, np.nan)

    return _shape_by_clearsky(times_utc, lat, lon, daily_kwh_for, interval_minutes,
                              linke_turbidity, altitude_m, dtype, progress)


def ghi_from_monthly_climatology(times_utc, latitude, longitude, monthly_wh_m2_day, *,
                                 interval_minutes: Optional[float] = None, linke_turbidity=None,
                                 altitude_m=0.0, dtype=np.float32, progress=None) -> np.ndarray:
    """Interval-mean GHI (W/m²), (T, Z), from monthly mean daily irradiation (LABREN atlas).

    ``monthly_wh_m2_day``: (12, Z) (or (12,) for one zone) mean daily global horizontal
    irradiation of each month, Wh/m²/day, as in LABREN's ``global_horizontal_means.csv``. Each
    day receives its month's mean, spread by that day's clear-sky profile (the ONS method).
    """
    lat, lon = _zone_arrays(latitude, longitude)
    monthly = np.asarray(monthly_wh_m2_day, dtype=float)
    if monthly.ndim == 1:
        monthly = monthly[:, None]
    if monthly.shape != (12, lat.size):
        raise ValueError(f"monthly_wh_m2_day has shape {monthly.shape}, expected (12, zones) = "
                         f"{(12, lat.size)}")
    monthly_kwh = np.where(monthly >= 0, monthly / 1000.0, np.nan)

    def daily_kwh_for(day_numbers, zones):
        months = day_numbers.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12
        return monthly_kwh[months][:, zones]

    return _shape_by_clearsky(times_utc, lat, lon, daily_kwh_for, interval_minutes,
                              linke_turbidity, altitude_m, dtype, progress)


# --------------------------------------------------------------------------------------------
# Measured series at stations
# --------------------------------------------------------------------------------------------

def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance (km) between points, broadcasting like numpy."""
    phi1, phi2 = np.radians(lat1), np.radians(lat2)
    dphi = phi2 - phi1
    dlam = np.radians(np.asarray(lon2) - np.asarray(lon1))
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


@dataclass(frozen=True)
class StationIrradiance:
    """Irradiance assigned to zones from stations, and which stations served each zone.

    ``ghi_wm2`` (T, Z); ``nearest_station`` (Z,) index of the nearest station within the radius,
    −1 if none; ``nearest_distance_km`` (Z,) its distance (NaN if none); ``stations_in_radius`` (Z,)
    how many stations lie within the radius; ``fallback_intervals`` (Z,) how many daylight
    intervals had no valid station value (filled from ``fallback_ghi`` or left NaN).
    """

    ghi_wm2: np.ndarray
    nearest_station: np.ndarray
    nearest_distance_km: np.ndarray
    stations_in_radius: np.ndarray
    fallback_intervals: np.ndarray


def ghi_from_stations(times_utc, latitude, longitude, station_latitude, station_longitude,
                      station_ghi_wm2, *, method: str = "nearest", radius_km: float = 150.0,
                      power: float = 2.0, fallback_ghi_wm2=None,
                      interval_minutes: Optional[float] = None,
                      dtype=np.float32) -> StationIrradiance:
    """Zone irradiance (T, Z) from station series (T, S) by nearest station or inverse distance.

    Gaps: a NaN at a station while the sun is down there (cos zenith ≤ 0 at the interval midpoint)
    is a true zero (INMET leaves radiation empty at night) and becomes 0. A daytime NaN is a gap:
    with ``method="nearest"`` the next-nearest station within ``radius_km`` with a value is used;
    with ``method="idw"`` the weights ``1/d^power`` of the stations within the radius that have a
    value are renormalised. Where no station within the radius has a value, ``fallback_ghi_wm2``
    ((T, Z), e.g. the LABREN climatology shaped by :func:`ghi_from_monthly_climatology`) fills in,
    else NaN remains. Negative readings (sensor offsets at night) are clipped to 0.
    """
    if method not in ("nearest", "idw"):
        raise ValueError(f"method must be 'nearest' or 'idw', not {method!r}")
    lat, lon = _zone_arrays(latitude, longitude)
    s_lat, s_lon = _zone_arrays(station_latitude, station_longitude)
    series = np.array(station_ghi_wm2, dtype=float, copy=True)
    if series.ndim == 1:
        series = series[:, None]
    if series.shape != (len(times_utc), s_lat.size):
        raise ValueError(f"station_ghi_wm2 has shape {series.shape}, expected (times, stations) = "
                         f"{(len(times_utc), s_lat.size)}")
    interval_s = interval_seconds(times_utc, interval_minutes)
    sun = sun_vectors(sun_ephemeris(_midpoints(times_utc, interval_s)))
    station_night = (sun @ site_up_vectors(s_lat, s_lon)) <= 0
    series[np.isnan(series) & station_night] = 0.0
    np.maximum(series, 0.0, out=series, where=~np.isnan(series))

    distance = haversine_km(lat[:, None], lon[:, None], s_lat[None, :], s_lon[None, :])  # (Z, S)
    within = distance <= radius_km
    order = np.argsort(distance, axis=1)
    nearest = order[:, 0]
    has_station = within[np.arange(lat.size), nearest]
    result = np.full((len(times_utc), lat.size), np.nan, dtype=float)
    if method == "nearest":
        max_rank = int(within.sum(axis=1).max(initial=0))
        for rank in range(max_rank):
            station = order[:, rank]
            usable = within[np.arange(lat.size), station]
            candidate = series[:, station]
            fill = np.isnan(result) & usable[None, :]
            result[fill] = candidate[fill]
    else:
        with np.errstate(divide="ignore"):
            weights = np.where(within, 1.0 / np.maximum(distance, 1e-3) ** power, 0.0)  # (Z, S)
        valid = ~np.isnan(series)
        numerator = np.where(valid, series, 0.0) @ weights.T
        denominator = valid.astype(float) @ weights.T
        with np.errstate(divide="ignore", invalid="ignore"):
            result = np.where(denominator > 0, numerator / denominator, np.nan)

    zone_day = (sun @ site_up_vectors(lat, lon)) > 0
    missing = np.isnan(result)
    result[missing & ~zone_day] = 0.0
    missing &= zone_day
    fallback_intervals = missing.sum(axis=0)
    if fallback_ghi_wm2 is not None:
        fallback = np.asarray(fallback_ghi_wm2, dtype=float)
        if fallback.shape != result.shape:
            raise ValueError(f"fallback_ghi_wm2 has shape {fallback.shape}, expected {result.shape}")
        result[missing] = fallback[missing]
    return StationIrradiance(
        ghi_wm2=result.astype(dtype),
        nearest_station=np.where(has_station, nearest, -1),
        nearest_distance_km=np.where(has_station, distance[np.arange(lat.size), nearest], np.nan),
        stations_in_radius=within.sum(axis=1),
        fallback_intervals=fallback_intervals,
    )
