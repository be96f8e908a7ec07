"""Generation per zone and time from capacity and an irradiance source (glue over ``generation``).

Three irradiance modes, matching the sources download_irradiance writes:

* ``MODE_SERIES`` — measured series at stations (INMET hourly, POWER hourly): each zone takes the
  nearest station's values, or an inverse-distance weighting of the stations within a radius.
* ``MODE_DAILY`` — daily totals (NASA POWER daily): each zone takes its nearest cell's (or the
  IDW of the cells') daily total, spread over the day by the clear-sky profile (ONS's method).
* ``MODE_CLIMATOLOGY`` — LABREN monthly means (``ghi_jan`` … ``ghi_dec``, Wh/m²/day) of the
  nearest atlas cell, shaped the same way.

Capacity may be static (Z,) or per day (Z, D) — the fleet of each day, from connection dates —
and is expanded to every interval. Self-consumption is not subtracted: all behind-the-meter
generation is hidden load.
"""

from __future__ import annotations

import time as _time
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .daily_shaping import ghi_from_daily_totals, ghi_from_monthly_climatology
from .generation import generation_kw
from .geodesy import haversine_km
from .model_grid import hourly_times
from .pv_system import PVParameters
from .station_interpolation import ghi_from_stations

MODE_SERIES = 0
MODE_DAILY = 1
MODE_CLIMATOLOGY = 2
MONTH_FIELDS = tuple(f"ghi_{m}" for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))


@dataclass
class ZoneGeneration:
    times: np.ndarray  # (T,) datetime64[s], interval starts, UTC
    generation_kw: np.ndarray  # (T, Z)
    ghi_wm2: np.ndarray  # (T, Z)
    capacity_kw: np.ndarray  # (T, Z) or (Z,)
    notes: list


def _weights(zone_lat, zone_lon, station_lat, station_lon, method: str, radius_km: float, power: float = 2.0):
    """(Z, S) weights: nearest station (1 for it) or IDW within radius (nearest if none inside)."""
    distance = haversine_km(np.asarray(zone_lon)[:, None], np.asarray(zone_lat)[:, None],
                            np.asarray(station_lon)[None, :], np.asarray(station_lat)[None, :])
    nearest = np.argmin(distance, axis=1)
    weights = np.zeros_like(distance)
    weights[np.arange(len(nearest)), nearest] = 1.0
    if method == "idw":
        inside = distance <= radius_km
        idw = np.where(inside, 1.0 / np.maximum(distance, 1e-3) ** power, 0.0)
        has = inside.any(axis=1)
        weights[has] = idw[has] / idw[has].sum(axis=1, keepdims=True)
    return weights, distance[np.arange(len(nearest)), nearest]


def expand_capacity(capacity_kw, days: np.ndarray | None, times: np.ndarray) -> np.ndarray:
    """(Z,) static capacity, or (Z, D) capacity per day → (T, Z) by the UTC day of each interval."""
    capacity = np.asarray(capacity_kw, dtype=float)
    if capacity.ndim == 1:
        return capacity
    index = np.searchsorted(np.asarray(days, "datetime64[D]"), times.astype("datetime64[D]"), "right") - 1
    return capacity[:, np.clip(index, 0, capacity.shape[1] - 1)].T.astype(np.float32)


