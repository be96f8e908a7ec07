"""The PV system: cell temperature, PVWatts DC power, system losses and the PVWatts inverter.

One kilowatt of *registered* capacity is one kilowatt of inverter (AC) capacity: ANEEL's
``MdaPotenciaInstaladaKW`` for solar GD is the inverter rating, and the modules behind it are
usually larger (see ``dc_ac_ratio``). Per kW AC the chain is

    T_cell = POA · exp(a + b · wind) + T_air + POA/1000 · ΔT          (SAPM, King et al. 2004)
    P_dc   = dc_ac_ratio · POA_eff/1000 · (1 + γ (T_cell − 25)) · (1 − losses)   (PVWatts v5)
    P_ac   = min(η(ζ) · P_dc, 1 kW),  η(ζ) = η_nom/η_ref · (−0.0162 ζ − 0.0059/ζ + 0.9858),
             ζ = P_dc / P_dc0_inverter, P_dc0_inverter = 1 kW / η_nom     (PVWatts inverter)

where POA is the plane-of-array irradiance and POA_eff the same with the incidence-angle modifier
applied to the beam. Dobos (2014), "PVWatts Version 5 Manual", NREL/TP-6A20-62641, gives the DC,
loss and inverter equations; pvlib's ``pvwatts_dc``, ``pvwatts_losses`` and ``inverter.pvwatts``
implement the same ones.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

import numpy as np

from .fleet_orientation import ROOFS, FleetOrientation, Plane
from .transposition import IAM_MODELS, SKY_MODELS

#: SAPM cell-temperature coefficients (a, b, ΔT) from King, Boyson & Kratochvil (2004), SAND2004-3535,
#: Table 1 (the values in ``pvlib.temperature.TEMPERATURE_MODEL_PARAMETERS['sapm']``).
SAPM_MOUNTINGS = {
    "open_rack_glass_glass": (-3.47, -0.0594, 3.0),
    "close_mount_glass_glass": (-2.98, -0.0471, 1.0),
    "open_rack_glass_polymer": (-3.56, -0.0750, 3.0),
    "insulated_back_glass_polymer": (-2.81, -0.0455, 0.0),
}

#: PVWatts v5 default loss categories in per cent (Dobos 2014, Table 3; pvlib ``pvwatts_losses``).
PVWATTS_DEFAULT_LOSSES = {
    "soiling": 2.0, "shading": 3.0, "snow": 0.0, "mismatch": 2.0, "wiring": 2.0,
    "connections": 0.5, "lid": 1.5, "nameplate_rating": 1.0, "age": 0.0, "availability": 3.0,
}


def combined_losses_percent(losses: dict) -> float:
    """PVWatts' multiplicative combination ``100 · (1 − Π (1 − loss_i/100))`` of loss categories."""
    remaining = 1.0
    for value in losses.values():
        remaining *= 1.0 - float(value) / 100.0
    return 100.0 * (1.0 - remaining)


