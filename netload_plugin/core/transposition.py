"""Irradiance on the plane of the array, and the share of it the module's glass lets through.

Plane-of-array irradiance is the sum of three parts:

* beam: ``DNI · max(cos AOI, 0)``;
* sky diffuse, Hay & Davies (1980): ``DHI · ((1 − A)·(1 + cos β)/2 + A·Rb)`` with the anisotropy
  index ``A = DNI/E0`` and ``Rb = max(cos AOI, 0) / max(cos Z, 0.01745)``; or isotropic
  (``A = 0``: ``DHI·(1 + cos β)/2``); or Perez et al. (1990), ``DHI · ((1 − F1)(1 + cos β)/2 +
  F1 · max(cos AOI, 0)/max(cos Z, cos 85°) + F2 sin β)`` with F1, F2 from the sky clearness and
  brightness ("allsitescomposite1990" coefficients);
* ground reflected: ``GHI · albedo · (1 − cos β)/2`` (albedo 0.2 by default: a typical urban/grass
  value; pvlib's default is 0.25).

These are pvlib's ``irradiance.haydavies``, ``isotropic``, ``get_ground_diffuse`` and
``beam_component`` formulas (same clipping constants). The angle-of-incidence modifier (IAM) applies
to the beam only, as PVWatts and pvlib's ModelChain do: the physical Fresnel/Beer model (De Soto et
al. 2006; refractive index 1.526, glazing extinction K = 4 /m, thickness 2 mm — pvlib's
``iam.physical`` defaults and the PVWatts v5 model) or ASHRAE's ``1 − b0 (1/cos AOI − 1)`` with
b0 = 0.05.

Everything takes cosines (of the zenith and of the angle of incidence) rather than angles: the
generation path gets them from one matrix product per time block and never needs an arccos.
"""
from __future__ import annotations

from functools import cache

import numpy as np

SKY_MODELS = ("haydavies", "isotropic", "perez")

#: Perez et al. (1990) "allsitescomposite1990" coefficients, one row per clearness bin
#: (F11, F12, F13, F21, F22, F23); the same table as pvlib's ``_get_perez_coefficients``.
PEREZ_COEFFICIENTS = np.array([
    [-0.0080, 0.5880, -0.0620, -0.0600, 0.0720, -0.0220],
    [0.1300, 0.6830, -0.1510, -0.0190, 0.0660, -0.0290],
    [0.3300, 0.4870, -0.2210, 0.0550, -0.0640, -0.0260],
    [0.5680, 0.1870, -0.2950, 0.1090, -0.1520, -0.0140],
    [0.8730, -0.3920, -0.3620, 0.2260, -0.4620, 0.0010],
    [1.1320, -1.2370, -0.4120, 0.2880, -0.8230, 0.0560],
    [1.0600, -1.6000, -0.3590, 0.2640, -1.1270, 0.1310],
    [0.6780, -0.3270, -0.2500, 0.1560, -1.3770, 0.2510],
])
#: Upper edges of the first seven sky-clearness (epsilon) bins.
PEREZ_EPSILON_EDGES = np.array([1.065, 1.23, 1.5, 1.95, 2.8, 4.5, 6.2])
IAM_MODELS = ("physical", "ashrae", "none")
#: Steps of the table that :func:`transmitted_projection` reads (2^16 steps of cos AOI: the nearest-step
#: error in cos·IAM stays below 1e-5).
IAM_TABLE_STEPS = 1 << 16


def plane_of_array(ghi, dni, dhi, cos_zenith, cos_aoi, dni_extra, tilt_deg, albedo=0.2,
                   sky_model: str = "haydavies"):
    """(beam, sky_diffuse, ground_diffuse) on the tilted plane, W/m², arrays that broadcast."""
    if sky_model not in SKY_MODELS:
        raise ValueError(f"sky_model must be one of {SKY_MODELS}, not {sky_model!r}")
    cos_tilt = np.cos(np.radians(np.asarray(tilt_deg, dtype=float)))
    projection = np.maximum(cos_aoi, 0.0)
    beam = dni * projection
    sky_view = (0.5 * (1.0 + cos_tilt)).astype(np.result_type(dhi), copy=False)
    if sky_model == "isotropic":
        sky = dhi * sky_view
    elif sky_model == "perez":
        sin_tilt = np.sin(np.radians(np.asarray(tilt_deg, dtype=float)))
        sky = _perez_sky_diffuse(dhi, dni, dni_extra, cos_zenith, projection, sky_view,
                                 sin_tilt.astype(np.result_type(dhi), copy=False))
    else:
        anisotropy = dni / dni_extra
        ratio = projection / np.maximum(cos_zenith, 0.01745)
        sky = (np.maximum(dhi * (1.0 - anisotropy) * sky_view, 0.0)
               + np.maximum(dhi * anisotropy * ratio, 0.0))
    ground_view = (0.5 * albedo * (1.0 - cos_tilt)).astype(np.result_type(ghi), copy=False)
    return beam, sky, ghi * ground_view


