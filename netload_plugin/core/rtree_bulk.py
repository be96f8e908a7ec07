"""Bulk loading of an SQLite R-tree (``CREATE VIRTUAL TABLE … USING rtree``) from numpy arrays.

Inserting millions of boxes one by one costs tens of microseconds each; packing the tree
ourselves (Sort-Tile-Recursive, as GDAL's own GeoPackage bulk loader does) and writing the
node blobs straight into the shadow tables ``<name>_node``, ``<name>_parent`` and
``<name>_rowid`` takes a few seconds. The blob layout is SQLite's (ext/rtree/rtree.c): each
node is ``length(root)`` bytes, a 2-byte big-endian tree depth (root only), a 2-byte cell
count, then cells of an 8-byte big-endian id and four big-endian float32 bounds
``minx, maxx, miny, maxy``. Bounds are rounded outward to float32 as SQLite does, and
``rtreecheck()`` accepts the result (the tests run it). The R-tree must be empty.
"""

from __future__ import annotations

import math
import sqlite3

import numpy as np

_ROWS_PER_BATCH = 200_000  # a multiple of _ROWS_PER_STATEMENT
_ROWS_PER_STATEMENT = 500  # rows of the id → node maps per INSERT: a few times faster than one per statement
_NODES_PER_WRITE = 4096  # node blobs made at a time (5 MB)
_CELL = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"), ("maxy", ">f4")])


def _down(values: np.ndarray) -> np.ndarray:
    single = values.astype(np.float32)
    return np.where(single > values, np.nextafter(single, np.float32(-np.inf)), single)


def _up(values: np.ndarray) -> np.ndarray:
    single = values.astype(np.float32)
    return np.where(single < values, np.nextafter(single, np.float32(np.inf)), single)


def _str_order(cx: np.ndarray, cy: np.ndarray, capacity: int) -> np.ndarray:
    """Sort-Tile-Recursive order: vertical slices by x, then y within each slice."""
    count = len(cx)
    nodes = math.ceil(count / capacity)
    slice_size = math.ceil(math.sqrt(nodes)) * capacity
    by_x = np.argsort(cx, kind="stable")
    slice_of = np.empty(count, dtype=np.int64)
    slice_of[by_x] = np.arange(count) // slice_size
    return np.lexsort((cy, slice_of))


def bulk_load(db: sqlite3.Connection, name: str, ids: np.ndarray, minx: np.ndarray, maxx: np.ndarray,
              miny: np.ndarray, maxy: np.ndarray) -> None:
    """Fill the empty 2-D R-tree ``name`` with boxes (inside the caller's transaction)."""
    node_size = db.execute(f'SELECT length(data) FROM "{name}_node" WHERE nodeno = 1').fetchone()[0]
    capacity = (node_size - 4) // _CELL.itemsize
    if db.execute(f'SELECT count(*) FROM "{name}_rowid"').fetchone()[0]:
        raise ValueError(f"R-tree {name} is not empty")
    if not len(ids):
        return
    entries = (np.asarray(ids, dtype=np.int64), _down(np.asarray(minx, float)), _up(np.asarray(maxx, float)),
               _down(np.asarray(miny, float)), _up(np.asarray(maxy, float)))
    levels = []  # from the leaves up: (cells in node order, node count)
    while True:
        ident, x0, x1, y0, y1 = entries
        order = _str_order((x0 + x1) / 2, (y0 + y1) / 2, capacity) if len(ident) > capacity else np.arange(len(ident))
        cells = np.zeros(len(ident), dtype=_CELL)
        cells["id"], cells["minx"], cells["maxx"] = ident[order], x0[order], x1[order]
        cells["miny"], cells["maxy"] = y0[order], y1[order]
        node_count = math.ceil(len(ident) / capacity)
        levels.append((cells, node_count))
        if node_count == 1:
            break
        starts = np.arange(0, len(ident), capacity)
        entries = (np.arange(node_count, dtype=np.int64),  # provisional child numbers, renumbered below
                   np.minimum.reduceat(cells["minx"].astype(np.float32), starts),
                   np.maximum.reduceat(cells["maxx"].astype(np.float32), starts),
                   np.minimum.reduceat(cells["miny"].astype(np.float32), starts),
                   np.maximum.reduceat(cells["maxy"].astype(np.float32), starts))

    # Number nodes from the root (1) downwards; a level's provisional child k becomes first + k.
    first_number, number = [], 1
    for _cells, node_count in reversed(levels):
        first_number.append(number)
        number += node_count
    first_number.reverse()  # first_number[level] for levels ordered from the leaves up
    depth = len(levels) - 1
    db.execute(f'DELETE FROM "{name}_node"')
    for level, (cells, node_count) in enumerate(levels):
        if level > 0:
            cells["id"] += first_number[level - 1]
        numbers = np.arange(node_count, dtype=np.int64) + first_number[level]
        counts = np.full(node_count, capacity, dtype=np.int64)
        counts[-1] = len(cells) - capacity * (node_count - 1)
        for first in range(0, node_count, _NODES_PER_WRITE):  # bounded memory whatever the tree's size
            last = min(first + _NODES_PER_WRITE, node_count)
            _write_nodes(db, name, cells[first * capacity: last * capacity], numbers[first:last], counts[first:last],
                         node_size, depth if level == depth else None)
        owner = np.repeat(numbers, counts)
        table, column = ("rowid", "rowid") if level == 0 else ("parent", "nodeno")
        target = "parentnode" if level else "nodeno"
        _insert_pairs(db, f'"{name}_{table}" ({column}, {target})', cells["id"].astype(np.int64), owner)


