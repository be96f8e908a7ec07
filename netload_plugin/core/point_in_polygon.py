"""Vectorised point-in-polygon for millions of points and thousands of polygons (numpy only).

Why not a spatial index and one GEOS ``contains`` per point: 4 million GD units in 5,564
municipalities take ~14 s that way in QGIS (``native:countpointsinpolygon``). Here the work is
split in two:

1. A scanline rasteriser labels a grid of cells with the polygon that covers each cell centre,
   counts how many polygons cover it and marks every cell an edge passes through (edges sampled at
   cell spacing, then dilated by one cell, which is conservative). A point whose cell is crossed by
   no edge and covered by at most one polygon belongs to that cell's polygon: no test needed.
2. The remaining points (near boundaries or where polygons overlap) get an exact even-odd
   crossing test against each polygon whose bounding box holds them; per polygon, each edge only
   meets the candidates in its own x span (found with ``searchsorted``), so the work is
   proportional to the crossings, not to edges × points.

Semantics: even-odd rule over all rings of a polygon (outer rings and holes), so holes and
multi-part polygons work. Polygons may overlap: a point inside two polygons belongs to both, as
with ``native:countpointsinpolygon``.

Boundary rule (the one rule of every NetLoad spatial join: aggregate_gd, find_undeclared_pv): a
point exactly on a border belongs to the polygon just north of it, and on a north-south border to
the polygon just east of it — the polygon that holds the point moved a hair north, then a hair east.
So zones that tile an area (municipalities, feeders) share no point and lose none: each point of
the tiling belongs to exactly one zone, except on its outer north and east edges, which belong to
none. (GEOS ``intersects`` would give a border point to both zones; ``contains`` to neither.) The
exact test below implements it with an upward ray that counts edges strictly above the point and
x spans closed on the left, open on the right; points the grid decides are never on an edge.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Upper bound on grid cells (memory: ~9 bytes per cell while building).
MAX_GRID_CELLS = 12_000_000


@dataclass
class PolygonSet:
    """Polygons as flat edge arrays: edge ``k`` goes from (x1[k], y1[k]) to (x2[k], y2[k])."""

    x1: np.ndarray
    y1: np.ndarray
    x2: np.ndarray
    y2: np.ndarray
    edge_polygon: np.ndarray  # polygon index of each edge
    bbox: np.ndarray  # (n, 4): xmin, ymin, xmax, ymax (NaN for empty polygons)
    edge_start: np.ndarray  # edges of polygon i are edge_start[i]:edge_start[i + 1]

    @property
    def count(self) -> int:
        return len(self.bbox)

    @classmethod
    def from_rings(cls, polygons: list[list[np.ndarray]]) -> PolygonSet:
        """``polygons[i]`` is a list of rings, each an (m, 2) array of x, y (closed or not)."""
        xs1, ys1, xs2, ys2, owners = [], [], [], [], []
        bbox = np.full((len(polygons), 4), np.nan)
        counts = np.zeros(len(polygons), dtype=np.int64)
        for index, rings in enumerate(polygons):
            for ring in rings:
                ring = np.asarray(ring, dtype=float)
                if len(ring) < 3:
                    continue
                start, end = ring, np.roll(ring, -1, axis=0)
                keep = np.any(start != end, axis=1)  # closing vertex repeated: zero-length edge
                xs1.append(start[keep, 0])
                ys1.append(start[keep, 1])
                xs2.append(end[keep, 0])
                ys2.append(end[keep, 1])
                counts[index] += keep.sum()
            if counts[index]:
                points = np.concatenate([np.asarray(r, dtype=float) for r in rings if len(r) >= 3])
                bbox[index] = (*points.min(axis=0), *points.max(axis=0))
        owners = np.repeat(np.arange(len(polygons)), counts)
        start = np.concatenate([[0], np.cumsum(counts)])

        def concat(parts):
            return np.concatenate(parts) if parts else np.empty(0)

        return cls(concat(xs1), concat(ys1), concat(xs2), concat(ys2), owners, bbox, start)


@dataclass
class _Grid:
    x0: float
    y0: float
    cell: float
    rows: int
    cols: int
    label: np.ndarray  # polygon index + 1 of the cell centre (0: none); valid where count == 1
    count: np.ndarray  # polygons covering the centre
    boundary: np.ndarray  # an edge may pass through the cell


def _grid_for(polygons: PolygonSet, max_cells: int) -> _Grid | None:
    valid = ~np.isnan(polygons.bbox[:, 0])
    if not valid.any():
        return None
    xmin, ymin = polygons.bbox[valid, 0].min(), polygons.bbox[valid, 1].min()
    xmax, ymax = polygons.bbox[valid, 2].max(), polygons.bbox[valid, 3].max()
    width, height = max(xmax - xmin, 1e-12), max(ymax - ymin, 1e-12)
    cell = float(np.sqrt(width * height / max_cells))
    cols, rows = int(np.ceil(width / cell)) + 1, int(np.ceil(height / cell)) + 1
    label, count = _scanline_fill(polygons, xmin, ymin, cell, rows, cols)
    boundary = _boundary_cells(polygons, xmin, ymin, cell, rows, cols)
    return _Grid(xmin, ymin, cell, rows, cols, label, count, boundary)


def _scanline_fill(polygons, x0, y0, cell, rows, cols):
    """Label of each cell centre by even-odd scanlines (per polygon, spans between crossings)."""
    p = polygons
    lo_y, hi_y = np.minimum(p.y1, p.y2), np.maximum(p.y1, p.y2)
    # rows whose centre line y_c satisfies lo_y <= y_c < hi_y
    first = np.ceil((lo_y - y0) / cell - 0.5).astype(np.int64).clip(0, rows)
    last = np.ceil((hi_y - y0) / cell - 0.5).astype(np.int64).clip(0, rows)
    spans = last - first
    edge = np.repeat(np.arange(len(p.x1)), spans)
    row = np.arange(spans.sum()) - np.repeat(np.cumsum(spans) - spans, spans) + np.repeat(first, spans)
    yc = y0 + (row + 0.5) * cell
    x = p.x1[edge] + (yc - p.y1[edge]) * (p.x2[edge] - p.x1[edge]) / (p.y2[edge] - p.y1[edge])
    owner = p.edge_polygon[edge]
    order = np.lexsort((x, row, owner))
    owner, row, x = owner[order], row[order], x[order]
    # crossings come in pairs within each (polygon, row): spans [x_2k, x_2k+1)
    start, stop = x[0::2], x[1::2]
    owner, row = owner[0::2], row[0::2]
    c_start = np.ceil((start - x0) / cell - 0.5).astype(np.int64).clip(0, cols)
    c_stop = np.ceil((stop - x0) / cell - 0.5).astype(np.int64).clip(0, cols)
    keep = c_stop > c_start
    owner, row, c_start, c_stop = owner[keep], row[keep], c_start[keep], c_stop[keep]
    width = cols + 1  # one spare column: a span may stop after the last cell
    size = rows * width
    starts, stops = row * width + c_start, row * width + c_stop
    # difference arrays: each row nets to zero, so one flat cumulative sum fills every row
    label_diff = np.bincount(starts, weights=owner + 1, minlength=size) - np.bincount(
        stops, weights=owner + 1, minlength=size
    )
    count_diff = np.bincount(starts, minlength=size) - np.bincount(stops, minlength=size)
    label = np.cumsum(label_diff.astype(np.int32), dtype=np.int32).reshape(rows, width)[:, :cols]
    count = np.cumsum(count_diff.astype(np.int32), dtype=np.int32).reshape(rows, width)[:, :cols]
    return label.astype(np.int32), count.astype(np.int16)


def _boundary_cells(polygons, x0, y0, cell, rows, cols):
    """Cells any edge passes through: samples every half cell along each edge, then a margin of one
    cell on every side (a cell an edge only clips at a corner may hold no sample)."""
    p = polygons
    length = np.hypot(p.x2 - p.x1, p.y2 - p.y1)
    steps = np.ceil(length / (0.5 * cell)).astype(np.int64) + 1
    edge = np.repeat(np.arange(len(p.x1)), steps)
    k = np.arange(steps.sum()) - np.repeat(np.cumsum(steps) - steps, steps)
    t = k / np.maximum(steps[edge] - 1, 1)
    xs = p.x1[edge] + t * (p.x2[edge] - p.x1[edge])
    ys = p.y1[edge] + t * (p.y2[edge] - p.y1[edge])
    col = np.floor((xs - x0) / cell).astype(np.int64).clip(0, cols - 1)
    row = np.floor((ys - y0) / cell).astype(np.int64).clip(0, rows - 1)
    marked = np.zeros((rows, cols), dtype=bool)
    marked[row, col] = True
    dilated = marked.copy()
    dilated[1:, :] |= marked[:-1, :]
    dilated[:-1, :] |= marked[1:, :]
    grown = dilated.copy()
    grown[:, 1:] |= dilated[:, :-1]
    grown[:, :-1] |= dilated[:, 1:]
    return grown


def _exact_pairs(polygons: PolygonSet, xs, ys, candidates):
    """Exact even-odd test of points ``candidates`` against every polygon whose bbox holds them."""
    found_points, found_polygons = [], []
    if len(candidates) == 0:
        return found_points, found_polygons
    order = np.argsort(xs[candidates], kind="stable")
    cand = candidates[order]
    cx = xs[cand]
    cy = ys[cand]
    p = polygons
    for index in range(p.count):
        xmin, ymin, xmax, ymax = p.bbox[index]
        if np.isnan(xmin):
            continue
        lo, hi = np.searchsorted(cx, xmin, "left"), np.searchsorted(cx, xmax, "right")
        if hi <= lo:
            continue
        local = np.nonzero((cy[lo:hi] >= ymin) & (cy[lo:hi] <= ymax))[0] + lo
        if len(local) == 0:
            continue
        inside = _inside_one(p, index, cx[local], cy[local])  # cx sorted, so cx[local] sorted
        found_points.append(cand[local[inside]])
        found_polygons.append(np.full(int(inside.sum()), index, dtype=np.int64))
    return found_points, found_polygons


def _inside_one(p: PolygonSet, index: int, px: np.ndarray, py: np.ndarray) -> np.ndarray:
    """Even-odd test of points (sorted by x) against polygon ``index``: upward vertical ray."""
    s, e = p.edge_start[index], p.edge_start[index + 1]
    x1, y1, x2, y2 = p.x1[s:e], p.y1[s:e], p.x2[s:e], p.y2[s:e]
    # an edge crosses the vertical line of a point when min(x1, x2) <= px < max(x1, x2)
    lo = np.searchsorted(px, np.minimum(x1, x2), "left")
    hi = np.searchsorted(px, np.maximum(x1, x2), "left")
    spans = hi - lo
    total = int(spans.sum())
    if total == 0:
        return np.zeros(len(px), dtype=bool)
    edge = np.repeat(np.arange(len(x1)), spans)
    point = np.arange(total) - np.repeat(np.cumsum(spans) - spans, spans) + np.repeat(lo, spans)
    ex1, ey1 = x1[edge], y1[edge]
    y_at = ey1 + (px[point] - ex1) * (y2[edge] - ey1) / (x2[edge] - ex1)
    crossings = np.bincount(point, weights=(y_at > py[point]), minlength=len(px))
    return (crossings.astype(np.int64) % 2) == 1


def locate_points(
    polygons: PolygonSet, xs: np.ndarray, ys: np.ndarray, max_grid_cells: int = MAX_GRID_CELLS
) -> tuple[np.ndarray, np.ndarray]:
    """Every (point index, polygon index) pair where the point lies inside the polygon.

    Points with NaN coordinates are inside nothing. Pairs are sorted by point index only within
    each of the two passes; callers aggregate with ``np.bincount`` so the order does not matter.
    """
    xs = np.asarray(xs, dtype=float)
    ys = np.asarray(ys, dtype=float)
    n = len(xs)
    # a grid much larger than the work it saves costs more than it saves
    cells = min(max_grid_cells, max(4096, 2 * (n + len(polygons.x1))))
    grid = _grid_for(polygons, cells) if polygons.count else None
    if grid is None or n == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    col = np.floor((xs - grid.x0) / grid.cell)
    row = np.floor((ys - grid.y0) / grid.cell)
    in_grid = (col >= 0) & (col < grid.cols) & (row >= 0) & (row < grid.rows)  # False for NaN
    idx = np.nonzero(in_grid)[0]
    cell = row[idx].astype(np.int64) * grid.cols + col[idx].astype(np.int64)
    count = grid.count.ravel()[cell]
    sure = ~grid.boundary.ravel()[cell] & (count <= 1)
    sure_idx, sure_cell = idx[sure], cell[sure]
    label = grid.label.ravel()[sure_cell]
    inside = label > 0
    points = [sure_idx[inside]]
    owners = [label[inside].astype(np.int64) - 1]
    extra_points, extra_owners = _exact_pairs(polygons, xs, ys, idx[~sure])
    points += extra_points
    owners += extra_owners
    return np.concatenate(points), np.concatenate(owners)
