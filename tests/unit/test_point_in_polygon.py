"""Vectorised point-in-polygon against hand-known answers and an independent per-point test."""

import numpy as np

from netload_plugin.core.point_in_polygon import PolygonSet, locate_points


def square(x0, y0, size):
    return np.array([(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0)], float)


def pairs(polygons, xs, ys, **kwargs):
    points, owners = locate_points(PolygonSet.from_rings(polygons), np.array(xs, float), np.array(ys, float), **kwargs)
    return sorted(zip(points.tolist(), owners.tolist()))


def test_hole_multipart_outside_and_nan():
    donut = [square(0, 0, 10), square(4, 4, 2)]  # outer ring + hole
    two_parts = [square(20, 0, 2), square(30, 0, 2)]  # one zone in two parts
    xs = [1, 5, 21, 31, 25, 50, np.nan]
    ys = [1, 5, 1, 1, 1, 50, 1]
    # 0 in the donut, 1 in its hole, 2 and 3 in the two parts of zone 1, 4 between them, 5 far, 6 NaN
    assert pairs([donut, two_parts], xs, ys) == [(0, 0), (2, 1), (3, 1)]


def test_overlapping_zones_count_in_both():
    result = pairs([[square(0, 0, 10)], [square(5, 5, 10)]], [2, 7, 12], [2, 7, 12])
    assert result == [(0, 0), (1, 0), (1, 1), (2, 1)]


def _pnpoly(rings, x, y):
    """Textbook even-odd test (horizontal ray), one point at a time: an independent reference."""
    inside = False
    for ring in rings:
        n = len(ring)
        for i in range(n):
            (x1, y1), (x2, y2) = ring[i], ring[(i + 1) % n]
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
    return inside


def test_random_star_polygons_match_reference_on_fine_and_coarse_grids():
    rng = np.random.default_rng(3)
    polygons = []
    for k in range(12):  # irregular star-shaped polygons on a 4 x 3 lattice, touching neighbours
        cx, cy = (k % 4) * 10, (k // 4) * 10
        angles = np.sort(rng.uniform(0, 2 * np.pi, 40))
        radius = rng.uniform(2, 7, 40)
        polygons.append([np.column_stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles)])])
    xs, ys = rng.uniform(-8, 38, 1500), rng.uniform(-8, 28, 1500)
    expected = sorted((i, j) for i in range(len(xs)) for j, rings in enumerate(polygons) if _pnpoly(rings, xs[i], ys[i]))
    assert len(expected) > 300
    for cells in (100, 4_000, 1_000_000):  # mostly exact pass … mostly grid lookups
        assert pairs(polygons, xs, ys, max_grid_cells=cells) == expected
