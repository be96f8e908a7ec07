"""Generation per zone and time from capacity and an irradiance source (glue over ``generation``).

Three irradiance modes, matching the sources download_irradiance writes:

* ``MODE_SERIES`` — measured series at stations (INMET hourly, POWER hourly): each zone takes the
  nearest station's values, or an inverse-distance weighting of the stations within a radius.
* ``MODE_DAILY`` — daily totals (NASA POWER daily): each zone takes its nearest cell's (or the
  IDW of the cells') daily total, spread over the day by the clear-sky profile (ONS's method).
* ``MODE_CLIMATOLOGY`` — LABREN monthly means (``ghi_jan`` … ``ghi_dec``, Wh/m²/day) of the
  nearest atlas cell, shaped the same way.

In every mode "nearest" and "the cells within the radius" are decided at each time among the stations
or cells **that have a value then** (:mod:`.station_interpolation`): a gap never turns into a NULL
while another station or cell can serve, and every such substitution is counted in the notes.

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
from .i18n import number, translate
from .model_grid import hourly_times
from .pv_system import PVParameters
from .station_interpolation import Interpolated, ghi_from_stations, interpolate, neighbours

CONTEXT = "NetLoadZoneGeneration"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


MODE_SERIES = 0
MODE_DAILY = 1
MODE_CLIMATOLOGY = 2
MONTH_FIELDS = tuple(f"ghi_{m}" for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec"))


@dataclass
class ZoneGeneration:
    times: np.ndarray  # (T,) datetime64[s], interval starts, UTC
    generation_kw: np.ndarray  # (T, Z)
    ghi_wm2: np.ndarray  # (T, Z)
    capacity_kw: np.ndarray  # (T, Z) or (Z,)
    notes: list
    #: zone-values (zone-days in daily mode, zone-intervals with series) served by other stations or
    #: cells than the zone's usual ones because those had no value then (see station_interpolation)
    substituted: int = 0


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
    table = frame.pivot_table(index="day", columns="station", values="kwh", aggfunc="mean", dropna=False)
    table = table.reindex(columns=stations)
    return table.index.to_numpy().astype("datetime64[D]"), table.to_numpy(dtype=float)


def hourly_from_series(series: pd.DataFrame, stations: list[str], times: np.ndarray,
                       column: str = "ghi_wm2") -> np.ndarray:
    """(T, S) interval means of ``column`` on ``times`` (finer series averaged, coarser repeated)."""
    frame = series[series["station"].isin(stations)].copy()
    frame["time"] = pd.to_datetime(frame["time_utc"], utc=True).dt.tz_localize(None)
    step = pd.Timedelta(hours=1)
    if len(times) > 1:
        step = pd.Timedelta(seconds=float((times[1] - times[0]) / np.timedelta64(1, "s")))
    interval = pd.Timedelta(seconds=int(frame["interval_s"].min())) if len(frame) else step
    if interval <= step:
        frame["slot"] = frame["time"].dt.floor(step)
        table = frame.pivot_table(index="slot", columns="station", values=column, aggfunc="mean")
        table = table.reindex(index=pd.DatetimeIndex(times.astype("datetime64[ns]")), columns=stations)
    else:  # coarser than the step (e.g. hourly series, half-hourly model): repeat
        table = frame.pivot_table(index="time", columns="station", values=column, aggfunc="mean")
        table = table.reindex(columns=stations).reindex(pd.DatetimeIndex(times.astype("datetime64[ns]")),
                                                        method="ffill", limit=int(interval / step) - 1)
    return table.to_numpy(dtype=float)


def _share(count: int, total: int) -> str:
    return tr("{} of {} ({} %)").format(number(count), number(total), number(100.0 * count / max(total, 1), 2))


def _short(value: float) -> str:
    """A setting as the analyst typed it: ``150``, ``12,5`` (what ``{:g}`` wrote, in the analyst's format)."""
    return number(value, 0 if float(value).is_integer() else 1)


def _substitution_note(found: Interpolated, what: str, unit: str, method: str) -> str:
    """A line for the log saying how often zones were served by other than their usual cells or stations."""
    return tr("{} ({}): {} {} came from farther cells or stations because the usual ones had no value then").format(
        what, method, _share(int(found.substituted.sum()), found.values.size), unit)


def _live_stations(values, station_lat, station_lon):
    """Stations with at least one value in the period (others can never serve a zone)."""
    live = np.isfinite(values).any(axis=0)
    if not live.any():
        raise ValueError(tr("no irradiance station or cell has a value in the period: "
                            "does the irradiance file cover these days?"))
    return live, np.asarray(station_lat, float)[live], np.asarray(station_lon, float)[live]


def _climatology_ghi(times, zone_lat, zone_lon, station_lat, station_lon, monthly_wh_m2_day, progress):
    """LABREN mode: each zone's monthly means from the nearest atlas cell with a value that month."""
    monthly = np.asarray(monthly_wh_m2_day, float)  # (12, S)
    live, station_lat, station_lon = _live_stations(monthly, station_lat, station_lon)
    near = neighbours(zone_lat, zone_lon, station_lat, station_lon)
    found = interpolate(monthly[:, live], near, "nearest")
    notes = [tr("LABREN climatology: nearest atlas cell at {} km at most").format(
        number(near.distance_km.min(axis=1).max(), 1))]
    if found.substituted.any():
        notes.append(_substitution_note(found, tr("LABREN climatology"), tr("zone-months"), "nearest"))
    ghi = ghi_from_monthly_climatology(times, zone_lat, zone_lon, found.values, progress=progress)
    return ghi, notes, int(found.substituted.sum())


def _daily_ghi(times, zone_lat, zone_lon, station_lat, station_lon, station_ids, series, method, radius_km,
               progress):
    """Daily mode: each zone-day's total from the cells with a value that day, shaped by the clear sky."""
    days, daily = daily_from_series(series, list(station_ids))
    period = (days >= times[0].astype("datetime64[D]") - 1) & (days <= times[-1].astype("datetime64[D]") + 1)
    days, daily = days[period], daily[period]
    live, station_lat, station_lon = _live_stations(daily, station_lat, station_lon)
    near = neighbours(zone_lat, zone_lon, station_lat, station_lon)
    found = interpolate(daily[:, live], near, method, radius_km)
    notes = [tr("{} station(s) without data in the period ignored").format(number(int((~live).sum()))),
             tr("daily totals ({}): nearest cell at {} km at most").format(
                 method, number(near.distance_km.min(axis=1).max(), 1))]
    notes.append(_substitution_note(found, tr("daily totals"), tr("zone-days"), method))
    ghi = ghi_from_daily_totals(times, zone_lat, zone_lon, found.values, days, progress=progress)
    return ghi, notes, int(found.substituted.sum())


def _series_temperature(times, zone_lat, zone_lon, station_lat, station_lon, station_ids, series, radius_km,
                        temp_air_c):
    """Air temperature per zone and interval from the nearest station with a reading, else ``temp_air_c``."""
    if series is None or "temp_c" not in series or not series["temp_c"].notna().any():
        return temp_air_c, []
    station_temp = hourly_from_series(series, list(station_ids), times, "temp_c")
    near = neighbours(zone_lat, zone_lon, station_lat, station_lon, max_distance_km=radius_km)
    found = interpolate(station_temp, near, "nearest")
    notes = [tr("air temperature: {} zone-intervals without a reading within {} km took {} °C").format(
        _share(int(found.missing.sum()), found.values.size), _short(radius_km), _short(temp_air_c))
    ] if found.missing.any() else []
    return np.where(np.isfinite(found.values), found.values, temp_air_c).astype(np.float32), notes


def _series_ghi(times, zone_lat, zone_lon, station_lat, station_lon, station_ids, series, method, radius_km):
    """Series mode: measured irradiance of the stations with a value at each interval."""
    station_ghi = hourly_from_series(series, list(station_ids), times)
    result = ghi_from_stations(times, zone_lat, zone_lon, station_lat, station_lon, station_ghi,
                               method=method, radius_km=radius_km)
    notes = []
    missing = int((result.nearest_station < 0).sum())
    if missing:
        notes.append(tr("{} zone(s) have no station within {} km: their generation is NULL").format(
            number(missing), _short(radius_km)))
    notes.append(tr("measured series ({}): {} zone-intervals came from farther stations because the usual ones "
                    "had no value then").format(method, _share(int(result.substituted_intervals.sum()),
                                                               result.ghi_wm2.size)))
    return result.ghi_wm2, notes, int(result.substituted_intervals.sum())


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
    temperature, temperature_notes = temp_air_c, []
    if mode == MODE_CLIMATOLOGY:
        ghi, notes, substituted = _climatology_ghi(times, zone_lat, zone_lon, station_lat, station_lon,
                                                   monthly_wh_m2_day, progress)
    elif mode == MODE_DAILY:
        ghi, notes, substituted = _daily_ghi(times, zone_lat, zone_lon, station_lat, station_lon, station_ids,
                                             series, method, radius_km, progress)
    else:
        ghi, notes, substituted = _series_ghi(times, zone_lat, zone_lon, station_lat, station_lon, station_ids,
                                              series, method, radius_km)
        temperature, temperature_notes = _series_temperature(times, zone_lat, zone_lon, station_lat, station_lon,
                                                             station_ids, series, radius_km, temp_air_c)
    missing = int(np.isnan(ghi).sum())
    if missing:
        notes.append(tr("{} daylight zone-intervals had no irradiance value (no station or cell had one): their "
                        "generation is NULL").format(_share(missing, ghi.size)))
    capacity = expand_capacity(capacity_kw, capacity_days, times)
    gen = generation_kw(times, zone_lat, zone_lon, capacity, ghi, temperature, params, progress=progress)
    return ZoneGeneration(times, gen, ghi, capacity, notes + temperature_notes, substituted)


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