def _write_nodes(db: sqlite3.Connection, name: str, cells: np.ndarray, numbers: np.ndarray, counts: np.ndarray,
                 node_size: int, root_depth: int | None) -> None:
    """The node blobs of consecutive nodes ``numbers`` holding ``cells`` (``counts`` each); the first is
    the root when ``root_depth`` is given (it then carries the depth of the tree)."""
    capacity = (node_size - 4) // _CELL.itemsize
    padded = np.zeros(len(numbers) * capacity, dtype=_CELL)
    padded[: len(cells)] = cells
    blobs = np.zeros((len(numbers), node_size), dtype=np.uint8)
    blobs[:, 4: 4 + capacity * _CELL.itemsize] = padded.view(np.uint8).reshape(len(numbers), -1)
    blobs[:, 2], blobs[:, 3] = counts >> 8, counts & 0xFF
    if root_depth is not None:
        blobs[0, 0], blobs[0, 1] = root_depth >> 8, root_depth & 0xFF
    raw = blobs.tobytes()
    db.executemany(f'INSERT INTO "{name}_node" (nodeno, data) VALUES (?, ?)',
                   zip(numbers.tolist(), (raw[i * node_size:(i + 1) * node_size] for i in range(len(numbers)))))


def _insert_pairs(db: sqlite3.Connection, into: str, keys: np.ndarray, values: np.ndarray) -> None:
    """``INSERT INTO into`` the pairs in key order (appends to the B-tree), many rows per statement."""
    order = np.argsort(keys, kind="stable")
    pairs = np.empty((len(keys), 2), dtype=np.int64)
    pairs[:, 0], pairs[:, 1] = keys[order], values[order]
    many = f"INSERT INTO {into} VALUES " + ", ".join(["(?, ?)"] * _ROWS_PER_STATEMENT)
    whole = len(pairs) // _ROWS_PER_STATEMENT * _ROWS_PER_STATEMENT
    for start in range(0, whole, _ROWS_PER_BATCH):  # bounded lists of Python ints
        flat = pairs[start:min(start + _ROWS_PER_BATCH, whole)].ravel().tolist()
        db.executemany(many, zip(*[iter(flat)] * (2 * _ROWS_PER_STATEMENT)))
    db.executemany(f"INSERT INTO {into} VALUES (?, ?)", pairs[whole:].tolist())
