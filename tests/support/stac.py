"""A STAC catalogue's pieces for tests: a Cloud-Optimized GeoTIFF of random RGB pixels and an item pointing at it."""

import numpy as np

ORIGIN_X, ORIGIN_Y, PIXEL = 500_000.0, 7_400_000.0, 2.0  # EPSG:31983 (SIRGAS 2000 / UTM 23S)


def make_cog(path, size=1024):
    """Write a ``size`` × ``size`` RGB COG at (ORIGIN_X, ORIGIN_Y), PIXEL m; returns its (3, size, size) pixels."""
    from osgeo import gdal, osr

    rng = np.random.default_rng(7)
    pixels = rng.integers(1, 256, size=(3, size, size), dtype=np.uint8)
    memory = gdal.GetDriverByName("MEM").Create("", size, size, 3, gdal.GDT_Byte)
    memory.SetGeoTransform((ORIGIN_X, PIXEL, 0, ORIGIN_Y, 0, -PIXEL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31983)
    memory.SetProjection(srs.ExportToWkt())
    for band in range(3):
        memory.GetRasterBand(band + 1).WriteArray(pixels[band])
    gdal.GetDriverByName("COG").CreateCopy(str(path), memory, options=["BLOCKSIZE=256", "COMPRESS=NONE"])
    return pixels


def item(item_id, cloud, href):
    """A STAC item as INPE's catalogue returns it, with its RGB COG asset at ``href``."""
    return {
        "type": "Feature", "id": item_id,
        "properties": {"datetime": "2024-09-24T13:00:00Z", "eo:cloud_cover": cloud},
        "assets": {
            "thumbnail": {"href": href.replace(".tif", ".png"), "type": "image/png"},
            "BAND1": {"href": href.replace("RGB321", "BAND1"), "type": "image/tiff; application=geotiff"},
            "tci": {"href": href, "type": "image/tiff; application=geotiff; profile=cloud-optimized"},
        },
    }
