"""Vectorised point-in-polygon against hand-known answers and an independent per-point test."""

import numpy as np
import pytest

from netload_plugin.core.point_in_polygon import PolygonSet, _grid_for, locate_points


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
    expected = sorted(
        (i, j) for i in range(len(xs)) for j, rings in enumerate(polygons) if _pnpoly(rings, xs[i], ys[i])
    )
    assert len(expected) > 300
    for cells in (100, 4_000, 1_000_000):  # mostly exact pass … mostly grid lookups
        assert pairs(polygons, xs, ys, max_grid_cells=cells) == expected


def unit_square(x0, y0):
    return [np.array([(x0, y0), (x0 + 1, y0), (x0 + 1, y0 + 1), (x0, y0 + 1)], float)]


@pytest.mark.parametrize("cells", [100, 4_096, 1_000_000])
def test_boundary_rule_north_then_east(cells):
    """A point on a border belongs to the zone north of it; on a north-south border, to the zone east.

    Four unit squares tiling [0, 2]²: SW 0, SE 1, NW 2, NE 3. The rule, by hand: the point moved a hair
    north (and then a hair east) is inside exactly one square, or in none beyond the outer N and E edges.
    """
    zones = [unit_square(0, 0), unit_square(1, 0), unit_square(0, 1), unit_square(1, 1)]
    points = {
        (0.5, 1.0): 2,  # SW | NW border: north
        (1.5, 1.0): 3,  # SE | NE border: north
        (1.0, 0.5): 1,  # SW | SE border: east
        (1.0, 1.5): 3,  # NW | NE border: east
        (1.0, 1.0): 3,  # the shared corner: north-east
        (0.5, 0.0): 0, (0.0, 0.5): 0, (0.0, 0.0): 0,  # outer south and west edges: inside
        (2.0, 0.5): None, (0.5, 2.0): None, (2.0, 2.0): None, (2.0, 0.0): None, (0.0, 2.0): None,  # outer N, E
    }
    xs, ys = zip(*points)
    found = dict(pairs(zones, xs, ys, max_grid_cells=cells))
    assert {p: found.get(i) for i, p in enumerate(points)} == points


def test_boundary_rule_on_a_sloping_border():
    """A 4 x 4 square cut along its diagonal: points on the cut belong to the triangle north of it."""
    upper_left = [np.array([(0, 0), (4, 4), (0, 4)], float)]
    lower_right = [np.array([(0, 0), (4, 0), (4, 4)], float)]
    xs, ys = [1.0, 2.5, 3.75, 0.0], [1.0, 2.5, 3.75, 0.0]
    assert pairs([upper_left, lower_right], xs, ys) == [(0, 0), (1, 0), (2, 0), (3, 0)]


def test_boundary_margin_is_one_cell_on_every_side():
    """Cells marked as 'an edge may pass here' are the cells an edge crosses and one more on each side.

    A polygon set whose bounding box is 64 x 64 gives a grid of 1 x 1 cells from (0, 0) at 4,096 cells.
    The horizontal edge y = 20.5 from x = 10.5 to 30.5 crosses row 20, columns 10..30, so rows 19..21 and
    columns 9..31 are marked there; a margin one cell narrower or wider on any side changes that set.
    """
    polygons = PolygonSet.from_rings([[np.array([(0, 0), (64, 0), (64, 64), (0, 64)], float)],
                                      [np.array([(10.5, 20.5), (30.5, 20.5)], float).repeat([1, 2], axis=0)]])
    grid = _grid_for(polygons, 4_096)
    assert (grid.x0, grid.y0, grid.cell) == (0.0, 0.0, 1.0)
    marked = grid.boundary
    near_edge = marked[10:32, 2:40]  # clear of the outer square's edges (rows and columns 0, 1 and 63, 64)
    rows, columns = np.nonzero(near_edge)
    assert (rows.min() + 10, rows.max() + 10, columns.min() + 2, columns.max() + 2) == (19, 21, 9, 31)
    assert marked[19:22, 9:32].all()
    # the outer square's edges (x = 0, x = 64, y = 0, y = 64) mark two columns / rows inside the grid
    assert marked[30, 0:2].all() and not marked[30, 2] and marked[0:2, 40].all() and not marked[2, 40]


def test_points_a_hair_from_every_edge_match_the_reference():
    """Points 1e-7 either side of the edges of irregular polygons, on grids of coarse cells.

    Every such point lies in a cell an edge crosses, so it must go to the exact test; a cell an edge only
    clips at a corner may hold no sample of that edge and is caught by the margin alone. Without the
    margin, points there get their cell centre's answer and this test fails. (Dropping one side of it
    does not: a clipped corner cell always has sampled cells on two perpendicular sides; the test
    above pins the margin itself.)
    """
    rng = np.random.default_rng(8)
    polygons = []
    for k in range(6):
        cx, cy = (k % 3) * 20 + 10, (k // 3) * 20 + 10
        angles = np.sort(rng.uniform(0, 2 * np.pi, 9))
        radius = rng.uniform(4, 9, 9)
        polygons.append([np.column_stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles)])])
    xs, ys = [], []
    for rings in polygons:
        ring = rings[0]
        for (x1, y1), (x2, y2) in zip(ring, np.roll(ring, -1, axis=0)):
            t = np.linspace(0.0, 1.0, 150)[1:-1]
            normal = np.array([y2 - y1, x1 - x2]) / np.hypot(x2 - x1, y2 - y1)
            for side in (-1e-7, 1e-7):
                xs.extend(x1 + t * (x2 - x1) + side * normal[0])
                ys.extend(y1 + t * (y2 - y1) + side * normal[1])
    xs, ys = np.array(xs), np.array(ys)
    expected = sorted((i, j) for i in range(len(xs)) for j, rings in enumerate(polygons)
                      if _pnpoly(rings, xs[i], ys[i]))
    for cells in (400, 2_000):  # cells of about 3 and 1.3 units: most of them crossed by an edge somewhere
        assert pairs(polygons, xs, ys, max_grid_cells=cells) == expected
