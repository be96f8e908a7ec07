"""Georeferenced test rasters: a numpy ``(bands, rows, columns)`` array → a GeoTIFF at a known place."""

from pathlib import Path


def write_geotiff(path: Path, pixels, origin: tuple[float, float], pixel_size: float, epsg: int = 31983,
                  options: tuple = ("TILED=YES",)) -> Path:
    """Write ``pixels`` (uint8) with its top-left corner at ``origin`` (x, y in ``epsg``), square pixels."""
    from osgeo import gdal, osr

    bands, rows, columns = pixels.shape
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), columns, rows, bands, gdal.GDT_Byte, list(options))
    dataset.SetGeoTransform((origin[0], pixel_size, 0, origin[1], 0, -pixel_size))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.WriteArray(pixels)
    dataset.FlushCache()
    return Path(path)
