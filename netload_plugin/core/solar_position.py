"""Where the sun is: NREL's Solar Position Algorithm in numpy, for arrays of times × sites.

The algorithm (Reda & Andreas 2004, NREL/TP-560-34302) splits cleanly in two:

* everything that depends on time only — the Earth's heliocentric position from the periodic-term
  tables, nutation, the obliquity of the ecliptic, aberration, the sun's apparent right ascension
  and declination and the apparent sidereal time at Greenwich — is evaluated once per time, on (T,)
  arrays (:func:`sun_ephemeris`);
* the site enters only through the local hour angle ``H = GAST + longitude - alpha`` and the
  observer's latitude, so the (T, S) part is a handful of trigonometric operations
  (:func:`solar_position`).

For hourly generation over thousands of zones even that is more than needed: the cosine of the
zenith (and of the angle of incidence on any plane) is the dot product of the sun's unit vector in an
Earth-fixed frame (a (T, 3) array) with the site's up vector or the panel's normal (a (3, Z)
array), i.e. one small matrix product with no trigonometry on (T, Z) arrays at all
(:func:`sun_vectors`, :func:`site_up_vectors`, :func:`plane_normals`). That path ignores the
topocentric parallax of the sun (at most 8.8 arcsec = 0.0024°) and atmospheric refraction (zero
above ~10° elevation, 0.57° at the horizon, where irradiance is negligible).

Refraction (apparent zenith) uses SPA's formula ``Δe = P/1010 · 283/(273+T) · 1.02 /
(60 · tan(e0 + 10.3/(e0 + 5.11)))`` with the local pressure ``P`` (hPa) and temperature ``T`` (°C):
defaults 1013.25 hPa and 12 °C (pvlib's defaults; the effect of realistic Brazilian values,
~900-1013 hPa and 20-30 °C, is below 0.06° and only near the horizon). ``ΔT = TT − UT`` defaults to
69.2 s (IERS value for 2024); a 10 s error moves the sun by about 0.0001°.

Accuracy, measured against ``pvlib.solarposition.get_solarposition(method='nrel_numpy')`` over a
year at five Brazilian sites (tests/unit/test_solar_vs_pvlib.py): see the README section "The PV
model". Nothing here imports pvlib.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import _spa_tables as _tables

#: TT − UT1 in seconds used when the caller gives none (IERS Bulletin A, 2024: 69.2 s).
DEFAULT_DELTA_T_S = 69.2
#: Solar constant of the Spencer (1971) extraterrestrial irradiance formula, as pvlib uses it.
SOLAR_CONSTANT_WM2 = 1366.1
_UNIX_EPOCH_JD = 2440587.5
_J2000_JD = 2451545.0


def to_unix_seconds(times_utc) -> np.ndarray:
    """Seconds since 1970-01-01 UTC (float64) for datetime64 values or a pandas DatetimeIndex.

    Naive values are taken as UTC; timezone-aware pandas values are converted to UTC first.
    """
    tz = getattr(times_utc, "tz", None)
    if tz is not None:
        times_utc = times_utc.tz_convert("UTC").tz_localize(None)
    values = np.asarray(times_utc)
    if not np.issubdtype(values.dtype, np.datetime64):
        raise TypeError("times must be numpy datetime64 values (UTC) or a pandas DatetimeIndex")
    return values.astype("datetime64[ns]").astype(np.int64) / 1e9


def day_of_year(times_utc) -> np.ndarray:
    """Day of the year (1 on 1 January) of each UTC time, as integers."""
    days = np.asarray(to_unix_seconds(times_utc) // 86400, dtype=np.int64).astype("datetime64[D]")
    return (days - days.astype("datetime64[Y]")).astype(np.int64) + 1


def extraterrestrial_irradiance(times_utc) -> np.ndarray:
    """Extraterrestrial normal irradiance (W/m²) by day of year (Spencer 1971, solar constant 1366.1).

    This is the formula pvlib uses by default (``get_extra_radiation(method='spencer')``), so the
    decomposition and clear-sky models see the same value as pvlib's.
    """
    day_angle = (2.0 * np.pi / 365.0) * (day_of_year(times_utc) - 1)
    distance_factor = (1.00011 + 0.034221 * np.cos(day_angle) + 0.00128 * np.sin(day_angle)
                       + 0.000719 * np.cos(2 * day_angle) + 7.7e-05 * np.sin(2 * day_angle))
    return SOLAR_CONSTANT_WM2 * distance_factor


@dataclass(frozen=True)
class SunEphemeris:
    """Time-only solar quantities of SPA, each a (T,) float64 array.

    ``greenwich_hour_angle_deg`` is the apparent sidereal time at Greenwich minus the sun's
    geocentric right ascension: the sun's hour angle at longitude 0 (add the site's longitude east
    to get the local hour angle).
    """

    declination_deg: np.ndarray
    greenwich_hour_angle_deg: np.ndarray
    earth_sun_distance_au: np.ndarray


def _periodic_sum(table: np.ndarray, jme: np.ndarray) -> np.ndarray:
    """Σ A·cos(B + C·JME) over the rows of one SPA table, for every time at once."""
    return np.cos(table[:, 1][:, None] + table[:, 2][:, None] * jme[None, :]).T @ table[:, 0]


def _series(tables, jme: np.ndarray) -> np.ndarray:
    """Σ_k (Σ terms of table k)·JME^k / 1e8 (SPA equations 9-11)."""
    total = np.zeros_like(jme)
    for power, table in enumerate(tables):
        total += _periodic_sum(table, jme) * jme ** power
    return total / 1e8


def sun_ephemeris(times_utc, delta_t_s: float = DEFAULT_DELTA_T_S) -> SunEphemeris:
    """Apparent geocentric declination, Greenwich hour angle and Earth-sun distance (SPA 3.1-3.9)."""
    jd = to_unix_seconds(times_utc) / 86400.0 + _UNIX_EPOCH_JD
    jde = jd + delta_t_s / 86400.0
    jc = (jd - _J2000_JD) / 36525.0
    jce = (jde - _J2000_JD) / 36525.0
    jme = jce / 10.0

    helio_lon = np.rad2deg(_series((_tables.L0, _tables.L1, _tables.L2, _tables.L3, _tables.L4,
                                    _tables.L5), jme)) % 360.0
    helio_lat = np.rad2deg(_series((_tables.B0, _tables.B1), jme))
    radius = _series((_tables.R0, _tables.R1, _tables.R2, _tables.R3, _tables.R4), jme)
    geo_lon = (helio_lon + 180.0) % 360.0
    geo_lat = -helio_lat

    # Nutation in longitude and obliquity (SPA 3.4).
    x = np.stack([
        297.85036 + 445267.111480 * jce - 0.0019142 * jce ** 2 + jce ** 3 / 189474.0,
        357.52772 + 35999.050340 * jce - 0.0001603 * jce ** 2 - jce ** 3 / 300000.0,
        134.96298 + 477198.867398 * jce + 0.0086972 * jce ** 2 + jce ** 3 / 56250.0,
        93.27191 + 483202.017538 * jce - 0.0036825 * jce ** 2 + jce ** 3 / 327270.0,
        125.04452 - 1934.136261 * jce + 0.0020708 * jce ** 2 + jce ** 3 / 450000.0,
    ])
    arguments = np.radians(_tables.NUTATION_YTERM_ARRAY @ x)          # (63, T)
    abcd = _tables.NUTATION_ABCD_ARRAY
    delta_psi = ((abcd[:, 0:1] + abcd[:, 1:2] * jce) * np.sin(arguments)).sum(axis=0) / 36e6
    delta_eps = ((abcd[:, 2:3] + abcd[:, 3:4] * jce) * np.cos(arguments)).sum(axis=0) / 36e6

    u = jme / 10.0
    mean_obliquity = (84381.448 - 4680.93 * u - 1.55 * u ** 2 + 1999.25 * u ** 3 - 51.38 * u ** 4
                      - 249.67 * u ** 5 - 39.05 * u ** 6 + 7.12 * u ** 7 + 27.87 * u ** 8
                      + 5.79 * u ** 9 + 2.45 * u ** 10)
    obliquity = np.radians(mean_obliquity / 3600.0 + delta_eps)
    aberration = -20.4898 / (3600.0 * radius)
    apparent_lon = np.radians(geo_lon + delta_psi + aberration)
    beta = np.radians(geo_lat)

    mean_sidereal = (280.46061837 + 360.98564736629 * (jd - _J2000_JD)
                     + 0.000387933 * jc ** 2 - jc ** 3 / 38710000.0) % 360.0
    apparent_sidereal = mean_sidereal + delta_psi * np.cos(obliquity)
    right_ascension = np.degrees(np.arctan2(
        np.sin(apparent_lon) * np.cos(obliquity) - np.tan(beta) * np.sin(obliquity),
        np.cos(apparent_lon))) % 360.0
    declination = np.degrees(np.arcsin(
        np.sin(beta) * np.cos(obliquity)
        + np.cos(beta) * np.sin(obliquity) * np.sin(apparent_lon)))
    return SunEphemeris(declination_deg=declination,
                        greenwich_hour_angle_deg=(apparent_sidereal - right_ascension) % 360.0,
                        earth_sun_distance_au=radius)


def refraction_correction_deg(elevation_deg, pressure_hpa=1013.25, temperature_c=12.0):
    """Atmospheric refraction (degrees) to add to a true elevation (SPA equation 42).

    Zero when the sun is more than 0.8333° below the horizon (SPA's switch: sun radius + 0.5667°).
    """
    elevation_deg = np.asarray(elevation_deg, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        correction = ((pressure_hpa / 1010.0) * (283.0 / (273.0 + temperature_c)) * 1.02
                      / (60.0 * np.tan(np.radians(elevation_deg + 10.3 / (elevation_deg + 5.11)))))
    return np.where(elevation_deg >= -(0.26667 + 0.5667), correction, 0.0)


@dataclass(frozen=True)
class SolarPosition:
    """Solar angles in degrees, each (T, S): azimuth clockwise from north (pvlib's convention)."""

    apparent_zenith: np.ndarray
    zenith: np.ndarray
    azimuth: np.ndarray

    @property
    def apparent_elevation(self) -> np.ndarray:
        return 90.0 - self.apparent_zenith


def solar_position(times_utc, latitude, longitude, elevation_m=0.0, pressure_hpa=1013.25,
                   temperature_c=12.0, delta_t_s: float = DEFAULT_DELTA_T_S) -> SolarPosition:
    """Topocentric solar zenith (true and refracted) and azimuth for times (T,) × sites (S,).

    Full SPA, including the topocentric parallax (equations 3.10-3.15). Returns (T, S) float64
    arrays; scalar sites give (T, 1).
    """
    eph = sun_ephemeris(times_utc, delta_t_s)
    lat = np.atleast_1d(np.asarray(latitude, dtype=float))[None, :]
    lon = np.atleast_1d(np.asarray(longitude, dtype=float))[None, :]
    height = np.atleast_1d(np.asarray(elevation_m, dtype=float))[None, :]
    decl = np.radians(eph.declination_deg)[:, None]
    hour_angle = np.radians(eph.greenwich_hour_angle_deg[:, None] + lon)

    # Topocentric parallax of the sun (SPA 3.12).
    parallax = np.radians(8.794 / (3600.0 * eph.earth_sun_distance_au))[:, None]
    lat_rad = np.radians(lat)
    u = np.arctan(0.99664719 * np.tan(lat_rad))
    x = np.cos(u) + height / 6378140.0 * np.cos(lat_rad)
    y = 0.99664719 * np.sin(u) + height / 6378140.0 * np.sin(lat_rad)
    delta_alpha = np.arctan2(-x * np.sin(parallax) * np.sin(hour_angle),
                             np.cos(decl) - x * np.sin(parallax) * np.cos(hour_angle))
    decl_topo = np.arctan2((np.sin(decl) - y * np.sin(parallax)) * np.cos(delta_alpha),
                           np.cos(decl) - x * np.sin(parallax) * np.cos(hour_angle))
    hour_topo = hour_angle - delta_alpha

    elevation = np.degrees(np.arcsin(np.sin(lat_rad) * np.sin(decl_topo)
                                     + np.cos(lat_rad) * np.cos(decl_topo) * np.cos(hour_topo)))
    apparent = elevation + refraction_correction_deg(elevation, pressure_hpa, temperature_c)
    azimuth = (np.degrees(np.arctan2(np.sin(hour_topo),
                                     np.cos(hour_topo) * np.sin(lat_rad)
                                     - np.tan(decl_topo) * np.cos(lat_rad))) + 180.0) % 360.0
    return SolarPosition(apparent_zenith=90.0 - apparent, zenith=90.0 - elevation, azimuth=azimuth)


def sun_vectors(ephemeris: SunEphemeris) -> np.ndarray:
    """Unit vectors towards the sun in an Earth-fixed frame (x: lon 0 on the equator, z: north), (T, 3).

    The cosine of the (geocentric) zenith at a site is ``sun_vectors @ site_up_vectors``; of the
    angle of incidence on a plane, ``sun_vectors @ plane_normals``.
    """
    decl = np.radians(ephemeris.declination_deg)
    gha = np.radians(ephemeris.greenwich_hour_angle_deg)
    return np.stack([np.cos(decl) * np.cos(gha), -np.cos(decl) * np.sin(gha), np.sin(decl)], axis=1)


def site_up_vectors(latitude, longitude) -> np.ndarray:
    """Local vertical of each site in the frame of :func:`sun_vectors`, (3, S)."""
    lat = np.radians(np.atleast_1d(np.asarray(latitude, dtype=float)))
    lon = np.radians(np.atleast_1d(np.asarray(longitude, dtype=float)))
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def plane_normals(latitude, longitude, tilt_deg, azimuth_deg) -> np.ndarray:
    """Normal of a plane tilted ``tilt_deg`` towards ``azimuth_deg`` (clockwise from north), (3, S).

    ``normal = cos(tilt)·up + sin(tilt)·(sin(az)·east + cos(az)·north)``; tilt and azimuth may be
    scalars or (S,) arrays.
    """
    lat = np.radians(np.atleast_1d(np.asarray(latitude, dtype=float)))
    lon = np.radians(np.atleast_1d(np.asarray(longitude, dtype=float)))
    tilt = np.radians(np.broadcast_to(np.asarray(tilt_deg, dtype=float), lat.shape))
    azimuth = np.radians(np.broadcast_to(np.asarray(azimuth_deg, dtype=float), lat.shape))
    up = site_up_vectors(np.degrees(lat), np.degrees(lon))
    east = np.stack([-np.sin(lon), np.cos(lon), np.zeros_like(lon)])
    north = np.stack([-np.sin(lat) * np.cos(lon), -np.sin(lat) * np.sin(lon), np.cos(lat)])
    return (np.cos(tilt) * up
            + np.sin(tilt) * (np.sin(azimuth) * east + np.cos(azimuth) * north))
