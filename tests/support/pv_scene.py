"""Georeferenced 0.3 m scenes assembled from labelled ``pv_chips``, with one square roof per chip.

The rooftop tests give the classifier scenes whose answer is known in advance: the bundled model
scored directly on each chip file's pixels (no NetLoad chip cutting).
"""

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

from tests.support.rasters import write_geotiff

CHIP_PX, GAP_PX, GSD_M, PER_ROW = 101, 23, 0.3, 6


@dataclass
class Scene:
    raster: Path  # GeoTIFF, 3 bands, 0.3 m, in ``epsg``
    buildings: Path  # GeoPackage layer "buildings" (roof_id, polygons in EPSG:4674)
    epsg: int
    chips: np.ndarray  # (n, 3, 101, 101) uint8, in roof_id order
    labels: list  # pv_chips label per roof (1 = PV)
    roof_side_m: float


def read_chips(shared_data: Path, pv: int, no_pv: int):
    """The first ``pv`` PV chips then the first ``no_pv`` others of ``pv_chips``: (chips, labels).

    The project carries only a few chips of each label (tests/data/pv_chips): a scene asking for more
    takes them again in turn, which changes nothing for tests whose expectation is the model scored on
    the scene's own chips.
    """
    source = shared_data / "pv_chips"
    with (source / "labels.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    chosen = _in_turn([r for r in rows if r["label"] == "1"], pv) + _in_turn(
        [r for r in rows if r["label"] == "0"], no_pv
    )
    chips = np.stack([gdal.Open(str(source / r["file"])).ReadAsArray()[:3] for r in chosen])
    return chips, [int(r["label"]) for r in chosen]


def _in_turn(rows: list, count: int) -> list:
    """``count`` rows taken from ``rows`` in order, starting again at the first when they run out."""
    if count and not rows:
        raise ValueError("no chip of that label in pv_chips/labels.csv")
    return [rows[i % len(rows)] for i in range(count)]


def grid_size_px(count: int):
    """(width, height) in pixels of a grid of ``count`` chips, :data:`PER_ROW` to a row, with gaps."""
    step = CHIP_PX + GAP_PX
    return PER_ROW * step + GAP_PX, -(-count // PER_ROW) * step + GAP_PX


def write_chip_grid(chips, path: Path, origin_x: float, origin_y: float, epsg: int) -> list:
    """A GeoTIFF with the chips in a grid on random background, top-left at the origin; chip centres."""
    width, height = grid_size_px(len(chips))
    step = CHIP_PX + GAP_PX
    pixels = np.random.default_rng(3).integers(40, 200, size=(3, height, width), dtype=np.uint8)
    centres = []
    for number, chip in enumerate(chips):
        top, left = GAP_PX + (number // PER_ROW) * step, GAP_PX + (number % PER_ROW) * step
        pixels[:, top:top + CHIP_PX, left:left + CHIP_PX] = chip
        centres.append((origin_x + (left + CHIP_PX / 2) * GSD_M, origin_y - (top + CHIP_PX / 2) * GSD_M))
    write_geotiff(path, pixels, (origin_x, origin_y), GSD_M, epsg)
    return centres


def build_scene(shared_data: Path, folder: Path, centre_lonlat, epsg: int, pv: int = 10, no_pv: int = 8,
                roof_side_m: float = 20.0) -> Scene:
    """A grid of ``pv`` PV chips then ``no_pv`` others centred on ``centre_lonlat`` (raster in UTM
    ``epsg``), and a square roof of ``roof_side_m`` around each chip (GeoPackage, EPSG:4674)."""
    chips, labels = read_chips(shared_data, pv, no_pv)
    width, height = grid_size_px(len(chips))
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(epsg)
    lonlat = osr.SpatialReference()
    lonlat.ImportFromEPSG(4674)
    for srs in (utm, lonlat):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    centre_x, centre_y, _ = osr.CoordinateTransformation(lonlat, utm).TransformPoint(*centre_lonlat)
    folder.mkdir(parents=True, exist_ok=True)
    raster = folder / "scene.tif"
    centres = write_chip_grid(chips, raster, centre_x - width * GSD_M / 2, centre_y + height * GSD_M / 2, epsg)

    buildings = folder / "buildings.gpkg"
    to_lonlat = osr.CoordinateTransformation(utm, lonlat)
    vector = ogr.GetDriverByName("GPKG").CreateDataSource(str(buildings))
    layer = vector.CreateLayer("buildings", lonlat, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("roof_id", ogr.OFTInteger))
    half = roof_side_m / 2
    for number, (x, y) in enumerate(centres):
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for dx, dy in ((-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)):
            ring.AddPoint_2D(*to_lonlat.TransformPoint(x + dx * half, y + dy * half)[:2])
        polygon = ogr.Geometry(ogr.wkbPolygon)
        polygon.AddGeometry(ring)
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("roof_id", number)
        feature.SetGeometry(polygon)
        layer.CreateFeature(feature)
    vector = None
    return Scene(raster, buildings, epsg, chips, labels, roof_side_m)
