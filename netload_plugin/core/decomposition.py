"""Splitting global horizontal irradiance into its direct and diffuse parts (Erbs et al. 1982).

Erbs, Klein & Duffie (1982), "Estimation of the diffuse radiation fraction for hourly, daily and
monthly-average global radiation", Solar Energy 28(4), 293-302. With the clearness index
``kt = GHI / (E0 · max(cos Z, 0.065))`` clipped to [0, 1], the diffuse fraction is

    kt ≤ 0.22:        1 − 0.09 kt
    0.22 < kt ≤ 0.8:  0.9511 − 0.1604 kt + 4.388 kt² − 16.638 kt³ + 12.336 kt⁴
    kt > 0.8:         0.165

``DHI = fraction · GHI``, ``DNI = (GHI − DHI) / cos Z``; when the zenith exceeds 87°, GHI is negative
or DNI would be negative, all of GHI is taken as diffuse. These are pvlib's ``irradiance.erbs``
conventions (``min_cos_zenith=0.065``, ``max_zenith=87``), so the two agree to rounding.

Works on any arrays that broadcast together and keeps float32 inputs in float32.
"""
from __future__ import annotations

import numpy as np

MIN_COS_ZENITH = 0.065
COS_MAX_ZENITH = float(np.cos(np.radians(87.0)))


def clearness_index(ghi, cos_zenith, dni_extra):
    """``GHI / (E0 · max(cos Z, 0.065))`` clipped to [0, 1]."""
    kt = ghi / (dni_extra * np.maximum(cos_zenith, MIN_COS_ZENITH))
    return np.clip(kt, 0.0, 1.0)


def erbs_diffuse_fraction(kt):
    """Erbs' diffuse fraction of global irradiance as a function of the clearness index."""
    polynomial = 0.9511 + kt * (-0.1604 + kt * (4.388 + kt * (-16.638 + kt * 12.336)))
    fraction = np.where(kt <= 0.22, 1.0 - 0.09 * kt, polynomial)
    return np.where(kt > 0.8, 0.165, fraction).astype(np.result_type(kt), copy=False)


def erbs(ghi, cos_zenith, dni_extra):
    """(DNI, DHI) in W/m² from GHI, cos(zenith) and extraterrestrial normal irradiance."""
    ghi = np.asarray(ghi)
    kt = clearness_index(ghi, cos_zenith, dni_extra)
    dhi = erbs_diffuse_fraction(kt) * ghi
    with np.errstate(divide="ignore", invalid="ignore"):
        dni = (ghi - dhi) / cos_zenith
    bad = (cos_zenith < COS_MAX_ZENITH) | (ghi < 0) | ~(dni >= 0)
    dni = np.where(bad, 0.0, dni).astype(dhi.dtype, copy=False)
    dhi = np.where(bad, ghi, dhi).astype(dhi.dtype, copy=False)
    return dni, dhi
