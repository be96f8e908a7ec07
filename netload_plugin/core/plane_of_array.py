"""Irradiance on the modules' plane from global horizontal irradiance, per time and zone.

Erbs decomposition → Hay-Davies (or isotropic, or Perez) transposition with ground reflection → beam
incidence-angle loss (formulas in :mod:`.decomposition` and :mod:`.transposition`). The (T, Z) solar
geometry never uses trigonometry: the cosines of zenith and incidence angle come from a
(T, 3) × (3, Z) product, and the work runs in blocks of times (:mod:`.model_grid`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .decomposition import erbs
from .model_grid import check_shape, interval_midpoints, interval_seconds, rows_per_block, zone_arrays
from .pv_system import PVParameters
from .solar_position import extraterrestrial_irradiance, plane_normals, site_up_vectors, sun_ephemeris, sun_vectors
from .transposition import plane_of_array, transmitted_projection


def _active_rows(block_ghi, start):
    """Rows of a block with irradiance somewhere (NaN counts), as a slice-compatible index, or None.

    Rows with no irradiance anywhere (night over every zone: a third of the hours for all of Brazil,
    half for one state) give exactly 0 and are skipped.
    """
    active = np.flatnonzero((block_ghi != 0).any(axis=1))
    if active.size == 0:
        return None
    if active.size == block_ghi.shape[0]:
        return slice(start, start + block_ghi.shape[0])
    return active + start


@dataclass
class _TiltGroup:
    """The fleet's planes that share one tilt: their normals (3, Z) and weights."""

    tilt: np.ndarray
    normals: list
    weights: list

    @property
    def weight(self) -> float:
        return float(sum(self.weights))


def _tilt_groups(lat, lon, params: PVParameters, dtype) -> list:
    """The planes of the fleet grouped by tilt (one transposition per group)."""
    groups = {}
    for plane in params.planes():
        tilt = plane.tilts_for(lat)
        group = groups.setdefault(plane.tilt_deg, _TiltGroup(tilt.astype(dtype), [], []))
        group.normals.append(plane_normals(lat, lon, tilt, plane.azimuth_deg).astype(dtype))
        group.weights.append(dtype(plane.weight))
    return list(groups.values())


def _weighted_projections(sun_rows, group: _TiltGroup, iam_model: str):
    """(Σ w·max(cos AOI, 0), Σ w·max(cos AOI, 0)·IAM) over the group's planes, divided by Σ w."""
    projection = glass = None
    for normal, weight in zip(group.normals, group.weights):
        cos_aoi = sun_rows @ normal
        np.maximum(cos_aoi, 0.0, out=cos_aoi)
        through = transmitted_projection(cos_aoi, iam_model)
        if len(group.weights) > 1:          # in place: these arrays are this plane's own
            share = weight / group.weight
            cos_aoi *= share
            through *= share
        if projection is None:
            projection, glass = cos_aoi, through
        else:
            projection += cos_aoi
            glass += through
    return projection, glass


def plane_of_array_blocks(times_utc, lat, lon, ghi, params: PVParameters, interval_minutes, dtype, progress):
    """Yield (rows, poa_global, poa_effective) per block of times: the shared irradiance chain.

    ``rows`` (a slice or an index array) are the rows computed; rows not yielded are all zero.
    ``poa_effective`` has the beam's incidence-angle loss applied (what the cells convert);
    ``poa_global`` is what heats the module.

    A fleet of several planes gives the capacity-weighted sums over its planes. Every sky model is
    linear in the projection ``max(cos AOI, 0)`` with coefficients that do not depend on the plane's
    azimuth (isotropic and ground parts depend on the tilt only), so the planes that share a tilt are
    transposed once, with their weighted mean projection, and the sum is exact (Perez's final clip at
    zero aside); only the projection and the beam's incidence-angle loss are computed per plane.
    """
    n_times = len(times_utc)
    midpoints = interval_midpoints(times_utc, interval_seconds(times_utc, interval_minutes))
    sun = sun_vectors(sun_ephemeris(midpoints)).astype(dtype)
    dni_extra = extraterrestrial_irradiance(midpoints).astype(dtype)[:, None]
    up = site_up_vectors(lat, lon).astype(dtype)
    groups = _tilt_groups(lat, lon, params, dtype)
    step = rows_per_block(lat.size)
    for start in range(0, n_times, step):
        if progress is not None:
            progress.check_cancelled()
            progress.set_fraction(start / n_times)
        rows = _active_rows(ghi[start:start + step], start)
        if rows is None:
            continue
        block_ghi = ghi[rows].astype(dtype, copy=False)
        cos_zenith = sun[rows] @ up
        dni, dhi = erbs(block_ghi, cos_zenith, dni_extra[rows])
        poa_global = poa_effective = None
        for group in groups:
            projection, glass = _weighted_projections(sun[rows], group, params.iam_model)
            beam, sky, ground = plane_of_array(block_ghi, dni, dhi, cos_zenith, projection,
                                               dni_extra[rows], group.tilt, params.albedo, params.sky_model)
            total = beam + sky + ground
            effective = total - beam + dni * glass
            poa_global = _accumulate(poa_global, total, group.weight)
            poa_effective = _accumulate(poa_effective, effective, group.weight)
        yield rows, poa_global, poa_effective
    if progress is not None:
        progress.set_fraction(1.0)


def _accumulate(total, part, weight):
    """``total + weight · part`` (``part`` itself when ``total`` is None and the weight is 1)."""
    if total is None:
        return part if weight == 1 else part * weight
    total += part * weight
    return total


def plane_of_array_wm2(times_utc, latitude, longitude, ghi_wm2,
                       params: PVParameters | None = None, *,
                       interval_minutes: float | None = None, dtype=np.float32):
    """(poa_global, poa_effective) in W/m², each (T, Z): irradiance on the modules' plane.

    ``poa_effective`` has the beam's incidence-angle loss applied (what the cells convert);
    ``poa_global`` is what heats the module. Same chain and conventions as
    :func:`netload_plugin.core.generation.generation_kw`.
    """
    params = params or PVParameters()
    lat, lon = zone_arrays(latitude, longitude)
    shape = (len(times_utc), lat.size)
    ghi = check_shape(ghi_wm2, shape, "ghi_wm2")
    poa_global = np.zeros(shape, dtype=dtype)
    poa_effective = np.zeros(shape, dtype=dtype)
    for rows, block_global, block_effective in plane_of_array_blocks(
            times_utc, lat, lon, ghi, params, interval_minutes, dtype, None):
        poa_global[rows] = block_global
        poa_effective[rows] = block_effective
    return poa_global, poa_effective