@dataclass(frozen=True)
class PVParameters:
    """Every assumption of the generation model, with its default and where the default comes from.

    Orientation
        ``orientation`` — the fleet's planes, default :data:`~netload_plugin.core.fleet_orientation.ROOFS`
        (roofs at 15° pitch, their four faces alike: docs/validation.md measures it and the
        alternatives against ONS's MMGD). ``orientation=None`` puts every module on one plane:
        ``tilt_deg`` — None means |latitude| of each zone (the annual-yield optimum for one system);
        ``azimuth_deg`` — 0 = facing north (pvlib's convention: clockwise from north). Giving a tilt or
        azimuth together with an orientation is an error rather than a silent choice between them.
    Irradiance on the plane
        ``albedo`` 0.2 (urban/grass ground); ``sky_model`` ``"haydavies"`` (anisotropic, default),
        ``"perez"`` (Perez 1990) or ``"isotropic"``; ``iam_model`` ``"physical"`` (PVWatts v5),
        ``"ashrae"`` or ``"none"``.
    Temperature
        SAPM with ``sapm_a``, ``sapm_b``, ``sapm_delta_t`` — default the "close roof mount,
        glass/glass" row of SAND2004-3535 (a=−2.98, b=−0.0471, ΔT=1): Brazilian residential
        systems sit on rails a few cm above tiles or metal roofs, which runs hotter than an open
        rack. ``wind_speed_ms`` 1.0 (no wind data in the inputs; sheltered urban roofs).
    DC
        ``gamma_pdc`` −0.0037 /°C: the power temperature coefficient of current mono-PERC modules
        (datasheets −0.34 to −0.40 %/°C); PVWatts v5's "standard" module used −0.47 %/°C.
        ``dc_ac_ratio`` 1.2: module (DC) kWp per kW of registered (inverter) capacity. EPE found
        metered GD generation 22-33 % above estimates based on the registered capacity because the
        modules exceed the inverter rating (EPE's 2023 comparison, as the project's source notes
        record it), and 1.2 is PVWatts' own default DC/AC ratio. 1.2 gives about 20 % more annual
        energy than 1.0 (a little noon clipping), the low end of EPE's gap; with the other losses at
        PVWatts values the capacity factor per module kWp at the 27 state capitals has EPE's median
        (tests/unit/test_pv_yield.py). It sets the level against ONS's MMGD (docs/validation.md).
        ``losses_percent`` 14.08: PVWatts' default categories (:data:`PVWATTS_DEFAULT_LOSSES`).
    Inverter
        PVWatts' model with ``inverter_efficiency_nominal`` 0.96 and reference 0.9637, clipping at
        the registered (AC) capacity.
    """

    tilt_deg: float | None = None
    azimuth_deg: float = 0.0
    orientation: FleetOrientation | None = ROOFS
    albedo: float = 0.2
    sky_model: str = "haydavies"
    iam_model: str = "physical"
    sapm_a: float = SAPM_MOUNTINGS["close_mount_glass_glass"][0]
    sapm_b: float = SAPM_MOUNTINGS["close_mount_glass_glass"][1]
    sapm_delta_t: float = SAPM_MOUNTINGS["close_mount_glass_glass"][2]
    wind_speed_ms: float = 1.0
    gamma_pdc: float = -0.0037
    dc_ac_ratio: float = 1.2
    losses_percent: float = field(default_factory=lambda: combined_losses_percent(PVWATTS_DEFAULT_LOSSES))
    inverter_efficiency_nominal: float = 0.96
    inverter_efficiency_reference: float = 0.9637

    def __post_init__(self):
        if self.sky_model not in SKY_MODELS:
            raise ValueError(f"sky_model must be one of {SKY_MODELS}, not {self.sky_model!r}")
        if self.iam_model not in IAM_MODELS:
            raise ValueError(f"iam_model must be one of {IAM_MODELS}, not {self.iam_model!r}")
        if self.tilt_deg is not None and not 0.0 <= self.tilt_deg <= 90.0:
            raise ValueError(f"tilt_deg must be between 0 and 90 degrees, not {self.tilt_deg}")
        if self.orientation is not None and (self.tilt_deg is not None or self.azimuth_deg != 0.0):
            raise ValueError("give a fleet orientation or one plane (tilt_deg, azimuth_deg), not both: "
                             "orientation=None selects the one plane")
        if not 0.0 <= self.albedo <= 1.0:
            raise ValueError(f"albedo must be between 0 and 1, not {self.albedo}")
        if self.dc_ac_ratio <= 0:
            raise ValueError(f"dc_ac_ratio must be positive, not {self.dc_ac_ratio}")
        if not 0.0 <= self.losses_percent < 100.0:
            raise ValueError(f"losses_percent must be in [0, 100), not {self.losses_percent}")
        if not 0.0 < self.inverter_efficiency_nominal <= 1.0:
            raise ValueError("inverter_efficiency_nominal must be in (0, 1]")

    @classmethod
    def with_mounting(cls, mounting: str, **overrides) -> PVParameters:
        """Parameters with the SAPM coefficients of a named mounting (see :data:`SAPM_MOUNTINGS`)."""
        a, b, delta_t = SAPM_MOUNTINGS[mounting]
        return cls(sapm_a=a, sapm_b=b, sapm_delta_t=delta_t, **overrides)

    def replace(self, **changes) -> PVParameters:
        """A copy with some parameters changed."""
        return replace(self, **changes)

    def as_dict(self) -> dict:
        """Every parameter as plain values (the orientation as its description): for provenance."""
        values = {item.name: getattr(self, item.name) for item in fields(self)}
        values["orientation"] = self.orientation.describe() if self.orientation is not None else None
        return values

    def planes(self) -> tuple:
        """The planes the fleet is modelled on: the orientation's, or the one plane."""
        if self.orientation is not None:
            return self.orientation.planes
        return (Plane(self.tilt_deg, self.azimuth_deg, 1.0),)



def cell_temperature_sapm(poa_global, temp_air, wind_speed, a, b, delta_t):
    """SAPM cell temperature (°C): back-of-module temperature plus the cell-to-back difference."""
    return poa_global * np.exp(a + b * wind_speed) + temp_air + poa_global * (delta_t / 1000.0)


def pvwatts_dc(poa_effective, temp_cell, pdc0, gamma_pdc, temp_ref=25.0):
    """PVWatts DC power, same unit as ``pdc0``: ``pdc0 · G/1000 · (1 + γ (T_cell − T_ref))``."""
    return poa_effective * (pdc0 / 1000.0) * (1.0 + gamma_pdc * (temp_cell - temp_ref))


def pvwatts_ac(pdc, pac0, eta_nominal=0.96, eta_reference=0.9637):
    """PVWatts inverter: part-load efficiency curve, clipped to [0, ``pac0``] (same unit as pdc)."""
    pdc0 = pac0 / eta_nominal
    with np.errstate(divide="ignore", invalid="ignore"):
        zeta = pdc / pdc0
        efficiency = (eta_nominal / eta_reference) * (-0.0162 * zeta - 0.0059 / zeta + 0.9858)
        pac = np.where(pdc != 0, efficiency * pdc, 0.0)
    return np.minimum(np.maximum(pac, 0.0), pac0).astype(np.result_type(pdc), copy=False)


def ac_power_per_kw(poa_global, poa_effective, temp_air, params: PVParameters):
    """AC output (kW) per kW of registered inverter capacity for given plane-of-array irradiance."""
    temp_cell = cell_temperature_sapm(poa_global, temp_air, params.wind_speed_ms, params.sapm_a,
                                      params.sapm_b, params.sapm_delta_t)
    dc = pvwatts_dc(poa_effective, temp_cell, params.dc_ac_ratio, params.gamma_pdc)
    dc *= 1.0 - params.losses_percent / 100.0
    return pvwatts_ac(dc, 1.0, params.inverter_efficiency_nominal,
                      params.inverter_efficiency_reference)
