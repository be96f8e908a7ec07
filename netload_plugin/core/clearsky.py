"""Clear-sky irradiance: the Ineichen-Perez model with a Linke turbidity climatology.

Ineichen & Perez (2002), "A new airmass independent formulation for the Linke turbidity
coefficient", Solar Energy 73(3), 151-157, in the form pvlib implements (``pvlib.clearsky.ineichen``
without the optional Perez enhancement): with ``AM`` the absolute air mass (Kasten & Young 1989 on
the apparent zenith, scaled by the site pressure), ``TL`` the Linke turbidity and ``h`` the altitude,

    GHI = cg1 · E0 · cos Z · exp(−cg2 · AM · (fh1 + fh2 · (TL − 1)))
    DNI = min(b · E0 · exp(−0.09 · AM · (TL − 1)),  GHI · (1 − (0.1 − 0.2 e^−TL)/(0.1 + 0.882/fh1)) / cos Z)
    DHI = GHI − DNI · cos Z

with ``fh1 = e^(−h/8000)``, ``fh2 = e^(−h/1250)``, ``cg1 = 5.09e-5 h + 0.868``, ``cg2 = 3.92e-5 h +
0.0387``, ``b = 0.664 + 0.163/fh1`` and ``E0`` the extraterrestrial normal irradiance.

Default turbidity: :data:`BRAZIL_MONTHLY_LINKE_TURBIDITY`, the monthly median over Brazil's bounding
box (5.3° N-33.8° S, 74.0°-34.8° W, 1/12° cells) of the Remund et al. (2003) / SoDa climatology that
pvlib ships as ``LinkeTurbidities.h5``. Site values differ by up to ±1.5 (Brasília in August: 5.6,
biomass burning), which changes clear-sky GHI by a few per cent but barely changes the *shape* of
the daily profile, which is all the ONS shaping method uses. Pass a scalar, 12 monthly values or
(12, Z) per-zone values to override.
"""
from __future__ import annotations

import numpy as np

from .solar_position import (
    extraterrestrial_irradiance,
    refraction_correction_deg,
    site_up_vectors,
    sun_ephemeris,
    sun_vectors,
    to_unix_seconds,
)

#: Monthly (Jan..Dec) Linke turbidity, median over Brazil of the Remund/SoDa climatology (see above).
BRAZIL_MONTHLY_LINKE_TURBIDITY = np.array(
    [3.70, 3.80, 4.00, 3.55, 3.30, 3.25, 3.20, 3.50, 3.90, 4.15, 3.90, 4.00])


def altitude_to_pressure_pa(altitude_m):
    """Standard-atmosphere pressure (Pa) at an altitude (m), as pvlib's ``alt2pres``."""
    return 100.0 * ((44331.514 - np.asarray(altitude_m, dtype=float)) / 11880.516) ** (1 / 0.1902632)


