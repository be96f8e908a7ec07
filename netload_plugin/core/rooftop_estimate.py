"""Rooftop PV arithmetic that needs no imagery: chip windows on a pixel grid and capacity estimates.

Capacity of a roof found with PV (``pv_kwp_est``) is an assumption, not a measurement:

    pv_kwp_est = roof_area_m2 × pv_area_fraction × kwp_per_m2

* ``kwp_per_m2`` 0.20: module power density at STC of current crystalline-silicon modules
  (≈20 % efficiency × 1 kW/m²); NREL's rooftop potential study used 0.16 (16 %).
* ``pv_area_fraction`` 0.25: share of a small building's roof area usable for, and typically
  covered by, modules; Gagnon et al. 2016, *Rooftop Solar Photovoltaic Technical Potential in the
  United States*, NREL/TP-6A20-65298, find about 26 % of small-building roof area suitable.

A 150 m² roof then gives 7.5 kWp, in the range of Brazilian residential GD systems (ANEEL's
registry: median ≈ 5-8 kW). Both figures are parameters of ``netload:classify_rooftops``.
"""

from __future__ import annotations

import numpy as np

DEFAULT_KWP_PER_M2 = 0.20
DEFAULT_PV_AREA_FRACTION = 0.25
COARSE_FACTOR = 2.0  # raster pixels more than this many times the model's GSD: screening only


def pv_capacity_kwp(roof_area_m2: float, has_pv: bool, pv_area_fraction: float, kwp_per_m2: float) -> float:
    """Estimated installed PV on one roof (0 when no PV was found)."""
    return float(roof_area_m2) * pv_area_fraction * kwp_per_m2 if has_pv else 0.0


def chip_origins(columns: np.ndarray, rows: np.ndarray, size: int) -> tuple:
    """Top-left pixel of the ``size``-pixel chip centred on continuous pixel positions.

    Positions are in pixel units from the grid's top-left corner (a pixel centre is at ``i + 0.5``),
    so an odd chip is centred on the pixel holding the point and an even chip on the nearest corner.
    """
    half = size / 2.0
    return (np.floor(np.asarray(columns) - half + 0.5).astype(np.int64),
            np.floor(np.asarray(rows) - half + 0.5).astype(np.int64))


def is_coarse(raster_gsd_m: float, model_gsd_m: float) -> bool:
    """True when the raster is much coarser than the model expects (results are screening only)."""
    return raster_gsd_m > COARSE_FACTOR * model_gsd_m
