"""Irradiance on the plane of the array, and the share of it the module's glass lets through.

Plane-of-array irradiance is the sum of three parts:

* beam: ``DNI · max(cos AOI, 0)``;
* sky diffuse, Hay & Davies (1980): ``DHI · ((1 − A)·(1 + cos β)/2 + A·Rb)`` with the anisotropy
  index ``A = DNI/E0`` and ``Rb = max(cos AOI, 0) / max(cos Z, 0.01745)``; or isotropic
  (``A = 0``: ``DHI·(1 + cos β)/2``);
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

import numpy as np

SKY_MODELS = ("haydavies", "isotropic")
IAM_MODELS = ("physical", "ashrae", "none")


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
    else:
        anisotropy = dni / dni_extra
        ratio = projection / np.maximum(cos_zenith, 0.01745)
        sky = (np.maximum(dhi * (1.0 - anisotropy) * sky_view, 0.0)
               + np.maximum(dhi * anisotropy * ratio, 0.0))
    ground_view = (0.5 * albedo * (1.0 - cos_tilt)).astype(np.result_type(ghi), copy=False)
    return beam, sky, ghi * ground_view


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