def relative_airmass(apparent_elevation_deg):
    """Kasten & Young (1989) relative optical air mass; NaN for the sun below the horizon."""
    elevation = np.asarray(apparent_elevation_deg, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        airmass = 1.0 / (np.sin(np.radians(elevation))
                         + 0.50572 * (6.07995 + elevation) ** -1.6364)
    return np.where(elevation < 0, np.nan, airmass)


def linke_turbidity_for_times(times_utc, linke_turbidity=None) -> np.ndarray:
    """Turbidity per time, (T, 1) for scalar or monthly values, (T, Z) for (12, Z) values."""
    months = (to_unix_seconds(times_utc) // 86400).astype(np.int64).astype("datetime64[D]")
    month_index = (months.astype("datetime64[M]").astype(np.int64) % 12)
    values = BRAZIL_MONTHLY_LINKE_TURBIDITY if linke_turbidity is None else np.asarray(
        linke_turbidity, dtype=float)
    if values.ndim == 0:
        return np.full((month_index.size, 1), float(values))
    if values.shape[0] != 12:
        raise ValueError("linke_turbidity must be a scalar, 12 monthly values or a (12, zones) array")
    table = values.reshape(12, -1)
    return table[month_index]


def ineichen(apparent_elevation_deg, dni_extra, linke_turbidity, altitude_m=0.0):
    """Ineichen-Perez clear-sky (GHI, DNI, DHI) in W/m² for arrays that broadcast together.

    Zero when the sun is below the horizon. Same equations and constants as pvlib's ``ineichen``.
    """
    elevation = np.asarray(apparent_elevation_deg, dtype=float)
    altitude = np.asarray(altitude_m, dtype=float)
    tl = np.asarray(linke_turbidity, dtype=float)
    airmass = np.nan_to_num(relative_airmass(elevation) * altitude_to_pressure_pa(altitude)
                            / 101325.0, nan=0.0)
    cos_zenith = np.maximum(np.sin(np.radians(elevation)), 0.0)
    fh1 = np.exp(-altitude / 8000.0)
    fh2 = np.exp(-altitude / 1250.0)
    cg1 = 5.09e-05 * altitude + 0.868
    cg2 = 3.92e-05 * altitude + 0.0387
    ghi = cg1 * dni_extra * cos_zenith * np.exp(-cg2 * airmass * (fh1 + fh2 * (tl - 1)))
    beam_normal = (0.664 + 0.163 / fh1) * dni_extra * np.exp(-0.09 * airmass * (tl - 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        beam_limit = ghi * np.clip((1 - (0.1 - 0.2 * np.exp(-tl)) / (0.1 + 0.882 / fh1))
                                   / cos_zenith, 0, 1e20)
    dni = np.where(cos_zenith > 0, np.minimum(beam_normal, np.nan_to_num(beam_limit)), 0.0)
    dhi = ghi - dni * cos_zenith
    return ghi, dni, dhi


def apparent_elevation_from_cos_zenith(cos_zenith, pressure_hpa=1013.25, temperature_c=12.0):
    """True elevation from cos(zenith), plus SPA's atmospheric refraction, in degrees."""
    elevation = np.degrees(np.arcsin(np.clip(cos_zenith, -1.0, 1.0)))
    return elevation + refraction_correction_deg(elevation, pressure_hpa, temperature_c)


def clearsky_ghi(times_utc, latitude, longitude, linke_turbidity=None, altitude_m=0.0,
                 block_hours: int = 744, dtype=np.float32) -> np.ndarray:
    """Clear-sky GHI (W/m²) at the given instants for every zone, (T, Z), computed in time blocks.

    ``altitude_m`` may be a scalar or (Z,). The sun is placed with the fast vector path of
    :mod:`.solar_position` (geocentric, within 0.003° of SPA) plus refraction.
    """
    lat = np.atleast_1d(np.asarray(latitude, dtype=float))
    lon = np.atleast_1d(np.asarray(longitude, dtype=float))
    sun = sun_vectors(sun_ephemeris(times_utc))
    dni_extra = extraterrestrial_irradiance(times_utc)
    turbidity = linke_turbidity_for_times(times_utc, linke_turbidity)
    out = np.zeros((sun.shape[0], lat.size), dtype=dtype)
    for start in range(0, sun.shape[0], block_hours):
        rows = slice(start, start + block_hours)
        out[rows] = clearsky_ghi_block(sun[rows], site_up_vectors(lat, lon), dni_extra[rows],
                                       turbidity[rows], altitude_m, dtype)
    return out


def clearsky_ghi_block(sun, up, dni_extra, turbidity, altitude_m=0.0, dtype=np.float32) -> np.ndarray:
    """Clear-sky GHI (W/m²) for sun vectors (T, 3) × site up vectors (3, Z), in ``dtype``.

    ``dni_extra`` is (T,), ``turbidity`` (T, 1) or (T, Z), ``altitude_m`` scalar or (Z,).
    """
    kind = np.dtype(dtype).type
    cos_zenith = sun.astype(kind, copy=False) @ up.astype(kind, copy=False)
    # Rows where the sun is below the horizon at every zone of the block are 0: skip them (about
    # half of all rows when the zones share a longitude band, as _shape_by_clearsky arranges).
    day_rows = np.flatnonzero((cos_zenith > kind(_COS_ZENITH_NO_SUN)).any(axis=1))
    out = np.zeros(cos_zenith.shape, dtype=kind)
    if day_rows.size == 0:
        return out
    dni_extra = np.asarray(dni_extra).reshape(-1)
    turbidity = np.asarray(turbidity).reshape(cos_zenith.shape[0], -1)
    out[day_rows] = _clearsky_ghi_rows(cos_zenith[day_rows], dni_extra[day_rows],
                                       turbidity[day_rows], altitude_m, kind)
    return out


#: cos(zenith) of a true elevation of −0.8333°: below it the sun is down even after refraction.
_COS_ZENITH_NO_SUN = -0.0146


def _clearsky_ghi_rows(cos_zenith, dni_extra, turbidity, altitude_m, kind):
    """Clear-sky GHI of :func:`clearsky_ghi_block` for the rows given. Only the
    GHI of :func:`ineichen` is computed, with the per-zone altitude terms folded into two
    coefficients: ``cg1 · E0 · cos Z_app · exp(−AM_rel · (A + B · TL))`` with
    ``A = p/p0 · cg2 · (fh1 − fh2)`` and ``B = p/p0 · cg2 · fh2``. In float32 numpy's vectorised
    transcendental functions make this a few milliseconds per million elements.
    """
    altitude = np.broadcast_to(np.asarray(altitude_m, dtype=float), (cos_zenith.shape[1],))
    fh1, fh2 = np.exp(-altitude / 8000.0), np.exp(-altitude / 1250.0)
    cg1 = 5.09e-05 * altitude + 0.868
    cg2 = 3.92e-05 * altitude + 0.0387
    pressure_ratio = altitude_to_pressure_pa(altitude) / 101325.0
    coeff_a = (pressure_ratio * cg2 * (fh1 - fh2)).astype(kind)[None, :]
    coeff_b = (pressure_ratio * cg2 * fh2).astype(kind)[None, :]

    elevation = _apparent_elevation_fast(cos_zenith)
    sin_elevation = np.sin(np.radians(elevation))
    # Kasten-Young: 1 / (sin e + 0.50572 (6.07995 + e)^−1.6364), the power written as exp(log).
    airmass = np.maximum(elevation + kind(6.07995), kind(1.0))
    np.log(airmass, out=airmass)
    airmass *= kind(-1.6364)
    np.exp(airmass, out=airmass)
    airmass *= kind(0.50572)
    airmass += sin_elevation
    np.reciprocal(airmass, out=airmass)
    np.maximum(sin_elevation, 0, out=sin_elevation)
    airmass *= sin_elevation > 0           # sun below the apparent horizon: no air mass, GHI 0
    exponent = coeff_a + coeff_b * np.asarray(turbidity, dtype=kind)
    exponent *= airmass
    np.negative(exponent, out=exponent)
    np.exp(exponent, out=exponent)
    exponent *= sin_elevation
    exponent *= np.asarray(dni_extra, dtype=kind).reshape(-1, 1)
    exponent *= cg1.astype(kind)[None, :]
    return exponent


def _apparent_elevation_fast(cos_zenith):
    """:func:`apparent_elevation_from_cos_zenith` at standard conditions, in the input's dtype."""
    dtype = cos_zenith.dtype.type
    elevation = np.degrees(np.arcsin(np.minimum(np.maximum(cos_zenith, dtype(-1)), dtype(1))))
    limit = dtype(-(0.26667 + 0.5667))
    clipped = np.maximum(elevation, limit)
    argument = clipped + dtype(10.3) / (clipped + dtype(5.11))
    refraction = dtype((1013.25 / 1010.0) * (283.0 / 285.0) * 1.02 / 60.0) / np.tan(np.radians(argument))
    return elevation + np.where(elevation >= limit, refraction, dtype(0))
