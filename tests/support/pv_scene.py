"""A georeferenced 0.3 m scene assembled from labelled ``pv_chips``, with one square roof per chip.

Used by the pipeline tests to give ``netload:run_pipeline`` a rooftop step whose answer is known in
advance: the bundled model scored directly on each chip file's pixels (no NetLoad chip cutting).
"""

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

CHIP_PX, GAP_PX, GSD_M, PER_ROW = 101, 23, 0.3, 6


@dataclass
class Scene:
    raster: Path  # GeoTIFF, 3 bands, 0.3 m, in ``epsg``
    buildings: Path  # GeoPackage layer "buildings" (roof_id, polygons in EPSG:4674)
    epsg: int
    chips: np.ndarray  # (n, 3, 101, 101) uint8, in roof_id order
    labels: list  # pv_chips label per roof (1 = PV)
    roof_side_m: float


def build_scene(shared_data: Path, folder: Path, centre_lonlat, epsg: int, pv: int = 10, no_pv: int = 8,
                roof_side_m: float = 20.0) -> Scene:
    """A grid of ``pv`` PV chips then ``no_pv`` others, centred on ``centre_lonlat``, in UTM ``epsg``."""
    source = shared_data / "pv_chips"
    with (source / "labels.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    chosen = [r for r in rows if r["label"] == "1"][:pv] + [r for r in rows if r["label"] == "0"][:no_pv]
    chips = np.stack([gdal.Open(str(source / r["file"])).ReadAsArray()[:3] for r in chosen])
    step = CHIP_PX + GAP_PX
    rows_count = -(-len(chips) // PER_ROW)
    height, width = rows_count * step + GAP_PX, PER_ROW * step + GAP_PX

    utm = osr.SpatialReference()
    utm.ImportFromEPSG(epsg)
    lonlat = osr.SpatialReference()
    lonlat.ImportFromEPSG(4674)
    for srs in (utm, lonlat):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    centre_x, centre_y, _ = osr.CoordinateTransformation(lonlat, utm).TransformPoint(*centre_lonlat)
    origin_x, origin_y = centre_x - width * GSD_M / 2, centre_y + height * GSD_M / 2

    pixels = np.random.default_rng(3).integers(40, 200, size=(3, height, width), dtype=np.uint8)
    centres = []
    for number, chip in enumerate(chips):
        top, left = GAP_PX + (number // PER_ROW) * step, GAP_PX + (number % PER_ROW) * step
        pixels[:, top:top + CHIP_PX, left:left + CHIP_PX] = chip
        centres.append((origin_x + (left + CHIP_PX / 2) * GSD_M, origin_y - (top + CHIP_PX / 2) * GSD_M))
    folder.mkdir(parents=True, exist_ok=True)
    raster = folder / "scene.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(raster), width, height, 3, gdal.GDT_Byte, ["TILED=YES"])
    dataset.SetGeoTransform((origin_x, GSD_M, 0, origin_y, 0, -GSD_M))
    dataset.SetProjection(utm.ExportToWkt())
    dataset.WriteArray(pixels)
    dataset = None

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
    return Scene(raster, buildings, epsg, chips, [int(r["label"]) for r in chosen], roof_side_m)
