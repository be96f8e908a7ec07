"""The PV model's documented defaults, held against pvlib given the documented numbers — never the code's.

A mutation pass (issue 16 item 11) changed the default albedo (0.2 → 0.25), the module temperature
coefficient (−0.0037 → −0.0035 /°C) and the Hay–Davies horizon floor of cos(zenith) (0.01745) and no
test failed: test_solar_vs_pvlib.py feeds pvlib the code's own ``PVParameters`` and holds the two within
1-3 %, wider than any of those changes. Here pvlib gets the values the documentation states
(``PVParameters``' docstring, docs/validation.md "The default model in detail"), written out as
literals, and the tolerances are set by what separates the two implementations (solar position ≤
0.003°, float32), each well below the effect of the mutation it guards.
"""

import numpy as np
import pandas as pd
import pytest

from netload_plugin.core import model_grid, plane_of_array, pv_system, transposition
from tests.support.requires import require

pvlib = require("pvlib")

#: The documented defaults (PVParameters' docstring): ground albedo, module power temperature coefficient,
#: SAPM "close roof mount, glass/glass" (a, b, ΔT), wind, DC/AC ratio, inverter nominal and reference η.
ALBEDO = 0.2
GAMMA_PDC = -0.0037
SAPM_CLOSE_MOUNT_GLASS_GLASS = (-2.98, -0.0471, 1.0)
WIND_SPEED_MS = 1.0
DC_AC_RATIO = 1.2
ETA_NOMINAL, ETA_REFERENCE = 0.96, 0.9637
#: Hay & Davies' floor on cos(zenith) in the beam ratio Rb, pvlib's (GH 432): cos 89°.
HAYDAVIES_COS_ZENITH_FLOOR = 0.01745


# --- albedo ---------------------------------------------------------------------------------------------

def test_transposition_reflects_a_fifth_of_ghi_by_default():
    """Ground-reflected irradiance alone (no beam, no diffuse): ``GHI · albedo · (1 − cos β)/2``, albedo 0.2."""
    tilt = np.array([0.0, 15.0, 30.0, 60.0, 90.0])
    ghi = np.array([1000.0, 800.0, 600.0, 400.0, 200.0])
    zeros = np.zeros_like(ghi)
    beam, sky, ground = transposition.plane_of_array(ghi, zeros, zeros, cos_zenith=np.full(5, 0.8),
                                                     cos_aoi=np.full(5, 0.6), dni_extra=1361.0, tilt_deg=tilt)
    assert not beam.any() and not sky.any()
    np.testing.assert_allclose(ground, pvlib.irradiance.get_ground_diffuse(tilt, ghi, albedo=ALBEDO), rtol=1e-12)
    assert ground[-1] == pytest.approx(200.0 * 0.2 * 0.5)  # vertical: half the ground's reflection, by hand


SITES = [pytest.param(-30.03, -51.23, id="Porto Alegre"), pytest.param(-15.79, -47.93, id="Brasilia"),
         pytest.param(-3.10, -60.02, id="Manaus")]


def _cloudy_week(lat, lon, month):
    """A week of hourly interval starts, pvlib's solar position at their midpoints, and GHI = pvlib's clear
    sky × fixed random factors 0.3-1.0 (so Erbs sees the whole range of clearness)."""
    starts = model_grid.hourly_times(f"2024-{month:02d}-08", f"2024-{month:02d}-15")
    midpoints = pd.DatetimeIndex(starts + np.timedelta64(30, "m"), tz="UTC")
    factors = np.random.default_rng(month).uniform(0.3, 1.0, len(midpoints))
    ghi = pvlib.location.Location(lat, lon).get_clearsky(midpoints)["ghi"].to_numpy() * factors
    position = pvlib.solarposition.get_solarposition(midpoints, lat, lon, method="nrel_numpy")
    return starts, midpoints, ghi, position


@pytest.mark.parametrize("month", [1, 7])
@pytest.mark.parametrize("lat, lon", SITES)
def test_default_fleet_plane_of_array_energy_is_pvlibs_at_albedo_0_2(lat, lon, month):
    """The default fleet (roofs at 15°, north/east/south/west a quarter each) with every default, against
    pvlib's Erbs + Hay–Davies per face at albedo 0.2, weighted by the faces' shares.

    Plane-of-array irradiance of a fleet is exactly the weighted sum of its faces'. The weekly energies
    agree within 1e-6 (the sun's position differs by ≤ 0.003°); albedo 0.25 would add 0.087 % (the
    ground term is GHI · albedo · 0.017 at 15°), so 5e-5 tells them apart with a margin both ways.
    """
    starts, midpoints, ghi, position = _cloudy_week(lat, lon, month)
    split = pvlib.irradiance.erbs(ghi, position["zenith"], midpoints)
    dni_extra = pvlib.irradiance.get_extra_radiation(midpoints)
    expected = sum(0.25 * pvlib.irradiance.get_total_irradiance(
        15.0, azimuth, position["zenith"], position["azimuth"], split["dni"], ghi, split["dhi"],
        dni_extra=dni_extra, model="haydavies", albedo=ALBEDO)["poa_global"].to_numpy()
        for azimuth in (0.0, 90.0, 180.0, 270.0))
    poa_global, _ = plane_of_array.plane_of_array_wm2(starts, [lat], [lon], ghi[:, None])
    assert poa_global[:, 0].sum() == pytest.approx(expected.sum(), rel=5e-5)


