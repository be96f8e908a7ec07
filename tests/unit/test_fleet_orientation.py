"""fleet_orientation and its evaluation: a fleet is the capacity-weighted sum of its planes."""
import numpy as np
import pytest

from netload_plugin.core import generation, model_grid, plane_of_array
from netload_plugin.core.fleet_orientation import ROOFS, ROOFS_NORTH, FleetOrientation, Plane
from netload_plugin.core.pv_system import PVParameters
from netload_plugin.core.transposition import IAM_TABLE_STEPS, incidence_angle_modifier, transmitted_projection

LAT, LON = np.array([-3.10, -23.55, -30.03]), np.array([-60.02, -46.63, -51.23])


@pytest.fixture(scope="module")
def cloudy_week():
    times = model_grid.hourly_times("2023-06-18", "2023-06-25")
    rng = np.random.default_rng(11)
    from netload_plugin.core.clearsky import clearsky_ghi
    return times, clearsky_ghi(times + np.timedelta64(30, "m"), LAT, LON) * rng.uniform(0.2, 1.0, (len(times), 3))


def test_orientations_are_checked():
    with pytest.raises(ValueError, match="sum to 0.9"):
        FleetOrientation("x", (Plane(10, 0, 0.5), Plane(10, 90, 0.4)))
    with pytest.raises(ValueError, match="between 0 and 90"):
        FleetOrientation("x", (Plane(95, 0, 1.0),))
    with pytest.raises(ValueError, match="no plane"):
        FleetOrientation("x", ())
    assert sum(plane.weight for plane in ROOFS_NORTH.planes) == pytest.approx(1.0)
    assert ROOFS.describe() == "roofs: 15°/0° 0.25, 15°/90° 0.25, 15°/180° 0.25, 15°/270° 0.25"


@pytest.mark.parametrize("sky_model, iam_model", [("haydavies", "physical"), ("isotropic", "physical"),
                                                  ("perez", "physical"), ("haydavies", "none"),
                                                  ("haydavies", "ashrae")])
def test_a_mix_is_the_weighted_sum_of_its_planes_one_by_one(cloudy_week, sky_model, iam_model):
    """Two tilts (two transpositions) and five azimuths, against each plane run alone and summed."""
    times, ghi = cloudy_week
    mix = FleetOrientation("mix", (Plane(10, 0, 0.3), Plane(10, 90, 0.2), Plane(10, 250, 0.1),
                                   Plane(30, 0, 0.25), Plane(30, 180, 0.15)))
    ours = plane_of_array.plane_of_array_wm2(times, LAT, LON, ghi, PVParameters(orientation=mix, sky_model=sky_model,
                                                                                iam_model=iam_model))
    by_plane = [plane_of_array.plane_of_array_wm2(times, LAT, LON, ghi, PVParameters(
        orientation=None, tilt_deg=p.tilt_deg, azimuth_deg=p.azimuth_deg, sky_model=sky_model, iam_model=iam_model))
        for p in mix.planes]
    for part in (0, 1):       # poa_global, poa_effective
        expected = sum(p.weight * planes[part].astype(float) for p, planes in zip(mix.planes, by_plane))
        # Perez clips its sky diffuse at zero per plane: the only place the sum is not exact.
        tolerance = 0.5 if sky_model == "perez" else 0.02
        np.testing.assert_allclose(ours[part], expected, atol=tolerance, rtol=1e-5)


@pytest.mark.parametrize("fleet", [ROOFS, ROOFS_NORTH], ids=["roofs", "roofs_north"])
def test_generation_of_a_mix_is_close_to_its_planes_generation_summed(cloudy_week, fleet):
    """Temperature and inverter run once on the summed irradiance: a second-order difference."""
    times, ghi = cloudy_week
    ours = generation.generation_kw(times, LAT, LON, [1.0] * 3, ghi, params=PVParameters(orientation=fleet)).sum(axis=0)
    summed = sum(p.weight * generation.generation_kw(times, LAT, LON, [1.0] * 3, ghi, params=PVParameters(
        orientation=None, tilt_deg=p.tilt_deg, azimuth_deg=p.azimuth_deg)).astype(float) for p in fleet.planes)
    np.testing.assert_allclose(ours, summed.sum(axis=0), rtol=0.005)


def test_tabulated_transmission_matches_the_formula():
    cos_aoi = np.linspace(0.0, 1.0, 200_001)
    for model in ("physical", "ashrae"):
        exact = cos_aoi * incidence_angle_modifier(cos_aoi, model)
        assert np.abs(transmitted_projection(cos_aoi, model) - exact).max() < 1e-5
        single = transmitted_projection(cos_aoi.astype(np.float32), model)
        assert single.dtype == np.float32 and np.abs(single - exact).max() < 1e-5
    assert transmitted_projection(np.float32([1.0000001]), "physical")[0] == pytest.approx(1.0, abs=1e-6)
    assert IAM_TABLE_STEPS == 65536