def daily_from_series(series: pd.DataFrame, stations: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(day dates (D,), daily kWh/m² (D, S)) from daily series rows (``interval_s`` 86400).

    A POWER day starts at local solar midnight, so the day is the date of the interval's middle.
    """
    frame = series[series["station"].isin(stations)].copy()
    middle = pd.to_datetime(frame["time_utc"], utc=True).dt.tz_localize(None) + pd.Timedelta(hours=12)
    frame["day"] = middle.dt.floor("D")
    frame["kwh"] = frame["ghi_wm2"].astype(float) * frame["interval_s"].astype(float) / 3.6e6
    table = frame.pivot_table(index="day", columns="station", values="kwh", aggfunc="mean", dropna=False).reindex(columns=stations)
    return table.index.to_numpy().astype("datetime64[D]"), table.to_numpy(dtype=float)


def hourly_from_series(series: pd.DataFrame, stations: list[str], times: np.ndarray, column: str = "ghi_wm2") -> np.ndarray:
    """(T, S) interval means of ``column`` on ``times`` (finer series averaged, coarser repeated)."""
    frame = series[series["station"].isin(stations)].copy()
    frame["time"] = pd.to_datetime(frame["time_utc"], utc=True).dt.tz_localize(None)
    step = pd.Timedelta(seconds=float((times[1] - times[0]) / np.timedelta64(1, "s"))) if len(times) > 1 else pd.Timedelta(hours=1)
    interval = pd.Timedelta(seconds=int(frame["interval_s"].min())) if len(frame) else step
    if interval <= step:
        frame["slot"] = frame["time"].dt.floor(step)
        table = frame.pivot_table(index="slot", columns="station", values=column, aggfunc="mean")
        table = table.reindex(index=pd.DatetimeIndex(times.astype("datetime64[ns]")), columns=stations)
    else:  # coarser than the step (e.g. hourly series, half-hourly model): repeat
        table = frame.pivot_table(index="time", columns="station", values=column, aggfunc="mean").reindex(columns=stations)
        table = table.reindex(pd.DatetimeIndex(times.astype("datetime64[ns]")), method="ffill", limit=int(interval / step) - 1)
    return table.to_numpy(dtype=float)


def estimate(
    zone_lat, zone_lon, capacity_kw, start, end, step_minutes: int, mode: int,
    station_lat=None, station_lon=None, station_ids=None, series: pd.DataFrame | None = None,
    monthly_wh_m2_day=None, method: str = "nearest", radius_km: float = 150.0,
    params: PVParameters | None = None, temp_air_c: float = 25.0, capacity_days=None, progress=None,
) -> ZoneGeneration:
    """Generation (kW) per interval and zone; see the module docstring for the modes."""
    times = hourly_times(start, end, step_minutes)
    zone_lat = np.asarray(zone_lat, float)
    zone_lon = np.asarray(zone_lon, float)
    notes = []
    temperature = temp_air_c
    if mode == MODE_CLIMATOLOGY:
        weights, distance = _weights(zone_lat, zone_lon, station_lat, station_lon, "nearest", radius_km)
        monthly = np.asarray(monthly_wh_m2_day, float)  # (12, S)
        ghi = ghi_from_monthly_climatology(times, zone_lat, zone_lon, monthly @ weights.T, progress=progress)
        notes.append(f"LABREN climatology: nearest atlas cell at {np.nanmax(distance):.1f} km at most")
    elif mode == MODE_DAILY:
        days, daily = daily_from_series(series, list(station_ids))
        period = (days >= times[0].astype("datetime64[D]") - 1) & (days <= times[-1].astype("datetime64[D]") + 1)
        days, daily = days[period], daily[period]
        usable = np.isfinite(daily).any(axis=0)  # POWER cells without data in the period are skipped
        if not usable.any():
            raise ValueError("no irradiance station has a daily value in the period")
        daily = daily[:, usable]
        station_lat, station_lon = np.asarray(station_lat, float)[usable], np.asarray(station_lon, float)[usable]
        notes.append(f"{int((~usable).sum())} station(s) without data in the period ignored")
        weights, distance = _weights(zone_lat, zone_lon, station_lat, station_lon, method, radius_km)
        known = np.isfinite(daily)
        zone_daily = (np.where(known, daily, 0.0) @ weights.T) / np.where(known @ weights.T > 0, known.astype(float) @ weights.T, np.nan)
        ghi = ghi_from_daily_totals(times, zone_lat, zone_lon, zone_daily, days, progress=progress)
        notes.append(f"daily totals ({method}): nearest cell at {np.nanmax(distance):.1f} km at most")
    else:
        station_ghi = hourly_from_series(series, list(station_ids), times)
        result = ghi_from_stations(times, zone_lat, zone_lon, station_lat, station_lon, station_ghi,
                                   method=method, radius_km=radius_km)
        ghi = result.ghi_wm2
        missing = int((result.nearest_station < 0).sum())
        if missing:
            notes.append(f"{missing} zone(s) have no station within {radius_km:g} km: their generation is NULL")
        if series is not None and "temp_c" in series and series["temp_c"].notna().any():
            station_temp = hourly_from_series(series, list(station_ids), times, "temp_c")
            weights, _ = _weights(zone_lat, zone_lon, station_lat, station_lon, "nearest", radius_km)
            zone_temp = np.where(np.isfinite(station_temp), station_temp, np.nan) @ weights.T
            temperature = np.where(np.isfinite(zone_temp), zone_temp, temp_air_c).astype(np.float32)
    capacity = expand_capacity(capacity_kw, capacity_days, times)
    gen = generation_kw(times, zone_lat, zone_lon, capacity, ghi, temperature, params, progress=progress)
    return ZoneGeneration(times, gen, ghi, capacity, notes)


def bench_year(zones: int, seed: int = 7) -> tuple[float, ZoneGeneration]:
    """Seconds to model a year of hourly generation for ``zones`` zones from LABREN-like monthly data."""
    rng = np.random.default_rng(seed)
    lat = rng.uniform(-33, 4, zones)
    lon = rng.uniform(-73, -35, zones)
    monthly = rng.uniform(3500, 6500, (12, zones))
    capacity = rng.uniform(100, 5000, zones)
    times = hourly_times("2023-01-01", "2024-01-01")
    t0 = _time.perf_counter()
    ghi = ghi_from_monthly_climatology(times, lat, lon, monthly)
    generation = generation_kw(times, lat, lon, capacity, ghi)
    return _time.perf_counter() - t0, ZoneGeneration(times, generation, ghi, capacity, [])
