"""What a kW of registered GD yields in a typical year, from a monthly irradiation climatology (LABREN).

The capacity factor of a fleet is its mean AC output over its capacity. EPE's 4MD premises (2024) put
Brazil's rooftop GD at 13.5-18.1 % by distributor (median 15.4 %). A capacity factor range like that
matches Brazil's measured specific yields (about 1,200-1,600 kWh per kWp of modules a year), so it is
read here as per kWp of modules: ``per_module_kwp = per_registered_kw / dc_ac_ratio`` (the registered
capacity being the inverters', see :class:`~netload_plugin.core.pv_system.PVParameters`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .daily_shaping import ghi_from_monthly_climatology
from .generation import generation_kw
from .model_grid import hourly_times
from .pv_system import PVParameters


@dataclass(frozen=True)
class AnnualYield:
    """Per zone: ``per_registered_kw`` (mean AC kW per registered kW), ``per_module_kwp`` (per kWp of
    modules) and ``kwh_per_kwp`` (AC kWh per kWp of modules in the year)."""

    per_registered_kw: np.ndarray
    per_module_kwp: np.ndarray
    kwh_per_kwp: np.ndarray


def annual_yield(latitude, longitude, monthly_wh_m2_day, params: PVParameters | None = None,
                 temp_air_c: float = 25.0, year: int = 2023) -> AnnualYield:
    """Hourly model over a (non-leap) year of each zone's climatology (12, Z), every day its month's mean
    shaped by the clear-sky profile; ``temp_air_c`` the air temperature the plugin assumes unmeasured."""
    params = params or PVParameters()
    times = hourly_times(f"{year}-01-01", f"{year + 1}-01-01")
    ghi = ghi_from_monthly_climatology(times, latitude, longitude, monthly_wh_m2_day)
    zones = np.atleast_1d(latitude).size
    output = generation_kw(times, latitude, longitude, np.ones(zones), ghi, temp_air_c, params).astype(float)
    per_kw = output.mean(axis=0)
    per_kwp = per_kw / params.dc_ac_ratio
    return AnnualYield(per_kw, per_kwp, per_kwp * len(times))