def _perez_sky_diffuse(dhi, dni, dni_extra, cos_zenith, projection, sky_view, sin_tilt):
    """Perez (1990) sky diffuse; 0 with the sun below the horizon or no diffuse light.

    As pvlib's ``perez`` with ``airmass`` = Kasten-Young relative air mass on the same zenith. (pvlib
    returns NaN in daylight when DHI is 0; here that is 0.)
    """
    dtype = np.result_type(dhi)
    cos_z = np.minimum(np.maximum(cos_zenith, -1.0), 1.0)
    zenith = np.arccos(cos_z)                                   # radians
    elevation_deg = 90.0 - np.degrees(zenith)
    with np.errstate(invalid="ignore", divide="ignore"):
        airmass = 1.0 / (cos_z + 0.50572 * (6.07995 + elevation_deg) ** -1.6364)
        valid = (elevation_deg >= 0) & (dhi > 0)
        kappa_z3 = 1.041 * zenith ** 3
        epsilon = ((dhi + dni) / dhi + kappa_z3) / (1.0 + kappa_z3)
        delta = dhi * airmass / dni_extra
    bins = np.searchsorted(PEREZ_EPSILON_EDGES, np.where(valid, epsilon, 1.0), side="right")
    coefficients = PEREZ_COEFFICIENTS.astype(dtype)
    f1 = np.maximum(coefficients[bins, 0] + coefficients[bins, 1] * delta
                    + coefficients[bins, 2] * zenith, 0.0)
    f2 = coefficients[bins, 3] + coefficients[bins, 4] * delta + coefficients[bins, 5] * zenith
    ratio = projection / np.maximum(cos_z, np.cos(np.radians(85.0)))
    sky = np.maximum(dhi * ((1.0 - f1) * sky_view + f1 * ratio + f2 * sin_tilt), 0.0)
    return np.where(valid, sky, 0.0).astype(dtype, copy=False)


def iam_physical(cos_aoi, refractive_index=1.526, extinction_per_m=4.0, thickness_m=0.002):
    """Fresnel reflection plus Beer absorption in the glass, relative to normal incidence.

    pvlib's ``iam.physical`` without an anti-reflective coating; 0 for light from behind.
    """
    n = refractive_index
    cos_1 = np.maximum(cos_aoi, 0.0)
    sin_2 = np.sqrt(np.maximum(1.0 - cos_1 * cos_1, 0.0)) / n
    cos_2 = np.sqrt(1.0 - sin_2 * sin_2)
    with np.errstate(divide="ignore", invalid="ignore"):
        rho_s = ((cos_1 - n * cos_2) / (cos_1 + n * cos_2)) ** 2
        rho_p = ((cos_2 - n * cos_1) / (cos_2 + n * cos_1)) ** 2
        absorption = np.exp(-extinction_per_m * thickness_m / cos_2)
    tau_0 = (1.0 - ((1.0 - n) / (1.0 + n)) ** 2) * np.exp(-extinction_per_m * thickness_m)
    iam = (1.0 - 0.5 * (rho_s + rho_p)) * absorption / tau_0
    return np.where(cos_1 > 0, iam, 0.0).astype(np.result_type(cos_aoi), copy=False)


def iam_ashrae(cos_aoi, b0=0.05):
    """ASHRAE incidence-angle modifier ``max(0, 1 − b0 (1/cos AOI − 1))``; 0 for light from behind."""
    with np.errstate(divide="ignore"):
        iam = 1.0 - b0 * (1.0 / cos_aoi - 1.0)
    return np.where(cos_aoi > 0, np.maximum(iam, 0.0), 0.0).astype(
        np.result_type(cos_aoi), copy=False)


def incidence_angle_modifier(cos_aoi, model: str = "physical"):
    """IAM for the beam by model name: ``physical``, ``ashrae`` or ``none`` (1 everywhere)."""
    if model == "physical":
        return iam_physical(cos_aoi)
    if model == "ashrae":
        return iam_ashrae(cos_aoi)
    if model == "none":
        return np.ones_like(cos_aoi)
    raise ValueError(f"iam_model must be one of {IAM_MODELS}, not {model!r}")


@cache
def _transmitted_table(model: str, dtype_name: str) -> np.ndarray:
    cos_aoi = np.arange(IAM_TABLE_STEPS + 1, dtype=float) / IAM_TABLE_STEPS
    return (cos_aoi * incidence_angle_modifier(cos_aoi, model)).astype(dtype_name)


def transmitted_projection(projection, model: str = "physical"):
    """``projection · IAM`` for ``projection = max(cos AOI, 0)``: the beam that reaches the cells per W/m² of DNI.

    Read from a table of :data:`IAM_TABLE_STEPS` steps of the formula (:func:`incidence_angle_modifier`):
    the physical model's square roots and exponential otherwise cost more than the rest of the
    plane-of-array chain together, once per plane of a fleet.
    """
    if model == "none":
        return projection.copy()            # a new array, as for the other models: callers scale it in place
    table = _transmitted_table(model, np.result_type(projection).name)
    scaled = projection * IAM_TABLE_STEPS
    scaled += 0.5
    index = scaled.astype(np.int32)
    np.minimum(index, IAM_TABLE_STEPS, out=index)
    return table.take(index)
