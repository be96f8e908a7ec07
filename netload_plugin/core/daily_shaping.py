"""Daily or monthly irradiation spread over the hours of each day by the clear-sky profile (ONS's method).

* :func:`ghi_from_daily_totals` — daily totals (NASA POWER, kWh/m²/day) shaped over the day by the
  clear-sky profile, so each day integrates back to its total;
* :func:`ghi_from_monthly_climatology` — LABREN's monthly means (Wh/m²/day), shaped the same way.

Every interval of a day gets ``GHI_clear(t) × total / ∫day GHI_clear``. Days are local mean solar
days (:func:`local_solar_days`), so a daily total is always spread over that one day's daylight.
Conventions of :mod:`.model_grid`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .clearsky import clearsky_ghi_block, linke_turbidity_for_times
from .model_grid import BLOCK_ELEMENTS, SECONDS_PER_DAY, interval_seconds, zone_arrays
from .solar_position import extraterrestrial_irradiance, site_up_vectors, sun_ephemeris, sun_vectors, to_unix_seconds


def _solar_day_offset_steps(longitude, step_s: float) -> np.ndarray:
    """Local mean solar time offset (UTC + longitude/15 h) in whole intervals, rounded down."""
    return np.floor(np.asarray(longitude, dtype=float) * 240.0 / step_s).astype(np.int64)


def local_solar_days(times_utc, longitude, interval_minutes: float | None = None) -> np.ndarray:
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
    return np.floor((mid[:, None] + offset[None, :]) / SECONDS_PER_DAY).astype(
        np.int64).astype("datetime64[D]")


@dataclass
class _ClearSkyGrid:
    """The requested times extended by a day and an interval on each side, with the sun on it."""

    midpoints_s: np.ndarray      # (G,) seconds since 1970 of each grid interval's middle
    requested: slice             # the rows of the grid that are the requested times
    step_s: float
    sun: np.ndarray              # (G, 3)
    dni_extra: np.ndarray        # (G,)
    turbidity: np.ndarray        # (G, 1) or (G, Z)


def _clearsky_grid(times_utc, interval_minutes, linke_turbidity) -> _ClearSkyGrid:
    """The clear-sky integral of each day is taken over the whole day on the requested times' phase,
    so a day cut by the start or end of the period is not inflated."""
    seconds = to_unix_seconds(times_utc)
    step = interval_seconds(times_utc, interval_minutes)
    if SECONDS_PER_DAY % step:
        raise ValueError("the interval must divide a day evenly")
    n_before = int(round(SECONDS_PER_DAY / step)) + 1
    grid = seconds[0] - n_before * step + np.arange(len(seconds) + 2 * n_before) * step
    if np.any(np.abs(grid[n_before:n_before + len(seconds)] - seconds) > 1.0):
        raise ValueError("times must be increasing at a regular step")
    midpoints = grid + step / 2.0
    grid_times = (midpoints * 1e9).astype(np.int64).astype("datetime64[ns]")
    return _ClearSkyGrid(midpoints, slice(n_before, n_before + len(seconds)), step,
                         sun_vectors(sun_ephemeris(grid_times)), extraterrestrial_irradiance(grid_times),
                         linke_turbidity_for_times(grid_times, linke_turbidity))


def _shape_members(grid: _ClearSkyGrid, offset: int, lat, lon, altitude, members, daily_kwh_for, dtype):
    """Shaped GHI (requested T, members) of zones whose local solar days start ``offset`` steps from UTC's."""
    day_numbers = np.floor((grid.midpoints_s + offset * grid.step_s) / SECONDS_PER_DAY).astype(np.int64)
    starts = np.concatenate([[0], np.flatnonzero(np.diff(day_numbers)) + 1])
    unique_days = day_numbers[starts]
    day_of_row = np.searchsorted(unique_days, day_numbers[grid.requested])
    turbidity = grid.turbidity if grid.turbidity.shape[1] == 1 else grid.turbidity[:, members]
    clear = clearsky_ghi_block(grid.sun, site_up_vectors(lat[members], lon[members]), grid.dni_extra,
                               turbidity, altitude[members], dtype)
    integral_wh = np.add.reduceat(clear, starts, axis=0, dtype=np.float64) * (grid.step_s / 3600.0)
    totals_kwh = daily_kwh_for(unique_days, members)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(integral_wh > 0, totals_kwh * 1000.0 / integral_wh, 0.0)
    scale = np.where(np.isnan(totals_kwh), np.nan, scale).astype(dtype)
    shaped = clear[grid.requested]
    # The sun being down needs no data: only daylight intervals of unknown days are NaN.
    return np.where(shaped > 0, shaped * scale[day_of_row], 0.0)