# --- module temperature coefficient -----------------------------------------------------------------------

def test_default_system_turns_plane_of_array_irradiance_into_pvlibs_ac_power():
    """Cell temperature → PVWatts DC (γ −0.0037 /°C, DC/AC 1.2, PVWatts' default losses) → PVWatts inverter,
    per kW of registered capacity, against pvlib's ``sapm_cell``, ``pvwatts_dc``, ``pvwatts_losses`` and
    ``inverter.pvwatts`` given the documented numbers. Same formulas in float64: they agree to 1e-12.

    Cells from 12 °C below to 79 °C above the 25 °C reference: γ −0.0035 would move DC power by 0.0002
    per °C off the reference, up to 2 %, against the 1e-12 the two implementations differ by.
    """
    poa_global = np.repeat([50.0, 200.0, 400.0, 600.0, 800.0, 1000.0, 1300.0], 4)
    temp_air = np.tile([10.0, 20.0, 30.0, 40.0], 7)
    poa_effective = poa_global * 0.97   # the beam's incidence-angle loss: a few per cent less reaches the cells

    a, b, delta_t = SAPM_CLOSE_MOUNT_GLASS_GLASS
    temp_cell = pvlib.temperature.sapm_cell(poa_global, temp_air, WIND_SPEED_MS, a, b, delta_t)
    assert temp_cell.min() < 13.0 and temp_cell.max() > 104.0  # the range the docstring above claims
    dc = pvlib.pvsystem.pvwatts_dc(poa_effective, temp_cell, DC_AC_RATIO, GAMMA_PDC)
    dc = dc * (1.0 - pvlib.pvsystem.pvwatts_losses() / 100.0)
    expected = pvlib.inverter.pvwatts(dc, 1.0 / ETA_NOMINAL, ETA_NOMINAL, ETA_REFERENCE)
    assert expected.max() == pytest.approx(1.0)  # 1,300 W/m² on the coolest cells clips at the inverter's 1 kW

    ours = pv_system.ac_power_per_kw(poa_global, poa_effective, temp_air, pv_system.PVParameters())
    np.testing.assert_allclose(ours, expected, rtol=1e-12, atol=1e-15)


# --- Hay–Davies horizon floor ------------------------------------------------------------------------------

def test_haydavies_beam_ratio_is_floored_at_cos_89_degrees():
    """Sky diffuse with the sun from 86.6° to within 0.03° of the horizon, on a vertical plane facing it
    (cos AOI = sin Z), against pvlib's ``haydavies``: ``Rb = cos AOI / max(cos Z, 0.01745)``.

    cos Z runs through the floor on a fine grid (steps of 1.5e-4 around it), and the circumsolar term is
    most of the sky diffuse there (Rb up to 57), so moving the floor to anything between 5e-4 and 0.06
    changes some of these values by far more than the 1e-9 the two implementations differ by.
    """
    cos_zenith = np.sort(np.append(np.linspace(0.0005, 0.06, 400), HAYDAVIES_COS_ZENITH_FLOOR))
    zenith = np.degrees(np.arccos(cos_zenith))
    dni, dhi, dni_extra = np.full_like(zenith, 300.0), np.full_like(zenith, 80.0), 1400.0
    expected = pvlib.irradiance.haydavies(90.0, 135.0, dhi, dni, dni_extra, solar_zenith=zenith, solar_azimuth=135.0)
    expected = np.asarray(expected, dtype=float)

    cos_aoi = np.sin(np.radians(zenith))
    _, sky, _ = transposition.plane_of_array(dhi + dni * cos_zenith, dni, dhi, cos_zenith, cos_aoi, dni_extra,
                                             tilt_deg=90.0, sky_model="haydavies")
    np.testing.assert_allclose(sky, expected, rtol=1e-9)
    # By hand, at the sun 0.03° above the horizon: isotropic 80·(1 − 300/1400)·½ plus circumsolar
    # 80·(300/1400)·sin Z/0.01745.
    by_hand = 80.0 * (1 - 300 / 1400) * 0.5 + 80.0 * (300 / 1400) * np.sin(np.arccos(0.0005)) / 0.01745
    assert sky[0] == pytest.approx(by_hand, rel=1e-12)