def _shape_by_clearsky(times_utc, lat, lon, daily_kwh_for, interval_minutes, linke_turbidity,
                       altitude_m, dtype, progress):
    """GHI (T, Z) = clear-sky GHI × daily total / clear-sky daily integral, per local solar day.

    ``daily_kwh_for(day_numbers (D,) int days since 1970, zone_index (z,)) -> (D, z)`` gives the
    daily totals in kWh/m² (NaN where unknown).
    """
    grid = _clearsky_grid(times_utc, interval_minutes, linke_turbidity)
    altitude = np.broadcast_to(np.asarray(altitude_m, dtype=float), lat.shape)
    out = np.empty((len(times_utc), lat.size), dtype=dtype)
    zone_step = max(1, BLOCK_ELEMENTS // grid.midpoints_s.size)
    # Zones whose local-solar-day boundaries fall on the same grid rows are handled together:
    # sorted by that offset, each group is a contiguous run of ``order``.
    offsets = _solar_day_offset_steps(lon, grid.step_s)
    order = np.argsort(offsets, kind="stable")
    group_offsets, group_starts = np.unique(offsets[order], return_index=True)
    group_ends = np.append(group_starts[1:], lat.size)
    done = 0
    for offset, group_start, group_end in zip(group_offsets, group_starts, group_ends):
        for block_start in range(group_start, group_end, zone_step):
            if progress is not None:
                progress.check_cancelled()
                progress.set_fraction(done / lat.size)
            members = order[block_start:min(group_end, block_start + zone_step)]
            done += members.size
            out[:, members] = _shape_members(grid, offset, lat, lon, altitude, members, daily_kwh_for, dtype)
    if progress is not None:
        progress.set_fraction(1.0)
    return out


def ghi_from_daily_totals(times_utc, latitude, longitude, daily_kwh_m2, day_dates, *,
                          interval_minutes: float | None = None, linke_turbidity=None,
                          altitude_m=0.0, dtype=np.float32, progress=None) -> np.ndarray:
    """Interval-mean GHI (W/m²), (T, Z), from daily totals shaped by the clear-sky daily profile.

    ``daily_kwh_m2``: (D, Z) daily global horizontal irradiation in kWh/m² (e.g. NASA POWER
    ``ALLSKY_SFC_SW_DWN``); ``day_dates``: (D,) dates (``datetime64[D]`` or anything numpy converts),
    the local days those totals belong to — taken as local mean solar days (:func:`local_solar_days`),
    which is how NASA POWER dates its daily values ("LST"). Every interval of a day whose total is known
    gets ``GHI_clear(t) × total / ∫day GHI_clear``, so the day's intervals sum back to the total. Daylight
    intervals of days missing from ``day_dates`` (or NaN, or negative such as POWER's −999) are NaN;
    night intervals are 0 whatever the data.
    """
    lat, lon = zone_arrays(latitude, longitude)
    days = np.asarray(day_dates, dtype="datetime64[D]").astype(np.int64)
    totals = np.asarray(daily_kwh_m2, dtype=float)
    if totals.ndim == 1:
        totals = totals[:, None]
    if totals.shape != (days.size, lat.size):
        raise ValueError(f"daily_kwh_m2 has shape {totals.shape}, expected (days, zones) = "
                         f"{(days.size, lat.size)}")
    if days.size == 0:
        raise ValueError("day_dates is empty: no daily totals to shape")
    totals = np.where(totals >= 0, totals, np.nan)
    order = np.argsort(days)
    days, totals = days[order], totals[order]

    def daily_kwh_for(day_numbers, zones):
        index = np.minimum(np.searchsorted(days, day_numbers), days.size - 1)
        found = days[index] == day_numbers
        return np.where(found[:, None], totals[index][:, zones], np.nan)

    return _shape_by_clearsky(times_utc, lat, lon, daily_kwh_for, interval_minutes,
                              linke_turbidity, altitude_m, dtype, progress)


def ghi_from_monthly_climatology(times_utc, latitude, longitude, monthly_wh_m2_day, *,
                                 interval_minutes: float | None = None, linke_turbidity=None,
                                 altitude_m=0.0, dtype=np.float32, progress=None) -> np.ndarray:
    """Interval-mean GHI (W/m²), (T, Z), from monthly mean daily irradiation (LABREN atlas).

    ``monthly_wh_m2_day``: (12, Z) (or (12,) for one zone) mean daily global horizontal
    irradiation of each month, Wh/m²/day, as in LABREN's ``global_horizontal_means.csv``. Each
    day receives its month's mean, spread by that day's clear-sky profile (the ONS method).
    """
    lat, lon = zone_arrays(latitude, longitude)
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
